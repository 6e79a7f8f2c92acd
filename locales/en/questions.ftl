# Questions the worker can read out, with a short label and a help text for each input code.
# Message id = the code with dots turned into dashes. Written for Sanad; see FACTS.md for the
# facts behind them. Tone: plain words, no blame, the person may always skip.

## Triage (asked first)

safety-immediate_danger = Are you in danger right now, here or where you are staying tonight?
    .label = In danger now
    .help = Stop and act first. If the person or you are at risk, end the interview and use the emergency numbers. Ask quietly, out of earshot of others.
safety-urgent_medical_need = Are you hurt or ill, and do you need a doctor today?
    .label = Urgent medical need
    .help = Injuries from the border crossing, frostbite or illness come before any questions. Care first; screening can wait for another day.
safety-controller_present = Is someone with you, or nearby, who tells you what to do or speaks for you?
    .label = Controlling person present
    .help = Observe as much as ask. A companion who answers for the person, insists on interpreting or keeps their papers may be a controller. Do not continue in front of them; give a discreet contact instead.
safety-unaccompanied_child = Is this a child travelling without a parent or usual caregiver?
    .label = Unaccompanied child
    .help = When age is unclear, treat the person as a child until shown otherwise (presumption of age). A child needs child-protection referral and guardian consent.
safety-separated_child = Is this a child who is with an adult who is not their parent or usual caregiver?
    .label = Separated child
    .help = A separated child travels with someone, but not with a parent or usual caregiver. That adult may help, or may control the child: do not assume either.
safety-acute_distress = Does the person seem in deep distress, or speak of harming themselves?
    .label = Acute distress
    .help = Slow down, listen, and do not push for details. Offer psychosocial support whatever the rest of the screening shows.

## Consent

consent-informed_given = I would like to ask some questions to see how we can help. You can skip any question or stop at any time, and what you say stays confidential. Do you agree to continue?
    .label = Informed consent
    .help = Explain why you ask, how answers are stored (encrypted, on this phone) and who may see them. Without a clear yes, stop screening and offer basic help anyway.
consent-guardian_given = For a child: has a parent, guardian, or the responsible child-protection or social-welfare officer agreed to this interview?
    .label = Guardian consent
    .help = A child's own agreement is needed and so is the agreement of a parent, guardian or responsible child-protection officer. Make sure the child has not already been interviewed, to avoid repeating painful questions.
consent-law_enforcement_referral = Would you like us to pass your situation to the police or the prosecutor, so they can act?
    .label = Consent to police referral
    .help = Only with the person's informed agreement. Explain what may follow. Note: the duty to report under Law 27-14 art. 448-7 needs local legal advice; this app does not decide it.

## Profile

profile-age_under_18 = How old are you? (Mark yes if the person is under 18.)
    .label = Under 18
    .help = A person under 18 is a child in law. For a child, trafficking needs no force or deception: exploitation is enough (Palermo art. 3(c), Law 27-14 art. 448-1).
profile-age_uncertain_presumed_child = Is the person's age uncertain, with a chance they are under 18?
    .label = Age uncertain, treated as a child
    .help = When in doubt, presume the person is a child and protect them as one, until a proper age assessment says otherwise.
profile-exploitation-labour = Have you been made to work for someone else's profit, in conditions you did not accept or could not leave?
    .label = Forced or exploitative work
    .help = Ordinary work, even hard or badly paid, is not this by itself. Mark yes when someone else profits from work the person was made to do.
profile-exploitation-sexual = Has anyone made you have sex, or sell sex, for their profit or to pay a debt?
    .label = Sexual exploitation
    .help = Ask only if safe and with a worker of the person's preferred gender if possible. Do not ask for details. The weights for this form are provisional.
profile-exploitation-begging = Has anyone made you beg and taken the money?
    .label = Forced begging
    .help = Begging for someone else's profit is a form of exploitation named in Law 27-14 art. 448-1. Children in groups with an adult collecting money are a common sign.
profile-exploitation-criminal_activities = Has anyone made you do something illegal, like carrying drugs or goods, for their profit?
    .label = Forced criminal activity
    .help = People made to commit offences are exploited, not offenders: victims should not be punished for acts they were forced into.
