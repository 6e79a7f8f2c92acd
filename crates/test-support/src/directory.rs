//! Directory test data: the labelled query set (over the sample directory) and a generator
//! of large trilingual directories for benchmarks.

/// A labelled query: words, optional filters, and the services (by the start of their
/// French name in the sample directory) that should come back.
pub struct Labelled {
    /// Words.
    pub q: &'static str,
    /// `ref.*` category filter.
    pub category: Option<&'static str>,
    /// City filter.
    pub city: Option<&'static str>,
    /// Who-is-served filter.
    pub serves: Option<&'static str>,
    /// Language-spoken filter.
    pub language: Option<&'static str>,
    /// Relevant services.
    pub relevant: &'static [&'static str],
}

const POLICE: &str = "Police –";
const GEND: &str = "Gendarmerie royale –";
const CIVIL: &str = "Protection civile –";
const TIP: &str = "Ligne nationale de signalement";
const ENTRAIDE: &str = "Travailleurs sociaux de l'Entraide";
const AVRR: &str = "OIM – retour volontaire";
const IOM_AID: &str = "OIM – aide directe";
const LISTEN: &str = "Cellules d'écoute";
const HCR: &str = "HCR –";
const OMDH: &str = "OMDH –";
const CRM: &str = "Croissant-Rouge";
const MDM: &str = "Médecins du Monde";
const MS2: &str = "MS2 –";
const FOO: &str = "Fondation Orient-Occident";
const AMO: &str = "Accueil Migrants Oujda";
const WAFAE: &str = "Association Al Wafae";

const MEDICAL: &[&str] = &[MDM, FOO, AMO];
const SHELTER: &[&str] = &[MDM, AMO];
const ASYLUM: &[&str] = &[HCR, OMDH];
const PSY: &[&str] = &[LISTEN, MS2, MDM, FOO];
const FOOD: &[&str] = &[IOM_AID, WAFAE, MDM];
const TRAINING: &[&str] = &[CRM, AMO, WAFAE];
const EMERGENCY: &[&str] = &[POLICE, GEND, CIVIL];

