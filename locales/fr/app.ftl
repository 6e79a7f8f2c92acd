# Textes de l'interface. Comptes : en français 0 tombe dans « one », chaque compte a donc sa forme [0].
# $gender (female, male, unspecified) est passé aux textes lus à la personne.

app-name = Sanad
app-tagline = Aide au repérage et à l'orientation pour le travail social de terrain

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
    [0] Aucune réponse pour l'instant
    [one] Une réponse donnée
   *[other] { $asked } réponses données
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
    [0] Aucun service
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

# Commun
cancel = Annuler
notice-dismiss = OK

# Premier lancement
setup-title = Bienvenue dans Sanad
setup-intro = Sanad garde chiffré sur ce téléphone tout ce que vous enregistrez. Choisissez d'abord une phrase secrète : sans elle, personne ne peut lire les dossiers, pas même vous.
setup-language = Langue de l'interface
setup-passphrase = Phrase secrète
setup-passphrase-help = Au moins 8 caractères. Quelques mots sans lien entre eux se retiennent mieux et se devinent moins qu'un mot de passe court.
setup-confirm = Retapez la phrase secrète
strength-too-short = Trop courte (au moins 8 caractères)
strength-weak = Faible : facile à deviner à partir d'une copie du téléphone
strength-fair = Correcte
strength-strong = Solide
setup-duress = Phrase de contrainte (facultative)
setup-duress-help = Si quelqu'un vous force à ouvrir l'application, tapez celle-ci : les dossiers sont effacés et une application vide s'ouvre.
setup-enroll = Se connecter à votre organisation (facultatif)
setup-enroll-help = Saisissez l'adresse du serveur et le code à usage unique donnés par votre superviseur. Vous pourrez aussi le faire plus tard depuis l'écran Synchronisation.
setup-sample = { $count ->
    [0] Aucun service d'exemple n'est chargé dans l'annuaire.
    [one] Un service d'exemple est chargé dans l'annuaire. Il est signalé comme exemple partout où il apparaît.
   *[other] { $count } services d'exemple sont chargés dans l'annuaire. Ils sont signalés comme exemples partout où ils apparaissent.
}
setup-create = Créer mon espace chiffré
setup-too-short = La phrase secrète est trop courte : au moins 8 caractères.
setup-mismatch = Les deux phrases secrètes diffèrent. Retapez-les.
setup-duress-invalid = La phrase de contrainte doit compter au moins 8 caractères et différer de la phrase secrète.
setup-enroll-incomplete = Pour vous connecter, donnez l'adresse du serveur, le code et l'empreinte de l'organisation (ou laissez-les tous vides).
setup-weak = Cette phrase secrète n'est pas acceptée.

# Déverrouillage
unlock-title = Déverrouiller Sanad
unlock-passphrase = Phrase secrète
unlock-button = Déverrouiller
unlock-busy = Vérification de la phrase secrète…
unlock-attempts-left = { $n ->
    [0] Plus aucun essai : les dossiers de ce téléphone vont être effacés.
    [one] Encore un essai avant l'effacement des dossiers de ce téléphone.
   *[other] Encore { $n } essais avant l'effacement des dossiers de ce téléphone.
}
unlock-wait = { $n ->
    [0] Vous pouvez réessayer maintenant.
    [one] Trop d'essais erronés : attendez une seconde avant de réessayer.
   *[other] Trop d'essais erronés : attendez { $n } secondes avant de réessayer.
}
unlock-wrong = { $n ->
    [0] Phrase secrète erronée.
    [one] Phrase secrète erronée. Encore un essai avant l'effacement des dossiers.
   *[other] Phrase secrète erronée. Encore { $n } essais avant l'effacement des dossiers.
}
unlock-wiped = Trop d'essais erronés : les dossiers de ce téléphone ont été effacés.
store-dead-man = Ce téléphone n'a pas été utilisé ni synchronisé depuis plus longtemps que votre organisation ne le permet : ses dossiers ont été effacés.
store-locked = L'application s'est verrouillée. Déverrouillez-la pour continuer.
store-failed = Le stockage chiffré a signalé un problème. Rien n'a été modifié.

