//! The directory database: import all-or-nothing, exact export, and search in any language.

use rstest::rstest;
use sanad_core::RefCategory;
use sanad_core::directory::{Service, export_json, parse_json};
use sanad_store::directory::{Directory, DirectoryQuery};
use sanad_test_support::env::TempDir;

const SAMPLE: &str = include_str!("../../../assets/sample-directory.json");

fn sample() -> (TempDir, Directory, Vec<Service>) {
    let dir = TempDir::new("directory");
    let mut d = Directory::open(&dir.path().join("directory.db")).expect("open");
    let services = parse_json("sample-directory.json", SAMPLE).expect("sample");
    assert_eq!(
        d.replace_all(&services, None).expect("import"),
        services.len()
    );
    (dir, d, services)
}

fn search(d: &Directory, text: &str) -> Vec<String> {
    d.search(&DirectoryQuery {
        text: text.into(),
        limit: 5,
        ..DirectoryQuery::default()
    })
    .expect("search")
    .into_iter()
    .map(|h| h.id)
    .collect()
}

fn categories_of(services: &[Service], id: &str) -> Vec<RefCategory> {
    services
        .iter()
        .find(|s| s.view.id == id)
        .map(|s| s.view.categories.clone())
        .unwrap_or_default()
}

#[rstest]
#[case("صحة")]
#[case("sante")]
#[case("health")]
#[case("santé")]
#[case("الصحة")]
fn health_finds_medical_services_first(#[case] q: &str) {
    let (_dir, d, services) = sample();
    let hits = search(&d, q);
    assert!(!hits.is_empty(), "{q}");
    assert!(
        categories_of(&services, &hits[0]).contains(&RefCategory::Medical),
        "{q}: first hit {} is not medical",
        hits[0]
    );
}

#[rstest]
#[case::prefix_fr("hébergem", "ref.shelter")]
#[case::typo_en("sheltre", "ref.shelter")]
#[case::typo_fr("asyle", "ref.asylum")]
#[case::arabic_article("اللجوء", "ref.asylum")]
#[case::arabic_variant("لاجىء", "ref.asylum")]
#[case::conjunction("والعودة", "ref.avrr")]
#[case::english_name("voluntary return", "ref.avrr")]
#[case::trafficking_line("traite", "ref.tip_hotline")]
#[case::number("0800004747", "ref.tip_hotline")]
fn words_in_any_form_find_the_category(#[case] q: &str, #[case] category: &str) {
    let (_dir, d, services) = sample();
    let hits = search(&d, q);
    let want = RefCategory::parse(category).expect("category");
    assert!(
        hits.iter()
            .any(|h| categories_of(&services, h).contains(&want)),
        "{q}: {hits:?}"
    );
}

#[rstest]
#[case("psychosocial Berkane")]
#[case("psychosocial بركان")]
#[case("soutien psychosocial berkane")]
fn a_city_in_the_query_filters_by_city(#[case] q: &str) {
    let (_dir, d, services) = sample();
    let hits = search(&d, q);
    assert!(!hits.is_empty(), "{q}");
    for h in &hits {
        let s = services.iter().find(|s| &s.view.id == h).expect("service");
        assert!(
            s.view.cities.iter().any(|c| c == "Berkane"),
            "{q}: {h} is not in Berkane"
        );
    }
}

#[test]
fn empty_query_with_filters_lists_by_filter() {
    let (_dir, d, services) = sample();
    let q = DirectoryQuery {
        category: Some(RefCategory::Emergency),
        limit: 50,
        ..DirectoryQuery::default()
    };
    let hits = d.search(&q).expect("search");
    let expected = services
        .iter()
        .filter(|s| s.view.categories.contains(&RefCategory::Emergency))
        .count();
    assert_eq!(hits.len(), expected);
    let q = DirectoryQuery {
        city: Some("NADOR".into()),
        limit: 50,
        ..DirectoryQuery::default()
    };
    assert_eq!(d.search(&q).expect("search").len(), 1);
    let q = DirectoryQuery {
        text: "asile".into(),
        serves: Some("women".into()),
        ..DirectoryQuery::default()
    };
    assert!(d.search(&q).expect("search").is_empty());
}

