# Recherche d'indicateurs et recherche élargie (ticket 16). Mots simples ; les résultats
# sont des signes à explorer, jamais un jugement sur la personne.

lookup-showing-all = Aucune fiche ne contient tous les mots tapés. Résultats pour : { $words }
lookup-showing-any = Aucune fiche ne contient tous ces mots ensemble. Résultats pour l'un de ces mots : { $words }
lookup-adult = Adultes : { $strength }
lookup-child = Enfants : { $strength }
lookup-strength-strong = signe fort
lookup-strength-medium = signe moyen
lookup-strength-weak = signe faible
lookup-question = Question à lire
lookup-help = Ce que cela signifie
lookup-ask = Poser cette question dans l'entretien en cours
lookup-count = { $count ->
    [0] Aucun indicateur trouvé
    [one] Un indicateur
   *[other] { $count } indicateurs
}
