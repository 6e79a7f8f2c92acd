# Interface texts. Counts: every count message has a form for 0.
# $gender (female, male, unspecified) is passed to texts read out to the person.

app-name = Sanad
app-tagline = Screening and referral support for outreach social work

nav-home = Home
nav-back = Back
nav-language = Language

home-new-screening = New screening
home-indicators = Indicators
home-emergency = Emergency numbers

lang-interface = Interface language
lang-interview = Interview language

screening-title = Screening
screening-progress = { $asked ->
    [0] No answer yet
    [one] One question answered
   *[other] { $asked } questions answered
}
screening-skip = Skip
screening-back = Previous question
screening-finish-now = See the result now
screening-decided = The answers so far are enough for a result. You may continue if you wish.
screening-continue = Continue with more questions
screening-result = Result
screening-restart = New screening
screening-why = Why
screening-referrals = Suggested referrals
screening-dimensions = Dimensions
screening-interview-lang-note = Asked in { $lang }

indicators-title = Indicator lookup
indicators-search = Search a word (Arabic, French or English)
indicators-none = No indicator matches these words.

emergency-title = Emergency numbers
emergency-police = Police
emergency-gendarmerie = Gendarmerie (rural areas)
emergency-civil-protection = Civil protection (ambulance, fire)
emergency-tip-line = National anti-trafficking line
emergency-call = Call { $number }
emergency-note = Numbers as published; check them locally before relying on them.

error-rules = The screening rules could not be loaded: { $detail }

home-directory = Referral directory

directory-title = Referral directory
directory-search = Service, need or city (Arabic, French or English)
directory-sample = SAMPLE DIRECTORY. It was built only from published sources: organisation names and roles, and four national numbers. No address or local number has been checked. Replace it with your organisation's own data before relying on it.
directory-none = No service matches.
directory-count = { $count ->
    [0] No service
    [one] One service
   *[other] { $count } services
}
directory-category = Category
directory-city = City
directory-any-category = All categories
directory-any-city = All cities
directory-unavailable = The directory could not be opened.
service-sample = Sample entry
service-unverified = Not verified
service-verified = Last verified { $date }
service-call = Call { $number }
service-sms = Text message
service-languages = Languages spoken: { $langs }
service-categories = Referral categories
service-back = Back to the directory
directory-language = Language spoken
directory-any-language = Any language
directory-serves = Who is served
directory-anyone = Anyone
serves-children = Children
serves-women = Women
serves-men = Men
serves-families = Families
serves-irregular_migrants = Migrants in an irregular situation
serves-refugees_asylum_seekers = Refugees and asylum seekers
serves-tip_victims = Possible victims of trafficking
serves-unaccompanied_minors = Unaccompanied minors

# Shared
cancel = Cancel
notice-dismiss = OK

# First run
setup-title = Welcome to Sanad
setup-intro = Sanad keeps everything you record encrypted on this phone. Set a passphrase first: without it, nobody can read the cases, not even you.
setup-language = Interface language
setup-passphrase = Passphrase
setup-passphrase-help = At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password.
setup-confirm = Type the passphrase again
strength-too-short = Too short (at least 8 characters)
strength-weak = Weak: easy to guess from a copy of the phone
strength-fair = Fair
strength-strong = Strong
setup-duress = Duress passphrase (optional)
setup-duress-help = If someone forces you to unlock the app, type this one instead: the cases are erased and an empty app opens.
setup-enroll = Connect to your organisation (optional)
setup-enroll-help = Enter the server address and the one-time code your supervisor gave you. You can also do this later from the Sync screen.
setup-sample = { $count ->
    [0] No sample service is loaded in the directory.
    [one] One sample service is loaded in the directory. It is marked as a sample everywhere it appears.
   *[other] { $count } sample services are loaded in the directory. They are marked as samples everywhere they appear.
}
setup-create = Create my encrypted space
setup-too-short = The passphrase is too short: use at least 8 characters.
setup-mismatch = The two passphrases differ. Type them again.
setup-duress-invalid = The duress passphrase must have at least 8 characters and differ from the passphrase.
setup-enroll-incomplete = To connect, give the server address, the code and the organisation fingerprint (or leave them all empty).
setup-weak = This passphrase is not accepted.

