# Résultats du repérage : issues, classifications, catégories d'orientation, dimensions,
# réponses, et raisons émises par le moteur ($count = nombre de signes derrière la raison).
# $gender (female, male, unspecified) est passé à chaque texte qui décrit la personne.
# En français, 0 tombe dans la catégorie « one » : chaque compte a sa forme [0].

## Réponses

answer-yes = Oui
answer-no = Non
answer-unknown = Ne sait pas
answer-declined = Préfère ne pas répondre

## Classification (affichée en premier)

classification-not_assessed = Non évalué : le repérage s'est arrêté pour la sécurité ou le consentement
classification-smuggling_and_trafficking_indicators = Trafic illicite de migrants, avec des indicateurs de traite possible
classification-trafficking_indicators = Indicateurs de traite possible
classification-smuggling_only = Trafic illicite de migrants, sans indicateur de traite
classification-vulnerability_indicators = Vulnérabilité ou exploitation, sous le seuil de la traite
classification-no_indicators = Aucun indicateur trouvé

## Issues

outcome-emergency_first = Urgence d'abord : chercher de l'aide maintenant, le repérage plus tard
outcome-defer_interview = Ne pas continuer maintenant : quelqu'un contrôle peut-être la personne
outcome-no_consent = Pas de consentement : proposer de l'aide sans repérage
outcome-tip_indicators_met = Indicateurs de traite possible : orienter vers les autorités compétentes pour une identification formelle
outcome-tip_indicators_partial = Certains indicateurs de traite possible : orienter vers les autorités compétentes pour une identification formelle
outcome-exploitation_only = Signes d'exploitation sans les autres éléments de la traite
outcome-vulnerability_only = Signes au recrutement ou à destination, sans exploitation
outcome-no_tip_indicators = Aucun indicateur de traite dans les réponses données
outcome-child_tip_indicators_met = { $gender ->
        [female] Une enfant avec des indicateurs de traite possible : orienter tout de suite vers la protection de l'enfance
       *[unspecified] Un enfant avec des indicateurs de traite possible : orienter tout de suite vers la protection de l'enfance
    }
outcome-child_at_risk = { $gender ->
        [female] Une enfant en situation difficile : orienter vers la protection de l'enfance
       *[unspecified] Un enfant en situation difficile : orienter vers la protection de l'enfance
    }
outcome-child_no_tip_indicators = { $gender ->
        [female] Une enfant sans indicateur de traite : l'orienter quand même vers la protection de l'enfance
       *[unspecified] Un enfant sans indicateur de traite : l'orienter quand même vers la protection de l'enfance
    }

result-disclaimer = Aide à la décision seulement. Ce n'est pas une décision sur la qualité de victime : l'identification formelle revient aux autorités compétentes. La personne choisit les orientations qu'elle accepte.
result-provisional = Provisoire : les poids pour l'exploitation sexuelle ne sont pas encore vérifiés.
result-flag-smuggled = Trafic illicite de migrants
result-flag-smuggling_turned_exploitative = Le parcours de trafic illicite de migrants montre des signes de contrôle ou d'exploitation
result-palermo-act = Acte
result-palermo-means = Moyens
result-palermo-purpose = But
result-palermo-title = Éléments de la définition légale
result-dimension-positive = Indiqué
result-dimension-not-positive = Non indiqué
result-dimension-counts = Forts { $strong }, moyens { $medium }, faibles { $weak }

## Dimensions

dim-deceptive_recruitment = Recrutement trompeur
dim-coercive_recruitment = Recrutement par la contrainte
dim-recruitment_abuse_vulnerability = Recrutement par abus de vulnérabilité
dim-exploitative_conditions = Conditions d'exploitation
dim-coercion_at_destination = Contrainte à destination
dim-abuse_vulnerability_at_destination = Abus de vulnérabilité à destination

## Catégories d'orientation

ref-emergency = Services d'urgence
ref-medical = Soins médicaux
ref-psychosocial = Soutien psychosocial
ref-shelter = Hébergement
ref-legal_aid = Aide juridique
ref-asylum = Asile et protection des réfugiés
ref-child_protection = Protection de l'enfance
ref-avrr = Retour volontaire assisté
ref-basic_needs = Nourriture, vêtements, besoins de base
ref-tip_hotline = Ligne nationale contre la traite
ref-law_enforcement = Police ou procureur (avec accord)
ref-consular = Aide consulaire
ref-education_training = Éducation et formation

## Raisons ($count = nombre de signes)

