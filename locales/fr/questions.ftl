# Questions à lire à voix haute, avec un libellé court et une aide pour chaque code.
# Identifiant = le code, points remplacés par des tirets. Ton : mots simples, sans jugement ;
# la personne peut toujours ne pas répondre.
# Un code en mode `observe` (crates/core/data/rules.toml) est une vérification de
# l'intervenant : son texte s'adresse à l'intervenant et ne se lit jamais à voix haute.
# `.observe` sert quand un code d'habitude posé devient une observation (l'âge, après un refus).
# $gender (female, male, unspecified) : les questions sont tournées pour ne pas dépendre du genre ;
# le sélecteur sert seulement là où l'accord est inévitable.

## Tri (en premier)

safety-immediate_danger = Êtes-vous en danger en ce moment, ici ou là où vous dormirez ce soir ?
    .label = En danger maintenant
    .help = Agir d'abord. Si la personne ou vous-même êtes en danger, arrêtez l'entretien et utilisez les numéros d'urgence. Posez la question à voix basse, à l'écart des autres.
safety-urgent_medical_need = Avez-vous une blessure ou une maladie, et besoin d'un médecin aujourd'hui ?
    .label = Besoin médical urgent
    .help = Blessures du passage de la frontière, gelures ou maladie passent avant toute question. Les soins d'abord ; le repérage peut attendre un autre jour.
safety-controller_present = Quelqu'un est-il avec la personne, ou tout près, qui répond à sa place, tient à traduire, garde ses papiers ou surveille ce qu'elle dit ?
    .label = Personne qui contrôle présente
    .help = Observez ; ne demandez rien devant quiconque. Seulement quand personne d'autre n'est là, vous pouvez demander : « Quelqu'un ici vous dit-il quoi dire ou quoi faire ? » Si oui, n'allez pas plus loin : donnez discrètement le numéro de la ligne contre la traite et trouvez un moyen de la revoir seule.
safety-unaccompanied_child = S'agit-il d'un enfant dont aucun adulte ne s'occupe : seul, ou seulement avec d'autres enfants ?
    .label = Enfant non accompagné
    .help = Non accompagné : aucun adulte ne prend soin de l'enfant. Si un adulte est avec lui sans être son parent ni la personne qui s'occupe habituellement de lui, cochez plutôt « enfant séparé » : un seul des deux s'applique. Si l'âge est incertain, traitez la personne comme un enfant (présomption de minorité). Un enfant est toujours orienté vers la protection de l'enfance.
safety-separated_child = S'agit-il d'un enfant accompagné d'un adulte qui n'est ni son parent ni la personne qui s'occupe habituellement de lui ?
    .label = Enfant séparé
    .help = Séparé : un adulte est avec l'enfant, mais ce n'est ni un parent ni la personne qui s'en occupe habituellement. Cet adulte peut l'aider ou le contrôler : ne supposez ni l'un ni l'autre, et ne prenez jamais son accord pour l'entretien. Un seul de « non accompagné » et « séparé » s'applique.
safety-acute_distress = La personne semble-t-elle en grande détresse, ou parle-t-elle de se faire du mal ?
    .label = Détresse aiguë
    .help = Ralentissez, écoutez, ne cherchez pas les détails. Proposez un soutien psychosocial quel que soit le reste du repérage.

## Consentement

consent-informed_given = J'aimerais vous poser quelques questions pour voir comment vous aider. Vous pouvez ne pas répondre à une question, ou arrêter à tout moment. L'aide que nous pouvons vous apporter ne dépend pas de vos réponses : vous ne perdez aucune aide si vous ne répondez pas. Je note certaines réponses dans ce téléphone, qui est verrouillé ; à la fin, je vous demanderai si nous pouvons les garder et les envoyer, verrouillées, à notre organisation. Rien n'est transmis à la police sans vous le demander. Êtes-vous d'accord pour commencer ?
    .label = Accord pour l'entretien
    .help = Lisez tout, sans rien promettre de plus. Les réponses restent chiffrées dans ce téléphone pendant l'entretien. Un dossier n'est gardé et envoyé à votre organisation que si la personne accepte aussi, à la fin, qu'un dossier soit gardé (loi 09-08 sur les données personnelles). L'application de l'article 448-7 du Code pénal (obligation de signaler la traite) à votre travail est une question juridique ouverte : voir la documentation. Sans un oui clair, arrêtez et proposez quand même l'aide de base.
