# Questions the worker reads out, with a short label and a help text for each input code.
# Message id = the code with dots turned into dashes. Written for Sanad; see FACTS.md for the
# facts behind them. Tone: plain words, no blame, the person may always skip.
# A code whose mode is `observe` (crates/core/data/rules.toml) is the worker's own check: its
# text is written to the worker and is never read out. `.observe` is the check used when a
# code that is normally asked becomes an observation (the age after consent was refused).
# $gender (female, male, unspecified) is passed to every question; English needs no forms.

## Triage (asked first)

safety-immediate_danger = Are you in danger right now, here or where you will sleep tonight?
    .label = In danger now
    .help = Stop and act first. If the person or you are at risk, end the interview and use the emergency numbers. Ask quietly, away from other people.
safety-urgent_medical_need = Are you hurt or ill, and do you need a doctor today?
    .label = Urgent medical need
    .help = Injuries from the border crossing, frostbite or illness come before any questions. Care first; the screening can wait for another day.
safety-controller_present = Is someone with the person, or close by, who answers for them, insists on interpreting, holds their papers or watches what they say?
    .label = Controlling person present
    .help = Observe; do not ask in front of anyone. Only when you are alone with the person may you ask: "Is someone here telling you what to say or what to do?" If yes, do not go on: give the anti-trafficking line discreetly and find a way to meet again alone.
safety-unaccompanied_child = Is this a child with no adult looking after them: alone, or only with other children?
    .label = Unaccompanied child
    .help = Unaccompanied: no adult at all is caring for the child. If an adult is with the child but is not a parent or usual caregiver, mark "separated child" instead: only one of the two applies. When age is unclear, treat the person as a child (presumption of age). A child is always referred to child protection.
safety-separated_child = Is this a child who is with an adult who is not their parent or usual caregiver?
    .label = Separated child
    .help = Separated: an adult is with the child, but not a parent or usual caregiver. That adult may help or may control the child: do not assume either, and never take that adult's agreement for the interview. Only one of "unaccompanied" and "separated" applies.
safety-acute_distress = Does the person seem in deep distress, or speak of harming themselves?
    .label = Acute distress
    .help = Slow down, listen, and do not push for details. Offer psychosocial support whatever the rest of the screening shows.

## Consent

consent-informed_given = I would like to ask you some questions to see how we can help. You can choose not to answer any question, or stop at any time. The help we can offer does not depend on your answers: you lose no help by not answering. I write some answers in this phone, which is locked; at the end I will ask whether we may keep them and send them, locked, to our organisation. Nothing is passed to the police without asking you. Do you agree to begin?
    .label = Consent to the interview
    .help = Read it in full; do not promise more. Answers stay encrypted in this phone while you talk. A record is kept and sent to your organisation only if the person also agrees to keeping a record at the end (Law 09-08 on personal data). Whether Penal Code art. 448-7 (duty to report trafficking) applies to you is an open legal question: see the docs. Without a clear yes, stop and offer basic help anyway.
consent-guardian_given = For a child: has a parent, a legal guardian, or the responsible child-protection or social-welfare officer agreed to this interview?
    .label = Guardian consent
    .help = The child's own agreement is needed too. Never take this agreement from the adult travelling with a separated child, from an employer or from whoever arranged the trip: if no parent, guardian or officer can agree, mark no. The child is referred to child protection in every case. Check that the child has not already been interviewed, to avoid repeating painful questions.
consent-law_enforcement_referral = Would you like us to pass your situation to the police or the prosecutor, so that they can act? You can say no: the help stays the same.
    .label = Consent to a police referral
    .help = Only with the person's informed agreement. Explain what may follow (a statement, perhaps a court case, protection measures). Penal Code art. 448-7 (duty to report, added by Law 27-14) needs local legal advice; this app does not decide it.

## Profile

profile-age_under_18 = How old are you?
    .label = Under 18
    .help = Mark yes if the person says they are under 18. A person under 18 is a child in law. For a child, trafficking needs no force or deception: exploitation is enough (Palermo Protocol art. 3(c), Penal Code art. 448-1).
    .observe = Consent was not given, so do not ask. From what you see and what you were told, is the person under 18?