profile-exploitation-domestic_servitude = Have you been made to work in someone's home without being free to leave or to refuse?
    .label = Domestic servitude
    .help = Live-in domestic work with no days off, no pay or no freedom to go out. Often hidden; ask about daily routine rather than labels.
profile-exploitation-organ_removal = Has anyone taken, or tried to take, an organ from you, or pushed you to give one?
    .label = Organ removal
    .help = Rare but named in the law. Look for unexplained surgical scars. Refer for medical care at once.

## ILO/EC indicators: deceptive recruitment

ilo-deceptive_recruitment-deceived_nature_of_job = Was the job, the place or the employer different from what you were promised?
    .label = Deceived about the job
    .help = A strong sign of deceptive recruitment (the "means" element: deception). Ask what was promised, then what happened.
ilo-deceptive_recruitment-deceived_wages = Were you promised pay that you did not receive?
    .label = Deceived about pay
    .help = Deception about earnings at recruitment. A medium sign on its own.
ilo-deceptive_recruitment-deceived_work_conditions = Were the working conditions worse than you were told?
    .label = Deceived about working conditions
    .help = Hours, tasks, safety or rest that differ from what was promised at recruitment.
ilo-deceptive_recruitment-deceived_contract = Were you told you would have a proper contract, and it was false or never came?
    .label = Deceived about the contract
    .help = Deception about the content or legality of a contract.
ilo-deceptive_recruitment-deceived_housing_living = Were you lied to about where or how you would live?
    .label = Deceived about housing
    .help = Promised housing and living conditions that turned out different.
ilo-deceptive_recruitment-deceived_legal_documents_status = Were you promised papers or legal status that never came?
    .label = Deceived about papers or status
    .help = False promises of visas, residence or work permits are a common lure on migration routes.
ilo-deceptive_recruitment-deceived_travel_recruitment_conditions = Were you lied to about the journey or what it would cost?
    .label = Deceived about the journey
    .help = Deception about travel, route, costs or conditions of recruitment.
ilo-deceptive_recruitment-deceived_family_reunification = Were you promised you would join family, and it was not true?
    .label = Deceived about joining family
    .help = A promise of family reunification used to recruit the person.
ilo-deceptive_recruitment-deceived_marriage_adoption = Were you recruited with a promise of marriage or adoption that was not real?
    .label = False promise of marriage or adoption
    .help = A false promise of marriage or adoption used to move or control the person.
ilo-deceptive_recruitment-deceived_education_access = Were you promised school or training that never happened?
    .label = Deceived about education
    .help = For children this is a strong sign; for adults a weak one.

## ILO/EC indicators: coercive recruitment

ilo-coercive_recruitment-violence_on_victim = Before or during the journey, did someone hurt you to make you go or to go along with them?
    .label = Violence at recruitment
    .help = Physical or sexual violence used to recruit or move the person. A strong sign. Do not ask for details of the violence.
ilo-coercive_recruitment-threats_of_violence = Did someone threaten to hurt you if you did not go with them?
    .label = Threats at recruitment
    .help = Threats of violence used to recruit.
ilo-coercive_recruitment-abduction_forced_marriage_adoption_sale = Were you taken by force, sold, or forced into a marriage or an adoption?
    .label = Abduction, sale or forced marriage
    .help = Abduction, sale of the person, forced marriage or adoption. Strong for children.
ilo-coercive_recruitment-debt_bondage = Did you have to take on a debt to be recruited, that then tied you to the people who recruited you?
    .label = Debt bondage at recruitment
    .help = A debt used to control the person from the start. Strong for children.
ilo-coercive_recruitment-confiscation_of_documents = When you were recruited, did someone take your passport or papers?
    .label = Papers taken at recruitment
    .help = Retention of identity documents at the recruitment stage.
ilo-coercive_recruitment-isolation_confinement_surveillance = When you were recruited, were you locked in, watched, or kept from others?
    .label = Confinement at recruitment
    .help = Isolation, confinement or surveillance used during recruitment or transport.
ilo-coercive_recruitment-threat_denunciation_authorities = Were you threatened with being reported to the police or immigration if you did not go along?
    .label = Threat of denunciation at recruitment
    .help = Using the person's irregular status as a threat to recruit them.
ilo-coercive_recruitment-threat_inform_family_community = Were you threatened that your family or community would be told things about you?
    .label = Threat to shame at recruitment
    .help = Threats to expose the person to family, community or the public.
