# Questions à lire à voix haute, avec un libellé court et une aide pour chaque code.
# Identifiant = le code, points remplacés par des tirets. Ton : mots simples, sans jugement ;
# la personne peut toujours ne pas répondre.

## Tri (en premier)

safety-immediate_danger = Êtes-vous en danger en ce moment, ici ou là où vous dormez ce soir ?
    .label = En danger maintenant
    .help = Agir d'abord. Si la personne ou vous-même êtes en danger, arrêtez l'entretien et utilisez les numéros d'urgence. Posez la question discrètement, à l'écart.
safety-urgent_medical_need = Êtes-vous blessé·e ou malade, avez-vous besoin d'un médecin aujourd'hui ?
    .label = Besoin médical urgent
    .help = Blessures du passage de la frontière, gelures ou maladie passent avant toute question. Les soins d'abord ; le repérage peut attendre.
safety-controller_present = Quelqu'un est-il avec vous, ou près d'ici, qui vous dit quoi faire ou parle à votre place ?
    .label = Personne qui contrôle présente
    .help = Observer autant que demander. Un accompagnateur qui répond à la place de la personne, tient à traduire ou garde ses papiers peut la contrôler. Ne continuez pas devant lui ; donnez plutôt un contact discret.
safety-unaccompanied_child = S'agit-il d'un enfant qui voyage sans parent ni personne qui s'occupe habituellement de lui ?
    .label = Enfant non accompagné
    .help = Si l'âge est incertain, traitez la personne comme un enfant jusqu'à preuve du contraire (présomption de minorité). Un enfant doit être orienté vers la protection de l'enfance, avec l'accord d'un tuteur.
safety-separated_child = S'agit-il d'un enfant accompagné d'un adulte qui n'est ni son parent ni la personne qui s'occupe habituellement de lui ?
    .label = Enfant séparé
    .help = Un enfant séparé voyage avec quelqu'un, mais pas avec un parent. Cet adulte peut l'aider ou le contrôler : ne supposez ni l'un ni l'autre.
safety-acute_distress = La personne semble-t-elle en grande détresse, ou parle-t-elle de se faire du mal ?
    .label = Détresse aiguë
    .help = Ralentissez, écoutez, ne cherchez pas les détails. Proposez un soutien psychosocial quel que soit le reste du repérage.

## Consentement

consent-informed_given = J'aimerais vous poser quelques questions pour voir comment vous aider. Vous pouvez passer une question ou arrêter à tout moment, et ce que vous dites reste confidentiel. Êtes-vous d'accord pour continuer ?
    .label = Consentement éclairé
    .help = Expliquez pourquoi vous posez ces questions, comment les réponses sont gardées (chiffrées, sur ce téléphone) et qui peut les voir. Sans un oui clair, arrêtez le repérage et proposez quand même l'aide de base.
consent-guardian_given = Pour un enfant : un parent, un tuteur, ou l'agent de protection de l'enfance ou d'action sociale responsable a-t-il accepté cet entretien ?
    .label = Accord du tuteur
    .help = Il faut l'accord de l'enfant et celui d'un parent, d'un tuteur ou de l'agent de protection responsable. Vérifiez que l'enfant n'a pas déjà été interrogé, pour éviter de répéter des questions douloureuses.
consent-law_enforcement_referral = Souhaitez-vous que nous transmettions votre situation à la police ou au procureur, pour qu'ils agissent ?
    .label = Accord pour un signalement à la police
    .help = Seulement avec l'accord éclairé de la personne. Expliquez ce qui peut suivre. L'obligation de signaler (loi 27-14, art. 448-7) demande un avis juridique local ; l'application ne tranche pas.

## Profil

profile-age_under_18 = Quel âge avez-vous ? (Oui si la personne a moins de 18 ans.)
    .label = Moins de 18 ans
    .help = Une personne de moins de 18 ans est un enfant en droit. Pour un enfant, la traite n'exige ni force ni tromperie : l'exploitation suffit (Palerme art. 3 c), loi 27-14 art. 448-1).
