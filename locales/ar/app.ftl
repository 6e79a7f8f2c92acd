# نصوص الواجهة.

app-name = سند
app-tagline = دعم التقييم والإحالة للعاملين الاجتماعيين الميدانيين

nav-home = الرئيسية
nav-back = رجوع
nav-language = اللغة

home-new-screening = تقييم جديد
home-indicators = المؤشرات
home-emergency = أرقام الطوارئ

lang-interface = لغة الواجهة
lang-interview = لغة المقابلة

screening-title = التقييم
screening-progress = { $asked ->
    [zero] لم يُجَب عن أي سؤال
    [one] سؤال واحد مُجاب عنه
    [two] سؤالان مُجاب عنهما
    [few] { $asked } أسئلة مُجاب عنها
    [many] { $asked } سؤالًا مُجابًا عنه
   *[other] { $asked } سؤال مُجاب عنه
}
screening-skip = تجاوز
screening-back = السؤال السابق
screening-finish-now = عرض النتيجة الآن
screening-decided = الإجابات الحالية كافية لنتيجة. يمكنك المتابعة إن شئت.
screening-continue = متابعة بأسئلة أخرى
screening-result = النتيجة
screening-restart = تقييم جديد
screening-why = لماذا
screening-referrals = الإحالات المقترحة
screening-dimensions = الأبعاد
screening-interview-lang-note = مطروح بـ{ $lang }

indicators-title = البحث في المؤشرات
indicators-search = ابحث عن كلمة (بالعربية أو الفرنسية أو الإنجليزية)
indicators-none = لا مؤشر يطابق هذه الكلمات.

emergency-title = أرقام الطوارئ
emergency-police = الشرطة
emergency-gendarmerie = الدرك الملكي (المناطق القروية)
emergency-civil-protection = الوقاية المدنية (إسعاف، إطفاء)
emergency-tip-line = الخط الوطني لمكافحة الاتجار بالبشر
emergency-call = اتصل بـ{ $number }
emergency-note = الأرقام كما نُشرت؛ تحقق منها محليًّا قبل الاعتماد عليها.

error-rules = تعذّر تحميل قواعد التقييم: { $detail }

home-directory = دليل خدمات الإحالة