profile-age_uncertain_presumed_child = Is the person's age unclear, with a chance that they are under 18?
    .label = Age unclear, treated as a child
    .help = When in doubt, presume the person is a child and protect them as one, until a proper age assessment says otherwise.
profile-exploitation-labour = Has someone made you work for their profit, in conditions you did not accept or could not leave?
    .label = Forced or exploitative work
    .help = Ordinary work, even hard or badly paid, is not this by itself. Mark yes when someone else profits from work the person was made to do.
profile-exploitation-sexual = Has anyone made you have sex with other people so that they could make money, or to pay off a debt?
    .label = Sexual exploitation
    .help = Ask only if it is safe, if possible with a worker of the gender the person prefers. Do not ask for details. The weights for this form are provisional.
profile-exploitation-begging = Has anyone made you beg and taken the money?
    .label = Forced begging
    .help = Begging for someone else's profit is a form of exploitation named in Penal Code art. 448-1. Children in a group with an adult who collects the money are a common sign.
profile-exploitation-criminal_activities = Has anyone made you do something against the law for their profit, such as carrying drugs or banned goods?
    .label = Forced criminal activity
    .help = People made to commit offences are exploited, not offenders: they should not be punished for acts they were forced into.
profile-exploitation-domestic_servitude = Have you been made to work in someone's home without being free to leave or to refuse?
    .label = Domestic servitude
    .help = Live-in domestic work with no days off, no pay or no freedom to go out. Often hidden; ask about the daily routine rather than using labels.
profile-exploitation-organ_removal = Has anyone taken, or tried to take, an organ from you, or pushed you to give one?
    .label = Organ removal
    .help = Rare but named in the law. Look for unexplained surgical scars. Refer for medical care at once.

## ILO/EC indicators: deceptive recruitment
## Asked about the person who offered the job, the trip or the place to live.

ilo-deceptive_recruitment-deceived_nature_of_job = Was the job, the place or the employer different from what you were promised when the job was offered?
    .label = Deceived about the job
    .help = A strong sign of deceptive recruitment (the "means" element: deception). Ask what was promised, then what happened.
ilo-deceptive_recruitment-deceived_wages = When the job was offered, were you promised pay that you then did not get?
    .label = Deceived about pay
    .help = A lie about earnings when the job was offered. A medium sign on its own.
ilo-deceptive_recruitment-deceived_work_conditions = Was the work harder, longer or more dangerous than you were told when it was offered?
    .label = Deceived about working conditions
    .help = Hours, tasks, safety or rest that differ from what was promised when the job was offered.
ilo-deceptive_recruitment-deceived_contract = Were you told you would have a proper work contract, and it turned out false or you never got it?
    .label = Deceived about the contract
    .help = A lie about what a contract says or whether it is legal.
ilo-deceptive_recruitment-deceived_housing_living = When the job or the trip was offered, were you lied to about where or how you would live?
    .label = Deceived about housing
    .help = Housing and living conditions that were promised and turned out different.
ilo-deceptive_recruitment-deceived_legal_documents_status = Were you promised papers or a legal status that never came?
    .label = Deceived about papers or status
    .help = False promises of a visa, residence or a work permit by the person who offered the job or the trip: a common lure on migration routes.
ilo-deceptive_recruitment-deceived_travel_recruitment_conditions = When the job was offered, did the person who offered it lie to you about how you would travel, what the trip or getting the job would cost you, or who would pay for it?
    .label = Deceived about the conditions of the offer
    .help = Only when the trip came with a job offer and the person who offered it lied about how the person would travel, what the trip or getting the job would cost, or who would pay. A lie about the work itself or about housing is another sign. Lies by a smuggler about the crossing alone are not this sign: they are recorded with the smuggling facts.
ilo-deceptive_recruitment-deceived_family_reunification = Were you promised that you would join your family, and it was not true?
    .label = Deceived about joining family
    .help = A promise of joining family, used to make the person go.
ilo-deceptive_recruitment-deceived_marriage_adoption = Were you made to go with a promise of marriage or adoption that was not real?
    .label = False promise of marriage or adoption
    .help = A false promise of marriage or adoption used to move or control the person.