profile-age_uncertain_presumed_child = L'âge de la personne est-il incertain, avec une chance qu'elle ait moins de 18 ans ?
    .label = Âge incertain, traité comme enfant
    .help = Dans le doute, présumez la minorité et protégez la personne comme un enfant, jusqu'à une évaluation de l'âge en bonne et due forme.
profile-exploitation-labour = Vous a-t-on fait travailler au profit de quelqu'un d'autre, dans des conditions que vous n'acceptiez pas ou que vous ne pouviez pas quitter ?
    .label = Travail forcé ou exploité
    .help = Un travail ordinaire, même dur ou mal payé, n'en est pas un en soi. Oui quand quelqu'un d'autre profite d'un travail imposé à la personne.
profile-exploitation-sexual = Quelqu'un vous a-t-il obligé·e à avoir des rapports sexuels, ou à vendre du sexe, pour son profit ou pour payer une dette ?
    .label = Exploitation sexuelle
    .help = À poser seulement si c'est sûr, si possible par une personne du genre souhaité. Ne demandez pas de détails. Les poids de cette forme sont provisoires.
profile-exploitation-begging = Quelqu'un vous a-t-il obligé·e à mendier et a-t-il pris l'argent ?
    .label = Mendicité forcée
    .help = La mendicité au profit d'autrui est une forme d'exploitation citée à l'art. 448-1 de la loi 27-14. Des enfants en groupe avec un adulte qui récupère l'argent en sont un signe fréquent.
profile-exploitation-criminal_activities = Quelqu'un vous a-t-il obligé·e à faire quelque chose d'illégal, comme transporter de la drogue ou des marchandises, pour son profit ?
    .label = Activité délictueuse forcée
    .help = Les personnes contraintes de commettre des délits sont exploitées, pas délinquantes : les victimes ne doivent pas être punies pour des actes imposés.
profile-exploitation-domestic_servitude = Vous a-t-on fait travailler dans une maison sans être libre de partir ou de refuser ?
    .label = Servitude domestique
    .help = Travail domestique à demeure sans jour de repos, sans salaire ou sans liberté de sortir. Souvent caché : interrogez sur la journée type plutôt que sur des mots.
profile-exploitation-organ_removal = Quelqu'un vous a-t-il pris, ou essayé de prendre, un organe, ou poussé à en donner un ?
    .label = Prélèvement d'organe
    .help = Rare mais cité par la loi. Cherchez des cicatrices chirurgicales inexpliquées. Orientez aussitôt vers des soins.

## Indicateurs OIT/CE : recrutement trompeur

ilo-deceptive_recruitment-deceived_nature_of_job = Le travail, le lieu ou l'employeur étaient-ils différents de ce qu'on vous avait promis ?
    .label = Trompé·e sur le travail
    .help = Un signe fort de recrutement trompeur (le « moyen » : la tromperie). Demandez ce qui était promis, puis ce qui s'est passé.
ilo-deceptive_recruitment-deceived_wages = Vous avait-on promis un salaire que vous n'avez pas reçu ?
    .label = Trompé·e sur le salaire
    .help = Tromperie sur les gains au recrutement. Un signe moyen à lui seul.
ilo-deceptive_recruitment-deceived_work_conditions = Les conditions de travail étaient-elles pires que ce qu'on vous avait dit ?
    .label = Trompé·e sur les conditions de travail
    .help = Horaires, tâches, sécurité ou repos différents de ce qui était promis.
ilo-deceptive_recruitment-deceived_contract = Vous avait-on annoncé un vrai contrat, qui était faux ou n'est jamais venu ?
    .label = Trompé·e sur le contrat
    .help = Tromperie sur le contenu ou la légalité d'un contrat.
ilo-deceptive_recruitment-deceived_housing_living = Vous a-t-on menti sur le lieu ou les conditions de logement ?
    .label = Trompé·e sur le logement
    .help = Logement et conditions de vie promis qui se sont révélés différents.
ilo-deceptive_recruitment-deceived_legal_documents_status = Vous a-t-on promis des papiers ou un statut légal qui ne sont jamais venus ?
    .label = Trompé·e sur les papiers ou le statut
    .help = Fausses promesses de visa, de titre de séjour ou de permis de travail : un appât courant sur les routes migratoires.
