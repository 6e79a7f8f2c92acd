//! The labelled query set: queries a worker would type, in Arabic, French and English (with
//! and without accents, Arabic letter variants, the article, typos, prefixes, city names and
//! filters), each with the services that should come back. Mean recall@5 must stay ≥ 0.95.

use sanad_core::RefCategory;
use sanad_core::directory::parse_json;
use sanad_store::directory::{Directory, DirectoryQuery};
use sanad_test_support::env::TempDir;

const SAMPLE: &str = include_str!("../../../assets/sample-directory.json");

// Services of the sample, by the start of their French name.
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

struct Case {
    q: &'static str,
    filter: fn(&mut DirectoryQuery),
    relevant: &'static [&'static str],
}

const fn c(q: &'static str, relevant: &'static [&'static str]) -> Case {
    Case {
        q,
        filter: |_| {},
        relevant,
    }
}

fn cases() -> Vec<Case> {
    vec![
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
        Case {
            q: "",
            filter: |q| q.category = Some(RefCategory::Asylum),
            relevant: ASYLUM,
        },
        Case {
            q: "",
            filter: |q| q.city = Some("فاس".into()),
            relevant: &[ENTRAIDE],
        },
        Case {
            q: "santé",
            filter: |q| q.serves = Some("women".into()),
            relevant: &[FOO],
        },
        Case {
            q: "",
            filter: |q| {
                q.language = Some("en".into());
                q.category = Some(RefCategory::Avrr)
            },
            relevant: &[AVRR],
        },
        Case {
            q: "asylum",
            filter: |q| q.city = Some("Rabat".into()),
            relevant: &[HCR],
        },
    ]
}

#[test]
fn labelled_queries_reach_recall_at_5_of_at_least_0_95() {
    let dir = TempDir::new("recall");
    let mut d = Directory::open(&dir.path().join("d.db")).expect("open");
    let services = parse_json("sample", SAMPLE).expect("sample");
    d.replace_all(&services, None).expect("import");
    let id_of = |prefix: &str| -> String {
        let found: Vec<&str> = services
            .iter()
            .filter(|s| s.view.name.base.starts_with(prefix))
            .map(|s| s.view.id.as_str())
            .collect();
        assert_eq!(found.len(), 1, "label {prefix} names one service");
        found[0].to_owned()
    };
    let cases = cases();
    assert!(cases.len() >= 60);
    let mut total = 0.0;
    let mut misses = Vec::new();
    for case in &cases {
        let mut q = DirectoryQuery {
            text: case.q.into(),
            limit: 5,
            ..DirectoryQuery::default()
        };
        (case.filter)(&mut q);
        let top: Vec<String> = d
            .search(&q)
            .expect("search")
            .into_iter()
            .map(|h| h.id)
            .collect();
        let rel: Vec<String> = case.relevant.iter().map(|p| id_of(p)).collect();
        let found = rel.iter().filter(|r| top.contains(r)).count();
        let recall = found as f64 / rel.len().min(5) as f64;
        if recall < 1.0 {
            misses.push(format!("{:?}: {found}/{}", case.q, rel.len()));
        }
        total += recall;
    }
    let mean = total / cases.len() as f64;
    eprintln!(
        "recall@5 over {} labelled queries: {mean:.3}; misses: {misses:?}",
        cases.len()
    );
    assert!(
        mean >= 0.95,
        "recall@5 {mean:.3} < 0.95; misses: {misses:?}"
    );
}