#[test]
fn scores_are_relative_and_best_first() {
    let (_dir, d, _) = sample();
    let hits = d
        .search(&DirectoryQuery {
            text: "psychosocial".into(),
            ..DirectoryQuery::default()
        })
        .expect("search");
    assert!(hits.len() > 2);
    assert_eq!(hits[0].score, 1.0);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn export_gives_back_the_import_and_a_failed_import_changes_nothing() {
    let (_dir, mut d, services) = sample();
    let exported = d.services().expect("services");
    assert_eq!(exported, services);
    assert_eq!(
        parse_json("x", &export_json(&exported)).expect("re-import"),
        services
    );
    // Replacing with a new set is atomic: the search sees one set or the other.
    d.replace_all(&services[..3], Some(7)).expect("replace");
    assert_eq!(d.len().expect("len"), 3);
    assert_eq!(d.version().expect("version"), Some(7));
    assert!(search(&d, "psychosocial").is_empty() || d.len().expect("len") == 3);
}

#[rstest]
#[case("صحة", RefCategory::Medical)]
#[case("sante", RefCategory::Medical)]
#[case("health", RefCategory::Medical)]
#[case("asile", RefCategory::Asylum)]
#[case("مأوى", RefCategory::Shelter)]
fn a_word_naming_a_category_brings_all_its_services_first(#[case] q: &str, #[case] c: RefCategory) {
    let (_dir, d, services) = sample();
    let hits = d
        .search(&DirectoryQuery {
            text: q.into(),
            limit: 50,
            ..DirectoryQuery::default()
        })
        .expect("search");
    let flags: Vec<bool> = hits
        .iter()
        .map(|h| categories_of(&services, &h.id).contains(&c))
        .collect();
    assert!(flags.first() == Some(&true), "{q}: {flags:?}");
    assert!(
        flags.windows(2).all(|w| w[0] || !w[1]),
        "{q}: every {c} service before the others: {flags:?}"
    );
    assert!(
        hits.windows(2).all(|w| w[0].score >= w[1].score),
        "scores stay monotone"
    );
}

#[test]
fn a_position_ranks_nearer_services_first() {
    let dir = TempDir::new("directory-near");
    let mut d = Directory::open(&dir.path().join("d.db")).expect("open");
    let at = |id: &str, city: &str, lat: f64, lon: f64| {
        format!(
            r#"{{"id":"{id}","name":"Clinic {city}","status":"active","service_at_locations":[{{"id":"sal-{id}","location":{{"id":"loc-{id}","location_type":"physical","name":"{city}","latitude":{lat},"longitude":{lon}}}}}]}}"#
        )
    };
    let text = format!(
        "[{},{},{},{}]",
        at("fes", "Fes", 34.03, -5.00),
        at("oujda", "Oujda", 34.68, -1.91),
        at("nador", "Nador", 35.17, -2.93),
        r#"{"id":"nowhere","name":"Clinic hotline","status":"active"}"#
    );
    d.replace_all(&parse_json("near.json", &text).expect("valid"), None)
        .expect("import");
    let near = |lat: f64, lon: f64| -> Vec<String> {
        d.search(&DirectoryQuery {
            text: "clinic".into(),
            near: Some((lat, lon)),
            ..DirectoryQuery::default()
        })
        .expect("search")
        .into_iter()
        .map(|h| h.id)
        .collect()
    };
    assert_eq!(
        near(35.16, -2.92),
        ["nador", "oujda", "fes", "nowhere"],
        "from Nador"
    );
    assert_eq!(
        near(34.05, -4.98),
        ["fes", "nador", "oujda", "nowhere"],
        "from Fes (Nador ~225 km, Oujda ~290 km)"
    );
}

#[test]
fn sample_entries_are_counted_and_services_read_back_by_id() {
    let (dir, d, services) = sample();
    assert_eq!(
        d.sample_count(),
        services.len(),
        "every sample entry is flagged"
    );
    let first = &services[0];
    assert_eq!(
        d.service(&first.view.id).expect("read"),
        Some(first.clone())
    );
    assert_eq!(d.service("no-such-service").expect("read"), None);
    drop(d);
    let d = Directory::open(&dir.path().join("directory.db")).expect("reopen");
    assert_eq!(
        d.sample_count(),
        services.len(),
        "the flag survives a reopen"
    );
    // The organisation's own data (no sample flag) replaces it.
    let mut d = d;
    let own: Vec<Service> = services
        .iter()
        .map(|s| {
            let mut raw = s.raw.clone();
            raw.as_object_mut()
                .expect("object")
                .remove("x_sanad_sample");
            raw
        })
        .map(|raw| {
            parse_json("own.json", &serde_json::Value::Array(vec![raw]).to_string())
                .expect("valid")
                .remove(0)
        })
        .collect();
    d.replace_all(&own, Some(2)).expect("import own");
    assert_eq!(d.sample_count(), 0);
}