directory-title = دليل خدمات الإحالة
directory-search = خدمة أو حاجة أو مدينة (بالعربية أو الفرنسية أو الإنجليزية)
directory-sample = دليل على سبيل المثال. أُعدّ فقط من مصادر منشورة: أسماء المنظمات وأدوارها وأربعة أرقام وطنية. لم يُتحقق من أي عنوان أو رقم محلي. استبدله ببيانات منظمتك قبل الاعتماد عليه.
directory-none = لا توجد خدمة مطابقة.
directory-count = { $count ->
    [zero] لا خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
directory-category = الفئة
directory-city = المدينة
directory-any-category = كل الفئات
directory-any-city = كل المدن
directory-unavailable = تعذر فتح الدليل.
service-sample = مدخل على سبيل المثال
service-unverified = غير متحقق منه
service-verified = آخر تحقق { $date }
service-call = اتصل بالرقم { $number }
service-sms = رسالة نصية
service-languages = اللغات المستعملة: { $langs }
service-categories = فئات الإحالة
service-back = العودة إلى الدليل
directory-language = اللغة المستعملة
directory-any-language = كل اللغات
directory-serves = الفئة المستفيدة
directory-anyone = الجميع
serves-children = الأطفال
serves-women = النساء
serves-men = الرجال
serves-families = الأسر
serves-irregular_migrants = المهاجرون في وضعية غير نظامية
serves-refugees_asylum_seekers = اللاجئون وطالبو اللجوء
serves-tip_victims = الضحايا المحتملون للاتجار بالبشر
serves-unaccompanied_minors = القاصرون غير المصحوبين

# عام
cancel = إلغاء
notice-dismiss = حسنًا

# التشغيل الأول
setup-title = مرحبًا بك في سند
setup-intro = يحفظ سند كل ما تسجّله مشفّرًا على هذا الهاتف. اختر أولًا عبارة مرور: من دونها لا يستطيع أحد قراءة الملفات، ولا حتى أنت.
setup-language = لغة الواجهة
setup-passphrase = عبارة المرور
setup-passphrase-help = ثمانية أحرف على الأقل. بضع كلمات لا رابط بينها أسهل للتذكّر وأصعب للتخمين من كلمة سر قصيرة.
setup-confirm = اكتب عبارة المرور مرة أخرى
strength-too-short = قصيرة جدًا (ثمانية أحرف على الأقل)
strength-weak = ضعيفة: يسهل تخمينها من نسخة من الهاتف
strength-fair = مقبولة
strength-strong = قوية
setup-duress = عبارة الإكراه (اختيارية)
setup-duress-help = إذا أجبرك أحد على فتح التطبيق فاكتب هذه العبارة بدلًا من الأخرى: تُمحى الملفات ويُفتح تطبيق فارغ.
setup-enroll = الربط بمنظمتك (اختياري)
setup-enroll-help = أدخل عنوان الخادم والرمز الصالح لمرة واحدة اللذين أعطاك إياهما المشرف. يمكنك فعل ذلك لاحقًا من شاشة المزامنة.
setup-sample = { $count ->
    [zero] لا توجد خدمات نموذجية في الدليل.
    [one] حُمّلت خدمة نموذجية واحدة في الدليل، وهي موسومة بأنها نموذج أينما ظهرت.
    [two] حُمّلت خدمتان نموذجيتان في الدليل، وهما موسومتان بأنهما نموذج أينما ظهرتا.
    [few] حُمّلت { $count } خدمات نموذجية في الدليل، وهي موسومة بأنها نموذج أينما ظهرت.
   *[other] حُمّلت { $count } خدمة نموذجية في الدليل، وهي موسومة بأنها نموذج أينما ظهرت.
}
setup-create = أنشئ مساحتي المشفّرة
setup-too-short = عبارة المرور قصيرة جدًا: ثمانية أحرف على الأقل.
setup-mismatch = العبارتان مختلفتان. اكتبهما مرة أخرى.
setup-duress-invalid = يجب أن تتكوّن عبارة الإكراه من ثمانية أحرف على الأقل وأن تختلف عن عبارة المرور.
setup-enroll-incomplete = للربط، أدخل عنوان الخادم والرمز وبصمة المنظمة معًا (أو اتركها كلها فارغة).
setup-weak = عبارة المرور هذه غير مقبولة.

# فتح القفل
unlock-title = فتح سند
unlock-passphrase = عبارة المرور
unlock-button = فتح
unlock-busy = جارٍ التحقق من عبارة المرور…
unlock-attempts-left = { $n ->
    [zero] لم تبقَ أي محاولة قبل محو الملفات من هذا الهاتف.
    [one] بقيت محاولة واحدة قبل محو الملفات من هذا الهاتف.
    [two] بقيت محاولتان قبل محو الملفات من هذا الهاتف.
    [few] بقيت { $n } محاولات قبل محو الملفات من هذا الهاتف.
   *[other] بقيت { $n } محاولة قبل محو الملفات من هذا الهاتف.
}
unlock-wait = { $n ->
    [one] محاولات خاطئة كثيرة: انتظر ثانية واحدة قبل المحاولة مجددًا.
    [two] محاولات خاطئة كثيرة: انتظر ثانيتين قبل المحاولة مجددًا.
    [few] محاولات خاطئة كثيرة: انتظر { $n } ثوانٍ قبل المحاولة مجددًا.
   *[other] محاولات خاطئة كثيرة: انتظر { $n } ثانية قبل المحاولة مجددًا.
}
unlock-wrong = { $n ->
    [zero] عبارة مرور خاطئة.
    [one] عبارة مرور خاطئة. بقيت محاولة واحدة قبل محو الملفات.
    [two] عبارة مرور خاطئة. بقيت محاولتان قبل محو الملفات.
    [few] عبارة مرور خاطئة. بقيت { $n } محاولات قبل محو الملفات.
   *[other] عبارة مرور خاطئة. بقيت { $n } محاولة قبل محو الملفات.
}
unlock-wiped = محاولات خاطئة كثيرة: مُحيت الملفات من هذا الهاتف.
store-dead-man = لم يُستعمل هذا الهاتف ولم يُزامَن مدة أطول مما تسمح به منظمتك، فمُحيت ملفاته.
store-locked = أُقفل التطبيق تلقائيًا. افتحه للمتابعة.
store-failed = أبلغ التخزين المشفّر عن مشكلة. لم يتغيّر شيء.

# الرئيسية
home-resume = { $n ->
    [zero] استئناف المقابلة
    [one] استئناف المقابلة (جواب واحد)
    [two] استئناف المقابلة (جوابان)
    [few] استئناف المقابلة ({ $n } أجوبة)
   *[other] استئناف المقابلة ({ $n } جوابًا)
}
home-cases = الملفات
home-sync = المزامنة
home-unsynced = { $n ->
    [zero] أُرسل كل شيء
    [one] سجل واحد لم يُرسل
    [two] سجلان لم يُرسلا
    [few] { $n } سجلات لم تُرسل
   *[other] { $n } سجلًا لم يُرسل
}
home-settings = الإعدادات
home-lock = قفل

# المقابلة والنتيجة
screening-consent-refused = لم تُعطَ الموافقة. أوقف المقابلة هنا. يمكنك مع ذلك تقديم أرقام الطوارئ وإخبار الشخص بأماكن المساعدة.
result-save = حفظ في ملف
result-save-help = أعطِ مرجعًا للملف (لا اسم الشخص). يسجّل الحفظ موافقة الشخص على إبقاء هذه المعلومات على الجهاز ومشاركتها مع منظمتك.
case-reference = مرجع الملف
case-alias = اسم مستعار (اختياري، يختاره الشخص)
result-save-button = حفظ المقابلة
result-saved = حُفظت في الملف { $reference }.
result-referral-consent = يوافق الشخص على إحالته إلى الخدمات المختارة أدناه.
result-refer = إحالة
result-referred = سُجّلت الإحالة
case-duplicate = مرجع الملف هذا مستعمل من قبل.
case-reference-empty = أعطِ مرجعًا للملف.
case-answers-invalid = تعذّرت قراءة أجوبة المقابلة؛ ابدأ مقابلة جديدة.
case-note-empty = الملاحظة فارغة.

# الملفات
cases-title = الملفات
cases-search = البحث بالمرجع أو الاسم المستعار
cases-count = { $n ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $n } ملفات
   *[other] { $n } ملفًا
}
cases-open-referrals = { $n ->
    [one] إحالة واحدة جارية
    [two] إحالتان جاريتان
    [few] { $n } إحالات جارية
   *[other] { $n } إحالة جارية
}
cases-closed = مغلق
cases-back = العودة إلى الملفات
case-referrals = الإحالات
case-no-referrals = لا إحالة بعد.
case-notes = الملاحظات
case-add-note = ملاحظة جديدة
case-save-note = حفظ الملاحظة
case-timeline = السجل
case-close = إغلاق الملف
case-close-confirm = إغلاق هذا الملف؟ يُحفظ سجله ولا يمكن إضافة شيء إليه بعد ذلك.
referral-made = أُجريت، لا أخبار بعد
referral-accepted = قبلتها الخدمة
referral-completed = تلقّى الخدمة
referral-declined = رفضتها الخدمة
referral-withdrawn = سحبها الشخص
referral-mark-completed = تسجيل: تلقّى الخدمة
referral-mark-declined = تسجيل: مرفوضة
event-opened = فُتح الملف
event-screening_recorded = سُجّلت مقابلة
event-note_added = ملاحظة
event-consent_recorded = سُجّلت موافقة
event-referral_made = إحالة
event-referral_status_changed = متابعة الإحالة
event-closed = أُغلق الملف

