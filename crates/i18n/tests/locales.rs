//! Locale completeness: every language has exactly the same message ids, every id the
//! engine can emit exists, every input code has its question, label and help, and Arabic
//! plurals go through Fluent's CLDR rules.

use fluent_bundle::FluentValue;
use rstest::rstest;
use sanad_core::{Classification, Dimension, Outcome, RefCategory, RuleSet, input_codes};
use sanad_i18n::{FILES, Lang, Localizer, code_message_id};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn l10n() -> Localizer {
    Localizer::new().expect("all locale files parse")
}

#[test]
fn every_locale_has_exactly_the_same_ids() {
    let l = l10n();
    let en = l.ids(Lang::En);
    assert!(
        en.len() > 300,
        "expected the full catalogue, found {} ids",
        en.len()
    );
    for lang in [Lang::Fr, Lang::Ar] {
        let other = l.ids(lang);
        let missing: Vec<_> = en.difference(other).collect();
        let extra: Vec<_> = other.difference(en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn same_file_names_in_every_language() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
    for lang in Lang::ALL {
        let mut names: Vec<String> = std::fs::read_dir(format!("{root}/{}", lang.code()))
            .expect("locale folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut expected: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
        expected.sort();
        assert_eq!(names, expected, "{lang:?}");
    }
}

#[test]
fn every_id_the_engine_can_emit_exists_everywhere() {
    let l = l10n();
    let rules = RuleSet::embedded().expect("rules");
    let mut needed: Vec<String> = rules.message_ids().into_iter().map(str::to_owned).collect();
    needed.extend(Outcome::ALL.iter().map(|o| format!("outcome-{o}")));
    needed.extend(
        Classification::ALL
            .iter()
            .map(|c| format!("classification-{c}")),
    );
    needed.extend(RefCategory::ALL.iter().map(|r| code_message_id(r.as_str())));
    needed.extend(Dimension::ALL.iter().map(|d| format!("dim-{d}")));
    needed.extend(
        rules
            .flag_names()
            .map(|f| format!("result-flag-{f}"))
            .filter(|f| f != "result-flag-provisional_weights"),
    );
    needed.extend(
        [
            "answer-yes",
            "answer-no",
            "answer-unknown",
            "answer-declined",
        ]
        .map(String::from),
    );
    for lang in Lang::ALL {
        let missing: Vec<_> = needed.iter().filter(|id| !l.has(lang, id)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}

#[test]
fn every_input_code_has_question_label_and_help() {
    let l = l10n();
    for lang in Lang::ALL {
        for code in input_codes() {
            let t = l
                .code_texts(lang, code)
                .unwrap_or_else(|| panic!("{lang:?}: no texts for {code}"));
            for (what, text) in [
                ("question", &t.question),
                ("label", &t.label),
                ("help", &t.help),
            ] {
                assert!(
                    text.trim().chars().count() >= 3,
                    "{lang:?} {code} {what}: {text:?}"
                );
                assert!(
                    !text.contains(&code_message_id(code)),
                    "{lang:?} {code} {what} renders its id"
                );
            }
        }
    }
}

#[test]
fn arabic_texts_are_arabic() {
    let l = l10n();
    for code in input_codes() {
        let q = l.code_texts(Lang::Ar, code).expect("texts").question;
        let arabic = q
            .chars()
            .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
            .count();
        assert!(
            arabic * 2 > q.chars().filter(|c| c.is_alphabetic()).count(),
            "{code}: {q}"
        );
    }
}

#[rstest]
#[case(0, "لا علامة على ظروف الاستغلال.")]
#[case(1, "علامة واحدة على ظروف الاستغلال.")]
#[case(2, "علامتان على ظروف الاستغلال.")]
#[case(3, "\u{2068}3\u{2069} علامات على ظروف الاستغلال.")]
#[case(10, "\u{2068}10\u{2069} علامات على ظروف الاستغلال.")]
#[case(11, "\u{2068}11\u{2069} علامة على ظروف الاستغلال.")]
#[case(100, "\u{2068}100\u{2069} علامة على ظروف الاستغلال.")]
fn arabic_plurals_follow_cldr(#[case] n: i64, #[case] expected: &str) {
    let got = l10n().format(
        Lang::Ar,
        "screening-reason-ex-positive",
        &[("count", FluentValue::from(n))],
    );
    assert_eq!(got, expected);
}

#[rstest]
#[case(Lang::En, 1, "One sign of exploitative conditions.")]
#[case(Lang::En, 4, "\u{2068}4\u{2069} signs of exploitative conditions.")]
#[case(Lang::Fr, 1, "Un signe de conditions d'exploitation.")]
#[case(Lang::Fr, 2, "\u{2068}2\u{2069} signes de conditions d'exploitation.")]
fn latin_plurals(#[case] lang: Lang, #[case] n: i64, #[case] expected: &str) {
    assert_eq!(
        l10n().format(
            lang,
            "screening-reason-ex-positive",
            &[("count", FluentValue::from(n))]
        ),
        expected
    );
}

#[test]
fn placeables_are_isolated_for_bidi() {
    let got = l10n().format(
        Lang::Ar,
        "emergency-call",
        &[("number", FluentValue::from("19"))],
    );
    assert_eq!(got, format!("اتصل بالرقم {FSI}19{PDI}"));
}

#[test]
fn missing_ids_render_visibly_not_as_a_crash() {
    assert_eq!(l10n().text(Lang::En, "no-such-message"), "no-such-message");
    assert_eq!(
        l10n().text(Lang::En, "app-name.no_attr"),
        "app-name.no_attr"
    );
}

#[test]
fn languages_parse_and_know_their_direction() {
    assert_eq!(Lang::from_code("ar-MA"), Some(Lang::Ar));
    assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::Ar.dir(), "rtl");
    assert_eq!(Lang::Fr.dir(), "ltr");
}

#[rstest]
#[case("dette", Lang::Fr, "som.debt_owed_to_smuggler")]
#[case(
    "passeport",
    Lang::Fr,
    "ilo.coercive_recruitment.confiscation_of_documents"
)]
#[case("جواز", Lang::Ar, "ilo.coercive_recruitment.confiscation_of_documents")]
#[case(
    "passport",
    Lang::En,
    "ilo.coercive_recruitment.confiscation_of_documents"
)]
#[case("mendier", Lang::En, "profile.exploitation.begging")]
#[case("التسول", Lang::Ar, "profile.exploitation.begging")]
#[case("تسول", Lang::Ar, "profile.exploitation.begging")]
#[case("rançon", Lang::En, "som.held_or_ransomed_in_transit")]
#[case("rancon", Lang::En, "som.held_or_ransomed_in_transit")]
#[case("فدية", Lang::Fr, "som.held_or_ransomed_in_transit")]
#[case("فديه", Lang::Fr, "som.held_or_ransomed_in_transit")]
#[case("asile", Lang::Ar, "needs.asylum_or_fears_return")]
fn indicator_lookup_across_languages(
    #[case] query: &str,
    #[case] lang: Lang,
    #[case] expected_in_top3: &str,
) {
    let hits = l10n().indicator_index().search(query, lang.code(), 3);
    let codes: Vec<_> = hits.iter().map(|h| h.code).collect();
    assert!(codes.contains(&expected_in_top3), "{query}: {codes:?}");
    let want = l10n()
        .code_texts(lang, expected_in_top3)
        .expect("texts")
        .label;
    assert!(
        hits.iter().any(|h| h.label == want),
        "texts come back in {lang:?}"
    );
}

#[test]
fn published_content_is_checked_against_the_embedded_texts() {
    use sanad_i18n::validate_content;
    for lang in ["ar", "en", "fr"] {
        let path = format!(
            "{}/../../locales/{lang}/questions.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).expect("questions");
        assert_eq!(
            validate_content(&format!("questions-{lang}"), &text),
            Ok(())
        );
        let first_id = text
            .lines()
            .find(|l| l.contains(" = ") && !l.starts_with(' ') && !l.starts_with('#'))
            .and_then(|l| l.split(" = ").next())
            .expect("a message")
            .to_owned();
        let renamed = text.replacen(&format!("{first_id} ="), "zz-renamed =", 1);
        let e = validate_content(&format!("questions-{lang}"), &renamed).expect_err("renamed");
        assert!(e.contains(&first_id) && e.contains("zz-renamed"), "{e}");
    }
    let rules = include_str!("../../core/data/rules.toml");
    assert_eq!(validate_content("rules", rules), Ok(()));
    assert!(validate_content("rules", "x = [").is_err());
    assert!(validate_content("questions-de", "a = b").is_err());
}