const fn c(q: &'static str, relevant: &'static [&'static str]) -> Labelled {
    Labelled {
        q,
        category: None,
        city: None,
        serves: None,
        language: None,
        relevant,
    }
}

/// The labelled set (75 queries over `assets/sample-directory.json`).
pub const LABELLED: &[Labelled] = &[
    // English
    c("health", MEDICAL),
    c("doctor", MEDICAL),
    c("shelter", SHELTER),
    c("shelter oujda", SHELTER),
    c("asylum", ASYLUM),
    c("refugee", ASYLUM),
    c("legal aid", &[OMDH]),
    c("lawyer", &[OMDH]),
    c("voluntary return", &[AVRR]),
    c("return home", &[AVRR]),
    c("trafficking", &[TIP]),
    c("police", &[POLICE]),
    c("ambulance", &[CIVIL]),
    c("psychological support", PSY),
    c("listening", &[LISTEN]),
    c("food", FOOD),
    c("children", &[AMO]),
    c("training", TRAINING),
    c("first aid", &[CRM]),
    c("emergency", EMERGENCY),
    c("psychosocial berkane", &[LISTEN]),
    c("asylum nador", &[OMDH]),
    c("mobile clinic", &[MS2]),
    c("social workers fes", &[ENTRAIDE]),
    c("rescue", &[CIVIL]),
    // French
    c("santé", MEDICAL),
    c("sante", MEDICAL),
    c("médecin", MEDICAL),
    c("hébergement", SHELTER),
    c("hebergement", SHELTER),
    c("asile", ASYLUM),
    c("réfugiés", ASYLUM),
    c("aide juridique", &[OMDH]),
    c("retour volontaire", &[AVRR]),
    c("traite", &[TIP]),
    c("gendarmerie", &[GEND]),
    c("secours", EMERGENCY),
    c("soutien psychosocial", PSY),
    c("écoute", &[LISTEN]),
    c("mineurs", &[AMO]),
    c("formation", TRAINING),
    c("premiers secours", &[CRM]),
    c("nourriture", FOOD),
    c("hopital", &[AMO]),
    c("travailleurs sociaux", &[ENTRAIDE]),
    c("asyle", ASYLUM),
    c("psychosocial Oujda", PSY),
    c("psycho", PSY),
    c("hébergem", SHELTER),
    c("l'asile", ASYLUM),
    // Arabic
    c("صحة", MEDICAL),
    c("الصحة", MEDICAL),
    c("طبيب", MEDICAL),
    c("مأوى", SHELTER),
    c("إيواء", SHELTER),
    c("لجوء", ASYLUM),
    c("اللجوء", ASYLUM),
    c("لاجئين", ASYLUM),
    c("العودة الطوعية", &[AVRR]),
    c("والعودة", &[AVRR]),
    c("الاتجار", &[TIP]),
    c("شرطة", &[POLICE]),
    c("إسعاف", &[CIVIL]),
    c("دعم نفسي", PSY),
    c("أطفال", &[AMO]),
    c("تكوين", TRAINING),
    c("وجدة مأوى", SHELTER),
    c("اسعاف", &[CIVIL]),
    c("الناظور لجوء", &[OMDH]),
    c("مساعدة قانونية", &[OMDH]),
    // Filters
    Labelled {
        q: "",
        category: Some("ref.asylum"),
        city: None,
        serves: None,
        language: None,
        relevant: ASYLUM,
    },
    Labelled {
        q: "",
        category: None,
        city: Some("فاس"),
        serves: None,
        language: None,
        relevant: &[ENTRAIDE],
    },
    Labelled {
        q: "santé",
        category: None,
        city: None,
        serves: Some("women"),
        language: None,
        relevant: &[FOO],
    },
    Labelled {
        q: "",
        category: Some("ref.avrr"),
        city: None,
        serves: None,
        language: Some("en"),
        relevant: &[AVRR],
    },
    Labelled {
        q: "asylum",
        category: None,
        city: Some("Rabat"),
        serves: None,
        language: None,
        relevant: &[HCR],
    },
];

/// recall@5 of one query: relevant found in the top 5, over min(relevant, 5).
pub fn recall_at_5(top: &[String], relevant: &[String]) -> f64 {
    let top5 = &top[..top.len().min(5)];
    let found = relevant.iter().filter(|r| top5.contains(r)).count();
    found as f64 / relevant.len().clamp(1, 5) as f64
}

/// What a generated service is about (category code, and words in en / fr / ar).
const TOPICS: &[(&str, &str, &str, &str)] = &[
    (
        "ref.medical",
        "health clinic",
        "centre de santé",
        "مركز صحي",
    ),
    (
        "ref.psychosocial",
        "psychosocial support",
        "soutien psychosocial",
        "دعم نفسي اجتماعي",
    ),
    (
        "ref.shelter",
        "emergency shelter",
        "hébergement d'urgence",
        "إيواء استعجالي",
    ),
    (
        "ref.legal_aid",
        "legal aid",
        "aide juridique",
        "مساعدة قانونية",
    ),
    (
        "ref.asylum",
        "asylum information",
        "information sur l'asile",
        "معلومات حول اللجوء",
    ),
    (
        "ref.child_protection",
        "child protection",
        "protection de l'enfance",
        "حماية الطفولة",
    ),
    (
        "ref.basic_needs",
        "food distribution",
        "distribution alimentaire",
        "توزيع المواد الغذائية",
    ),
    (
        "ref.education_training",
        "vocational training",
        "formation professionnelle",
        "تكوين مهني",
    ),
    (
        "ref.avrr",
        "voluntary return",
        "retour volontaire",
        "العودة الطوعية",
    ),
];

const CITIES: &[(&str, &str, &str, f64, f64)] = &[
    ("Oujda", "Oujda", "وجدة", 34.68, -1.91),
    ("Berkane", "Berkane", "بركان", 34.92, -2.32),
    ("Nador", "Nador", "الناظور", 35.17, -2.93),
    ("Fes", "Fès", "فاس", 34.03, -5.00),
    ("Rabat", "Rabat", "الرباط", 34.02, -6.83),
];

fn xorshift(s: &mut u64) -> u64 {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *s
}

/// `n` invented trilingual services (HSDS JSON with the Sanad profile), deterministic.
pub fn generate_directory(n: usize, seed: u64) -> String {
    let mut s = seed.max(1);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (code, en, fr, ar) = TOPICS[(xorshift(&mut s) % TOPICS.len() as u64) as usize];
        let (cen, cfr, car, lat, lon) = CITIES[(xorshift(&mut s) % CITIES.len() as u64) as usize];
        let jitter = (xorshift(&mut s) % 1000) as f64 / 10_000.0;
        out.push(serde_json::json!({
            "id": format!("gen-{i:05}"),
            "name": format!("{fr} {cfr} n° {i}"),
            "status": "active",
            "description": format!("Service d'exemple {i} : {fr} à {cfr}, pour les personnes migrantes."),
            "translations": {
                "en": {"name": format!("{en} {cen} no. {i}"), "description": format!("Example service {i}: {en} in {cen}, for migrants.")},
                "ar": {"name": format!("{ar} {car} رقم {i}"), "description": format!("خدمة نموذجية {i}: {ar} في {car} لفائدة المهاجرين.")}
            },
            "organization": {"id": format!("org-{}", i % 400), "name": format!("Association {}", i % 400), "description": "Organisation d'exemple."},
            "service_at_locations": [{"id": format!("sal-{i}"), "location": {"id": format!("loc-{i}"), "location_type": "physical", "name": cfr,
                "latitude": lat + jitter, "longitude": lon - jitter, "translations": {"en": {"name": cen}, "ar": {"name": car}}}}],
            "languages": [{"id": format!("la-{i}"), "code": if i % 3 == 0 { "en" } else { "fr" }}],
            "attributes": [{"id": format!("at-{i}"), "taxonomy_term": {"id": format!("t-{code}"), "name": code, "description": code, "code": code, "taxonomy": "sanad-referral"}}]
        }));
    }
    serde_json::Value::Array(out).to_string()
}