ilo-deceptive_recruitment-deceived_travel_recruitment_conditions = Vous a-t-on menti sur le voyage ou sur son coût ?
    .label = Trompé·e sur le voyage
    .help = Tromperie sur le trajet, les frais ou les conditions du recrutement.
ilo-deceptive_recruitment-deceived_family_reunification = Vous avait-on promis de rejoindre votre famille, et ce n'était pas vrai ?
    .label = Trompé·e sur le regroupement familial
    .help = Une promesse de regroupement familial utilisée pour recruter.
ilo-deceptive_recruitment-deceived_marriage_adoption = Vous a-t-on recruté·e avec une promesse de mariage ou d'adoption qui n'était pas réelle ?
    .label = Fausse promesse de mariage ou d'adoption
    .help = Une fausse promesse de mariage ou d'adoption utilisée pour déplacer ou contrôler la personne.
ilo-deceptive_recruitment-deceived_education_access = Vous avait-on promis l'école ou une formation qui n'a jamais eu lieu ?
    .label = Trompé·e sur l'éducation
    .help = Signe fort pour un enfant, faible pour un adulte.

## Indicateurs OIT/CE : recrutement par la contrainte

ilo-coercive_recruitment-violence_on_victim = Avant ou pendant le voyage, quelqu'un vous a-t-il fait du mal pour vous forcer à partir ou à le suivre ?
    .label = Violence au recrutement
    .help = Violence physique ou sexuelle pour recruter ou déplacer la personne. Signe fort. Ne demandez pas le détail des violences.
ilo-coercive_recruitment-threats_of_violence = Quelqu'un a-t-il menacé de vous faire du mal si vous ne partiez pas avec lui ?
    .label = Menaces au recrutement
    .help = Menaces de violence utilisées pour recruter.
ilo-coercive_recruitment-abduction_forced_marriage_adoption_sale = Avez-vous été enlevé·e, vendu·e, ou forcé·e à un mariage ou une adoption ?
    .label = Enlèvement, vente ou mariage forcé
    .help = Enlèvement, vente de la personne, mariage ou adoption forcés. Fort pour un enfant.
ilo-coercive_recruitment-debt_bondage = Avez-vous dû contracter une dette pour être recruté·e, qui vous a ensuite lié·e à ceux qui vous ont recruté·e ?
    .label = Servitude pour dettes au recrutement
    .help = Une dette qui contrôle la personne dès le départ. Fort pour un enfant.
ilo-coercive_recruitment-confiscation_of_documents = Au recrutement, quelqu'un a-t-il pris votre passeport ou vos papiers ?
    .label = Papiers pris au recrutement
    .help = Rétention des pièces d'identité au stade du recrutement.
ilo-coercive_recruitment-isolation_confinement_surveillance = Au recrutement, vous a-t-on enfermé·e, surveillé·e ou tenu·e à l'écart des autres ?
    .label = Enfermement au recrutement
    .help = Isolement, enfermement ou surveillance pendant le recrutement ou le transport.
ilo-coercive_recruitment-threat_denunciation_authorities = Vous a-t-on menacé·e de vous dénoncer à la police ou à l'immigration si vous ne suiviez pas ?
    .label = Menace de dénonciation au recrutement
    .help = La situation irrégulière de la personne utilisée comme menace pour la recruter.
ilo-coercive_recruitment-threat_inform_family_community = Vous a-t-on menacé·e de raconter des choses sur vous à votre famille ou à votre communauté ?
    .label = Menace d'humiliation au recrutement
    .help = Menace d'exposer la personne à sa famille, sa communauté ou au public.
ilo-coercive_recruitment-violence_on_family = Votre famille a-t-elle été menacée ou maltraitée pour vous faire partir ?
    .label = Violence contre la famille au recrutement
    .help = Menaces ou violences contre des proches pour recruter.
ilo-coercive_recruitment-withholding_money = Ceux qui vous ont recruté·e ont-ils gardé votre argent ?
    .label = Argent retenu au recrutement
    .help = Retenue de l'argent ou des gains de la personne pour la forcer à obéir.

## Indicateurs OIT/CE : recrutement par abus de vulnérabilité
## Oui seulement si quelqu'un a UTILISÉ la situation pour recruter ou contrôler la personne.

