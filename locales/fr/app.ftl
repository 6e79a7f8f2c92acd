# Textes de l'interface.

app-name = Sanad
app-tagline = Aide au repérage et à l'orientation pour les travailleurs sociaux de terrain

nav-home = Accueil
nav-back = Retour
nav-language = Langue

home-new-screening = Nouveau repérage
home-indicators = Indicateurs
home-emergency = Numéros d'urgence

lang-interface = Langue de l'interface
lang-interview = Langue de l'entretien

screening-title = Repérage
screening-progress = { $asked ->
    [one] Une question répondue
   *[other] { $asked } questions répondues
}
screening-skip = Passer
screening-back = Question précédente
screening-finish-now = Voir le résultat maintenant
screening-decided = Les réponses suffisent pour un résultat. Vous pouvez continuer si vous le souhaitez.
screening-continue = Continuer avec d'autres questions
screening-result = Résultat
screening-restart = Nouveau repérage
screening-why = Pourquoi
screening-referrals = Orientations suggérées
screening-dimensions = Dimensions
screening-interview-lang-note = Posée en { $lang }

indicators-title = Recherche d'indicateurs
indicators-search = Chercher un mot (arabe, français ou anglais)
indicators-none = Aucun indicateur ne correspond à ces mots.

emergency-title = Numéros d'urgence
emergency-police = Police
emergency-gendarmerie = Gendarmerie (zones rurales)
emergency-civil-protection = Protection civile (ambulance, pompiers)
emergency-tip-line = Ligne nationale contre la traite
emergency-call = Appeler le { $number }
emergency-note = Numéros tels que publiés ; vérifiez-les sur place avant de compter dessus.

error-rules = Les règles de repérage n'ont pas pu être chargées : { $detail }

home-directory = Annuaire d'orientation

directory-title = Annuaire d'orientation
directory-search = Service, besoin ou ville (arabe, français ou anglais)
directory-sample = ANNUAIRE D'EXEMPLE. Il a été établi uniquement à partir de sources publiées : noms et rôles des organisations, et quatre numéros nationaux. Aucune adresse ni aucun numéro local n'a été vérifié. Remplacez-le par les données de votre organisation avant de vous y fier.
directory-none = Aucun service ne correspond.
directory-count = { $count ->
    [one] Un service
   *[other] { $count } services
}
directory-category = Catégorie
directory-city = Ville
directory-any-category = Toutes les catégories
directory-any-city = Toutes les villes
directory-unavailable = L'annuaire n'a pas pu être ouvert.
service-sample = Fiche d'exemple
service-unverified = Non vérifié
service-verified = Vérifié le { $date }
service-call = Appeler le { $number }
service-sms = SMS
service-languages = Langues parlées : { $langs }
service-categories = Catégories d'orientation
service-back = Retour à l'annuaire
directory-language = Langue parlée
directory-any-language = Toutes les langues
directory-serves = Public accueilli
directory-anyone = Tout public
serves-children = Enfants
serves-women = Femmes
serves-men = Hommes
serves-families = Familles
serves-irregular_migrants = Migrants en situation irrégulière
serves-refugees_asylum_seekers = Réfugiés et demandeurs d'asile
serves-tip_victims = Victimes possibles de la traite
serves-unaccompanied_minors = Mineurs non accompagnés