# Unlock
unlock-title = Unlock Sanad
unlock-passphrase = Passphrase
unlock-button = Unlock
unlock-busy = Checking the passphrase…
unlock-attempts-left = { $n ->
    [0] No attempt left: the cases on this phone will be erased.
    [one] One attempt left before the cases on this phone are erased.
   *[other] { $n } attempts left before the cases on this phone are erased.
}
unlock-wait = { $n ->
    [0] You can try again now.
    [one] Too many wrong attempts: wait one second before trying again.
   *[other] Too many wrong attempts: wait { $n } seconds before trying again.
}
unlock-wrong = { $n ->
    [0] Wrong passphrase.
    [one] Wrong passphrase. One attempt left before the cases are erased.
   *[other] Wrong passphrase. { $n } attempts left before the cases are erased.
}
unlock-wiped = Too many wrong attempts: the cases on this phone were erased.
store-dead-man = This phone was not used or synced for longer than your organisation allows, so its cases were erased.
store-locked = The app locked itself. Unlock it to continue.
store-failed = The encrypted storage reported a problem. Nothing was changed.

# Home
home-resume = { $n ->
    [0] Unsaved screening — resume
    [one] Unsaved screening — resume (one answer)
   *[other] Unsaved screening — resume ({ $n } answers)
}
home-cases = Cases
home-sync = Sync
home-unsynced = { $n ->
    [0] all sent
    [one] one case to send
   *[other] { $n } cases to send
}
home-sync-not-connected = Never sent: this phone is not connected to an organisation.
home-waiting = { $n ->
    [0] Nothing waiting to be sent.
    [one] Waiting to be sent: changes to one case.
   *[other] Waiting to be sent: changes to { $n } cases.
}
home-waiting-notes = { $n ->
    [0] {""}
    [one] One of them is a note.
   *[other] { $n } of them are notes.
}
home-settings = Settings
home-lock = Lock

