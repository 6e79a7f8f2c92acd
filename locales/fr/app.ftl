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