ilo-deceptive_recruitment-deceived_education_access = Were you promised school or training that never happened?
    .label = Deceived about school or training
    .help = For children this is a strong sign; for adults a weak one.

## ILO/EC indicators: coercive recruitment

ilo-coercive_recruitment-violence_on_victim = Before or during the journey, did someone hurt you to make you go with them or do what they wanted?
    .label = Violence to make the person go
    .help = Physical or sexual violence used to make the person go or to move them. A strong sign. Do not ask for details of the violence.
ilo-coercive_recruitment-threats_of_violence = Did someone threaten to hurt you if you did not go with them or did not take the work they offered?
    .label = Threats to make the person go
    .help = Threats of violence used to make the person go or take the work.
ilo-coercive_recruitment-abduction_forced_marriage_adoption_sale = Were you taken by force, sold, or forced into a marriage or an adoption?
    .label = Abduction, sale or forced marriage
    .help = Abduction, sale of the person, forced marriage or adoption. Strong for children.
ilo-coercive_recruitment-debt_bondage = Did you have to borrow money to get the job, a debt that then tied you to the person who offered it?
    .label = Debt bondage from the start
    .help = A debt for the job offer used to control the person from the start. Strong for children. A debt to a smuggler for the crossing is asked with the smuggling facts.
ilo-coercive_recruitment-confiscation_of_documents = Before or during the journey, did someone take your passport or papers and keep them?
    .label = Papers taken before or during the journey
    .help = Identity documents held by the person who offered the job or the trip, or by those moving the person.
ilo-coercive_recruitment-isolation_confinement_surveillance = Before or during the journey, were you locked in, watched, or kept away from other people?
    .label = Confined before or during the journey
    .help = Isolation, confinement or surveillance while the person was being brought or moved.
ilo-coercive_recruitment-threat_denunciation_authorities = Did someone threaten to report you to the police or the authorities if you did not go with them or did not take the work they offered?
    .label = Threat of being reported, to make the person go
    .help = The person's lack of papers used as a threat to make them go or take the work.
ilo-coercive_recruitment-threat_inform_family_community = To make you go, were you threatened that your family or community would be told things about you?
    .label = Threat to shame, to make the person go
    .help = Threats to expose the person to family, community or the public.
ilo-coercive_recruitment-violence_on_family = Did the people who offered you the job or the trip threaten or harm your family to make you go or take the job?
    .label = Violence against family, to make the person go
    .help = Threats or violence against relatives used to make the person go.
ilo-coercive_recruitment-withholding_money = Did the people who offered you the job or the trip keep your money or earnings, to make you stay with them or obey them?
    .label = Money kept from the start
    .help = The person's money or earnings kept to force them to stay or obey. Money the person leaves, as agreed, with an intermediary until the crossing is not this sign.

## ILO/EC indicators: recruitment by abuse of vulnerability
## Yes only when someone USED the situation to make the person go or to control them.

ilo-recruitment_abuse_vulnerability-abuse_difficult_family_situation = Did the person who offered you the job or the trip use problems in your family to make you go?
    .label = Family difficulties used
    .help = Yes only if someone used the family problem to make the person go. Having family problems is not by itself a sign.
ilo-recruitment_abuse_vulnerability-abuse_illegal_status = Did someone use your lack of papers to get you to go with them or take the work they offered?
    .label = Lack of papers used
    .help = Having no papers is not a sign; someone using it to make the person go or take the work is.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_education_language = Did the person who offered you the job or the trip take advantage of you not reading, or not speaking the language?
    .label = Lack of schooling or language used
    .help = Yes only if that person used it, for example with papers the person could not read.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_information = Did the person who offered you the job or the trip take advantage of you not knowing the country, the work or your rights?
    .label = Lack of information used
    .help = The person who made the offer used what the person did not know about the country, the work or their rights.
ilo-recruitment_abuse_vulnerability-control_by_exploiters = Did the job or the trip come from people who already had power over you or your family?
    .label = Offer from people already in control
    .help = The people who made the offer already controlled the person's life or community.
