# Interface texts.

app-name = Sanad
app-tagline = Screening and referral support for outreach workers

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