# Accueil
home-resume = { $n ->
    [0] Repérage non enregistré — reprendre
    [one] Repérage non enregistré — reprendre (une réponse)
   *[other] Repérage non enregistré — reprendre ({ $n } réponses)
}
home-cases = Dossiers
home-sync = Synchronisation
home-unsynced = { $n ->
    [0] tout est envoyé
    [one] un dossier à envoyer
   *[other] { $n } dossiers à envoyer
}
home-sync-not-connected = Jamais envoyé : ce téléphone n'est relié à aucune organisation.
home-waiting = { $n ->
    [0] Rien n'attend d'être envoyé.
    [one] En attente d'envoi : des changements dans un dossier.
   *[other] En attente d'envoi : des changements dans { $n } dossiers.
}
home-waiting-notes = { $n ->
    [0] {""}
    [one] Dont une note.
   *[other] Dont { $n } notes.
}
home-settings = Réglages
home-lock = Verrouiller

# Entretien et résultat
screening-consent-refused = Le consentement n'a pas été donné. Ne posez plus de question à voix haute : répondez aux vérifications restantes d'après ce que vous voyez. L'aide est proposée quand même : les numéros d'urgence et où trouver de l'aide.
result-save = Enregistrer dans un dossier
result-save-help = Donnez une référence de dossier (pas le nom de la personne). L'enregistrement consigne aussi l'accord de la personne pour qu'un dossier soit gardé.
case-reference = Référence du dossier
case-alias = Pseudonyme (facultatif, un nom choisi par la personne)
result-save-button = Enregistrer l'entretien
result-saved = Enregistré dans le dossier { $reference }.
result-referral-consent = La personne accepte d'être orientée vers les services choisis ci-dessous.
result-refer = Orienter
result-referred = Orientation enregistrée
case-duplicate = Cette référence de dossier est déjà prise.
case-reference-empty = Donnez une référence de dossier.
case-answers-invalid = Les réponses de l'entretien sont illisibles ; commencez un nouvel entretien.
content-fallback = Le contenu envoyé par votre organisation n'a pas pu être vérifié : l'application utilise les questions qu'elle contient déjà.
case-id-invalid = Cet élément est introuvable : son identifiant n'est pas valide. Rien n'a été modifié.
case-note-empty = La note est vide.
case-record-consent-missing = La personne n'a pas accepté qu'un dossier soit gardé : rien n'a été enregistré.

# Genre pour l'entretien (choisi au début ; sert seulement à s'adresser correctement à la personne)
interview-gender = La personne est
interview-gender-help = Sert seulement à s'adresser correctement à la personne en arabe et en français ; n'est pas gardé dans le dossier. L'arabe parlé n'a pas de forme neutre : si vous choisissez « Non précisé », demandez à la personne comment elle préfère qu'on s'adresse à elle, et ne lisez qu'une des deux formes.
gender-female = Une femme ou une fille
gender-male = Un homme ou un garçon
gender-unspecified = Non précisé

# Observations (vérifications de l'intervenant)
observe-banner = Votre propre vérification : observez ; ne posez la question que seul à seul avec la personne. Ne lisez pas ce texte à voix haute.
observe-tag = Observé, pas demandé

# Accord pour garder un dossier (loi 09-08), demandé à la fin
record-consent-title = Garder un dossier
record-consent-question = Une dernière question : pouvons-nous garder une trace de ce que vous m'avez dit ? Elle reste verrouillée dans ce téléphone et elle est envoyée, verrouillée, à notre organisation, pour que nous puissions suivre votre situation et vous aider. Vous pouvez dire non : l'aide reste la même.
record-consent-help = Loi 09-08 sur les données personnelles : un dossier n'est enregistré qu'avec cet accord. Sans lui, vous pouvez quand même orienter : appelez les services ci-dessous ou donnez leurs coordonnées.
record-consent-yes = La personne accepte : garder un dossier
record-consent-no = Pas de dossier
record-consent-refused = Aucun dossier n'est gardé : les réponses de cet entretien ont été effacées du téléphone. Vous pouvez quand même orienter la personne vers les services ci-dessous.