consent-guardian_given = Pour un enfant : un parent, un tuteur légal, ou l'agent de protection de l'enfance ou d'action sociale responsable a-t-il accepté cet entretien ?
    .label = Accord du tuteur
    .help = Il faut aussi l'accord de l'enfant lui-même. Ne prenez jamais cet accord auprès de l'adulte qui voyage avec un enfant séparé, d'un employeur ou de celui qui a organisé le voyage : si aucun parent, tuteur ou agent ne peut donner son accord, répondez non. L'orientation vers la protection de l'enfance se fait dans tous les cas, sans condition. Vérifiez que l'enfant n'a pas déjà été entendu, pour éviter de répéter des questions douloureuses.
consent-law_enforcement_referral = Souhaitez-vous que nous transmettions votre situation à la police ou au procureur, pour qu'ils agissent ? Vous pouvez dire non : l'aide reste la même.
    .label = Accord pour un signalement à la police
    .help = Seulement avec l'accord éclairé de la personne. Expliquez ce qui peut suivre (déposition, peut-être un procès, mesures de protection). L'obligation de signaler (article 448-7 du Code pénal, ajouté par la loi 27-14) demande un avis juridique local ; l'application ne tranche pas.

## Profil

profile-age_under_18 = Quel âge avez-vous ?
    .label = Moins de 18 ans
    .help = Oui si la personne dit avoir moins de 18 ans. Une personne de moins de 18 ans est un enfant en droit. Pour un enfant, la traite n'exige ni force ni tromperie : l'exploitation suffit (Protocole de Palerme, art. 3 c ; Code pénal, art. 448-1).
    .observe = Le consentement n'a pas été donné : ne demandez pas. D'après ce que vous voyez et ce qu'on vous a dit, la personne a-t-elle moins de 18 ans ?
profile-age_uncertain_presumed_child = L'âge de la personne est-il incertain, avec une possibilité qu'elle ait moins de 18 ans ?
    .label = Âge incertain : traiter comme un enfant
    .help = Dans le doute, présumez la minorité et protégez la personne comme un enfant, jusqu'à une évaluation de l'âge en bonne et due forme.
profile-exploitation-labour = Quelqu'un vous a-t-il fait travailler à son profit, dans des conditions que vous n'acceptiez pas ou que vous ne pouviez pas quitter ?
    .label = Travail forcé ou exploité
    .help = Un travail ordinaire, même dur ou mal payé, n'en est pas un en soi. Oui quand quelqu'un d'autre profite d'un travail imposé à la personne.
profile-exploitation-sexual = Quelqu'un vous a-t-il imposé des rapports sexuels avec d'autres personnes, pour en tirer de l'argent ou pour payer une dette ?
    .label = Exploitation sexuelle
    .help = À poser seulement si c'est sans risque, si possible par un ou une collègue du genre que la personne préfère. Ne demandez pas de détails. Les poids de cette forme sont provisoires.
profile-exploitation-begging = Quelqu'un vous a-t-il fait mendier et a-t-il pris l'argent ?
    .label = Mendicité forcée
    .help = La mendicité au profit d'autrui est une forme d'exploitation citée à l'article 448-1 du Code pénal. Des enfants en groupe avec un adulte qui ramasse l'argent en sont un signe fréquent.
profile-exploitation-criminal_activities = Quelqu'un vous a-t-il fait faire quelque chose d'illégal à son profit, comme transporter de la drogue ou des marchandises interdites ?
    .label = Activité délictueuse forcée
    .help = Les personnes contraintes de commettre des délits sont exploitées, pas délinquantes : elles ne doivent pas être punies pour des actes imposés.
profile-exploitation-domestic_servitude = Vous a-t-on fait travailler chez quelqu'un, dans sa maison, sans que vous soyez libre de partir ou de refuser ?
    .label = Servitude domestique
    .help = Travail domestique à demeure sans jour de repos, sans salaire ou sans liberté de sortir. Souvent caché : interrogez sur la journée type plutôt qu'avec des mots comme « exploitation ».
profile-exploitation-organ_removal = Quelqu'un vous a-t-il pris un organe, a-t-il essayé de le faire, ou a-t-il fait pression sur vous pour que vous en donniez un ?
    .label = Prélèvement d'organe
    .help = Rare mais cité par la loi. Cherchez des cicatrices chirurgicales inexpliquées. Orientez aussitôt vers des soins.

## Indicateurs OIT/CE : recrutement trompeur
## Posées au sujet de la personne qui a proposé le travail, le voyage ou le logement.

ilo-deceptive_recruitment-deceived_nature_of_job = Le travail, le lieu ou l'employeur étaient-ils différents de ce qu'on vous avait promis quand on vous a proposé ce travail ?
    .label = Tromperie sur le travail
    .help = Un signe fort de recrutement trompeur (le « moyen » : la tromperie). Demandez ce qui était promis, puis ce qui s'est passé.
