//! The directory model: HSDS validation with the Sanad profile, round trips, and the
//! shipped sample directory's rules (only facts FACTS.md confirms).

use rstest::rstest;
use sanad_core::RefCategory;
use sanad_core::directory::{export_json, parse_json};

const SAMPLE: &str = include_str!("../../../assets/sample-directory.json");

#[test]
fn the_sample_directory_is_valid_and_round_trips() {
    let s = parse_json("sample-directory.json", SAMPLE).expect("sample is valid HSDS + profile");
    assert!(s.len() >= 15);
    let again = parse_json("export.json", &export_json(&s)).expect("export re-imports");
    assert_eq!(again, s);
}

#[test]
fn the_sample_holds_only_confirmed_facts_and_says_it_is_a_sample() {
    let root: serde_json::Value = serde_json::from_str(SAMPLE).expect("json");
    for lang in ["en", "fr", "ar"] {
        assert!(
            root["sanad_sample"][lang]
                .as_str()
                .is_some_and(|t| t.len() > 40),
            "sample notice in {lang}"
        );
    }
    let s = parse_json("sample-directory.json", SAMPLE).expect("valid");
    let numbers: std::collections::BTreeSet<&str> = s
        .iter()
        .flat_map(|x| x.view.phones.iter().map(|p| p.number.as_str()))
        .collect();
    assert_eq!(
        numbers,
        ["0800004747", "15", "177", "19"].into_iter().collect(),
        "FACTS §2.4 confirmed numbers only"
    );
    for x in &s {
        assert_eq!(x.raw["x_sanad_sample"], true, "{}", x.view.id);
        assert!(
            x.view.assured_date.is_none(),
            "unverified entries carry no assured_date"
        );
        assert!(
            x.raw["service_at_locations"]
                .as_array()
                .is_none_or(|a| a.iter().all(|l| l["location"]["addresses"].is_null())),
            "no addresses"
        );
        for lang in ["en", "fr", "ar"] {
            assert!(
                !x.view.name.get(lang).is_empty() && !x.view.description.get(lang).is_empty(),
                "{} in {lang}",
                x.view.id
            );
        }
        assert!(!x.view.organization.get("ar").is_empty());
    }
    for city in ["Oujda", "Berkane", "Nador", "Fès"] {
        assert!(
            s.iter().any(|x| x.view.cities.iter().any(|c| c == city)),
            "{city}"
        );
    }
    for c in [
        RefCategory::Emergency,
        RefCategory::Medical,
        RefCategory::Psychosocial,
        RefCategory::Asylum,
        RefCategory::TipHotline,
        RefCategory::Avrr,
    ] {
        assert!(s.iter().any(|x| x.view.categories.contains(&c)), "{c}");
    }
    assert!(
        !SAMPLE.contains("Médecins Sans Frontières"),
        "MSF left Morocco in 2013 (FACTS §5.3)"
    );
}

