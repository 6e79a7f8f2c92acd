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