ilo-recruitment_abuse_vulnerability-economic_reasons = Did the person who offered you the job or the trip use your need for money to push you into going or taking the job?
    .label = Need for money used
    .help = Being poor is not a sign; someone using that need to make the person go is.
ilo-recruitment_abuse_vulnerability-false_info_successful_migration = Did the person who offered you the job or the trip tell you false stories of other people's success abroad, to make you go or take the job?
    .label = False stories of success
    .help = False information about successful migration used to persuade the person.
ilo-recruitment_abuse_vulnerability-false_info_law_authorities = Were you told false things about the law or the police to make you go along?
    .label = False information about the law
    .help = For example, being told that the police will jail any migrant who asks for help. Not in the child list.
ilo-recruitment_abuse_vulnerability-family_situation = Did the person who offered you the job or the trip use your family situation, such as being the one who must provide, to make you go or take the job?
    .label = Family situation used
    .help = The person who made the offer used the person's role or duties in the family as pressure.
ilo-recruitment_abuse_vulnerability-personal_situation = Did the person who offered you the job or the trip take advantage of your personal situation, such as illness, pregnancy or a disability, to make you go or take the job?
    .label = Personal situation used
    .help = The person who made the offer used a personal weakness of the person.
ilo-recruitment_abuse_vulnerability-psychological_emotional_dependency = Did someone you loved or depended on, such as a partner, use that bond to make you go or to take the job?
    .label = Emotional dependency used
    .help = Yes only if the bond was used: for example a "boyfriend" who brings a woman to the work. Ask gently; the person may not see it as abuse.
ilo-recruitment_abuse_vulnerability-relationship_authorities_legal_status = Did the person who offered you the job or the trip use your fear of the authorities to make you go with them or take the job?
    .label = Fear of the authorities used
    .help = The person who made the offer used the person's relationship with the authorities or their legal status.
ilo-recruitment_abuse_vulnerability-difficulties_in_past = Did the person who offered you the job or the trip use something hard from your past to make you go or take the job?
    .label = Past difficulties used
    .help = Past abuse, debts or conflicts used as pressure by the person who made the offer.
ilo-recruitment_abuse_vulnerability-difficulty_organising_travel = Did someone offer to arrange your journey in a way that then gave them control over you?
    .label = Travel arranged to gain control
    .help = Yes when arranging the travel was how that person gained control, not when the person simply paid for a crossing.
ilo-recruitment_abuse_vulnerability-abuse_cultural_religious_beliefs = Did the person who offered you the job or the trip use religious or traditional beliefs, such as an oath or a ritual, to make you go or obey?
    .label = Beliefs used to control
    .help = Oaths and rituals are known means of control on some routes. Weak for adults, medium for children.
ilo-recruitment_abuse_vulnerability-general_context = Did the person who offered you the job or the trip use a war, a crisis or unrest in your country to push you to go with them or take the job?
    .label = Crisis used to make the person go
    .help = A general context (conflict, political crisis) used by the person who made the offer. Weak for adults.

## ILO/EC indicators: exploitative conditions
## Asked about the person the person works or worked for.

ilo-exploitative_conditions-excessive_working_hours = In this work, do or did you work very long days, or without days off?
    .label = Excessive hours
    .help = A strong sign of exploitative conditions.
ilo-exploitative_conditions-low_or_no_salary = Are or were you paid very little, or nothing, for your work?
    .label = Little or no pay
    .help = Pay far below what was agreed or the legal minimum, or none.
ilo-exploitative_conditions-wage_manipulation = Was your pay cut for made-up costs or fines?
    .label = Pay manipulated
    .help = Deductions for food, housing, transport or fines that leave little or nothing.
ilo-exploitative_conditions-bad_living_conditions = Did the person you worked for make you live in a place that was crowded, unsafe or dirty?
    .label = Bad housing imposed by the employer
    .help = Only housing imposed by the employer or controller. Hard living conditions in a camp or in the forest, chosen by no employer, are not this sign.
ilo-exploitative_conditions-very_bad_working_conditions = Are or were the working conditions very harsh, for example no breaks, no water or insults?
    .label = Very bad working conditions
    .help = No breaks, no water, abuse at work, or humiliating treatment.