fn service(extra: &str) -> String {
    format!(r#"[{{"id":"svc-1","name":"Clinic","status":"active"{extra}}}]"#)
}

#[rstest]
#[case::status(r#","status":"open""#, "status", "not one of")]
#[case::org_description(
    r#","organization":{"id":"o","name":"Org"}"#,
    "organization.description",
    "missing"
)]
#[case::location_type(
    r#","service_at_locations":[{"id":"a","location":{"id":"l","location_type":"home"}}]"#,
    "service_at_locations[0].location.location_type",
    "not one of"
)]
#[case::address_city(r#","service_at_locations":[{"id":"a","location":{"id":"l","location_type":"physical","addresses":[{"id":"ad","address_1":"x","address_type":"physical","country":"MA"}]}}]"#, "service_at_locations[0].location.addresses[0].city", "missing")]
#[case::country(r#","service_at_locations":[{"id":"a","location":{"id":"l","location_type":"physical","addresses":[{"id":"ad","address_1":"x","city":"Oujda","address_type":"physical","country":"Morocco"}]}}]"#, "service_at_locations[0].location.addresses[0].country", "ISO 3166")]
#[case::phone_number(
    r#","phones":[{"id":"p","number":"call us"}]"#,
    "phones[0].number",
    "digits"
)]
#[case::phone_type(
    r#","phones":[{"id":"p","number":42}]"#,
    "phones[0].number",
    "expected a string"
)]
#[case::category(r#","attributes":[{"id":"x","taxonomy_term":{"id":"t","name":"n","description":"d","code":"ref.spa","taxonomy":"sanad-referral"}}]"#, "attributes[0].taxonomy_term.code", "ref.spa")]
#[case::eligibility(r#","attributes":[{"id":"x","taxonomy_term":{"id":"t","name":"n","description":"d","code":"adults","taxonomy":"sanad-eligibility"}}]"#, "attributes[0].taxonomy_term.code", "adults")]
#[case::translation_key(
    r#","translations":{"fr":{"title":"x"}}"#,
    "translations.fr.title",
    "translations carry"
)]
#[case::translation_lang(
    r#","translations":{"fr fr":{"name":"x"}}"#,
    "translations.fr fr",
    "BCP 47"
)]
#[case::schedule_time(
    r#","schedules":[{"id":"s","freq":"WEEKLY","byday":"MO","opens_at":"9h","closes_at":"17:00"}]"#,
    "schedules[0].opens_at",
    "not a time"
)]
#[case::schedule_day(
    r#","schedules":[{"id":"s","byday":"MON"}]"#,
    "schedules[0].byday",
    "not a day"
)]
#[case::assured_date(r#","assured_date":"last week""#, "assured_date", "not a date")]
#[case::latitude(r#","service_at_locations":[{"id":"a","location":{"id":"l","location_type":"physical","latitude":"34.6"}}]"#, "service_at_locations[0].location.latitude", "number")]
fn bad_records_name_the_field(#[case] extra: &str, #[case] field: &str, #[case] problem: &str) {
    let text = service(extra).replacen(r#""status":"active","status""#, r#""status""#, 1);
    let e = parse_json("bad.json", &text).expect_err("rejected");
    assert_eq!(
        (e.file.as_str(), e.record.as_str(), e.field.as_str()),
        ("bad.json", "svc-1", field),
        "{e}"
    );
    assert!(e.problem.contains(problem), "{e}");
}

#[test]
fn profile_relaxations_and_extraction() {
    let text = service(
        r#","translations":{"ar":{"name":"عيادة"}},
        "service_at_locations":[{"id":"a","location":{"id":"l","location_type":"physical","latitude":34.68,"longitude":-1.91,
          "addresses":[{"id":"ad","address_1":"Rue X","city":"Oujda","address_type":"physical","country":"MA"}]}}],
        "languages":[{"id":"la","code":"AR"}],
        "attributes":[{"id":"x","taxonomy_term":{"id":"t","name":"n","description":"d","code":"ref.medical","taxonomy":"sanad-referral"}},
                      {"id":"y","taxonomy_term":{"id":"u","name":"n","description":"d","code":"women","taxonomy":"sanad-eligibility"}},
                      {"id":"z","taxonomy_term":{"id":"v","name":"n","description":"d","code":"anything","taxonomy":"other-taxonomy"}}],
        "assured_date":"2026-10-01""#,
    );
    let s = parse_json("ok.json", &text).expect("postal_code and state_province are optional");
    let v = &s[0].view;
    assert_eq!(v.name.get("ar"), "عيادة");
    assert_eq!(v.name.get("fr-MA"), "Clinic", "falls back to the base text");
    assert_eq!(v.categories, [RefCategory::Medical]);
    assert_eq!(v.serves, ["women"]);
    assert_eq!(v.languages, ["ar"]);
    assert_eq!(v.cities, ["Oujda"]);
    assert_eq!(v.coordinates, [(34.68, -1.91)]);
    assert_eq!(v.assured_date.as_deref(), Some("2026-10-01"));
}