/// `n` mixed queries for the benchmark (three languages, accents dropped, typos, prefixes,
/// city names), deterministic.
pub fn generate_queries(n: usize, seed: u64) -> Vec<String> {
    let words: Vec<&str> = TOPICS
        .iter()
        .flat_map(|(_, en, fr, ar)| [*en, *fr, *ar])
        .chain(LABELLED.iter().map(|l| l.q).filter(|q| !q.is_empty()))
        .collect();
    let cities: Vec<&str> = CITIES
        .iter()
        .flat_map(|(a, b, c, _, _)| [*a, *b, *c])
        .collect();
    let mut s = seed.max(1);
    (0..n)
        .map(|_| {
            let mut q = words[(xorshift(&mut s) % words.len() as u64) as usize].to_owned();
            match xorshift(&mut s) % 5 {
                0 => {
                    q = format!(
                        "{q} {}",
                        cities[(xorshift(&mut s) % cities.len() as u64) as usize]
                    )
                }
                1 if q.chars().count() > 6 => q = q.chars().take(q.chars().count() - 2).collect(), // typing: a prefix
                2 if q.chars().count() > 6 => {
                    let mut cs: Vec<char> = q.chars().collect();
                    let k = (xorshift(&mut s) % (cs.len() as u64 - 2)) as usize + 1;
                    cs.swap(k, k + 1); // a typo
                    q = cs.into_iter().collect();
                }
                3 => q = q.replace(['é', 'è'], "e"),
                _ => {}
            }
            q
        })
        .collect()
}