ilo-deceptive_recruitment-deceived_wages = Quand on vous a proposé ce travail, vous avait-on promis un salaire que vous n'avez pas reçu ?
    .label = Tromperie sur le salaire
    .help = Un mensonge sur les gains au moment de l'offre. Un signe moyen à lui seul.
ilo-deceptive_recruitment-deceived_work_conditions = Le travail était-il plus dur, plus long ou plus dangereux que ce qu'on vous avait dit en vous le proposant ?
    .label = Tromperie sur les conditions de travail
    .help = Horaires, tâches, sécurité ou repos différents de ce qui était promis au moment de l'offre.
ilo-deceptive_recruitment-deceived_contract = Vous avait-on annoncé un vrai contrat de travail, qui s'est révélé faux ou que vous n'avez jamais reçu ?
    .label = Tromperie sur le contrat
    .help = Un mensonge sur le contenu d'un contrat ou sur sa légalité.
ilo-deceptive_recruitment-deceived_housing_living = Quand on vous a proposé le travail ou le voyage, vous a-t-on menti sur le lieu ou les conditions de logement ?
    .label = Tromperie sur le logement
    .help = Logement et conditions de vie promis qui se sont révélés différents.
ilo-deceptive_recruitment-deceived_legal_documents_status = Vous a-t-on promis des papiers ou un statut légal qui ne sont jamais venus ?
    .label = Tromperie sur les papiers ou le statut
    .help = Fausses promesses de visa, de titre de séjour ou de permis de travail par celui qui a proposé le travail ou le voyage : un appât courant sur les routes migratoires.
ilo-deceptive_recruitment-deceived_travel_recruitment_conditions = Quand on vous a proposé ce travail, la personne qui vous l'a proposé vous a-t-elle menti sur la façon de voyager, sur ce que le voyage ou l'obtention du travail allait vous coûter, ou sur qui paierait ?
    .label = Tromperie sur les conditions de l'offre
    .help = Seulement quand le voyage venait avec une offre de travail, et que la personne qui l'a proposée a menti sur la façon de voyager, sur le coût du voyage ou de l'obtention du travail, ou sur qui paierait. Un mensonge sur le travail lui-même ou sur le logement relève d'autres signes. Les mensonges d'un passeur sur la seule traversée ne sont pas ce signe : ils relèvent des faits de trafic illicite de migrants.
ilo-deceptive_recruitment-deceived_family_reunification = Vous avait-on promis de rejoindre votre famille, et ce n'était pas vrai ?
    .label = Tromperie sur le regroupement familial
    .help = Une promesse de rejoindre sa famille, utilisée pour faire partir la personne.
ilo-deceptive_recruitment-deceived_marriage_adoption = Vous a-t-on fait partir avec une promesse de mariage ou d'adoption qui n'était pas réelle ?
    .label = Fausse promesse de mariage ou d'adoption
    .help = Une fausse promesse de mariage ou d'adoption utilisée pour déplacer ou contrôler la personne.
ilo-deceptive_recruitment-deceived_education_access = Vous avait-on promis l'école ou une formation qui n'a jamais eu lieu ?
    .label = Tromperie sur l'école ou la formation
    .help = Signe fort pour un enfant, faible pour un adulte.

## Indicateurs OIT/CE : recrutement par la contrainte

ilo-coercive_recruitment-violence_on_victim = Avant ou pendant le voyage, quelqu'un vous a-t-il fait du mal pour vous forcer à partir avec lui ou à faire ce qu'il voulait ?
    .label = Violence pour faire partir la personne
    .help = Violence physique ou sexuelle pour faire partir ou déplacer la personne. Signe fort. Ne demandez pas le détail des violences.
ilo-coercive_recruitment-threats_of_violence = Quelqu'un a-t-il menacé de vous faire du mal si vous ne partiez pas avec lui ou si vous n'acceptiez pas le travail qu'il vous proposait ?
    .label = Menaces pour faire partir la personne
    .help = Menaces de violence utilisées pour faire partir la personne ou lui faire accepter le travail.
ilo-coercive_recruitment-abduction_forced_marriage_adoption_sale = Avez-vous subi un enlèvement, une vente, un mariage forcé ou une adoption forcée ?
    .label = Enlèvement, vente ou mariage forcé
    .help = Enlèvement, vente de la personne, mariage ou adoption forcés. Fort pour un enfant.
