# Screening results: outcomes, classifications, referral categories, dimensions, answers and
# the reasons the engine emits (each with $count = the number of signs behind it).
# $gender (female, male, unspecified) is passed to every text; English needs no forms.

## Answers

answer-yes = Yes
answer-no = No
answer-unknown = Don't know
answer-declined = Prefers not to say

## Classification (shown first)

classification-not_assessed = Not assessed: the screening stopped for safety or consent
classification-smuggling_and_trafficking_indicators = Migrant smuggling, with indicators of possible trafficking
classification-trafficking_indicators = Indicators of possible trafficking
classification-smuggling_only = Migrant smuggling, no trafficking indicators found
classification-vulnerability_indicators = Vulnerability or exploitation, below the trafficking threshold
classification-no_indicators = No indicators found

## Outcomes

outcome-emergency_first = Emergency first: get help now, screen later
outcome-defer_interview = Do not continue now: someone may be controlling the person
outcome-no_consent = No consent: offer help without screening
outcome-tip_indicators_met = Indicators of possible trafficking: refer to the competent authorities for formal identification
outcome-tip_indicators_partial = Some indicators of possible trafficking: refer to the competent authorities for formal identification
outcome-exploitation_only = Signs of exploitation without the other elements of trafficking
outcome-vulnerability_only = Signs of abuse of vulnerability without exploitation
outcome-no_tip_indicators = No trafficking indicators found in the answers given
outcome-child_tip_indicators_met = A child with indicators of possible trafficking: refer to child protection now
outcome-child_at_risk = A child in a difficult situation: refer to child protection
outcome-child_no_tip_indicators = A child with no trafficking indicators found: still refer to child protection

result-disclaimer = Decision support only. This is not a finding that the person is or is not a victim: formal identification belongs to the competent authorities. The person decides which referrals to accept.
result-provisional = Provisional: the weights for sexual exploitation are not yet verified.
result-flag-smuggled = Migrant smuggling
result-flag-smuggling_turned_exploitative = The migrant smuggling journey shows signs of control or exploitation
result-palermo-act = Act
result-palermo-means = Means
result-palermo-purpose = Purpose
result-palermo-title = Elements of the legal definition
result-dimension-positive = Indicated
result-dimension-not-positive = Not indicated
result-dimension-counts = Strong { $strong }, medium { $medium }, weak { $weak }

## Dimensions

dim-deceptive_recruitment = Deceptive recruitment
dim-coercive_recruitment = Coercive recruitment
dim-recruitment_abuse_vulnerability = Recruitment by abuse of vulnerability
dim-exploitative_conditions = Exploitative conditions
dim-coercion_at_destination = Coercion at destination
dim-abuse_vulnerability_at_destination = Abuse of vulnerability at destination

## Referral categories

ref-emergency = Emergency services
ref-medical = Medical care
ref-psychosocial = Psychosocial support
ref-shelter = Shelter
ref-legal_aid = Legal aid
ref-asylum = Asylum and refugee protection
ref-child_protection = Child protection
ref-avrr = Assisted voluntary return
ref-basic_needs = Food, clothes and basic needs
ref-tip_hotline = National anti-trafficking line
ref-law_enforcement = Police or prosecutor (with consent)
ref-consular = Consular help
ref-education_training = Education and training

## Reasons ($count = number of signs behind the reason)

screening-reason-gate-emergency = Danger or an urgent medical need comes before any questions.
screening-reason-gate-controller = Someone who may control the person is present: the interview is put off.
screening-reason-gate-no-consent = Consent was not given, so no screening questions were asked.
screening-reason-tip-met = Signs at recruitment, of exploitation and of coercion or abuse at destination all point to possible trafficking.
screening-reason-tip-partial = Exploitation together with signs at recruitment or at destination.
screening-reason-tip-partial-journey = A form of exploitation during a migrant smuggling journey: the journey is the act, and the exploitation the purpose.
screening-reason-exploitation-only = Exploitation, but no signs of how the person was brought into it or held.
screening-reason-vulnerability-only = Signs at recruitment or destination, but no exploitation found.
screening-reason-no-tip-indicators = Not enough signs in any dimension.
screening-reason-child-tip-met = A child in exploitation: for a child, no force or deception is needed.
screening-reason-child-at-risk = A child with signs at recruitment or destination.
screening-reason-child-no-tip-indicators = A child with no signs of trafficking in the answers given.
screening-reason-dr-positive = { $count ->
    [0] No sign of deceptive recruitment.
    [one] One sign of deceptive recruitment.
   *[other] { $count } signs of deceptive recruitment.
}
screening-reason-cr-positive = { $count ->
    [0] No sign of coercive recruitment.
    [one] One sign of coercive recruitment.
   *[other] { $count } signs of coercive recruitment.
}
screening-reason-rav-positive = { $count ->
    [0] No sign of recruitment by abuse of vulnerability.
    [one] One sign of recruitment by abuse of vulnerability.
   *[other] { $count } signs of recruitment by abuse of vulnerability.
}
screening-reason-ex-positive = { $count ->
    [0] No sign of exploitative conditions.
    [one] One sign of exploitative conditions.
   *[other] { $count } signs of exploitative conditions.
}
screening-reason-cd-positive = { $count ->
    [0] No sign of coercion at destination.
    [one] One sign of coercion at destination.
   *[other] { $count } signs of coercion at destination.
}
screening-reason-avd-positive = { $count ->
    [0] No sign of abuse of vulnerability at destination.
    [one] One sign of abuse of vulnerability at destination.
   *[other] { $count } signs of abuse of vulnerability at destination.
}
screening-reason-child = Treated as a child (under 18, or age uncertain).
screening-reason-exploited-form = A form of exploitation named in the law was reported.
screening-reason-smuggled = The person paid for a crossing, or was taken across a border irregularly.
screening-reason-smuggling-turned-exploitative = The migrant smuggling shows signs of control: held on the way, in debt to the smuggler, or trafficking signs.
screening-reason-provisional-weights = Sexual exploitation is scored with provisional weights.
screening-reason-class-not-assessed = The screening stopped before any assessment.
screening-reason-class-both = Migrant smuggling and signs of possible trafficking at the same time: the two are not exclusive.
screening-reason-class-tip = Signs of possible trafficking.
screening-reason-class-som = Migrant smuggling; no trafficking signs were found.
screening-reason-class-vulnerability = Some exploitation or vulnerability, below the trafficking threshold.
screening-reason-class-none = No signs found in the answers given.
screening-reason-ref-emergency = Emergency services first.
screening-reason-ref-urgent-medical = Urgent medical need.
screening-reason-ref-discreet-card = Give the anti-trafficking line discreetly.
screening-reason-ref-no-consent = Basic help is offered without any questions.
screening-reason-ref-tip = Support for a person with trafficking indicators.
screening-reason-ref-basic = Basic support after a hard journey or exploitation.
screening-reason-ref-labour-rights = Exploitation at work: legal advice on labour rights.
screening-reason-ref-education = A child: school or training.
screening-reason-ref-journey-harm = Harm during the journey.
screening-reason-ref-asylum = Fear of return: asylum information.
screening-reason-ref-return = A wish to return home.
screening-reason-ref-consular = A wish for help from the consulate.
screening-reason-ref-law-enforcement = The person agreed to a police referral.
screening-reason-ref-child-protection = A child always gets child protection.
screening-reason-ref-controller = A controller may be near: the anti-trafficking line.
screening-reason-ref-distress = Acute distress: psychosocial support.