# المزامنة
sync-title = المزامنة
sync-server = عنوان الخادم
sync-code = رمز لمرة واحدة
sync-none = غير مرتبط
sync-pending = سجلات لم تُرسل بعد
sync-last-success = آخر مزامنة كاملة
sync-never = أبدًا
sync-quarantined = سجلات احتجزها الخادم
sync-quarantined-n = { $n ->
    [one] سجل واحد يتعارض مع ما لدى الخادم؛ سيتحقق منه المشرف.
    [two] سجلان يتعارضان مع ما لدى الخادم؛ سيتحقق منهما المشرف.
    [few] { $n } سجلات تتعارض مع ما لدى الخادم؛ سيتحقق منها المشرف.
   *[other] { $n } سجلًا يتعارض مع ما لدى الخادم؛ سيتحقق منها المشرف.
}
sync-last-error = لم تكتمل آخر مزامنة. يبقى كل شيء على الهاتف وسيُرسل في المرة القادمة.
sync-running = جارٍ الإرسال…
sync-now = زامن الآن
sync-enroll = ربط
sync-explain = لا تغادر الملفات الهاتف إلا مشفّرة لمنظمتك. لا يستطيع الخادم قراءتها.
sync-not-enrolled = هذا الهاتف غير مرتبط بخادم بعد.
sync-store = التخزين المشفّر غير متاح للمزامنة.
sync-offline = لا اتصال بالخادم. لا يضيع شيء: ستُرسل السجلات لاحقًا.
sync-refused = رفض الخادم الطلب.
sync-wiped = ألغت منظمتك ربط هذا الهاتف: مُحيت ملفاته.
sync-locked = أقفلت منظمتك هذا الهاتف. افتحه للمتابعة.
sync-enroll-failed = تعذّر إنشاء الربط. تحقق من العنوان والرمز.