ilo-exploitative_conditions-hazardous_work = Was the work dangerous, without protection?
    .label = Hazardous work
    .help = Dangerous tasks without safety equipment or training.
ilo-exploitative_conditions-no_respect_labour_law_contract = Did the person you worked for break what was agreed, or your basic rights at work?
    .label = Agreement or rights at work not respected
    .help = The agreed terms or basic rights at work were ignored.
ilo-exploitative_conditions-no_social_protection = Did you work without any insurance or social protection, for example no care if you were hurt at work?
    .label = No social protection
    .help = Not in the child list. Common in informal work; medium for adults.
ilo-exploitative_conditions-no_access_to_education = Did the work keep you from going to school, to classes or to training?
    .label = No access to school or training
    .help = For children a medium sign; for adults a weak one.

## ILO/EC indicators: coercion at destination
## Each question names who does it: the person they work for, or someone with them.

ilo-coercion_at_destination-confiscation_of_documents = Does the person you work for, or someone with them, keep your passport or papers against your wish?
    .label = Papers kept against the person's wish
    .help = A strong sign. Ask who holds the documents and whether the person can get them back.
ilo-coercion_at_destination-debt_bondage = Do you owe money to the people you work for, a debt that grows or never ends, and that stops you from leaving the work?
    .label = Debt bondage
    .help = A debt that grows or never ends and keeps the person working. A strong sign.
ilo-coercion_at_destination-isolation_confinement_surveillance = Does the person you work for, or someone with them, lock you in, watch you, or stop you from going out or talking to others?
    .label = Confined or watched
    .help = A strong sign. Look for signs that the person cannot move freely.
ilo-coercion_at_destination-violence_on_victim = Has the person you work or worked for, or someone with them, hurt you?
    .label = Violence by the employer or controller
    .help = Physical or sexual violence by the employer or controller. Violence by a partner, by people sharing a room or in a camp is not this sign (offer support for it all the same). A strong sign. Do not ask for details.
ilo-coercion_at_destination-threats_of_violence = Has the person you work or worked for, or someone with them, threatened to hurt you?
    .label = Threats by the employer or controller
    .help = Threats of violence against the person by the employer or controller. Strong for children.
ilo-coercion_at_destination-forced_illicit_activities = Does the person you work for, or someone with them, make you do things that are against the law?
    .label = Forced into illegal activities
    .help = For example theft, selling drugs or taking other people across a border. Strong for children.
ilo-coercion_at_destination-forced_tasks_or_clients = Does the person you work for, or someone with them, make you do tasks, or see clients, that you refuse?
    .label = Forced tasks or clients
    .help = The person cannot refuse tasks or clients. Strong for children.
ilo-coercion_at_destination-under_strong_influence = Does the person you work for, or someone with them, control your choices so much that you feel you cannot decide for yourself?
    .label = Under strong influence
    .help = Control through fear, dependency, drugs, oaths or manipulation.
ilo-coercion_at_destination-forced_to_act_against_peers = Does the person you work for, or someone with them, make you watch or punish other people, or persuade others to come and work for them?
    .label = Made to act against others
    .help = The person is used to control other people or to bring them in.
ilo-coercion_at_destination-forced_to_lie = Has the person you work for, or someone with them, forced you to tell a made-up story to the authorities or to your family?
    .label = Made to tell a made-up story
    .help = A story imposed by a controller. Advice from friends on what to say is not this sign. Stay calm if the story changes.
ilo-coercion_at_destination-threat_denunciation_authorities = Does the person you work for, or someone with them, threaten to report you to the police or the authorities?
    .label = Threat of being reported
    .help = The person's lack of papers used as a threat to keep them working.
ilo-coercion_at_destination-threat_worse_conditions = Does the person you work for, or someone with them, threaten you with worse work or conditions if you do not obey?
    .label = Threat of worse conditions
    .help = Threats to impose even worse conditions.
ilo-coercion_at_destination-violence_on_family = Has the person you work for, or someone with them, threatened or harmed your family to keep you working?
    .label = Family threatened or harmed
    .help = Threats or violence against relatives.
ilo-coercion_at_destination-withholding_wages = Does the person you work for, or someone with them, keep your pay and not give it to you?
    .label = Pay withheld
    .help = Wages kept by the employer or controller.