ilo-recruitment_abuse_vulnerability-abuse_difficult_family_situation = La personne qui vous a recruté·e a-t-elle profité de problèmes dans votre famille pour vous faire partir ?
    .label = Difficultés familiales exploitées
    .help = Oui seulement si quelqu'un s'en est servi pour recruter. Avoir des problèmes familiaux n'est pas un signe en soi.
ilo-recruitment_abuse_vulnerability-abuse_illegal_status = Quelqu'un s'est-il servi de votre absence de papiers pour vous faire partir avec lui ?
    .label = Situation irrégulière exploitée
    .help = Être en situation irrégulière n'est pas un signe ; qu'on s'en serve pour recruter, si.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_education_language = Quelqu'un a-t-il profité que vous ne lisiez pas ou ne parliez pas la langue pour vous recruter ?
    .label = Manque d'instruction ou de langue exploité
    .help = Oui seulement si le recruteur s'en est servi, par exemple avec des papiers que la personne ne pouvait pas lire.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_information = Quelqu'un a-t-il profité que vous ne sachiez pas comment les choses marchent ici pour vous recruter ?
    .label = Manque d'information exploité
    .help = Le recruteur a utilisé le manque d'information sur le pays, le travail ou les droits.
ilo-recruitment_abuse_vulnerability-control_by_exploiters = Avez-vous été recruté·e par des gens qui avaient déjà du pouvoir sur vous ou votre famille ?
    .label = Recruté·e sous le contrôle des exploiteurs
    .help = Les recruteurs contrôlaient déjà la vie de la personne ou de sa communauté.
ilo-recruitment_abuse_vulnerability-economic_reasons = Quelqu'un a-t-il profité de votre besoin d'argent pour vous pousser à partir ?
    .label = Besoin d'argent exploité
    .help = Être pauvre n'est pas un signe ; que quelqu'un exploite ce besoin pour recruter, si.
ilo-recruitment_abuse_vulnerability-false_info_successful_migration = Vous a-t-on raconté de fausses réussites à l'étranger pour vous faire partir ?
    .label = Fausses histoires de réussite
    .help = Fausses informations sur la réussite migratoire pour convaincre la personne.
ilo-recruitment_abuse_vulnerability-false_info_law_authorities = Vous a-t-on dit des choses fausses sur la loi ou la police pour que vous suiviez ?
    .label = Fausses informations sur la loi
    .help = Par exemple : « la police emprisonne tout migrant qui demande de l'aide ». Absent de la liste enfants.
ilo-recruitment_abuse_vulnerability-family_situation = Quelqu'un s'est-il servi de votre situation familiale, par exemple devoir nourrir les vôtres, pour vous recruter ?
    .label = Situation familiale utilisée
    .help = Le recruteur a utilisé le rôle ou les devoirs familiaux de la personne comme levier.
ilo-recruitment_abuse_vulnerability-personal_situation = Quelqu'un a-t-il profité de votre situation personnelle, comme une maladie, une grossesse ou un handicap, pour vous recruter ?
    .label = Situation personnelle utilisée
    .help = Le recruteur a utilisé une vulnérabilité personnelle.
ilo-recruitment_abuse_vulnerability-psychological_emotional_dependency = Avez-vous été recruté·e par quelqu'un dont vous dépendiez affectivement, comme un partenaire ?
    .label = Dépendance affective utilisée
    .help = Par exemple un « petit ami » recruteur. Demandez avec douceur : la personne peut ne pas y voir d'abus.
ilo-recruitment_abuse_vulnerability-relationship_authorities_legal_status = Quelqu'un s'est-il servi de votre peur des autorités pour vous recruter ?
    .label = Peur des autorités utilisée
    .help = Le recruteur a utilisé la relation de la personne avec les autorités ou son statut.
ilo-recruitment_abuse_vulnerability-difficulties_in_past = Quelqu'un s'est-il servi d'un passé difficile pour vous recruter ?
    .label = Difficultés passées utilisées
    .help = Abus, dettes ou conflits passés utilisés comme levier par le recruteur.
