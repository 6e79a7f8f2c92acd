# نتائج التقييم: المآلات، التصنيفات، فئات الإحالة، الأبعاد، الإجابات، والأسباب التي يصدرها
# المحرك ($count = عدد العلامات وراء السبب؛ صيغ الجمع حسب قواعد CLDR للعربية: zero وone وtwo وfew وmany وother).
# ‎$gender (female، male، unspecified) يُمرَّر إلى كل نص يصف الشخص.
# «تهريب» وحدها تعني تهريب السلع في وجدة: نكتب دائمًا «تهريب المهاجرين» في النتائج.

## الإجابات

answer-yes = نعم
answer-no = لا
answer-unknown = لا أعرف
answer-declined = أفضّل عدم الإجابة

## التصنيف (يُعرض أولًا)

classification-not_assessed = لم يُقيَّم: توقف التقييم لأسباب السلامة أو الموافقة
classification-smuggling_and_trafficking_indicators = تهريب المهاجرين، مع مؤشرات على اتجار محتمل بالبشر
classification-trafficking_indicators = مؤشرات على اتجار محتمل بالبشر
classification-smuggling_only = تهريب المهاجرين، دون مؤشرات على الاتجار بالبشر
classification-vulnerability_indicators = هشاشة أو استغلال، أقل من عتبة الاتجار بالبشر
classification-no_indicators = لم يُعثر على مؤشرات

## المآلات

outcome-emergency_first = الطوارئ أولًا: اطلب المساعدة الآن، والتقييم لاحقًا
outcome-defer_interview = لا تكمل الآن: قد يكون هناك من يسيطر على الشخص
outcome-no_consent = لا موافقة: اعرض المساعدة دون تقييم
outcome-tip_indicators_met = مؤشرات على اتجار محتمل بالبشر: أحِل الحالة إلى السلطات المختصة لتبتّ فيها رسميًّا
outcome-tip_indicators_partial = بعض المؤشرات على اتجار محتمل بالبشر: أحِل الحالة إلى السلطات المختصة لتبتّ فيها رسميًّا
outcome-exploitation_only = علامات استغلال دون باقي عناصر الاتجار بالبشر
outcome-vulnerability_only = علامات عند التجنيد أو في مكان الوصول، دون استغلال
outcome-no_tip_indicators = لا مؤشرات على الاتجار بالبشر في الإجابات المقدّمة
outcome-child_tip_indicators_met = { $gender ->
        [female] طفلة مع مؤشرات على اتجار محتمل بالبشر: أحِلها فورًا إلى حماية الطفولة
        [male] طفل مع مؤشرات على اتجار محتمل بالبشر: أحِله فورًا إلى حماية الطفولة
       *[unspecified] طفل مع مؤشرات على اتجار محتمل بالبشر: أحِل الطفل فورًا إلى حماية الطفولة
    }
outcome-child_at_risk = { $gender ->
        [female] طفلة في وضعية صعبة: أحِلها إلى حماية الطفولة
        [male] طفل في وضعية صعبة: أحِله إلى حماية الطفولة
       *[unspecified] طفل في وضعية صعبة: أحِل الطفل إلى حماية الطفولة
    }
outcome-child_no_tip_indicators = { $gender ->
        [female] طفلة دون مؤشرات على الاتجار بالبشر: أحِلها رغم ذلك إلى حماية الطفولة
        [male] طفل دون مؤشرات على الاتجار بالبشر: أحِله رغم ذلك إلى حماية الطفولة
       *[unspecified] طفل دون مؤشرات على الاتجار بالبشر: أحِل الطفل رغم ذلك إلى حماية الطفولة
    }

result-disclaimer = هذا دعم للقرار فقط، وليس حكمًا بأن الشخص ضحية أو غير ضحية: البتّ الرسمي في وضعيته من اختصاص السلطات المختصة. الشخص هو من يقرر الإحالات التي يقبلها.
result-provisional = مؤقت: أوزان الاستغلال الجنسي لم يُتحقَّق منها بعد.
result-flag-smuggled = تهريب المهاجرين
result-flag-smuggling_turned_exploitative = رحلة تهريب المهاجرين تُظهر علامات سيطرة أو استغلال
result-palermo-act = الفعل
result-palermo-means = الوسيلة
result-palermo-purpose = الغرض
result-palermo-title = عناصر التعريف القانوني
result-dimension-positive = متوفر
result-dimension-not-positive = غير متوفر
result-dimension-counts = قوية { $strong }، متوسطة { $medium }، ضعيفة { $weak }

## الأبعاد