ilo-coercion_at_destination-threat_inform_family_community = Does the person you work for, or someone with them, threaten to tell your family or community things about you?
    .label = Threat to shame
    .help = Threats to expose the person. Weak for adults, medium for children.

## ILO/EC indicators: abuse of vulnerability at destination
## Yes only when someone USES the situation to control the person.

ilo-abuse_vulnerability_at_destination-dependency_on_exploiters = Do you depend on the people you work for for food, a bed or other things, so that you cannot leave?
    .label = Dependent on the employer or controller
    .help = Dependency created or used by the employer or controller to keep the person.
ilo-abuse_vulnerability_at_destination-difficulty_living_unknown_area = Does the person you work for use the fact that you do not know this place or its language to keep you?
    .label = Unfamiliar place used
    .help = Being new to a place is not by itself a sign; someone using it to control the person is.
ilo-abuse_vulnerability_at_destination-economic_reasons = Does the person you work for use your need for money to keep you working in these conditions?
    .label = Need for money used
    .help = Need alone is not a sign; its use by the employer or controller is.
ilo-abuse_vulnerability_at_destination-family_situation = Does the person you work for use your family situation to keep you working?
    .label = Family situation used
    .help = For example, family at home who depend on the money, used as pressure.
ilo-abuse_vulnerability_at_destination-relationship_authorities_legal_status = Does the person you work for use your fear of the authorities to keep you?
    .label = Fear of the authorities used
    .help = The employer or controller uses the person's legal status or fear of the police.
ilo-abuse_vulnerability_at_destination-difficulties_in_past = Does the person you work for use something hard from your past to keep you?
    .label = Past difficulties used
    .help = Weak for adults, medium for children.
ilo-abuse_vulnerability_at_destination-personal_characteristics = Does the person you work for use something personal, such as your age, your health or a disability, to keep you?
    .label = Personal characteristics used
    .help = Weak for adults, medium for children.

## Migrant smuggling facts (sensitive: can incriminate the person under Law 02-03; minimise, never share automatically)

som-paid_or_benefit_for_crossing = Did you pay, or give something, to be helped across a border?
    .label = Paid for the crossing
    .help = A fact of migrant smuggling, not an offence to judge here. Record only what is needed to help.
som-facilitator_arranged_entry_or_exit = Did someone take you across a border away from the official border posts, or with false papers?
    .label = Irregular crossing arranged by someone
    .help = Someone arranged an irregular crossing, paid or not. A regular entry arranged by an employer or by family is not this fact.
som-fraudulent_documents_supplied = Were you given false papers for the journey?
    .label = False papers supplied
    .help = Very sensitive under Law 02-03. Ask only if it matters for the person's protection.
som-debt_owed_to_smuggler = Do you still owe money to the people who took you across?
    .label = Debt to the smuggler
    .help = A debt to a smuggler can turn into control: a sign that migrant smuggling may be turning into trafficking.
som-held_or_ransomed_in_transit = On the way, were you held somewhere or made to pay to be let go?
    .label = Held or ransomed on the way
    .help = Detention and ransom on the way, known on routes through Libya and the Algerian border.
som-abused_by_smuggler = Did the people who took you across hurt you, rob you or abuse you?
    .label = Abused by the smuggler
    .help = Violence, theft or sexual violence by smugglers. Offer medical and psychosocial support.
som-life_endangered_in_transit = Was your life put in danger during the journey?
    .label = Life endangered on the way
    .help = Dangerous crossings, being abandoned, lack of water. Offer medical and psychosocial support.

## Needs

needs-asylum_or_fears_return = Are you afraid to go back to your country?
    .label = Fear of return (asylum)
    .help = A yes means refer for asylum information and never contact the home country's authorities without the person's explicit wish.
needs-wishes_to_return_home = Would you like help to go back to your country?
    .label = Wish to return home
    .help = Assisted voluntary return is suggested only when the person does not fear return.
needs-consular_help = Would you like help from your country's embassy or consulate?
    .label = Wish for consular help
    .help = Suggested only when the person does not fear return: contacting the home state can endanger someone who does.