ilo-recruitment_abuse_vulnerability-difficulty_organising_travel = Quelqu'un a-t-il proposé d'organiser votre voyage d'une façon qui lui a ensuite donné du pouvoir sur vous ?
    .label = Voyage organisé pour prendre le contrôle
    .help = Oui quand l'organisation du voyage a servi à prendre le contrôle, pas quand la personne a simplement payé un passage.
ilo-recruitment_abuse_vulnerability-abuse_cultural_religious_beliefs = A-t-on utilisé des croyances religieuses ou traditionnelles, comme un serment ou un rituel, pour vous faire partir ou obéir ?
    .label = Croyances utilisées pour contrôler
    .help = Serments et rituels sont des moyens de contrôle connus sur certaines routes. Faible pour un adulte, moyen pour un enfant.
ilo-recruitment_abuse_vulnerability-general_context = Quelqu'un s'est-il servi d'une guerre, d'une crise ou de troubles chez vous pour vous pousser à le suivre ?
    .label = Crise utilisée pour recruter
    .help = Un contexte général (conflit, crise politique) exploité par le recruteur. Faible pour un adulte.

## Indicateurs OIT/CE : conditions d'exploitation

ilo-exploitative_conditions-excessive_working_hours = Travaillez-vous, ou travailliez-vous, de très longues journées ou sans jour de repos ?
    .label = Horaires excessifs
    .help = Un signe fort de conditions d'exploitation.
ilo-exploitative_conditions-low_or_no_salary = Êtes-vous, ou étiez-vous, très peu ou pas du tout payé·e pour votre travail ?
    .label = Salaire faible ou nul
    .help = Salaire très inférieur à l'accord ou au minimum légal, ou aucun.
ilo-exploitative_conditions-wage_manipulation = Votre salaire a-t-il été amputé par des frais ou des amendes inventés ?
    .label = Salaire manipulé
    .help = Retenues pour nourriture, logement, transport ou amendes qui ne laissent presque rien.
ilo-exploitative_conditions-bad_living_conditions = Les lieux où vous deviez vivre étaient-ils surpeuplés, dangereux ou insalubres ?
    .label = Mauvaises conditions de vie
    .help = Logement imposé par l'employeur ou le contrôleur, en mauvais état.
ilo-exploitative_conditions-very_bad_working_conditions = Les conditions de travail sont-elles, ou étaient-elles, très dures ?
    .label = Très mauvaises conditions de travail
    .help = Pas de pause, pas d'eau, mauvais traitements ou humiliations au travail.
ilo-exploitative_conditions-hazardous_work = Le travail était-il dangereux, sans protection ?
    .label = Travail dangereux
    .help = Tâches dangereuses sans équipement ni formation de sécurité.
ilo-exploitative_conditions-no_respect_labour_law_contract = L'employeur a-t-il violé ce qui était convenu ou le droit du travail ?
    .label = Droit du travail ou contrat non respecté
    .help = Les conditions convenues ou les droits de base ont été ignorés.
ilo-exploitative_conditions-no_social_protection = Avez-vous travaillé sans aucune protection sociale, comme une assurance ou un contrat ?
    .label = Pas de protection sociale
    .help = Absent de la liste enfants. Fréquent dans le travail informel ; moyen pour un adulte.
ilo-exploitative_conditions-no_access_to_education = L'enfant a-t-il été empêché d'aller à l'école à cause du travail ?
    .label = Pas d'accès à l'éducation
    .help = Moyen pour un enfant, faible pour un adulte.

## Indicateurs OIT/CE : contrainte à destination

ilo-coercion_at_destination-confiscation_of_documents = Quelqu'un garde-t-il votre passeport ou vos papiers contre votre volonté ?
    .label = Papiers gardés par quelqu'un
    .help = Un signe fort. Demandez qui a les papiers et si la personne peut les récupérer.
ilo-coercion_at_destination-debt_bondage = Devez-vous de l'argent à ceux pour qui vous travaillez, d'une façon que vous ne pourrez jamais rembourser ?
    .label = Servitude pour dettes
    .help = Une dette qui grossit ou ne finit jamais et oblige la personne à travailler. Un signe fort.
ilo-coercion_at_destination-isolation_confinement_surveillance = Êtes-vous enfermé·e, surveillé·e, ou empêché·e de sortir ou de parler aux autres ?
    .label = Enfermé·e ou surveillé·e
    .help = Un signe fort. Cherchez les signes que la personne ne peut pas se déplacer librement.