screening-reason-gate-emergency = Un danger ou un besoin médical urgent passe avant toute question.
screening-reason-gate-controller = Quelqu'un qui contrôle peut-être la personne est présent : l'entretien est reporté.
screening-reason-gate-no-consent = Sans consentement, aucune question de repérage n'a été posée.
screening-reason-tip-met = Des signes au recrutement, d'exploitation et de contrainte ou d'abus à destination indiquent une traite possible.
screening-reason-tip-partial = De l'exploitation avec des signes au recrutement ou à destination.
screening-reason-tip-partial-journey = Une forme d'exploitation pendant un parcours de trafic illicite de migrants : le parcours est l'acte, l'exploitation le but.
screening-reason-exploitation-only = De l'exploitation, mais aucun signe sur la façon dont la personne y a été amenée ou retenue.
screening-reason-vulnerability-only = Des signes au recrutement ou à destination, mais pas d'exploitation.
screening-reason-no-tip-indicators = Aucune dimension ne réunit assez de signes.
screening-reason-child-tip-met = { $gender ->
        [female] Une enfant exploitée : pour un enfant, ni force ni tromperie ne sont nécessaires.
       *[unspecified] Un enfant exploité : pour un enfant, ni force ni tromperie ne sont nécessaires.
    }
screening-reason-child-at-risk = { $gender ->
        [female] Une enfant avec des signes au recrutement ou à destination.
       *[unspecified] Un enfant avec des signes au recrutement ou à destination.
    }
screening-reason-child-no-tip-indicators = { $gender ->
        [female] Une enfant sans signe de traite dans les réponses données.
       *[unspecified] Un enfant sans signe de traite dans les réponses données.
    }
screening-reason-dr-positive = { $count ->
    [0] Aucun signe de recrutement trompeur.
    [one] Un signe de recrutement trompeur.
   *[other] { $count } signes de recrutement trompeur.
}
screening-reason-cr-positive = { $count ->
    [0] Aucun signe de recrutement par la contrainte.
    [one] Un signe de recrutement par la contrainte.
   *[other] { $count } signes de recrutement par la contrainte.
}
screening-reason-rav-positive = { $count ->
    [0] Aucun signe de recrutement par abus de vulnérabilité.
    [one] Un signe de recrutement par abus de vulnérabilité.
   *[other] { $count } signes de recrutement par abus de vulnérabilité.
}
screening-reason-ex-positive = { $count ->
    [0] Aucun signe de conditions d'exploitation.
    [one] Un signe de conditions d'exploitation.
   *[other] { $count } signes de conditions d'exploitation.
}
screening-reason-cd-positive = { $count ->
    [0] Aucun signe de contrainte à destination.
    [one] Un signe de contrainte à destination.
   *[other] { $count } signes de contrainte à destination.
}
screening-reason-avd-positive = { $count ->
    [0] Aucun signe d'abus de vulnérabilité à destination.
    [one] Un signe d'abus de vulnérabilité à destination.
   *[other] { $count } signes d'abus de vulnérabilité à destination.
}
screening-reason-child = { $gender ->
        [female] Traitée comme une enfant (moins de 18 ans, ou âge incertain).
        [male] Traité comme un enfant (moins de 18 ans, ou âge incertain).
       *[unspecified] Personne traitée comme un enfant (moins de 18 ans, ou âge incertain).
    }
screening-reason-exploited-form = Une forme d'exploitation citée par la loi a été signalée.
screening-reason-smuggled = La personne a payé un passage, ou a passé une frontière de façon irrégulière avec l'aide de quelqu'un.
screening-reason-smuggling-turned-exploitative = Le trafic illicite de migrants montre des signes de contrôle : retenue, dette envers le passeur, ou signes de traite.
screening-reason-provisional-weights = L'exploitation sexuelle est évaluée avec des poids provisoires.
screening-reason-class-not-assessed = Le repérage s'est arrêté avant toute évaluation.
screening-reason-class-both = Trafic illicite de migrants et signes de traite possible en même temps : les deux ne s'excluent pas.
screening-reason-class-tip = Des signes de traite possible.
screening-reason-class-som = Trafic illicite de migrants ; aucun signe de traite trouvé.
screening-reason-class-vulnerability = De l'exploitation ou de la vulnérabilité, sous le seuil de la traite.
screening-reason-class-none = Aucun signe dans les réponses données.
screening-reason-ref-emergency = Les services d'urgence d'abord.
screening-reason-ref-urgent-medical = Besoin médical urgent.
screening-reason-ref-discreet-card = Donner discrètement le numéro de la ligne contre la traite.
screening-reason-ref-no-consent = Une aide de base est proposée sans aucune question.
screening-reason-ref-tip = Soutien pour une personne avec des indicateurs de traite.
screening-reason-ref-basic = Soutien de base après un parcours difficile ou de l'exploitation.
screening-reason-ref-labour-rights = Exploitation au travail : conseil juridique sur le droit du travail.
screening-reason-ref-education = Un enfant : école ou formation.
screening-reason-ref-journey-harm = Des violences ou dangers pendant le parcours.
screening-reason-ref-asylum = Peur du retour : information sur l'asile.
screening-reason-ref-return = Souhaite rentrer chez soi.
screening-reason-ref-consular = Souhaite l'aide du consulat.
screening-reason-ref-law-enforcement = La personne a accepté un signalement à la police.
screening-reason-ref-child-protection = Un enfant est toujours orienté vers la protection de l'enfance.
screening-reason-ref-controller = Une personne qui contrôle est peut-être proche : la ligne contre la traite.
screening-reason-ref-distress = Détresse aiguë : soutien psychosocial.