# الإعدادات
settings-title = الإعدادات
settings-auto-lock = القفل التلقائي بعد
settings-minutes = { $n ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
   *[other] { $n } دقيقة
}
settings-city = مدينتي (تظهر خدماتها أولًا)
settings-duress-set = حفظ عبارة الإكراه
settings-duress-clear = حذفها
settings-duress-saved = حُفظ.
settings-wipe = محو كل الملفات من الهاتف
settings-wipe-help = للطوارئ: يمحو دفعة واحدة كل الملفات والمسودات والإعدادات على هذا الهاتف. ما أُرسل من قبل يبقى لدى منظمتك.
settings-wipe-confirm = محو كل شيء الآن؟ لا رجعة في ذلك.
settings-wipe-now = امحُ الآن
about-title = عن سند
about-what = يساعدك سند على ملاحظة علامات الاتجار المحتمل بالبشر وتمييزها عن تهريب المهاجرين، اعتمادًا على مؤشرات منظمة العمل الدولية والمفوضية الأوروبية، ويقترح جهات الإحالة.
about-not = إنه دعم للقرار وليس قرارًا: لا يقول أبدًا إن شخصًا ضحية. تحديد الضحايا من اختصاص السلطات المختصة.
about-law = يعرّف القانون المغربي 27-14 (2016) الاتجار بالبشر وينص على مساعدة الضحايا.
about-open = مسائل مفتوحة لم نتمكن من تأكيدها من المصادر التي قرأناها: الفصل الدقيق من القانون 27-14 بشأن عدم معاقبة الضحايا، والفصول المتعلقة بمساعدتهم، وخطوات الآلية الوطنية للإحالة واستماراتها. تحقق منها مع المشرف.
about-version = الإصدار { $version }

# الدليل
directory-open-now = مفتوح الآن
service-open-now = مفتوح الآن
service-closed-now = مغلق الآن
service-hours = أوقات العمل (بتوقيت المغرب)
service-whatsapp = واتساب
service-copy = نسخ الرقم

## Organisation fingerprint (pinned at enrollment)
sync-org = بصمة المنظمة (40 رقمًا)
sync-org-help = يقرؤها عليك مشرفك أو يريك إياها على ورقة. قارن كل مجموعة من الأرقام: فهي تثبت أن الخادم تابع لمنظمتك.
sync-org-builtin = بصمة المنظمة المضمّنة في هذا التطبيق: { $digits }. قارنها بالبصمة التي لدى مشرفك.
sync-reenroll = يجب ربط هذا الهاتف من جديد ببصمة منظمتك قبل أن يتمكن من الإرسال. تبقى كل السجلات على الهاتف إلى ذلك الحين.