ilo-coercion_at_destination-violence_on_victim = Les gens avec qui vous travaillez ou vivez vous ont-ils fait du mal ?
    .label = Violence
    .help = Violence physique ou sexuelle par l'employeur ou le contrôleur. Un signe fort. Ne demandez pas de détails.
ilo-coercion_at_destination-threats_of_violence = Vous ont-ils menacé·e de vous faire du mal ?
    .label = Menaces de violence
    .help = Menaces de violence contre la personne. Fort pour un enfant.
ilo-coercion_at_destination-forced_illicit_activities = Vous oblige-t-on à faire des choses illégales ?
    .label = Forcé·e à des activités illégales
    .help = Par exemple vol, vente de drogue ou passage d'autres personnes. Fort pour un enfant.
ilo-coercion_at_destination-forced_tasks_or_clients = Vous oblige-t-on à faire des tâches, ou à voir des clients, que vous refusez ?
    .label = Tâches ou clients imposés
    .help = La personne ne peut pas refuser des tâches ou des clients. Fort pour un enfant.
ilo-coercion_at_destination-under_strong_influence = Quelqu'un contrôle-t-il vos choix au point que vous sentez ne plus pouvoir décider vous-même ?
    .label = Sous forte emprise
    .help = Contrôle par la peur, la dépendance, la drogue, un serment ou la manipulation.
ilo-coercion_at_destination-forced_to_act_against_peers = Vous oblige-t-on à surveiller, punir ou recruter d'autres personnes ?
    .label = Forcé·e à agir contre d'autres
    .help = La personne sert à contrôler ou recruter d'autres victimes.
ilo-coercion_at_destination-forced_to_lie = Vous a-t-on dit quoi raconter aux autorités, à votre famille ou à nous ?
    .label = Obligé·e de mentir
    .help = Un récit appris par cœur est un signe de contrôle. Restez calme si l'histoire change.
ilo-coercion_at_destination-threat_denunciation_authorities = Vous menace-t-on de vous dénoncer à la police ou à l'immigration ?
    .label = Menace de dénonciation
    .help = La situation irrégulière utilisée comme menace pour garder la personne au travail.
ilo-coercion_at_destination-threat_worse_conditions = Vous menace-t-on d'un travail ou de conditions pires si vous n'obéissez pas ?
    .label = Menace de conditions pires
    .help = Menaces d'imposer des conditions encore pires.
ilo-coercion_at_destination-violence_on_family = Votre famille a-t-elle été menacée ou maltraitée pour vous garder au travail ?
    .label = Famille menacée ou maltraitée
    .help = Menaces ou violences contre des proches.
ilo-coercion_at_destination-withholding_wages = Quelqu'un garde-t-il votre salaire ?
    .label = Salaire retenu
    .help = Salaire gardé par l'employeur ou le contrôleur.
ilo-coercion_at_destination-threat_inform_family_community = Vous menace-t-on de raconter des choses sur vous à votre famille ou votre communauté ?
    .label = Menace d'humiliation
    .help = Menace d'exposer la personne. Faible pour un adulte, moyen pour un enfant.

## Indicateurs OIT/CE : abus de vulnérabilité à destination
## Oui seulement si quelqu'un UTILISE la situation pour contrôler la personne.

ilo-abuse_vulnerability_at_destination-dependency_on_exploiters = Dépendez-vous de ceux pour qui vous travaillez pour manger, dormir ou tout le reste, au point de ne pas pouvoir partir ?
    .label = Dépendant·e des exploiteurs
    .help = Une dépendance créée ou utilisée par les exploiteurs pour garder la personne.
ilo-abuse_vulnerability_at_destination-difficulty_living_unknown_area = Quelqu'un se sert-il du fait que vous ne connaissez ni ce lieu ni sa langue pour vous garder ?
    .label = Lieu inconnu utilisé
    .help = Être nouveau dans un lieu n'est pas un signe en soi ; qu'on s'en serve pour contrôler, si.