ilo-coercive_recruitment-debt_bondage = Avez-vous dû emprunter de l'argent pour obtenir ce travail, une dette qui vous liait ensuite à la personne qui vous l'avait proposé ?
    .label = Servitude pour dettes dès le départ
    .help = Une dette liée à l'offre de travail, qui contrôle la personne dès le départ. Fort pour un enfant. Une dette envers un passeur pour la traversée se demande avec les faits de trafic illicite de migrants.
ilo-coercive_recruitment-confiscation_of_documents = Avant ou pendant le voyage, quelqu'un a-t-il pris votre passeport ou vos papiers pour les garder ?
    .label = Papiers pris avant ou pendant le voyage
    .help = Pièces d'identité gardées par celui qui a proposé le travail ou le voyage, ou par ceux qui déplacent la personne.
ilo-coercive_recruitment-isolation_confinement_surveillance = Avant ou pendant le voyage, a-t-on limité votre liberté, par exemple en vous enfermant, en vous surveillant ou en vous coupant des autres ?
    .label = Enfermement avant ou pendant le voyage
    .help = Isolement, enfermement ou surveillance pendant que la personne était amenée ou déplacée.
ilo-coercive_recruitment-threat_denunciation_authorities = Quelqu'un a-t-il menacé de vous dénoncer à la police ou aux autorités si vous ne partiez pas avec lui ou si vous n'acceptiez pas le travail qu'il vous proposait ?
    .label = Menace de dénonciation pour faire partir la personne
    .help = L'absence de papiers de la personne utilisée comme menace pour la faire partir ou lui faire accepter le travail.
ilo-coercive_recruitment-threat_inform_family_community = Pour vous faire partir, a-t-on menacé de raconter des choses sur vous à votre famille ou à votre communauté ?
    .label = Menace d'humiliation pour faire partir la personne
    .help = Menace d'exposer la personne à sa famille, sa communauté ou au public.
ilo-coercive_recruitment-violence_on_family = Ceux qui vous ont proposé le travail ou le voyage ont-ils menacé ou maltraité votre famille pour vous forcer à partir ou à accepter ce travail ?
    .label = Violence contre la famille pour faire partir la personne
    .help = Menaces ou violences contre des proches pour faire partir la personne.
ilo-coercive_recruitment-withholding_money = Ceux qui vous ont proposé le travail ou le voyage ont-ils gardé votre argent ou votre salaire pour vous obliger à rester avec eux ou à leur obéir ?
    .label = Argent retenu dès le départ
    .help = L'argent ou les gains de la personne retenus pour la forcer à rester ou à obéir. L'argent que la personne laisse, comme convenu, à un intermédiaire jusqu'au passage n'est pas ce signe.

## Indicateurs OIT/CE : recrutement par abus de vulnérabilité
## Oui seulement si quelqu'un a UTILISÉ la situation pour faire partir ou contrôler la personne.

ilo-recruitment_abuse_vulnerability-abuse_difficult_family_situation = La personne qui vous a proposé le travail ou le voyage s'est-elle servie de problèmes dans votre famille pour vous faire partir ?
    .label = Difficultés familiales utilisées
    .help = Oui seulement si quelqu'un s'en est servi pour faire partir la personne. Avoir des problèmes familiaux n'est pas un signe en soi.
ilo-recruitment_abuse_vulnerability-abuse_illegal_status = Quelqu'un s'est-il servi de votre absence de papiers pour vous faire partir avec lui ou accepter le travail qu'il vous proposait ?
    .label = Absence de papiers utilisée
    .help = Ne pas avoir de papiers n'est pas un signe ; qu'on s'en serve pour faire partir la personne ou lui faire accepter le travail, si.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_education_language = La personne qui vous a proposé le travail ou le voyage a-t-elle profité de ce que vous ne lisiez pas, ou ne parliez pas la langue ?
    .label = Manque d'instruction ou de langue utilisé
    .help = Oui seulement si cette personne s'en est servie, par exemple avec des papiers que la personne ne pouvait pas lire.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_information = La personne qui vous a proposé le travail ou le voyage a-t-elle profité de ce que vous ne connaissiez ni le pays, ni le travail, ni vos droits ?
    .label = Manque d'information utilisé
    .help = Celui qui a fait l'offre a utilisé ce que la personne ignorait du pays, du travail ou de ses droits.
ilo-recruitment_abuse_vulnerability-control_by_exploiters = Le travail ou le voyage venait-il de gens qui avaient déjà du pouvoir sur vous ou sur votre famille ?
    .label = Offre venue de personnes déjà en position de contrôle
    .help = Ceux qui ont fait l'offre contrôlaient déjà la vie de la personne ou de sa communauté.
