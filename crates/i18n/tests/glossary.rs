//! The texts stay right: the glossary (`locales/glossary.toml`: required and forbidden terms
//! per language, each with its reason) holds over every message and attribute of every
//! locale file, rendered with each gender and with counts 0, 1, 2, 3, 11 and 100; every
//! count message has the plural forms its language needs (French puts 0 in "one", Arabic
//! has zero, one, two, few, many and other); every `$gender` message has a form for a woman,
//! a man and "not said", and in Arabic the forms for a woman and a man differ; every Arabic
//! question read to the person goes through `$gender`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use sanad_core::{Answer, Answers, Engine, Mode, code_id, input_codes};
use std::collections::BTreeSet;

const LANGS: [&str; 3] = ["en", "fr", "ar"];
const GENDERS: [&str; 3] = ["female", "male", "unspecified"];
const COUNTS: [i64; 6] = [0, 1, 2, 3, 11, 100];
/// Variables that carry a number in some message.
const NUMERIC: [&str; 6] = ["count", "n", "asked", "strong", "medium", "weak"];
/// Texts read to the person outside questions.ftl.
const READ_ALOUD: [&str; 1] = ["record-consent-question"];

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// One select expression: its selector variable and its variant keys.
#[derive(Debug, Clone)]
struct Select {
    var: String,
    keys: BTreeSet<String>,
    default: String,
}

/// A message or an attribute (`id` or `id.attr`) with the selects in it.
struct Text {
    id: String,
    file: String,
    selects: Vec<Select>,
}

struct Lang {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
    texts: Vec<Text>,
}

fn key_name(k: &ast::VariantKey<&str>) -> String {
    match k {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn selects_in(p: &ast::Pattern<&str>, out: &mut Vec<Select>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_selects(expression, out);
        }
    }
}

fn expr_selects(e: &ast::Expression<&str>, out: &mut Vec<Select>) {
    if let ast::Expression::Select { selector, variants } = e {
        let var = match selector {
            ast::InlineExpression::VariableReference { id } => id.name.to_owned(),
            _ => "?".to_owned(),
        };
        out.push(Select {
            var,
            keys: variants.iter().map(|v| key_name(&v.key)).collect(),
            default: variants
                .iter()
                .find(|v| v.default)
                .map(|v| key_name(&v.key))
                .unwrap_or_default(),
        });
        for v in variants {
            selects_in(&v.value, out);
        }
    }
}

fn load(code: &'static str) -> Lang {
    let dir = root().join(code);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("locale folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut bundle = FluentBundle::new(vec![code.parse().expect("language id")]);
    let mut texts = Vec::new();
    for path in files {
        let src = std::fs::read_to_string(&path).expect("locale file");
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let ast = fluent_syntax::parser::parse(src.as_str()).expect("parses");
        for entry in &ast.body {
            if let ast::Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    let mut selects = Vec::new();
                    selects_in(v, &mut selects);
                    texts.push(Text {
                        id: m.id.name.to_owned(),
                        file: file.clone(),
                        selects,
                    });
                }
                for a in &m.attributes {
                    let mut selects = Vec::new();
                    selects_in(&a.value, &mut selects);
                    texts.push(Text {
                        id: format!("{}.{}", m.id.name, a.id.name),
                        file: file.clone(),
                        selects,
                    });
                }
            }
        }
        let res = FluentResource::try_new(src).expect("parses");
        bundle.add_resource(res).expect("no duplicate ids");
    }
    Lang {
        code,
        bundle,
        texts,
    }
}

fn langs() -> Vec<Lang> {
    LANGS.into_iter().map(load).collect()
}

/// Render `id` (or `id.attr`) with every variable set; the Fluent errors come back too.
fn render(l: &Lang, id: &str, gender: &str, n: i64) -> (String, Vec<String>) {
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = l
        .bundle
        .get_message(msg_id)
        .unwrap_or_else(|| panic!("{}: no message {id}", l.code));
    let pattern = match attr {
        Some(a) => msg.get_attribute(a).map(|x| x.value()),
        None => msg.value(),
    }
    .unwrap_or_else(|| panic!("{}: {id} has no text", l.code));
    let mut args = FluentArgs::new();
    for v in NUMERIC {
        args.set(v, FluentValue::from(n));
    }
    args.set("gender", FluentValue::from(gender));
    for v in [
        "number",
        "date",
        "langs",
        "lang",
        "reference",
        "detail",
        "version",
        "words",
        "strength",
        "digits",
        "answer",
        "city",
        // Practice and training (issue 18).
        "result",
        "expected",
        "group",
        "code",
        "pre",
        "post",
        "correct",
        "total",
        // Referrals (issue 17): a due time, a step's name, a device's short id.
        "when",
        "step",
        "device",
    ] {
        args.set(v, FluentValue::from("X"));
    }
    let mut errors = Vec::new();
    let s = l
        .bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    (s, errors.iter().map(|e| format!("{e:?}")).collect())
}