ilo-coercive_recruitment-violence_on_family = Was your family threatened or harmed to make you go?
    .label = Violence against family at recruitment
    .help = Threats or violence against relatives used to recruit.
ilo-coercive_recruitment-withholding_money = Did the people who recruited you keep your money?
    .label = Money withheld at recruitment
    .help = Withholding of the person's money or earnings to force compliance.

## ILO/EC indicators: recruitment by abuse of vulnerability
## Yes only when someone USED the situation to recruit or control the person.

ilo-recruitment_abuse_vulnerability-abuse_difficult_family_situation = Did the person who recruited you take advantage of problems in your family to make you go?
    .label = Family difficulties exploited
    .help = Yes only if someone used the family problem to recruit the person. Having family problems is not by itself a sign.
ilo-recruitment_abuse_vulnerability-abuse_illegal_status = Did someone use your lack of papers to get you to go with them?
    .label = Irregular status exploited
    .help = Being irregular is not a sign; someone using it to recruit the person is.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_education_language = Did someone take advantage of you not reading or not speaking the language to recruit you?
    .label = Lack of education or language exploited
    .help = Yes only if the recruiter used it, for example with papers the person could not read.
ilo-recruitment_abuse_vulnerability-abuse_lack_of_information = Did someone take advantage of you not knowing how things work here to recruit you?
    .label = Lack of information exploited
    .help = The recruiter used the person's lack of information about the country, the work or their rights.
ilo-recruitment_abuse_vulnerability-control_by_exploiters = Were you recruited by people who already had power over you or your family?
    .label = Recruited under exploiters' control
    .help = The recruiters already controlled the person's life or community.
ilo-recruitment_abuse_vulnerability-economic_reasons = Did someone take advantage of your need for money to push you into going?
    .label = Economic need exploited
    .help = Being poor is not a sign; someone exploiting that need to recruit the person is.
ilo-recruitment_abuse_vulnerability-false_info_successful_migration = Were you told false stories of others' success abroad to make you go?
    .label = False stories of success
    .help = False information about successful migration used to persuade the person.
ilo-recruitment_abuse_vulnerability-false_info_law_authorities = Were you told false things about the law or the police to make you go along?
    .label = False information about the law
    .help = For example, being told that the police will jail any migrant who asks for help. Not in the child list.
ilo-recruitment_abuse_vulnerability-family_situation = Did someone use your family situation, like being the one who must provide, to recruit you?
    .label = Family situation used
    .help = The recruiter used the person's family role or duties as leverage.
ilo-recruitment_abuse_vulnerability-personal_situation = Did someone take advantage of your personal situation, like illness, pregnancy or disability, to recruit you?
    .label = Personal situation used
    .help = The recruiter used a personal vulnerability to recruit the person.
ilo-recruitment_abuse_vulnerability-psychological_emotional_dependency = Were you recruited by someone you depended on emotionally, like a partner?
    .label = Emotional dependency used
    .help = For example a "boyfriend" recruiter. Ask gently; the person may not see it as abuse.
ilo-recruitment_abuse_vulnerability-relationship_authorities_legal_status = Did someone use your fear of the authorities to recruit you?
    .label = Fear of authorities used
    .help = The recruiter used the person's relationship with authorities or their legal status.
ilo-recruitment_abuse_vulnerability-difficulties_in_past = Did someone use something hard from your past to recruit you?
    .label = Past difficulties used
    .help = Past abuse, debts or conflicts used by the recruiter as leverage.
ilo-recruitment_abuse_vulnerability-difficulty_organising_travel = Did someone offer to organise your journey in a way that then gave them control over you?
    .label = Travel organised to gain control
    .help = Yes when organising the travel was how the recruiter gained control, not when the person simply paid for a crossing.
ilo-recruitment_abuse_vulnerability-abuse_cultural_religious_beliefs = Did someone use religious or traditional beliefs, like an oath or a ritual, to make you go or obey?
    .label = Beliefs used to control
    .help = Oaths and rituals are known means of control on some routes. Weak for adults, medium for children.
ilo-recruitment_abuse_vulnerability-general_context = Did someone use a war, a crisis or unrest at home to push you to go with them?
    .label = Crisis used to recruit
    .help = A general context (conflict, political crisis) exploited by the recruiter. Weak for adults.

