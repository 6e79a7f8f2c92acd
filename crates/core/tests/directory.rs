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

mod datapackage {
    use sanad_core::directory::{export_datapackage, parse_datapackage, parse_json};
    use std::collections::BTreeMap;

    fn files(services: &[sanad_core::directory::Service]) -> BTreeMap<String, String> {
        export_datapackage(services).into_iter().collect()
    }

    #[test]
    fn the_sample_round_trips_through_the_data_package() {
        let s = parse_json("sample", super::SAMPLE).expect("sample");
        let f = files(&s);
        assert!(
            f.contains_key("datapackage.json")
                && f.contains_key("service.csv")
                && f.contains_key("taxonomy_term.csv")
        );
        let dp: serde_json::Value = serde_json::from_str(&f["datapackage.json"]).expect("json");
        assert_eq!(dp["resources"].as_array().expect("resources").len(), 10);
        assert_eq!(
            parse_datapackage(&f).expect("import"),
            s,
            "identical records"
        );
    }

    #[test]
    fn awkward_records_round_trip_exactly() {
        let text = r#"[{"id":"s1","name":"A, \"quoted\"\nname","status":"active","email":null,"description":"","x_local":{"k":[1,true]},
            "minimum_age":12,"phones":[],"organization_id":"o1",
            "organization":{"id":"o1","name":"Org","description":"d","translations":{"ar":{"name":"منظمة"}}},
            "service_at_locations":[{"id":"sal1","location":{"id":"l1","location_type":"physical","latitude":34.68,"longitude":-1.9,
               "addresses":[{"id":"a1","address_1":"1 rue X","city":"Oujda","address_type":"physical","country":"MA","postal_code":null}],
               "phones":[{"id":"p2","number":"15","service_id":"s1"}]}}],
            "schedules":[{"id":"sc1","freq":"WEEKLY","byday":"MO,TU","opens_at":"09:00","closes_at":"17:00","interval":1}],
            "attributes":[{"id":"at1","taxonomy_term":{"id":"t1","name":"n","description":"d","code":"ref.medical","taxonomy":"sanad-referral"}}]},
           {"id":"s2","name":"B","status":"inactive","organization":{"id":"o1","name":"Org","description":"d","translations":{"ar":{"name":"منظمة"}}}}]"#;
        let s = parse_json("awkward", text).expect("valid");
        let back = parse_datapackage(&files(&s)).expect("import");
        assert_eq!(back, s);
    }

    #[test]
    fn generated_directories_round_trip() {
        let s = parse_json(
            "generated",
            &sanad_test_support::directory::generate_directory(200, 7),
        )
        .expect("valid");
        assert_eq!(parse_datapackage(&files(&s)).expect("import"), s);
    }

    fn broken(
        edit: impl FnOnce(&mut BTreeMap<String, String>),
    ) -> sanad_core::directory::DirectoryError {
        let s = parse_json("sample", super::SAMPLE).expect("sample");
        let mut f = files(&s);
        edit(&mut f);
        parse_datapackage(&f).expect_err("rejected")
    }

    #[test]
    fn bad_packages_name_file_record_and_field() {
        let e = broken(|f| {
            f.remove("service.csv");
        });
        assert_eq!(e.file, "service.csv");
        let e = broken(|f| {
            let loc = f["location.csv"].clone();
            let first_id = loc
                .lines()
                .nth(1)
                .expect("row")
                .split(',')
                .next()
                .expect("id")
                .to_owned();
            f.insert("location.csv".into(), loc.replace(&first_id, "gone"));
        });
        assert_eq!(
            (e.file.as_str(), e.field.as_str()),
            ("service_at_location.csv", "location_id"),
            "{e}"
        );
        assert!(e.problem.contains("no location"));
        let e = broken(|f| {
            let t = f["taxonomy_term.csv"].clone();
            let mut lines: Vec<&str> = t.lines().collect();
            lines.truncate(2);
            f.insert("taxonomy_term.csv".into(), lines.join("\r\n"));
        });
        assert_eq!(
            (e.file.as_str(), e.field.as_str()),
            ("attribute.csv", "taxonomy_term_id"),
            "{e}"
        );
        let e = broken(|f| {
            let s = f["service.csv"].clone();
            f.insert("service.csv".into(), s.replacen("active", "open", 1));
        });
        assert!(e.field == "status" && e.problem.contains("open"), "{e}");
        let e = broken(|f| {
            f.insert(
                "address.csv".into(),
                "id,location_id,latitude\r\nx,y\r\n".into(),
            );
        });
        assert_eq!(
            (e.file.as_str(), e.record.as_str()),
            ("address.csv", "x"),
            "{e}"
        );
        let e = broken(|f| {
            f.insert(
                "location.csv".into(),
                "id,location_type,latitude\r\nl9,physical,north\r\n".into(),
            );
        });
        assert_eq!(
            (e.file.as_str(), e.record.as_str(), e.field.as_str()),
            ("location.csv", "l9", "latitude"),
            "{e}"
        );
        let e = broken(|f| {
            f.insert(
                "phone.csv".into(),
                "id,number,x_extra\r\np1,19,{not json\r\n".into(),
            );
        });
        assert_eq!(
            (e.file.as_str(), e.field.as_str()),
            ("phone.csv", "x_extra"),
            "{e}"
        );
    }

    #[test]
    fn plain_hsds_packages_without_extras_import() {
        let mut f = BTreeMap::new();
        f.insert(
            "service.csv".into(),
            "id,name,status,organization_id\r\ns1,Clinique,active,o1\r\n".into(),
        );
        f.insert(
            "organization.csv".into(),
            "id,name,description\r\no1,Org,Une organisation\r\n".into(),
        );
        f.insert(
            "phone.csv".into(),
            "id,service_id,number\r\np1,s1,0800004747\r\n".into(),
        );
        let s = parse_datapackage(&f).expect("import");
        assert_eq!(s[0].view.organization.base, "Org");
        assert_eq!(s[0].view.phones[0].number, "0800004747");
    }
}