ilo-recruitment_abuse_vulnerability-economic_reasons = La personne qui vous a proposé le travail ou le voyage a-t-elle profité de votre besoin d'argent pour vous pousser à partir ou à accepter ce travail ?
    .label = Besoin d'argent utilisé
    .help = Être pauvre n'est pas un signe ; que quelqu'un se serve de ce besoin pour faire partir la personne, si.
ilo-recruitment_abuse_vulnerability-false_info_successful_migration = La personne qui vous a proposé le travail ou le voyage vous a-t-elle raconté de fausses réussites à l'étranger pour vous faire partir ou accepter ce travail ?
    .label = Fausses histoires de réussite
    .help = Fausses informations sur la réussite migratoire pour convaincre la personne.
ilo-recruitment_abuse_vulnerability-false_info_law_authorities = Vous a-t-on dit des choses fausses sur la loi ou la police pour vous faire partir ou obéir ?
    .label = Fausses informations sur la loi
    .help = Par exemple : « la police emprisonne tout migrant qui demande de l'aide ». Absent de la liste enfants.
ilo-recruitment_abuse_vulnerability-family_situation = La personne qui vous a proposé le travail ou le voyage s'est-elle servie de votre situation familiale, par exemple devoir nourrir les vôtres, pour vous faire partir ou accepter ce travail ?
    .label = Situation familiale utilisée
    .help = Celui qui a fait l'offre s'est servi du rôle ou des devoirs familiaux de la personne pour faire pression.
ilo-recruitment_abuse_vulnerability-personal_situation = La personne qui vous a proposé le travail ou le voyage a-t-elle profité de votre situation personnelle, comme une maladie, une grossesse ou un handicap, pour vous faire partir ou accepter ce travail ?
    .label = Situation personnelle utilisée
    .help = Celui qui a fait l'offre s'est servi d'une fragilité personnelle.
ilo-recruitment_abuse_vulnerability-psychological_emotional_dependency = Une personne que vous aimiez ou dont vous dépendiez, par exemple la personne avec qui vous étiez en couple, s'est-elle servie de ce lien pour vous faire partir ou accepter ce travail ?
    .label = Dépendance affective utilisée
    .help = Oui seulement si le lien a été utilisé : par exemple un « petit ami » qui amène une femme à ce travail. Demandez avec douceur : la personne peut ne pas y voir d'abus.
ilo-recruitment_abuse_vulnerability-relationship_authorities_legal_status = La personne qui vous a proposé le travail ou le voyage s'est-elle servie de votre peur des autorités pour vous faire partir avec elle ou accepter ce travail ?
    .label = Peur des autorités utilisée
    .help = Celui qui a fait l'offre s'est servi de la relation de la personne avec les autorités ou de son statut.
ilo-recruitment_abuse_vulnerability-difficulties_in_past = La personne qui vous a proposé le travail ou le voyage s'est-elle servie d'un passé difficile pour vous faire partir ou accepter ce travail ?
    .label = Difficultés passées utilisées
    .help = Abus, dettes ou conflits passés utilisés pour faire pression par celui qui a fait l'offre.
ilo-recruitment_abuse_vulnerability-difficulty_organising_travel = Quelqu'un a-t-il proposé d'organiser votre voyage d'une façon qui lui a ensuite donné du pouvoir sur vous ?
    .label = Voyage organisé pour prendre le contrôle
    .help = Oui quand l'organisation du voyage a servi à prendre le contrôle, pas quand la personne a simplement payé un passage.
ilo-recruitment_abuse_vulnerability-abuse_cultural_religious_beliefs = La personne qui vous a proposé le travail ou le voyage a-t-elle utilisé des croyances religieuses ou traditionnelles, comme un serment ou un rituel, pour vous faire partir ou obéir ?
    .label = Croyances utilisées pour contrôler
    .help = Serments et rituels sont des moyens de contrôle connus sur certaines routes. Faible pour un adulte, moyen pour un enfant.
ilo-recruitment_abuse_vulnerability-general_context = La personne qui vous a proposé le travail ou le voyage s'est-elle servie d'une guerre, d'une crise ou de troubles dans votre pays pour vous pousser à partir avec elle ou à accepter ce travail ?
    .label = Crise utilisée pour faire partir la personne
    .help = Un contexte général (conflit, crise politique) exploité par celui qui a fait l'offre. Faible pour un adulte.

## Indicateurs OIT/CE : conditions d'exploitation
## Posées au sujet de la personne pour qui la personne travaille ou a travaillé.