dim-deceptive_recruitment = التجنيد بالخداع
dim-coercive_recruitment = التجنيد بالإكراه
dim-recruitment_abuse_vulnerability = التجنيد باستغلال الهشاشة
dim-exploitative_conditions = ظروف الاستغلال
dim-coercion_at_destination = الإكراه في مكان الوصول
dim-abuse_vulnerability_at_destination = استغلال الهشاشة في مكان الوصول

## فئات الإحالة

ref-emergency = خدمات الطوارئ
ref-medical = الرعاية الطبية
ref-psychosocial = الدعم النفسي الاجتماعي
ref-shelter = الإيواء
ref-legal_aid = المساعدة القانونية
ref-asylum = اللجوء وحماية اللاجئين
ref-child_protection = حماية الطفولة
ref-avrr = العودة الطوعية المدعومة
ref-basic_needs = الغذاء والملابس والحاجات الأساسية
ref-tip_hotline = الخط الوطني لمكافحة الاتجار بالبشر
ref-law_enforcement = الشرطة أو النيابة العامة (بموافقة)
ref-consular = المساعدة القنصلية
ref-education_training = التعليم والتدريب المهني

## الأسباب

screening-reason-gate-emergency = الخطر أو الحاجة الطبية العاجلة يأتيان قبل أي سؤال.
screening-reason-gate-controller = قد يكون حاضرًا من يسيطر على الشخص: تؤجَّل المقابلة.
screening-reason-gate-no-consent = لم تُعطَ الموافقة، فلم يُطرح أي سؤال تقييم.
screening-reason-tip-met = علامات عند التجنيد، وعلى الاستغلال، وعلى الإكراه أو استغلال الهشاشة في مكان الوصول، تشير كلها إلى اتجار محتمل بالبشر.
screening-reason-tip-partial = استغلال مع علامات عند التجنيد أو في مكان الوصول.
screening-reason-tip-partial-journey = شكل من أشكال الاستغلال خلال رحلة تهريب المهاجرين: الرحلة هي الفعل، والاستغلال هو الغرض.
screening-reason-exploitation-only = استغلال، لكن دون علامات على الطريقة التي جُلب بها الشخص أو احتُجز.
screening-reason-vulnerability-only = علامات عند التجنيد أو في مكان الوصول، دون استغلال.
screening-reason-no-tip-indicators = لا علامات كافية في أي بُعد.
screening-reason-child-tip-met = { $gender ->
        [female] طفلة مستغَلّة: بالنسبة للطفل لا يُشترط العنف ولا الخداع.
        [male] طفل مستغَلّ: بالنسبة للطفل لا يُشترط العنف ولا الخداع.
       *[unspecified] طفل مستغَلّ: بالنسبة للطفل لا يُشترط العنف ولا الخداع.
    }
screening-reason-child-at-risk = { $gender ->
        [female] طفلة مع علامات عند التجنيد أو في مكان الوصول.
        [male] طفل مع علامات عند التجنيد أو في مكان الوصول.
       *[unspecified] طفل مع علامات عند التجنيد أو في مكان الوصول.
    }
screening-reason-child-no-tip-indicators = { $gender ->
        [female] طفلة دون علامات اتجار بالبشر في الإجابات المقدّمة.
        [male] طفل دون علامات اتجار بالبشر في الإجابات المقدّمة.
       *[unspecified] طفل دون علامات اتجار بالبشر في الإجابات المقدّمة.
    }