## ILO/EC indicators: exploitative conditions

ilo-exploitative_conditions-excessive_working_hours = Do or did you work very long days, or without days off?
    .label = Excessive hours
    .help = A strong sign of exploitative conditions.
ilo-exploitative_conditions-low_or_no_salary = Are or were you paid very little, or nothing, for your work?
    .label = Little or no pay
    .help = Pay far below what was agreed or the legal minimum, or none.
ilo-exploitative_conditions-wage_manipulation = Was your pay cut for made-up costs or fines?
    .label = Pay manipulated
    .help = Deductions for food, housing, transport or fines that leave little or nothing.
ilo-exploitative_conditions-bad_living_conditions = Are or were the places you had to live crowded, unsafe or dirty?
    .label = Bad living conditions
    .help = Housing imposed by the employer or controller in poor conditions.
ilo-exploitative_conditions-very_bad_working_conditions = Are or were the working conditions very harsh?
    .label = Very bad working conditions
    .help = No breaks, no water, abuse at work, or humiliating treatment.
ilo-exploitative_conditions-hazardous_work = Was the work dangerous, without protection?
    .label = Hazardous work
    .help = Dangerous tasks without safety equipment or training.
ilo-exploitative_conditions-no_respect_labour_law_contract = Did the employer break what was agreed or the labour law?
    .label = Labour law or contract not respected
    .help = The agreed terms or basic labour rights were ignored.
ilo-exploitative_conditions-no_social_protection = Did you work without any social protection, such as insurance or a contract?
    .label = No social protection
    .help = Not in the child list. Common in informal work; medium for adults.
ilo-exploitative_conditions-no_access_to_education = Was the child kept from going to school because of the work?
    .label = No access to education
    .help = For children a medium sign; for adults a weak one.

## ILO/EC indicators: coercion at destination

ilo-coercion_at_destination-confiscation_of_documents = Does someone keep your passport or papers against your wish?
    .label = Papers kept by someone
    .help = A strong sign. Ask who holds the documents and whether the person can get them back.
ilo-coercion_at_destination-debt_bondage = Do you owe money to the people you work for, in a way you can never pay off?
    .label = Debt bondage
    .help = A debt that grows or never ends and keeps the person working. A strong sign.
ilo-coercion_at_destination-isolation_confinement_surveillance = Are you locked in, watched, or not allowed to go out or talk to others?
    .label = Confined or watched
    .help = A strong sign. Look for signs the person cannot move freely.
ilo-coercion_at_destination-violence_on_victim = Have the people you work or live with hurt you?
    .label = Violence
    .help = Physical or sexual violence by the employer or controller. A strong sign. Do not ask for details.
ilo-coercion_at_destination-threats_of_violence = Have they threatened to hurt you?
    .label = Threats of violence
    .help = Threats of violence against the person. Strong for children.
ilo-coercion_at_destination-forced_illicit_activities = Are you made to do illegal things?
    .label = Forced into illegal activities
    .help = For example theft, drug selling or smuggling others. Strong for children.
ilo-coercion_at_destination-forced_tasks_or_clients = Are you made to do tasks, or see clients, that you refuse?
    .label = Forced tasks or clients
    .help = The person cannot refuse tasks or clients. Strong for children.
ilo-coercion_at_destination-under_strong_influence = Is someone controlling your choices so much that you feel you cannot decide for yourself?
    .label = Under strong influence
    .help = Control through fear, dependency, drugs, oaths or manipulation.
ilo-coercion_at_destination-forced_to_act_against_peers = Are you made to watch, punish or recruit others?
    .label = Made to act against others
    .help = The person is used to control or recruit other victims.
ilo-coercion_at_destination-forced_to_lie = Have you been told what to say to the authorities, your family or us?
    .label = Told to lie
    .help = A scripted story is a sign of control. Stay calm if the story changes.
ilo-coercion_at_destination-threat_denunciation_authorities = Are you threatened with being reported to the police or immigration?
    .label = Threat of denunciation
    .help = Irregular status used as a threat to keep the person working.
ilo-coercion_at_destination-threat_worse_conditions = Are you threatened with worse work or conditions if you do not obey?
    .label = Threat of worse conditions
    .help = Threats to impose even worse conditions.