ilo-exploitative_conditions-excessive_working_hours = Dans ce travail, faites-vous, ou faisiez-vous, de très longues journées, ou sans jour de repos ?
    .label = Horaires excessifs
    .help = Un signe fort de conditions d'exploitation.
ilo-exploitative_conditions-low_or_no_salary = Votre travail est-il, ou était-il, très peu payé, ou pas payé du tout ?
    .label = Salaire faible ou nul
    .help = Salaire très inférieur à ce qui était convenu ou au minimum légal, ou aucun.
ilo-exploitative_conditions-wage_manipulation = Vous a-t-on retiré de l'argent sur votre salaire pour des frais ou des amendes inventés ?
    .label = Salaire manipulé
    .help = Retenues pour nourriture, logement, transport ou amendes qui ne laissent presque rien.
ilo-exploitative_conditions-bad_living_conditions = La personne pour qui vous travailliez vous a-t-elle fait vivre dans un lieu surpeuplé, dangereux ou insalubre ?
    .label = Mauvais logement imposé par l'employeur
    .help = Seulement un logement imposé par l'employeur ou par celui qui contrôle. Des conditions de vie dures dans un campement ou en forêt, qu'aucun employeur n'a imposées, ne sont pas ce signe.
ilo-exploitative_conditions-very_bad_working_conditions = Les conditions de travail sont-elles, ou étaient-elles, très dures, par exemple sans pause, sans eau, avec des insultes ?
    .label = Très mauvaises conditions de travail
    .help = Pas de pause, pas d'eau, mauvais traitements ou humiliations au travail.
ilo-exploitative_conditions-hazardous_work = Le travail était-il dangereux, sans protection ?
    .label = Travail dangereux
    .help = Tâches dangereuses sans équipement ni formation de sécurité.
ilo-exploitative_conditions-no_respect_labour_law_contract = La personne pour qui vous travailliez a-t-elle manqué à ce qui était convenu, ou à vos droits de base au travail ?
    .label = Accord ou droits au travail non respectés
    .help = Les conditions convenues ou les droits de base au travail ont été ignorés.
ilo-exploitative_conditions-no_social_protection = Avez-vous travaillé sans aucune assurance ni protection sociale, par exemple sans soins en cas de blessure au travail ?
    .label = Pas de protection sociale
    .help = Absent de la liste enfants. Fréquent dans le travail informel ; moyen pour un adulte.
ilo-exploitative_conditions-no_access_to_education = Le travail vous empêchait-il d'aller à l'école, en cours ou en formation ?
    .label = Pas d'accès à l'école ou à la formation
    .help = Moyen pour un enfant, faible pour un adulte.

## Indicateurs OIT/CE : contrainte à destination
## Chaque question nomme l'auteur : la personne pour qui elle travaille, ou quelqu'un avec elle.

ilo-coercion_at_destination-confiscation_of_documents = La personne pour qui vous travaillez, ou quelqu'un avec elle, garde-t-elle votre passeport ou vos papiers contre votre volonté ?
    .label = Papiers gardés contre la volonté de la personne
    .help = Un signe fort. Demandez qui a les papiers et si la personne peut les récupérer.
ilo-coercion_at_destination-debt_bondage = Devez-vous de l'argent à ceux pour qui vous travaillez, une dette qui grossit ou ne finit jamais, et qui vous empêche de quitter ce travail ?
    .label = Servitude pour dettes
    .help = Une dette qui grossit ou ne finit jamais et oblige la personne à travailler. Un signe fort.
ilo-coercion_at_destination-isolation_confinement_surveillance = La personne pour qui vous travaillez, ou quelqu'un avec elle, vous enferme-t-elle, vous surveille-t-elle, ou vous empêche-t-elle de sortir ou de parler aux autres ?
    .label = Enfermement ou surveillance
    .help = Un signe fort. Cherchez les signes que la personne ne peut pas se déplacer librement.
ilo-coercion_at_destination-violence_on_victim = La personne pour qui vous travaillez ou avez travaillé, ou quelqu'un avec elle, vous a-t-elle fait du mal ?
    .label = Violence de l'employeur ou de celui qui contrôle
    .help = Violence physique ou sexuelle de l'employeur ou de celui qui contrôle. La violence d'un conjoint, de colocataires ou dans un campement n'est pas ce signe (proposez quand même du soutien). Un signe fort. Ne demandez pas de détails.
