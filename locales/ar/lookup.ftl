# البحث عن المؤشرات والبحث الموسَّع (التذكرة 16). كلمات بسيطة؛ النتائج علامات يُسأل عنها،
# وليست حكمًا على الشخص.

lookup-showing-all = لا توجد بطاقة تحتوي على كل الكلمات المكتوبة. النتائج تخص: { $words }
lookup-showing-any = لا توجد بطاقة تحتوي على هذه الكلمات معًا. النتائج تخص إحدى هذه الكلمات: { $words }
lookup-adult = البالغون: { $strength }
lookup-child = الأطفال: { $strength }
lookup-strength-strong = مؤشر قوي
lookup-strength-medium = مؤشر متوسط
lookup-strength-weak = مؤشر ضعيف
lookup-question = السؤال الذي يُقرأ
lookup-help = ما يعنيه
lookup-ask = اطرح هذا السؤال في المقابلة الجارية
lookup-count = { $count ->
    [zero] لم يُعثر على أي مؤشر
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $count } مؤشرات
    [many] { $count } مؤشرًا
   *[other] { $count } مؤشر
}