# Dossiers
cases-title = Dossiers
cases-search = Chercher par référence ou pseudonyme
cases-count = { $n ->
    [0] Aucun dossier
    [one] Un dossier
   *[other] { $n } dossiers
}
cases-open-referrals = { $n ->
    [0] aucune orientation en cours
    [one] une orientation en cours
   *[other] { $n } orientations en cours
}
cases-closed = Clos
cases-back = Retour aux dossiers
case-referrals = Orientations
case-no-referrals = Aucune orientation pour l'instant.
case-notes = Notes
case-add-note = Nouvelle note
case-save-note = Enregistrer la note
case-timeline = Historique
case-close = Clore le dossier
case-close-confirm = Clore ce dossier ? Son historique est conservé ; plus rien ne pourra y être ajouté.
referral-made = faite, sans nouvelles
referral-accepted = acceptée par le service
referral-completed = service reçu
referral-declined = refusée par le service
referral-withdrawn = retirée par la personne
referral-mark-completed = Noter : service reçu
referral-mark-declined = Noter : refusée
event-opened = Dossier ouvert
event-screening_recorded = Entretien enregistré
event-note_added = Note
event-consent_recorded = Consentement enregistré
event-referral_made = Orientation
event-referral_status_changed = Suivi de l'orientation
event-closed = Dossier clos

# Synchronisation
sync-title = Synchronisation
sync-server = Adresse du serveur
sync-code = Code à usage unique
sync-none = Non connecté
sync-pending = Enregistrements pas encore envoyés
sync-last-success = Dernière synchronisation complète
sync-never = Jamais
sync-quarantined = Retenus par le serveur
sync-quarantined-n = { $n ->
    [0] Aucun enregistrement n'est en conflit avec ce que le serveur détient.
    [one] Un enregistrement est en conflit avec ce que le serveur détient ; votre superviseur le vérifiera.
   *[other] { $n } enregistrements sont en conflit avec ce que le serveur détient ; votre superviseur les vérifiera.
}
sync-last-error = La dernière synchronisation n'a pas abouti. Tout reste sur le téléphone et sera envoyé la prochaine fois.
sync-running = Synchronisation…
sync-now = Synchroniser
sync-enroll = Se connecter
sync-explain = Les dossiers ne quittent le téléphone que chiffrés pour votre organisation. Le serveur ne peut pas les lire.
sync-not-enrolled = Ce téléphone n'est pas encore connecté à un serveur.
sync-store = Le stockage chiffré n'est pas disponible pour la synchronisation.
sync-offline = Pas de connexion au serveur. Rien n'est perdu : les enregistrements partiront plus tard.
sync-refused = Le serveur a refusé la demande.
sync-wiped = Votre organisation a révoqué ce téléphone : ses dossiers ont été effacés.
sync-locked = Votre organisation a verrouillé ce téléphone. Déverrouillez-le pour continuer.
sync-enroll-failed = La connexion n'a pas pu être établie. Vérifiez l'adresse et le code.

# Réglages
settings-title = Réglages
settings-auto-lock = Verrouiller automatiquement après
settings-minutes = { $n ->
    [0] { $n } minute
    [one] { $n } minute
   *[other] { $n } minutes
}
settings-city = Ma ville (ses services sont proposés en premier)
settings-duress-set = Enregistrer la phrase de contrainte
settings-duress-clear = La supprimer
settings-duress-saved = Enregistré.
settings-wipe = Effacer tous les dossiers du téléphone
settings-wipe-help = En cas d'urgence : efface d'un coup tous les dossiers, brouillons et réglages du téléphone. Ce qui a déjà été envoyé reste auprès de votre organisation.
settings-wipe-confirm = Tout effacer maintenant ? C'est irréversible.
settings-wipe-now = Effacer maintenant
about-title = À propos de Sanad
about-what = Sanad aide à repérer les signes d'une possible traite et à les distinguer du trafic illicite de migrants, à l'aide des indicateurs de l'OIT et de la Commission européenne, et propose des orientations.
about-not = C'est une aide à la décision, pas une décision : l'application ne dit jamais si une personne est victime. L'identification formelle revient aux autorités compétentes.
about-law = La loi marocaine 27-14 (2016) définit la traite des êtres humains et prévoit l'assistance aux victimes.
about-open = Questions ouvertes que nos sources ne permettent pas de confirmer : si l'obligation de signaler la traite (article 448-7 du Code pénal) s'applique aux intervenants de terrain, l'article exact du Code pénal (ajouté par la loi 27-14) sur la non-sanction des personnes victimes de la traite, les articles sur l'assistance, et les étapes et formulaires du mécanisme national d'orientation. Vérifiez-les avec votre superviseur et un juriste local.
about-version = Version { $version }
about-content-builtin = Contenu de la grille : les questions et règles intégrées à l'application.
about-content-version = Contenu de la grille : version { $version }, envoyée par votre organisation.
about-content-refused = Un fichier de contenu envoyé par votre organisation n'a pas été utilisé : l'application utilise à sa place son contenu intégré.