ilo-coercion_at_destination-threats_of_violence = La personne pour qui vous travaillez ou avez travaillé, ou quelqu'un avec elle, a-t-elle menacé de vous faire du mal ?
    .label = Menaces de l'employeur ou de celui qui contrôle
    .help = Menaces de violence contre la personne, par l'employeur ou celui qui contrôle. Fort pour un enfant.
ilo-coercion_at_destination-forced_illicit_activities = La personne pour qui vous travaillez, ou quelqu'un avec elle, vous fait-elle faire des choses illégales ?
    .label = Activités illégales imposées
    .help = Par exemple vol, vente de drogue ou passage d'autres personnes à une frontière. Fort pour un enfant.
ilo-coercion_at_destination-forced_tasks_or_clients = La personne pour qui vous travaillez, ou quelqu'un avec elle, vous oblige-t-elle à faire des tâches, ou à voir des clients, que vous refusez ?
    .label = Tâches ou clients imposés
    .help = La personne ne peut pas refuser des tâches ou des clients. Fort pour un enfant.
ilo-coercion_at_destination-under_strong_influence = La personne pour qui vous travaillez, ou quelqu'un avec elle, contrôle-t-elle vos choix au point que vous avez le sentiment de ne plus pouvoir décider vous-même ?
    .label = Sous forte emprise
    .help = Contrôle par la peur, la dépendance, la drogue, un serment ou la manipulation.
ilo-coercion_at_destination-forced_to_act_against_peers = La personne pour qui vous travaillez, ou quelqu'un avec elle, vous oblige-t-elle à surveiller ou à punir d'autres personnes, ou à en convaincre d'autres de venir travailler pour elle ?
    .label = Actes imposés contre d'autres personnes
    .help = La personne sert à contrôler d'autres personnes ou à en faire venir.
ilo-coercion_at_destination-forced_to_lie = La personne pour qui vous travaillez, ou quelqu'un avec elle, vous a-t-elle imposé de raconter une histoire inventée aux autorités ou à votre famille ?
    .label = Histoire inventée imposée
    .help = Un récit imposé par celui qui contrôle. Les conseils d'amis sur ce qu'il faut dire ne sont pas ce signe. Restez calme si l'histoire change.
ilo-coercion_at_destination-threat_denunciation_authorities = La personne pour qui vous travaillez, ou quelqu'un avec elle, menace-t-elle de vous dénoncer à la police ou aux autorités ?
    .label = Menace de dénonciation
    .help = L'absence de papiers utilisée comme menace pour garder la personne au travail.
ilo-coercion_at_destination-threat_worse_conditions = La personne pour qui vous travaillez, ou quelqu'un avec elle, vous menace-t-elle d'un travail ou de conditions pires si vous n'obéissez pas ?
    .label = Menace de conditions pires
    .help = Menaces d'imposer des conditions encore pires.
ilo-coercion_at_destination-violence_on_family = La personne pour qui vous travaillez, ou quelqu'un avec elle, a-t-elle menacé ou maltraité votre famille pour vous garder au travail ?
    .label = Famille menacée ou maltraitée
    .help = Menaces ou violences contre des proches.
ilo-coercion_at_destination-withholding_wages = La personne pour qui vous travaillez, ou quelqu'un avec elle, garde-t-elle votre salaire sans vous le donner ?
    .label = Salaire retenu
    .help = Salaire gardé par l'employeur ou par celui qui contrôle.
ilo-coercion_at_destination-threat_inform_family_community = La personne pour qui vous travaillez, ou quelqu'un avec elle, menace-t-elle de raconter des choses sur vous à votre famille ou à votre communauté ?
    .label = Menace d'humiliation
    .help = Menace d'exposer la personne. Faible pour un adulte, moyen pour un enfant.

## Indicateurs OIT/CE : abus de vulnérabilité à destination
## Oui seulement si quelqu'un UTILISE la situation pour contrôler la personne.

ilo-abuse_vulnerability_at_destination-dependency_on_exploiters = Dépendez-vous de ceux pour qui vous travaillez pour manger, dormir ou autre chose, au point de ne pas pouvoir partir ?
    .label = Dépendance envers l'employeur ou celui qui contrôle
    .help = Une dépendance créée ou utilisée par l'employeur ou celui qui contrôle pour garder la personne.
ilo-abuse_vulnerability_at_destination-difficulty_living_unknown_area = La personne pour qui vous travaillez se sert-elle de ce que vous ne connaissez ni ce lieu ni sa langue pour vous garder ?
    .label = Lieu inconnu utilisé
    .help = Être nouveau dans un lieu n'est pas un signe en soi ; qu'on s'en serve pour contrôler la personne, si.