screening-reason-dr-positive = { $count ->
    [zero] لا علامة على التجنيد بالخداع.
    [one] علامة واحدة على التجنيد بالخداع.
    [two] علامتان على التجنيد بالخداع.
    [few] { $count } علامات على التجنيد بالخداع.
    [many] { $count } علامة على التجنيد بالخداع.
   *[other] { $count } علامة على التجنيد بالخداع.
}
screening-reason-cr-positive = { $count ->
    [zero] لا علامة على التجنيد بالإكراه.
    [one] علامة واحدة على التجنيد بالإكراه.
    [two] علامتان على التجنيد بالإكراه.
    [few] { $count } علامات على التجنيد بالإكراه.
    [many] { $count } علامة على التجنيد بالإكراه.
   *[other] { $count } علامة على التجنيد بالإكراه.
}
screening-reason-rav-positive = { $count ->
    [zero] لا علامة على التجنيد باستغلال الهشاشة.
    [one] علامة واحدة على التجنيد باستغلال الهشاشة.
    [two] علامتان على التجنيد باستغلال الهشاشة.
    [few] { $count } علامات على التجنيد باستغلال الهشاشة.
    [many] { $count } علامة على التجنيد باستغلال الهشاشة.
   *[other] { $count } علامة على التجنيد باستغلال الهشاشة.
}
screening-reason-ex-positive = { $count ->
    [zero] لا علامة على ظروف الاستغلال.
    [one] علامة واحدة على ظروف الاستغلال.
    [two] علامتان على ظروف الاستغلال.
    [few] { $count } علامات على ظروف الاستغلال.
    [many] { $count } علامة على ظروف الاستغلال.
   *[other] { $count } علامة على ظروف الاستغلال.
}
screening-reason-cd-positive = { $count ->
    [zero] لا علامة على الإكراه في مكان الوصول.
    [one] علامة واحدة على الإكراه في مكان الوصول.
    [two] علامتان على الإكراه في مكان الوصول.
    [few] { $count } علامات على الإكراه في مكان الوصول.
    [many] { $count } علامة على الإكراه في مكان الوصول.
   *[other] { $count } علامة على الإكراه في مكان الوصول.
}
screening-reason-avd-positive = { $count ->
    [zero] لا علامة على استغلال الهشاشة في مكان الوصول.
    [one] علامة واحدة على استغلال الهشاشة في مكان الوصول.
    [two] علامتان على استغلال الهشاشة في مكان الوصول.
    [few] { $count } علامات على استغلال الهشاشة في مكان الوصول.
    [many] { $count } علامة على استغلال الهشاشة في مكان الوصول.
   *[other] { $count } علامة على استغلال الهشاشة في مكان الوصول.
}
screening-reason-child = { $gender ->
        [female] تُعامَل كطفلة (دون 18 سنة أو عمر غير واضح).
        [male] يُعامَل كطفل (دون 18 سنة أو عمر غير واضح).
       *[unspecified] يُعامَل الشخص كطفل (دون 18 سنة أو عمر غير واضح).
    }
screening-reason-exploited-form = أُبلغ عن شكل من أشكال الاستغلال الواردة في القانون.
screening-reason-smuggled = دفع الشخص مقابل العبور، أو عبر به أحدٌ حدودًا بطريقة غير نظامية.
screening-reason-smuggling-turned-exploitative = تهريب المهاجرين يُظهر علامات سيطرة: احتجاز في الطريق، أو دين للمهرّب، أو علامات اتجار بالبشر.
screening-reason-provisional-weights = يُقيَّم الاستغلال الجنسي بأوزان مؤقتة.
screening-reason-class-not-assessed = توقف التقييم قبل أي تقدير.
screening-reason-class-both = تهريب المهاجرين وعلامات على اتجار محتمل بالبشر في آن واحد: الأمران لا يتنافيان.
screening-reason-class-tip = علامات على اتجار محتمل بالبشر.
screening-reason-class-som = تهريب المهاجرين؛ لم يُعثر على علامات اتجار بالبشر.
screening-reason-class-vulnerability = بعض الاستغلال أو الهشاشة، أقل من عتبة الاتجار بالبشر.
screening-reason-class-none = لا علامات في الإجابات المقدّمة.
screening-reason-ref-emergency = خدمات الطوارئ أولًا.
screening-reason-ref-urgent-medical = حاجة طبية عاجلة.
screening-reason-ref-discreet-card = أعطِ رقم الخط الوطني لمكافحة الاتجار بالبشر بشكل خفي.
screening-reason-ref-no-consent = تُعرض مساعدة أساسية دون أي سؤال.
screening-reason-ref-tip = دعم لشخص تظهر في وضعيته مؤشرات اتجار بالبشر.
screening-reason-ref-basic = دعم أساسي بعد رحلة صعبة أو استغلال.
screening-reason-ref-labour-rights = استغلال في العمل: استشارة قانونية حول الحقوق في العمل.
screening-reason-ref-education = طفل: مدرسة أو تدريب مهني.
screening-reason-ref-journey-harm = أذى خلال الرحلة.
screening-reason-ref-asylum = خوف من العودة: معلومات حول اللجوء.
screening-reason-ref-return = رغبة في العودة إلى البلد.
screening-reason-ref-consular = رغبة في مساعدة القنصلية.
screening-reason-ref-law-enforcement = وافق الشخص على الإحالة إلى الشرطة.
screening-reason-ref-child-protection = الطفل يُحال دائمًا إلى حماية الطفولة، دون أي شرط.
screening-reason-ref-controller = قد يكون شخص مسيطر قريبًا: الخط الوطني لمكافحة الاتجار بالبشر.
screening-reason-ref-distress = ضيق نفسي حاد: دعم نفسي اجتماعي.