# Annuaire
directory-open-now = Ouvert maintenant
service-open-now = Ouvert maintenant
service-closed-now = Fermé maintenant
service-hours = Horaires (heure du Maroc)
service-whatsapp = WhatsApp
service-copy = Copier le numéro

## Organisation fingerprint (pinned at enrollment)
sync-org = Empreinte de l'organisation (40 chiffres)
sync-org-help = Votre superviseur vous la lit ou vous la montre sur papier. Comparez chaque groupe : elle prouve que le serveur appartient à votre organisation.
sync-org-builtin = Empreinte de l'organisation intégrée à cette application : { $digits }. Comparez-la avec celle de votre superviseur.
sync-reenroll = Ce téléphone doit être reconnecté avec l'empreinte de votre organisation avant de pouvoir envoyer. Tous les dossiers restent sur le téléphone d'ici là.

# Issue 15 : la carte d'arrêt, le résultat partiel, les entretiens non enregistrés, les noms pour les aides techniques.
nav-home-brand = Sanad — accueil
sos-label = SOS — numéros d'urgence
stop-what-now = Que faire maintenant
stop-danger-title = Arrêtez l'entretien : la personne est en danger maintenant
stop-danger-step1 = Appelez les secours maintenant si la personne est d'accord (numéros ci-dessous).
stop-danger-step2 = Ne posez plus de questions ; restez avec la personne ou aidez-la à rejoindre un lieu sûr.
stop-danger-step3 = Enregistrez le contact ensuite, sans interroger.
stop-controller-title = Arrêtez l'entretien : quelqu'un contrôle peut-être la personne
stop-controller-step1 = Arrêtez les questions maintenant ; ne parlez que d'aide ordinaire (nourriture, santé).
stop-controller-step2 = Si c'est possible sans être vu, donnez discrètement le numéro de la ligne nationale contre la traite.
stop-controller-step3 = Partez calmement, puis enregistrez le contact ; prévoyez de revoir la personne seule, plus tard, dans un lieu sûr.
stop-record = Enregistrer le contact (sans autre question)
stop-mistake = Réponse touchée par erreur — revenir
screening-left = { $n ->
    [0] aucune question restante
    [one] au plus une question restante
   *[other] au plus { $n } questions restantes
}
screening-previous = Réponse donnée avant : { $answer }
screening-skip-help = Passer : vous n'avez pas posé la question (elle reste ouverte). Ne sait pas : vous l'avez posée et la personne ne sait pas.
screening-stop = Arrêter — résultat partiel
home-discard-question = { $n ->
    [0] Supprimer le repérage non enregistré ? Il ne pourra pas être récupéré.
    [one] Supprimer le repérage non enregistré (une réponse) ? Il ne pourra pas être récupéré.
   *[other] Supprimer le repérage non enregistré ({ $n } réponses) ? Il ne pourra pas être récupéré.
}
home-discard-yes = Supprimer et recommencer
home-discard-no = Le garder
result-partial-title = Résultat partiel : l'entretien a été arrêté
result-partial-answered = { $n ->
    [0] Arrêté avant toute réponse.
    [one] Arrêté après une réponse.
   *[other] Arrêté après { $n } réponses.
}
result-partial-not-asked = Non demandé (ni oui ni non) :
result-partial-resume = Reprendre les questions
result-what-now = Que faire maintenant — orientations
result-dimension-not-asked = Non demandé
setup-show-passphrase = Afficher ce que je tape
setup-duress-confirm = Retapez la phrase de contrainte
setup-duress-mismatch = Les deux phrases de contrainte diffèrent. Retapez-les.
settings-duress-removed = Phrase de contrainte supprimée.
settings-duress-is-set = Une phrase de contrainte est enregistrée.
settings-duress-not-set = Aucune phrase de contrainte n'est enregistrée.
settings-duress-clear-confirm = Supprimer la phrase de contrainte ? La taper n'effacera plus les dossiers.
case-service-unknown = un service qui n'est plus dans l'annuaire
referral-confirm-completed = Enregistrer cette orientation comme terminée ?
referral-confirm-declined = Enregistrer cette orientation comme refusée ?
confirm = Confirmer
referral-undo = Annuler ce statut
screening-already-told = Déjà dit par la personne ? Notez-le d'abord
screening-already-told-help = Touchez ce que la personne a déjà dit ; ces questions ne seront plus posées.
service-copied = Numéro copié.
directory-nearest = Rien de ce type dans cette ville. Ville la plus proche qui en a : { $city }.
directory-show-city = Voir { $city }
settings-passphrase = Phrase secrète
settings-passphrase-old = Phrase secrète actuelle
settings-passphrase-new = Nouvelle phrase secrète
settings-passphrase-change = Changer la phrase secrète
settings-passphrase-saved = Phrase secrète changée.
result-consent-not-asked = Le consentement n'a pas encore été demandé : rien n'a été évalué. L'aide peut être proposée sans repérage.
sync-when-changes = Tant que le téléphone est déverrouillé et que le serveur répond, les changements partent d'eux-mêmes quelques secondes après leur enregistrement.
sync-when-every = { $n ->
    [0] Tant que le téléphone est déverrouillé et que le serveur répond, les changements partent d'eux-mêmes quelques secondes après leur enregistrement.
    [one] Tant que le téléphone est déverrouillé et que le serveur répond, les changements partent d'eux-mêmes quelques secondes après leur enregistrement, et le téléphone vérifie chaque minute.
   *[other] Tant que le téléphone est déverrouillé et que le serveur répond, les changements partent d'eux-mêmes quelques secondes après leur enregistrement, et le téléphone vérifie toutes les { $n } minutes.
}
sync-technical = Détails techniques (pour votre superviseur)
# Les droits de la personne sur son dossier (loi 09-08 ; ticket 17, partie 2).
access-title = Tout ce qui est conservé sur ce dossier
access-intro = Ce document liste tout ce que ce téléphone conserve sur ce dossier : le dossier tel qu’il est maintenant et chaque entrée de son historique, corrections comprises.
access-alias = Nom ou pseudonyme
access-opened = Ouvert le
access-closed = Clos
access-sharing-withdrawn = Partage retiré
access-consent-data = Accord pour conserver un dossier
access-consent-referral = Accord pour les orientations
access-consent-law = Accord pour une orientation vers la police ou le parquet
access-yes = oui
access-no = non
access-when = Quand
access-what = Quoi
access-detail = Détail
access-rights = La personne peut demander à voir ce dossier, à le corriger, à ce qu’il ne soit plus partagé et à ce qu’il soit effacé.
access-generated = Établi le
case-sharing-withdrawn = La personne a retiré son accord au partage de ce dossier : il n’est pas partagé et aucune fiche d’orientation ne peut être faite. Rien n’a été modifié.
case-sharing-not-held = Le retrait est enregistré, mais des entrées déjà en attente d’envoi n’ont pas pu être retenues. Réessayez.
case-correction-empty = La correction est vide. Rien n’a été modifié.
case-retention-erased = { $n ->
    [0] Aucun dossier clos n’avait dépassé la durée de conservation fixée par l’organisation.
    [one] Un dossier clos avait dépassé la durée de conservation fixée par l’organisation et a été effacé de ce téléphone.
   *[other] { $n } dossiers clos avaient dépassé la durée de conservation fixée par l’organisation et ont été effacés de ce téléphone.
}
event-rectified = Correction
event-sharing_withdrawn = Partage retiré
case-export-failed = Le document n’a pas pu être établi. Rien n’a été modifié.
rights-title = Les droits de la personne sur ce dossier
rights-intro = La personne peut voir tout ce qui est conservé sur elle, le faire corriger, en arrêter le partage ou le faire effacer.
rights-export-ar = Montrer tout ce qui est conservé, en arabe
rights-export-fr = Montrer tout ce qui est conservé, en français
rights-print = Imprimer
rights-json = Enregistrer les données (JSON)
rights-rectify-what = Que corriger
rights-rectify-choose = Choisir…
rights-rectify-note = Note { $n }
rights-rectify-value = Le texte corrigé
rights-rectify = Enregistrer la correction
rights-withdraw = Arrêter le partage de ce dossier
rights-withdraw-confirm = Arrêter définitivement le partage de ce dossier ? Il reste sur ce téléphone, mais plus rien n’est envoyé à l’organisation, ce qu’elle a déjà est exclu de ses exports, et aucune fiche d’orientation ne peut être faite.
rights-erase = Effacer ce dossier
rights-erase-confirm = Effacer définitivement ce dossier ? Son historique, ses notes, entretiens, consentements et orientations sont supprimés de ce téléphone maintenant, et du serveur de l’organisation à la prochaine synchronisation. C’est irréversible.
# Referrals that close the loop (issue 17, part 1)
referral-sent = fiche envoyée, en attente du service
referral-service_received = service reçu
referral-closed = clôturée
referral-urgency = Dans quel délai la personne doit-elle être reçue ?
urgency-within_24_hours = Sous 24 heures
urgency-within_72_hours = Sous 72 heures
urgency-two_weeks = Sous deux semaines
referral-share-title = Ce que la personne accepte de communiquer au service
referral-share-help = Seuls les éléments cochés figurent sur la fiche d'orientation. Demandez pour chacun.
share-alias = Nom ou pseudonyme
share-age_group = Tranche d'âge
share-gender = Genre
share-nationality = Nationalité
share-languages = Langues parlées
share-needs = Besoins de la personne
share-screening_outcome = Résultat de l'entretien
share-contact_by_worker = Contact par l'intermédiaire du travailleur social
referral-step-sent = Fiche envoyée
referral-step-accepted = Acceptée par le service
referral-step-declined = Refusée par le service
referral-step-service_received = Service reçu
referral-step-closed = Clôturer l'orientation
referral-step-withdrawn = La personne renonce
referral-step-confirm = Enregistrer cette étape : { $step } ?
referral-partner-code = Code de la fiche, si la réponse vient du partenaire
referral-show-slip = Afficher la fiche d'orientation
referral-due = Échéance { $when }
referral-code-mismatch = Ce code n'est pas celui de la fiche de cette orientation. Vérifiez-le avec le partenaire.
referral-no-slip = Aucune fiche ne peut être faite pour cette orientation.
referral-step-illegal = Cette étape ne peut pas suivre l'étape actuelle de l'orientation. Rien n'a été enregistré.
slip-title = Fiche d'orientation
slip-reference = Référence
slip-code = Code de confirmation
slip-urgency = Délai
slip-due = À recevoir avant le
slip-need = Service demandé
slip-service = Service
slip-contact-by-worker = Merci de contacter la personne par l'intermédiaire du travailleur social qui l'oriente.
slip-answer-help = Merci de donner votre réponse (acceptée, refusée ou service reçu) au travailleur social, avec la référence et le code de confirmation.
slip-qr-label = Code QR contenant les mêmes informations que cette fiche
slip-print = Imprimer la fiche
slip-close = Fermer la fiche
home-follow-ups = { $n ->
    [0] Aucune orientation à suivre
    [one] Une orientation à suivre
   *[other] { $n } orientations à suivre
}
follow-up-next-send = Envoyer la fiche
follow-up-next-answer = Demander sa réponse au service
follow-up-next-received = Vérifier que la personne a reçu le service
follow-up-overdue = En retard depuis le { $when }
follow-up-due-today = À faire aujourd'hui, { $when }
event-referral_created = Orientation faite
event-referral_step = Étape d'orientation
via-worker = enregistrée par le travailleur social
via-partner = réponse du partenaire, code vérifié
via-organisation = mise à jour de l'organisation
timeline-device = appareil { $device }