/// Bidi marks and Arabic short vowels, shadda and tatweel removed; lower case.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{2068}' | '\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{0640}'
            ) && !('\u{064B}'..='\u{0652}').contains(c)
                && *c != '\u{0670}'
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_read_aloud(t: &Text) -> bool {
    (t.file == "questions.ftl" && !t.id.contains('.')) || READ_ALOUD.contains(&t.id.as_str())
}

fn is_result(t: &Text) -> bool {
    is_read_aloud(t)
        || (t.file == "screening.ftl"
            && [
                "classification-",
                "outcome-",
                "result-flag-",
                "screening-reason-",
            ]
            .iter()
            .any(|p| t.id.starts_with(p)))
}

fn glossary() -> toml::Table {
    let text = std::fs::read_to_string(root().join("glossary.toml")).expect("glossary");
    toml::from_str(&text).expect("the glossary is valid TOML")
}

fn str_list(e: &toml::Table, key: &str) -> Vec<String> {
    e.get(key)
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|x| x.as_str().map(normalize)).collect())
        .unwrap_or_default()
}

/// Whether a forbidden term occurs in a rendered text.
fn occurs(text: &str, term: &str, word: bool, unless: &[String]) -> bool {
    let text = normalize(text);
    if !word {
        return text.contains(term);
    }
    let (ws, ts) = (words(&text), words(term));
    (0..ws.len().saturating_sub(ts.len() - 1)).any(|i| {
        ws[i..i + ts.len()] == ts[..] && !ws.get(i + ts.len()).is_some_and(|n| unless.contains(n))
    })
}

/// Every rendering of a text: each gender, each count.
fn renderings(l: &Lang, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for g in GENDERS {
        for n in COUNTS {
            let (s, errors) = render(l, id, g, n);
            assert!(
                errors.is_empty(),
                "{} {id} ({g}, {n}): Fluent errors {errors:?}",
                l.code
            );
            out.push(s);
        }
    }
    out
}

