//! The directory screens, clicked through in-process: the sample is loaded on first run and
//! labelled as a sample; search as you type in any language; filters; a service's page
//! with tap-to-call.

mod util;

use util::Ui;

/// The services listed, in order, as the ids of their links.
fn listed(html: &str) -> Vec<String> {
    html.split("id=\"service-")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|id| !id.is_empty() && *id != "back" && *id != "name")
        .map(str::to_owned)
        .collect()
}

/// The text of the `li` holding the n-th result.
fn item(html: &str, n: usize) -> String {
    html.split("<li class=\"hit service\"")
        .nth(n + 1)
        .map(|s| s.split("</li>").next().unwrap_or("").to_owned())
        .unwrap_or_default()
}

#[test]
fn the_sample_directory_is_loaded_and_labelled_as_a_sample() {
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    let html = ui.html();
    assert!(html.contains("id=\"directory-sample\""), "{html}");
    assert!(html.contains("ANNUAIRE D&#39;EXEMPLE") || html.contains("ANNUAIRE D'EXEMPLE"));
    assert_eq!(listed(&html).len(), 17, "the whole sample is listed");
    assert!(html.contains("Fiche d&#39;exemple") || html.contains("Fiche d'exemple"));
    assert!(html.contains("Non vérifié"), "unverified entries say so");
    assert!(
        ui.data.path().join("directory.db").exists(),
        "kept in the app's data directory"
    );
    // In Arabic, the notice follows the interface language.
    ui.click("ui-lang-ar");
    assert!(ui.html().contains("دليل على سبيل المثال"));
}

#[test]
fn search_as_you_type_in_three_languages_puts_medical_services_first() {
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    for q in ["santé", "sante", "health", "صحة", "الصحة"] {
        ui.input("directory-query", q);
        let html = ui.html();
        assert!(!listed(&html).is_empty(), "{q}: no result");
        assert!(
            item(&html, 0).contains("Soins médicaux"),
            "{q}: first result is not medical: {}",
            item(&html, 0)
        );
    }
    ui.input("directory-query", "zzzzqqqq");
    assert!(ui.html().contains("Aucun service ne correspond"));
}

#[test]
fn filters_narrow_the_list_and_a_service_page_offers_the_call() {
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    let all = listed(&ui.html()).len();
    ui.change("directory-category", "ref.tip_hotline");
    let html = ui.html();
    let hot = listed(&html);
    assert!(!hot.is_empty() && hot.len() < all, "{} of {all}", hot.len());
    for n in 0..hot.len() {
        assert!(
            item(&html, n).contains("<span class=\"tag\">Ligne nationale contre la traite</span>"),
            "{}",
            item(&html, n)
        );
    }
    ui.change("directory-category", "");
    ui.change("directory-city", "berkane");
    let berkane = listed(&ui.html());
    assert!(!berkane.is_empty() && berkane.len() < all);
    ui.change("directory-city", "");
    ui.input("directory-query", "0800004747");
    let first = listed(&ui.html())
        .first()
        .cloned()
        .expect("the line is found by its number");
    ui.click(&format!("service-{first}"));
    let html = ui.html();
    assert!(html.contains("id=\"service-name\""), "{html}");
    assert!(html.contains("href=\"tel:0800004747\""), "tap-to-call");
    assert!(
        html.contains("id=\"directory-sample\""),
        "a sample entry says so"
    );
    ui.click("service-back");
    assert!(ui.html().contains("id=\"directory-query\""));
}

#[test]
fn language_and_who_is_served_filters_keep_exactly_the_matching_services() {
    let sample = sanad_core::directory::parse_json("sample", sanad::runtime::SAMPLE_DIRECTORY)
        .expect("sample");
    let expect = |keep: &dyn Fn(&sanad_core::directory::ServiceView) -> bool| {
        let mut ids: Vec<String> = sample
            .iter()
            .filter(|s| keep(&s.view))
            .map(|s| s.view.id.clone())
            .collect();
        ids.sort();
        ids
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    ui.change("directory-serves", "tip_victims");
    let victims = expect(&|v| v.serves.iter().any(|s| s == "tip_victims"));
    assert!(!victims.is_empty() && victims.len() < sample.len());
    assert_eq!(sorted(listed(&ui.html())), victims);
    ui.change("directory-serves", "");
    ui.change("directory-language", "en");
    let english = expect(&|v| v.languages.iter().any(|l| l == "en"));
    assert!(
        !english.is_empty() && english.len() < sample.len(),
        "{}",
        english.len()
    );
    assert_eq!(sorted(listed(&ui.html())), english);
    // Both at once: the intersection.
    ui.change("directory-serves", "tip_victims");
    let both = expect(&|v| {
        v.languages.iter().any(|l| l == "en") && v.serves.iter().any(|s| s == "tip_victims")
    });
    assert_eq!(sorted(listed(&ui.html())), both);
    assert!(
        ui.html().contains("Victimes possibles de la traite"),
        "labels in the interface language"
    );
}

#[test]
fn a_city_filter_keeps_the_national_numbers_and_suggests_the_nearest_city() {
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    ui.change("directory-city", "figuig");
    let html = ui.html();
    assert!(
        listed(&html).iter().any(|id| id.starts_with("071415ae")),
        "the national police number stays under a city filter: {:?}",
        listed(&html)
    );
    ui.change("directory-category", "ref.medical");
    assert!(ui.has("directory-nearest"), "{}", ui.html());
    ui.click("directory-try-nearest");
    let html = ui.html();
    assert!(
        !listed(&html).is_empty() && !ui.has("directory-nearest"),
        "{html}"
    );
}

#[test]
fn coming_back_from_a_service_keeps_the_search() {
    let mut ui = Ui::unlocked();
    ui.click("open-directory");
    ui.input("directory-query", "santé");
    let before = listed(&ui.html());
    ui.click(&format!("service-{}", before[0]));
    ui.wait_for("service-name");
    ui.click("service-back");
    let html = ui.html();
    assert_eq!(listed(&html), before, "the same results");
    assert!(html.contains("value=\"santé\""), "the words typed stay");
    // Copying a number says so, next to the button.
    ui.input("directory-query", "police");
    let first = listed(&ui.html())[0].clone();
    ui.click(&format!("service-{first}"));
    ui.wait_for("service-name");
    let html = ui.html();
    let copy = html
        .split("id=\"copy-")
        .nth(1)
        .and_then(|x| x.split('"').next())
        .expect("a copy button")
        .to_owned();
    ui.click(&format!("copy-{copy}"));
    assert!(ui.has("copied") && ui.html().contains("Numéro copié."));
}