ilo-abuse_vulnerability_at_destination-economic_reasons = Quelqu'un se sert-il de votre besoin d'argent pour vous garder dans ces conditions ?
    .label = Besoin d'argent utilisé
    .help = Le besoin seul n'est pas un signe ; son utilisation par l'exploiteur, si.
ilo-abuse_vulnerability_at_destination-family_situation = Quelqu'un se sert-il de votre situation familiale pour vous garder au travail ?
    .label = Situation familiale utilisée
    .help = Par exemple une famille au pays qui dépend de l'argent, utilisée comme levier.
ilo-abuse_vulnerability_at_destination-relationship_authorities_legal_status = Quelqu'un se sert-il de votre peur des autorités pour vous garder ?
    .label = Peur des autorités utilisée
    .help = L'exploiteur utilise le statut de la personne ou sa peur de la police.
ilo-abuse_vulnerability_at_destination-difficulties_in_past = Quelqu'un se sert-il d'un passé difficile pour vous garder ?
    .label = Difficultés passées utilisées
    .help = Faible pour un adulte, moyen pour un enfant.
ilo-abuse_vulnerability_at_destination-personal_characteristics = Quelqu'un se sert-il de quelque chose de personnel, comme votre âge, votre santé ou un handicap, pour vous garder ?
    .label = Caractéristiques personnelles utilisées
    .help = Faible pour un adulte, moyen pour un enfant.

## Faits de trafic de migrants (sensibles : peuvent incriminer la personne selon la loi 02-03 ; minimiser, ne jamais transmettre automatiquement)

som-paid_or_benefit_for_crossing = Avez-vous payé, ou donné quelque chose, pour qu'on vous aide à passer une frontière ?
    .label = Passage payé
    .help = Un fait de trafic de migrants, pas une faute à juger ici. N'enregistrez que ce qui sert à aider.
som-facilitator_arranged_entry_or_exit = Quelqu'un a-t-il organisé votre entrée dans un pays ou votre sortie ?
    .label = Passage organisé par quelqu'un
    .help = Un passeur a organisé le franchissement de la frontière, payé ou non.
som-fraudulent_documents_supplied = Vous a-t-on fourni de faux papiers pour le voyage ?
    .label = Faux papiers fournis
    .help = Très sensible au regard de la loi 02-03. À demander seulement si cela compte pour la protection de la personne.
som-debt_owed_to_smuggler = Devez-vous encore de l'argent à ceux qui vous ont fait passer ?
    .label = Dette envers le passeur
    .help = Une dette envers un passeur peut devenir un moyen de contrôle : signe que le trafic de migrants tourne peut-être à la traite.
som-held_or_ransomed_in_transit = En route, avez-vous été retenu·e quelque part ou obligé·e de payer pour être libéré·e ?
    .label = Retenu·e ou rançonné·e en route
    .help = Détention et rançon en transit, connues sur les routes passant par la Libye et la frontière algérienne.
som-abused_by_smuggler = Ceux qui vous ont fait passer vous ont-ils fait du mal, volé·e ou maltraité·e ?
    .label = Maltraité·e par le passeur
    .help = Violences, vols ou violences sexuelles par des passeurs. Proposez soins et soutien psychosocial.
som-life_endangered_in_transit = Votre vie a-t-elle été mise en danger pendant le voyage ?
    .label = Vie mise en danger en route
    .help = Traversées dangereuses, abandon, manque d'eau. Proposez soins et soutien psychosocial.

## Besoins

needs-asylum_or_fears_return = Avez-vous peur de retourner dans votre pays ?
    .label = Craint le retour, peut demander l'asile
    .help = Un oui : orienter vers une information sur l'asile et ne jamais contacter les autorités du pays d'origine sans la volonté explicite de la personne.
needs-wishes_to_return_home = Voulez-vous de l'aide pour rentrer chez vous ?
    .label = Souhaite rentrer
    .help = Le retour volontaire assisté n'est proposé que si la personne ne craint pas le retour.
needs-consular_help = Voulez-vous l'aide de l'ambassade ou du consulat de votre pays ?
    .label = Souhaite l'aide consulaire
    .help = Proposé seulement si la personne ne craint pas le retour : contacter l'État d'origine peut mettre en danger quelqu'un qui le craint.