#[test]
fn no_message_uses_a_forbidden_term() {
    let g = glossary();
    let rules = g
        .get("forbidden")
        .and_then(|v| v.as_array())
        .expect("[[forbidden]] entries");
    assert!(rules.len() >= 20, "the glossary lists the known pitfalls");
    let mut failures = Vec::new();
    for l in langs() {
        for t in &l.texts {
            let rendered = renderings(&l, &t.id);
            for r in rules.iter().filter_map(|r| r.as_table()) {
                if r.get("lang").and_then(|v| v.as_str()) != Some(l.code) {
                    continue;
                }
                let term = normalize(r.get("term").and_then(|v| v.as_str()).expect("term"));
                let in_scope = match r.get("where").and_then(|v| v.as_str()).unwrap_or("all") {
                    "all" => true,
                    "read_aloud" => is_read_aloud(t),
                    "results" => is_result(t),
                    other => panic!("glossary: unknown where = {other:?}"),
                };
                let allowed = r
                    .get("allow")
                    .and_then(|v| v.as_array())
                    .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(t.id.as_str())));
                let word = r.get("word").and_then(|v| v.as_bool()).unwrap_or(false);
                let unless = str_list(r, "unless_followed_by");
                if in_scope
                    && !allowed
                    && let Some(hit) = rendered.iter().find(|s| occurs(s, &term, word, &unless))
                {
                    failures.push(format!(
                        "{} {}: «{term}» — {}\n    {hit}",
                        l.code,
                        t.id,
                        r.get("reason").and_then(|v| v.as_str()).unwrap_or("")
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn required_terms_are_there() {
    let g = glossary();
    let langs = langs();
    let rules = g
        .get("required")
        .and_then(|v| v.as_array())
        .expect("[[required]] entries");
    let mut failures = Vec::new();
    for r in rules.iter().filter_map(|r| r.as_table()) {
        let code = r.get("lang").and_then(|v| v.as_str()).expect("lang");
        let l = langs.iter().find(|l| l.code == code).expect("known lang");
        let term = normalize(r.get("term").and_then(|v| v.as_str()).expect("term"));
        for id in r
            .get("ids")
            .and_then(|v| v.as_array())
            .expect("ids")
            .iter()
            .filter_map(|x| x.as_str())
        {
            for s in renderings(l, id) {
                if !normalize(&s).contains(&term) {
                    failures.push(format!("{code} {id} lacks «{term}»: {s}"));
                    break;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The forbidden-term check can fail: a bare تهريب, a recruit in a question, a victim in
/// a result are caught; تهريب المهاجرين is not.
#[test]
fn the_checks_catch_what_they_should() {
    let unless = vec![normalize("المهاجرين")];
    assert!(occurs("تهريب، مع مؤشرات", "تهريب", true, &unless));
    assert!(occurs("رحلة التهريب", "التهريب", true, &unless));
    assert!(!occurs(
        "تهريب المهاجرين، مع مؤشرات",
        "تهريب",
        true,
        &unless
    ));
    assert!(!occurs("المهرّب", "تهريب", true, &unless));
    assert!(occurs("Were you Recruited?", "recruit", false, &[]));
    assert!(occurs("\u{2068}3\u{2069} victimes", "victime", false, &[]));
    assert!(occurs("المادّة 448-1", "المادة 448", false, &[]));
    assert!(!occurs("or use", "or us", true, &[]));
}

#[test]
fn count_messages_have_every_form_their_language_needs() {
    let mut failures = Vec::new();
    let mut seen = 0;
    for l in langs() {
        for t in &l.texts {
            for s in t.selects.iter().filter(|s| s.var != "gender") {
                seen += 1;
                let need: &[&str] = match l.code {
                    "ar" => &["zero", "one", "two", "few", "many"],
                    "fr" => &["0", "one"],
                    _ => &["one"],
                };
                let missing: Vec<_> = need.iter().filter(|k| !s.keys.contains(**k)).collect();
                if !missing.is_empty() {
                    failures.push(format!("{} {}: no form for {missing:?}", l.code, t.id));
                }
                let r: Vec<String> = COUNTS
                    .iter()
                    .map(|n| {
                        let (s, errors) = render(&l, &t.id, "unspecified", *n);
                        assert!(errors.is_empty(), "{} {} at {n}: {errors:?}", l.code, t.id);
                        normalize(&s)
                    })
                    .collect();
                if r[0] == r[1] || r[1] == r[2] {
                    failures.push(format!(
                        "{} {}: 0, 1 and 2 must read differently: {:?}",
                        l.code,
                        t.id,
                        &r[..3]
                    ));
                }
                for (i, n) in [(3, "3"), (4, "11"), (5, "100")] {
                    if !r[i].contains(n) {
                        failures.push(format!("{} {} at {n}: {}", l.code, t.id, r[i]));
                    }
                }
            }
        }
    }
    assert!(seen >= 45, "count messages found: {seen}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn gender_messages_have_a_form_for_each_gender() {
    let mut failures = Vec::new();
    let mut seen = 0;
    for l in langs() {
        for t in &l.texts {
            for s in t.selects.iter().filter(|s| s.var == "gender") {
                seen += 1;
                let allowed: BTreeSet<String> = GENDERS.iter().map(|g| g.to_string()).collect();
                if !s.keys.is_subset(&allowed)
                    || !s.keys.contains("female")
                    || s.default != "unspecified"
                {
                    failures.push(format!(
                        "{} {}: keys {:?}, default {}",
                        l.code, t.id, s.keys, s.default
                    ));
                }
                let r: Vec<String> = GENDERS
                    .iter()
                    .map(|g| {
                        let (s, errors) = render(&l, &t.id, g, 2);
                        assert!(errors.is_empty(), "{} {} ({g}): {errors:?}", l.code, t.id);
                        s
                    })
                    .collect();
                if l.code == "ar" && r[0] == r[1] {
                    failures.push(format!(
                        "ar {}: the forms for a woman and a man are the same",
                        t.id
                    ));
                }
                if r[0] == r[2] && r[1] == r[2] {
                    failures.push(format!("{} {}: one form for all", l.code, t.id));
                }
            }
        }
    }
    assert!(seen >= 100, "gender messages found: {seen}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every Arabic text read to the person (each question that is asked, not observed, and
/// the consent to keep a record) addresses a woman and a man in their own forms.
#[test]
fn every_arabic_question_read_aloud_goes_through_gender() {
    let engine = Engine::embedded().expect("rules");
    let mut consented = Answers::new();
    consented.set(
        code_id("consent.informed_given").expect("code"),
        Answer::Yes,
    );
    let ar = load("ar");
    let gendered = |id: &str| {
        ar.texts
            .iter()
            .any(|t| t.id == id && t.selects.iter().any(|s| s.var == "gender"))
    };
    let mut missing = Vec::new();
    let mut asked = 0;
    for code in input_codes() {
        let id = sanad_i18n::code_message_id(code);
        let c = code_id(code).expect("code");
        if engine.mode(c, &consented) == Mode::Ask {
            asked += 1;
            if !gendered(&id) {
                missing.push(id);
            }
        }
    }
    for id in READ_ALOUD {
        if !gendered(id) {
            missing.push(id.to_owned());
        }
    }
    assert!(asked > 80, "questions asked aloud: {asked}");
    assert!(missing.is_empty(), "not gendered: {missing:?}");
}

/// Every code in observe mode has a text written to the worker: `.observe` when the code
/// is normally asked, its own text when it is always observed.
#[test]
fn observation_texts_exist_where_a_question_can_become_one() {
    let engine = Engine::embedded().expect("rules");
    let refused = Answers::new();
    let mut consented = Answers::new();
    consented.set(
        code_id("consent.informed_given").expect("code"),
        Answer::Yes,
    );
    for l in langs() {
        for code in input_codes() {
            let c = code_id(code).expect("code");
            let id = sanad_i18n::code_message_id(code);
            let sometimes = engine.mode(c, &refused) == Mode::Observe
                && engine.mode(c, &consented) == Mode::Ask;
            let has = l.texts.iter().any(|t| t.id == format!("{id}.observe"));
            assert_eq!(sometimes, has, "{} {id}: .observe", l.code);
        }
    }
}