ilo-coercion_at_destination-violence_on_family = Has your family been threatened or harmed to keep you working?
    .label = Family threatened or harmed
    .help = Threats or violence against relatives.
ilo-coercion_at_destination-withholding_wages = Does someone keep your pay?
    .label = Pay withheld
    .help = Wages kept by the employer or controller.
ilo-coercion_at_destination-threat_inform_family_community = Are you threatened that your family or community will be told things about you?
    .label = Threat to shame
    .help = Threats to expose the person. Weak for adults, medium for children.

## ILO/EC indicators: abuse of vulnerability at destination
## Yes only when someone USES the situation to control the person.

ilo-abuse_vulnerability_at_destination-dependency_on_exploiters = Do you depend on the people you work for for food, a bed or everything else, so you cannot leave?
    .label = Dependent on exploiters
    .help = Dependency created or used by the exploiters to keep the person.
ilo-abuse_vulnerability_at_destination-difficulty_living_unknown_area = Does someone use the fact that you do not know this place or its language to keep you?
    .label = Unfamiliar place used
    .help = Being new to a place is not by itself a sign; someone using it to control the person is.
ilo-abuse_vulnerability_at_destination-economic_reasons = Does someone use your need for money to keep you working in these conditions?
    .label = Economic need used
    .help = Need alone is not a sign; its use by the exploiter is.
ilo-abuse_vulnerability_at_destination-family_situation = Does someone use your family situation to keep you working?
    .label = Family situation used
    .help = For example, family at home who depend on the money, used as leverage.
ilo-abuse_vulnerability_at_destination-relationship_authorities_legal_status = Does someone use your fear of the authorities to keep you?
    .label = Fear of authorities used
    .help = The exploiter uses the person's legal status or fear of police.
ilo-abuse_vulnerability_at_destination-difficulties_in_past = Does someone use something hard from your past to keep you?
    .label = Past difficulties used
    .help = Weak for adults, medium for children.
ilo-abuse_vulnerability_at_destination-personal_characteristics = Does someone use something personal, like your age, health or a disability, to keep you?
    .label = Personal characteristics used
    .help = Weak for adults, medium for children.

## Smuggling facts (sensitive: can incriminate the person under Law 02-03; minimise, never share automatically)

som-paid_or_benefit_for_crossing = Did you pay, or give something, to be helped across a border?
    .label = Paid for the crossing
    .help = A fact of smuggling, not a crime by the person to judge here. Record only what is needed to help.
som-facilitator_arranged_entry_or_exit = Did someone organise how you entered or left a country?
    .label = Crossing organised by someone
    .help = A facilitator arranged the border crossing, paid or not.
som-fraudulent_documents_supplied = Were you given false papers for the journey?
    .label = False papers supplied
    .help = Very sensitive under Law 02-03. Ask only if it matters for the person's protection.
som-debt_owed_to_smuggler = Do you still owe money to the people who moved you?
    .label = Debt to the smuggler
    .help = A debt to a smuggler can turn into control: a sign that smuggling may be becoming trafficking.
som-held_or_ransomed_in_transit = On the way, were you held somewhere or made to pay to be released?
    .label = Held or ransomed on the way
    .help = Detention and ransom in transit, known on routes through Libya and the Algerian border.
som-abused_by_smuggler = Did the people who moved you hurt you, rob you or abuse you?
    .label = Abused by the smuggler
    .help = Violence, theft or sexual violence by smugglers. Offer medical and psychosocial support.
som-life_endangered_in_transit = Was your life put in danger during the journey?
    .label = Life endangered on the way
    .help = Dangerous crossings, abandonment, lack of water. Offer medical and psychosocial support.

## Needs

needs-asylum_or_fears_return = Are you afraid to go back to your country?
    .label = Fears return, may seek asylum
    .help = A yes means refer for asylum information and never contact the home country's authorities without the person's explicit wish.
needs-wishes_to_return_home = Would you like help to go back home?
    .label = Wishes to return home
    .help = Assisted voluntary return is suggested only when the person does not fear return.
needs-consular_help = Would you like help from your country's embassy or consulate?
    .label = Wants consular help
    .help = Suggested only when the person does not fear return: contacting the home state can endanger someone who does.