# Screening and result
screening-consent-refused = Consent was not given. Ask nothing more aloud: answer the remaining checks from what you see. Help is offered all the same: the emergency numbers and where help is available.
result-save = Save to a case
result-save-help = Give a case reference (not the person's name). Saving also records the person's consent to keeping a record.
case-reference = Case reference
case-alias = Alias (optional, a name the person chose)
result-save-button = Save the screening
result-saved = Saved to case { $reference }.
result-referral-consent = The person agrees to be referred to the services chosen below.
result-refer = Refer
result-referred = Referral recorded
case-duplicate = This case reference is already taken.
case-reference-empty = Give a case reference.
case-answers-invalid = The screening answers could not be read; start a new screening.
content-fallback = The checklist content your organisation sent could not be checked, so the app uses the questions built into it.
case-id-invalid = This record could not be found: its identifier is not valid. Nothing was changed.
case-note-empty = The note is empty.
case-record-consent-missing = The person has not agreed to keeping a record: nothing was saved.

# Interview gender (chosen at the start; only for addressing the person correctly)
interview-gender = The person is
interview-gender-help = Used only to address the person correctly in Arabic and French; it is not kept in the case. Spoken Arabic has no neutral form: if you choose "Not said", ask the person how they prefer to be addressed, and read only one of the two forms.
gender-female = Woman or girl
gender-male = Man or boy
gender-unspecified = Not said

# Observation items (the worker's own checks)
observe-banner = Your own check: observe; ask only when the person is alone. Do not read this out.
observe-tag = Observed, not asked

# Consent to keeping a record (Law 09-08), asked at the end
record-consent-title = Keeping a record
record-consent-question = One last question: may we keep a record of what you told me? It stays locked in this phone and is sent, locked, to our organisation, so that we can follow up and help you. You can say no: the help stays the same.
record-consent-help = Law 09-08 on personal data: a record is saved only with this consent. Without it you can still refer: call the services below or give their details.
record-consent-yes = The person agrees: keep a record
record-consent-no = No record
record-consent-refused = No record is kept: this screening's answers were erased from the phone. You can still refer the person to the services below.

# Cases
cases-title = Cases
cases-search = Search by reference or alias
cases-count = { $n ->
    [0] No case
    [one] One case
   *[other] { $n } cases
}
cases-open-referrals = { $n ->
    [0] no open referral
    [one] one open referral
   *[other] { $n } open referrals
}
cases-closed = Closed
cases-back = Back to the cases
case-referrals = Referrals
case-no-referrals = No referral yet.
case-notes = Notes
case-add-note = New note
case-save-note = Save the note
case-timeline = History
case-close = Close the case
case-close-confirm = Close this case? Its history is kept; no new entries can be added.
referral-made = made, no news yet
referral-accepted = accepted by the service
referral-completed = service received
referral-declined = declined by the service
referral-withdrawn = withdrawn by the person
referral-mark-completed = Mark: service received
referral-mark-declined = Mark: declined
event-opened = Case opened
event-screening_recorded = Screening recorded
event-note_added = Note
event-consent_recorded = Consent recorded
event-referral_made = Referral
event-referral_status_changed = Referral status
event-closed = Case closed

# Sync
sync-title = Sync
sync-server = Server address
sync-code = One-time code
sync-none = Not connected
sync-pending = Records not sent yet
sync-last-success = Last complete sync
sync-never = Never
sync-quarantined = Held back by the server
sync-quarantined-n = { $n ->
    [0] No record conflicts with what the server holds.
    [one] One record conflicts with what the server holds; your supervisor will check it.
   *[other] { $n } records conflict with what the server holds; your supervisor will check them.
}
sync-last-error = The last sync did not finish. Everything stays on the phone and will be sent next time.
sync-running = Syncing…
sync-now = Sync now
sync-enroll = Connect
sync-explain = Case records leave the phone only encrypted for your organisation. The server cannot read them.
sync-not-enrolled = This phone is not connected to a server yet.
sync-store = The encrypted storage is not available for sync.
sync-offline = No connection to the server. Nothing is lost: records will be sent later.
sync-refused = The server refused the request.
sync-wiped = Your organisation revoked this phone: its cases were erased.
sync-locked = Your organisation locked this phone. Unlock it to continue.
sync-enroll-failed = The connection could not be set up. Check the address and the code.

# Settings
settings-title = Settings
settings-auto-lock = Lock automatically after
settings-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
settings-city = My city (its services are listed first)
settings-duress-set = Save the duress passphrase
settings-duress-clear = Remove it
settings-duress-saved = Saved.
settings-wipe = Erase all cases on this phone
settings-wipe-help = For an emergency: erases every case, draft and setting on this phone at once. Records already sent stay with your organisation.
settings-wipe-confirm = Erase everything now? This cannot be undone.
settings-wipe-now = Erase now
about-title = About Sanad
about-what = Sanad helps you notice signs of possible trafficking and tell them apart from smuggling, using the ILO and European Commission indicators, and suggests where to refer the person.
about-not = It gives decision support, not a decision: it never says whether someone is a victim. Formal identification belongs to the competent authorities.
about-law = Morocco's Law 27-14 (2016) defines trafficking in persons and provides for assistance to victims.
about-open = Open questions we could not confirm from the sources we read: whether the duty to report trafficking (Penal Code art. 448-7) applies to outreach workers, the exact Penal Code article (added by Law 27-14) on not punishing trafficked persons, the articles on assistance, and the national referral mechanism's own steps and forms. Check them with your supervisor and a local lawyer.
about-version = Version { $version }
about-content-builtin = Checklist content: the questions and rules built into the app.
about-content-version = Checklist content: version { $version }, sent by your organisation.
about-content-refused = A content file your organisation sent was not used, so the app uses its built-in content for it.

# Directory extras
directory-open-now = Open now
service-open-now = Open now
service-closed-now = Closed now
service-hours = Opening hours (Morocco time)
service-whatsapp = WhatsApp
service-copy = Copy the number

## Organisation fingerprint (pinned at enrollment)
sync-org = Organisation fingerprint (40 digits)
sync-org-help = Your supervisor reads it to you or shows it on paper. Compare every group: it proves the server belongs to your organisation.
sync-org-builtin = Organisation fingerprint built into this app: { $digits }. Compare it with your supervisor's.
sync-reenroll = This phone must be connected again with your organisation's fingerprint before it can send. Every record stays on the phone until then.

# Issue 15: the stop card, the partial result, unsaved interviews, names for assistive tech.
nav-home-brand = Sanad — home
sos-label = SOS — emergency numbers
stop-what-now = What to do now
stop-danger-title = Stop the interview: the person is in danger now
stop-danger-step1 = Call the emergency services now if the person agrees (numbers below).
stop-danger-step2 = Ask no more questions; stay with the person or help them reach a safe place.
stop-danger-step3 = Record the contact afterwards, without questioning.
stop-controller-title = Stop the interview: someone may be controlling the person
stop-controller-step1 = Stop the questions now; talk only about ordinary help (food, health).
stop-controller-step2 = If it can be done unseen, give the number of the national anti-trafficking line discreetly.
stop-controller-step3 = Leave calmly, then record the contact; plan to meet the person alone later, in a safe place.
stop-record = Record the contact (no more questions)
stop-mistake = Wrong answer tapped — go back
screening-left = { $n ->
    [0] no question left
    [one] at most one question left
   *[other] at most { $n } questions left
}
screening-previous = Answer given before: { $answer }
screening-skip-help = Skip: you did not ask this question (it stays open). Don't know: you asked and the person does not know.
screening-stop = Stop — partial result
home-discard-question = { $n ->
    [0] Discard the unsaved screening? It cannot be recovered.
    [one] Discard the unsaved screening (one answer)? It cannot be recovered.
   *[other] Discard the unsaved screening ({ $n } answers)? It cannot be recovered.
}
home-discard-yes = Discard it and start again
home-discard-no = Keep it
result-partial-title = Partial result: the interview was stopped
result-partial-answered = { $n ->
    [0] Stopped before any answer.
    [one] Stopped after one answer.
   *[other] Stopped after { $n } answers.
}
result-partial-not-asked = Not asked (neither yes nor no):
result-partial-resume = Continue the questions
result-what-now = What to do now — referrals
result-dimension-not-asked = Not asked
setup-show-passphrase = Show what I type
setup-duress-confirm = Type the duress passphrase again
setup-duress-mismatch = The two duress passphrases differ. Type them again.
settings-duress-removed = Duress passphrase removed.
settings-duress-is-set = A duress passphrase is set.
settings-duress-not-set = No duress passphrase is set.
settings-duress-clear-confirm = Remove the duress passphrase? Typing it will no longer erase the records.
case-service-unknown = a service no longer in the directory
referral-confirm-completed = Record this referral as done?
referral-confirm-declined = Record this referral as declined?
confirm = Confirm
referral-undo = Undo
screening-already-told = Already told by the person? Record it first
screening-already-told-help = Tap what the person has already said; those questions will not be asked again.
service-copied = Number copied.
directory-nearest = Nothing of this kind in this city. Nearest city that has some: { $city }.
directory-show-city = Show { $city }
settings-passphrase = Passphrase
settings-passphrase-old = Passphrase in use
settings-passphrase-new = New passphrase
settings-passphrase-change = Change the passphrase
settings-passphrase-saved = Passphrase changed.
result-consent-not-asked = Consent was not asked yet: nothing was assessed. Help can be offered without screening.
sync-when-changes = While the phone is unlocked and the server answers, changes are sent by themselves a few seconds after they are saved.
sync-when-every = { $n ->
    [one] While the phone is unlocked and the server answers, changes are sent by themselves a few seconds after they are saved, and the phone checks every minute.
   *[other] While the phone is unlocked and the server answers, changes are sent by themselves a few seconds after they are saved, and the phone checks every { $n } minutes.
}
sync-technical = Technical details (for your supervisor)
# The person's rights over their record (Law 09-08; issue 17, part 2).
access-title = Everything held about this case
access-intro = This document lists everything this phone holds about this case: the record as it stands now and every entry in its history, including corrections.
access-alias = Name or alias
access-opened = Opened
access-closed = Closed
access-sharing-withdrawn = Sharing withdrawn
access-consent-data = Agreed to keeping a record
access-consent-referral = Agreed to referrals
access-consent-law = Agreed to a referral to the police or prosecutor
access-yes = yes
access-no = no
access-when = When
access-what = What
access-detail = Detail
access-rights = The person can ask to see this record, to correct it, to stop it being shared, and to have it erased.
access-generated = Made on
case-sharing-withdrawn = The person withdrew consent to sharing this case: it is not shared and no referral slip can be made. Nothing was changed.
case-sharing-not-held = The withdrawal is recorded, but entries already waiting to be sent could not be held back. Try again.
case-correction-empty = The correction is empty. Nothing was changed.
case-retention-erased = { $n ->
    [0] No closed case was past the organisation's retention period.
    [one] One closed case was past the organisation's retention period and was erased from this phone.
   *[other] { $n } closed cases were past the organisation's retention period and were erased from this phone.
}
event-rectified = Correction
event-sharing_withdrawn = Sharing withdrawn
case-export-failed = The document could not be made. Nothing was changed.
rights-title = The person's rights over this record
rights-intro = The person can see everything kept about them, have it corrected, stop it being shared, or have it erased.
rights-export-ar = Show everything kept, in Arabic
rights-export-fr = Show everything kept, in French
rights-print = Print
rights-json = Save the data (JSON)
rights-rectify-what = What to correct
rights-rectify-choose = Choose…
rights-rectify-note = Note { $n }
rights-rectify-value = The corrected text
rights-rectify = Save the correction
rights-withdraw = Stop sharing this record
rights-withdraw-confirm = Stop sharing this record for good? It stays on this phone, but nothing more of it is sent to the organisation, what the organisation already has is left out of its exports, and no referral slip can be made for it.
rights-erase = Erase this record
rights-erase-confirm = Erase this record for good? Its history, notes, screenings, consents and referrals are deleted from this phone now, and from the organisation's server at the next sync. This cannot be undone.
# Referrals that close the loop (issue 17, part 1)
referral-sent = slip sent, waiting for the service
referral-service_received = service received
referral-closed = closed
referral-urgency = How soon should the person be seen?
urgency-within_24_hours = Within 24 hours
urgency-within_72_hours = Within 72 hours
urgency-two_weeks = Within two weeks
referral-share-title = What the person agrees to share with the service
referral-share-help = Only the ticked items go on the referral slip. Ask about each one.
share-alias = Name or alias
share-age_group = Age group
share-gender = Gender
share-nationality = Nationality
share-languages = Languages spoken
share-needs = What the person needs
share-screening_outcome = Screening result
share-contact_by_worker = Contact through the worker
referral-step-sent = Slip sent
referral-step-accepted = Accepted by the service
referral-step-declined = Declined by the service
referral-step-service_received = Service received
referral-step-closed = Close the referral
referral-step-withdrawn = The person withdraws
referral-step-confirm = Record this step: { $step }?
referral-partner-code = Code on the slip, if the partner gave the answer
referral-show-slip = Show the referral slip
referral-due = Due { $when }
referral-code-mismatch = This code is not the one on this referral's slip. Check it with the partner.
referral-no-slip = No slip can be made for this referral.
referral-step-illegal = This step cannot follow the referral's current one. Nothing was recorded.
slip-title = Referral slip
slip-reference = Reference
slip-code = Confirmation code
slip-urgency = Urgency
slip-due = To be seen by
slip-need = Service requested
slip-service = Service
slip-contact-by-worker = Please contact the person through the referring worker.
slip-answer-help = Please give the referring worker your answer (accepted, declined or service received) with the reference and the confirmation code.
slip-qr-label = QR code with the same information as this slip
slip-print = Print the slip
slip-close = Close the slip
home-follow-ups = { $n ->
    [0] No referral to follow up
    [one] One referral to follow up
   *[other] { $n } referrals to follow up
}
follow-up-next-send = Send the slip
follow-up-next-answer = Ask the service for its answer
follow-up-next-received = Check that the person received the service
follow-up-overdue = Overdue since { $when }
follow-up-due-today = Due today, { $when }
event-referral_created = Referral made
event-referral_step = Referral step
via-worker = recorded by the worker
via-partner = partner's answer, code checked
via-organisation = update from the organisation
timeline-device = device { $device }