ilo-abuse_vulnerability_at_destination-economic_reasons = La personne pour qui vous travaillez se sert-elle de votre besoin d'argent pour vous garder dans ces conditions ?
    .label = Besoin d'argent utilisé
    .help = Le besoin seul n'est pas un signe ; qu'il soit utilisé par l'employeur ou celui qui contrôle, si.
ilo-abuse_vulnerability_at_destination-family_situation = La personne pour qui vous travaillez se sert-elle de votre situation familiale pour vous garder au travail ?
    .label = Situation familiale utilisée
    .help = Par exemple une famille au pays qui dépend de l'argent, utilisée pour faire pression.
ilo-abuse_vulnerability_at_destination-relationship_authorities_legal_status = La personne pour qui vous travaillez se sert-elle de votre peur des autorités pour vous garder ?
    .label = Peur des autorités utilisée
    .help = L'employeur ou celui qui contrôle utilise le statut de la personne ou sa peur de la police.
ilo-abuse_vulnerability_at_destination-difficulties_in_past = La personne pour qui vous travaillez se sert-elle d'un passé difficile pour vous garder ?
    .label = Difficultés passées utilisées
    .help = Faible pour un adulte, moyen pour un enfant.
ilo-abuse_vulnerability_at_destination-personal_characteristics = La personne pour qui vous travaillez se sert-elle de quelque chose de personnel, comme votre âge, votre santé ou un handicap, pour vous garder ?
    .label = Caractéristiques personnelles utilisées
    .help = Faible pour un adulte, moyen pour un enfant.

## Faits de trafic illicite de migrants (sensibles : peuvent incriminer la personne selon la loi 02-03 ; minimiser, ne jamais transmettre automatiquement)

som-paid_or_benefit_for_crossing = Avez-vous payé, ou donné quelque chose, pour qu'on vous aide à passer une frontière ?
    .label = Passage payé
    .help = Un fait de trafic illicite de migrants, pas une faute à juger ici. N'enregistrez que ce qui sert à aider.
som-facilitator_arranged_entry_or_exit = Quelqu'un vous a-t-il fait passer une frontière en dehors des postes-frontières officiels, ou avec de faux papiers ?
    .label = Passage irrégulier organisé par quelqu'un
    .help = Quelqu'un a organisé un passage irrégulier, payé ou non. Une entrée régulière organisée par un employeur ou par la famille n'est pas ce fait.
som-fraudulent_documents_supplied = Vous a-t-on fourni de faux papiers pour le voyage ?
    .label = Faux papiers fournis
    .help = Très sensible au regard de la loi 02-03. À demander seulement si cela compte pour la protection de la personne.
som-debt_owed_to_smuggler = Devez-vous encore de l'argent à ceux qui vous ont fait passer ?
    .label = Dette envers le passeur
    .help = Une dette envers un passeur peut devenir un moyen de contrôle : signe que le trafic illicite de migrants tourne peut-être à la traite.
som-held_or_ransomed_in_transit = En route, a-t-on refusé de vous laisser partir d'un endroit, ou exigé de l'argent pour vous libérer ?
    .label = Retenue ou rançon en route
    .help = Détention et rançon en chemin, connues sur les routes passant par la Libye et la frontière algérienne.
som-abused_by_smuggler = Ceux qui vous ont fait passer ont-ils été violents avec vous, vous ont-ils pris de l'argent ou des affaires, ou vous ont-ils fait subir d'autres mauvais traitements ?
    .label = Violences du passeur
    .help = Violences, vols ou violences sexuelles par des passeurs. Proposez soins et soutien psychosocial.
som-life_endangered_in_transit = Votre vie a-t-elle été mise en danger pendant le voyage ?
    .label = Vie mise en danger en route
    .help = Traversées dangereuses, abandon, manque d'eau. Proposez soins et soutien psychosocial.

## Besoins

needs-asylum_or_fears_return = Avez-vous peur de retourner dans votre pays ?
    .label = Peur du retour (asile)
    .help = Un oui : orienter vers une information sur l'asile et ne jamais contacter les autorités du pays d'origine sans la volonté explicite de la personne.
needs-wishes_to_return_home = Voulez-vous de l'aide pour retourner dans votre pays ?
    .label = Souhait de rentrer
    .help = Le retour volontaire assisté n'est proposé que si la personne ne craint pas le retour.
needs-consular_help = Voulez-vous l'aide de l'ambassade ou du consulat de votre pays ?
    .label = Souhait d'aide consulaire
    .help = Proposé seulement si la personne ne craint pas le retour : contacter l'État d'origine peut mettre en danger quelqu'un qui le craint.
