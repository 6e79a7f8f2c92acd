//! Search text normalization for Arabic, French and English, shared by the indicator lookup
//! and the directory search.
//!
//! [`normalize`] folds case, strips Latin accents (NFKD without combining marks), drops
//! Arabic diacritics and tatweel, unifies Arabic letter variants (أ إ آ ٱ → ا, ة → ه,
//! ى → ي, ؤ → و, ئ → ي), turns Arabic-Indic digits into ASCII, and removes French
//! elisions (l', d', qu', ...). [`tokens`] splits into words; [`token_variants`] adds the
//! forms without the Arabic article ال and without a leading conjunction و, so a query
//! with or without them matches text with or without them. [`stem`] is a light stemmer for
//! the three languages (French and English suffixes, Arabic clitics, attached pronouns,
//! plural and feminine endings, the Darija negation ما…ش, and a table of broken plurals), so
//! "confisqué", "confisquer" and "confiscation" meet, as do "أوراقه" and "ورقة", "ديون" and
//! "دين". It runs on both sides of a search (index and query), so it only has to be
//! consistent, not linguistically exact.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// French elided articles and pronouns, dropped before a word.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
];

fn fold_char(c: char, out: &mut String) {
    match c {
        // Arabic diacritics (harakat, tanwin, shadda, sukun), superscript alef, tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ة' => out.push('ه'),
        'ى' => out.push('ي'),
        'ؤ' => out.push('و'),
        'ئ' => out.push('ي'),
        // Persian/Urdu forms seen on phone keyboards.
        'ک' => out.push('ك'),
        'ی' => out.push('ي'),
        '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        'ß' => out.push_str("ss"),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        '’' | 'ʼ' | '‘' | '`' | '´' => out.push('\''),
        c if c.is_uppercase() => out.extend(c.to_lowercase()),
        c => out.push(c),
    }
}

/// Fold a text for matching (see the module docs). Words stay separated by their
/// original separators; elided French articles are removed.
pub fn normalize(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    // NFKD splits Latin letters from their accents; Arabic letters with hamza are
    // recomposed first (NFC) so the variant table above sees them whole.
    for c in text.nfc() {
        if matches!(c, '\u{0600}'..='\u{06FF}') {
            fold_char(c, &mut folded);
        } else {
            for d in c.to_string().nfkd() {
                if !is_combining_mark(d) {
                    fold_char(d, &mut folded);
                }
            }
        }
    }
    strip_elisions(&folded)
}

fn strip_elisions(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, part) in s.split('\'').enumerate() {
        if i > 0 {
            // The part before the apostrophe ended with a word: drop it if it is an elision.
            let word_start = out
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |p| p + 1);
            if ELISIONS.contains(&&out[word_start..]) {
                out.truncate(word_start);
            } else {
                out.push(' ');
            }
        }
        out.push_str(part);
    }
    out
}

/// Normalized words of a text.
pub fn tokens(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A normalized word and its forms without Arabic clitics: the article (ال, وال, بال, فال,
/// كال, لل) and a leading conjunction و, when enough of the word is left (≥ 2 letters).
pub fn token_variants(word: &str) -> Vec<String> {
    let mut v = vec![word.to_owned()];
    let letters = |s: &str| s.chars().count();
    for prefix in ["وال", "بال", "فال", "كال", "ال", "لل", "و"] {
        if let Some(rest) = word.strip_prefix(prefix)
            && letters(rest) >= 2
            && !v.iter().any(|x| x == rest)
        {
            v.push(rest.to_owned());
        }
    }
    v
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}')
}

/// Irregular English and French forms whose stem the suffix rules cannot find
/// (normalized form → regular form, which is then stemmed).
const IRREGULAR: &[(&str, &str)] = &[
    ("paid", "pay"),
    ("unpaid", "unpay"),
    ("sold", "sell"),
    ("kept", "keep"),
    ("took", "take"),
    ("taken", "take"),
    ("beaten", "beat"),
    ("held", "hold"),
    ("told", "tell"),
    ("made", "make"),
    ("bought", "buy"),
    ("children", "child"),
    ("women", "woman"),
    ("men", "man"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("slept", "sleep"),
    ("sent", "send"),
    ("brought", "bring"),
    ("caught", "catch"),
    ("fought", "fight"),
    ("lent", "lend"),
    ("owing", "owe"),
    ("lied", "lie"),
    ("lying", "lie"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("raped", "rape"),
    ("travaux", "travail"),
    ("pris", "prendre"),
    ("prise", "prendre"),
    ("mis", "mettre"),
    ("enfermes", "enferme"),
];

/// Latin-script suffixes, tried longest first (after a plural `s`/`x` is gone).
const LATIN_SUFFIXES: &[&str] = &[
    "issement", "ication", "isation", "ations", "ation", "ement", "ments", "ment", "ingly", "ance",
    "ence", "ings", "ing", "ity", "ness", "able", "ible", "euse", "eur", "ive", "ees", "ee", "ed",
    "er", "ez", "re", "ie", "ant", "ent", "en", "ly", "e", "u", "y",
];

fn latin_stem(word: &str) -> String {
    let n = |s: &str| s.chars().count();
    let mut w: &str = word;
    if let Some((_, to)) = IRREGULAR.iter().find(|(from, _)| *from == w) {
        w = to;
    }
    if n(w) <= 3 {
        return w.to_owned();
    }
    if (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with('x') {
        w = &w[..w.len() - 1];
    }
    // Up to two suffixes ("threatened" → "threaten" → "threat"), keeping 3+ letters.
    for min in [3, 4] {
        if let Some(suf) = LATIN_SUFFIXES.iter().find(|s| {
            w.ends_with(*s) && n(w) >= n(s) + min && !w[..w.len() - s.len()].ends_with('q')
        }) {
            w = &w[..w.len() - suf.len()];
        } else {
            break;
        }
    }
    let mut out = w.to_owned();
    // Spelling changes before a suffix: confisqu-é / confisc-ation, pay-é / pai-e,
    // hitt-ing / hit, frapp-é / frap-e.
    if out.ends_with("qu") {
        out.truncate(out.len() - 2);
        out.push('c');
    } else if out.ends_with('y') {
        out.pop();
        out.push('i');
    }
    let b = out.as_bytes();
    if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && b[b.len() - 1].is_ascii_alphabetic() {
        out.pop();
    }
    out
}

/// Broken plurals (and a few irregular forms) of the indicator vocabulary → singular
/// (normalized by [`normalize`] before use; the singular is then stemmed).
const BROKEN_PLURALS: &[(&str, &str)] = &[
    ("أوراق", "ورقة"),
    ("وثائق", "وثيقة"),
    ("ديون", "دين"),
    ("أجور", "أجر"),
    ("رواتب", "راتب"),
    ("أموال", "مال"),
    ("أطفال", "طفل"),
    ("نساء", "امرأة"),
    ("رجال", "رجل"),
    ("عمال", "عامل"),
    ("أعمال", "عمل"),
    ("شروط", "شرط"),
    ("ظروف", "ظرف"),
    ("وعود", "وعد"),
    ("سماسرة", "سمسار"),
    ("أسلحة", "سلاح"),
    ("أعضاء", "عضو"),
    ("بيوت", "بيت"),
    ("منازل", "منزل"),
    ("غرف", "غرفة"),
    ("أيام", "يوم"),
    ("ليالي", "ليلة"),
    ("أسر", "أسرة"),
    ("أقارب", "قريب"),
    ("أبناء", "ابن"),
    ("أولاد", "ولد"),
    ("بنات", "بنت"),
    ("فتيات", "فتاة"),
    ("زبائن", "زبون"),
    ("قوارب", "قارب"),
    ("زوارق", "زورق"),
    ("سجون", "سجن"),
    ("ضحايا", "ضحية"),
    ("جروح", "جرح"),
    ("حقوق", "حق"),
    ("مصاريف", "مصروف"),
    ("قروض", "قرض"),
    ("وظائف", "وظيفة"),
    ("عقود", "عقد"),
    ("طرق", "طريق"),
    ("صور", "صورة"),
    ("مهربين", "مهرب"),
    ("حراكة", "حراك"),
    ("مخدرات", "مخدر"),
    ("تهديدات", "تهديد"),
    ("جوازات", "جواز"),
    ("أسياد", "سيد"),
    ("مشغلين", "مشغل"),
    ("عصابات", "عصابة"),
    ("شبكات", "شبكة"),
    ("خدم", "خادم"),
];

fn broken_plural(w: &str) -> Option<&'static str> {
    use std::sync::OnceLock;
    static T: OnceLock<Vec<(String, String)>> = OnceLock::new();
    T.get_or_init(|| {
        BROKEN_PLURALS
            .iter()
            .map(|(p, s)| (normalize(p), normalize(s)))
            .collect()
    })
    .iter()
    .find(|(p, _)| p == w)
    .map(|(_, s)| s.as_str())
}

/// The Darija present-tense prefixes (with the person prefix of the verb after them).
const DARIJA_ASPECT: &[&str] = &["كاي", "كات", "كان", "تاي", "كي", "تي", "كت", "كن"];

/// Attached pronouns, plural and feminine endings (ة is ه after [`normalize`]).
const AR_SUFFIXES: &[&str] = &[
    "هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ات", "ون", "ين", "ان", "يه", "وا",
    "ه", "ي", "ك", "و", "ت",
];

/// Arabic endings (prefixes are [`token_variants`]' job): up to two endings, keeping 3+
/// letters, with broken plurals turned into their singular on the way (once: the singular
/// is then only stripped of its endings).
fn arabic_stem(word: &str) -> String {
    let n = |s: &str| s.chars().count();
    let mut w: &str = word;
    // Darija negation around a verb: ما خلصنيش → خلصني.
    if n(w) >= 6
        && let Some(inner) = w.strip_prefix("ما").and_then(|x| x.strip_suffix('ش'))
    {
        w = inner;
    }
    // Darija negation ending after a pronoun: خلصوهاش → خلصوها.
    if n(w) >= 5
        && let Some(inner) = w.strip_suffix('ش')
        && ["ها", "ه", "ني", "و", "ي", "ك", "نا", "هم"]
            .iter()
            .any(|p| inner.ends_with(p))
    {
        w = inner;
    }
    // Darija present (كي / كا / تي + verb): كيضربوه → ضربوه.
    if let Some(rest) = DARIJA_ASPECT
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| n(r) >= 3))
    {
        w = rest;
    }
    for _ in 0..2 {
        // A broken plural with or without an ending (ديوني → ديون → دين).
        let plural = std::iter::once(w)
            .chain(AR_SUFFIXES.iter().filter_map(|s| w.strip_suffix(s)))
            .find_map(broken_plural);
        if let Some(s) = plural {
            return arabic_endings(s);
        }
        let root = participle_root(w);
        if root != w {
            return root;
        }
        match strip_arabic_ending(w) {
            Some(rest) => w = rest,
            None => break,
        }
    }
    match broken_plural(w) {
        Some(s) => arabic_endings(s),
        None => participle_root(w),
    }
}

/// The root of a passive participle (مفعول: م + C C و C): محبوس → حبس, مسجون → سجن,
/// مديون → دين; any other word unchanged.
fn participle_root(w: &str) -> String {
    let c: Vec<char> = w.chars().collect();
    if c.len() == 5 && c[0] == 'م' && c[3] == 'و' {
        [c[1], c[2], c[4]].iter().collect()
    } else {
        w.to_owned()
    }
}

fn strip_arabic_ending(w: &str) -> Option<&str> {
    AR_SUFFIXES
        .iter()
        .find_map(|s| w.strip_suffix(s).filter(|r| r.chars().count() >= 3))
}

fn arabic_endings(word: &str) -> String {
    let mut w = word;
    for _ in 0..2 {
        match strip_arabic_ending(w) {
            Some(rest) => w = rest,
            None => break,
        }
    }
    w.to_owned()
}

/// The light stem of a normalized word (see the module docs), endings only: Arabic
/// prefixes are left to [`token_variants`] (see [`stems`]). Deterministic, the same on both
/// sides of a search; a word too short to strip is its own stem.
pub fn stem(word: &str) -> String {
    if word.chars().any(is_arabic) {
        arabic_stem(word)
    } else {
        latin_stem(word)
    }
}

/// The stems of a normalized word and of its clitic-free variants, without repeats.
pub fn stems(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in token_variants(word) {
        let s = stem(&v);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Whether `a` and `b` are within one edit (insert, delete, substitute, or swap of two
/// neighbours). Used for typo tolerance on words of 5+ letters.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    // Byte-level work on the common prefix and on what follows it; no allocation (the
    // directory search calls this for every indexed word of a similar length).
    let i = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map(|((i, _), _)| i);
    let Some(i) = i else {
        // One is a prefix of the other: at most one trailing letter more.
        return a.chars().count().abs_diff(b.chars().count()) <= 1;
    };
    let (sa, sb) = (&a[i..], &b[i..]);
    fn rest(s: &str) -> &str {
        let mut c = s.chars();
        c.next();
        c.as_str()
    }
    if rest(sa) == rest(sb) || rest(sa) == sb || sa == rest(sb) {
        return true; // substitute, delete, insert
    }
    // Swap of two neighbours.
    let (mut ca, mut cb) = (sa.chars(), sb.chars());
    match (ca.next(), ca.next(), cb.next(), cb.next()) {
        (Some(a0), Some(a1), Some(b0), Some(b1)) => {
            a0 == b1 && a1 == b0 && ca.as_str() == cb.as_str()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("Santé", "sante")]
    #[case("ÉLÈVE Œuvre", "eleve oeuvre")]
    #[case("l'hôpital", "hopital")]
    #[case("d’accueil", "accueil")]
    #[case("jusqu'à", "a")]
    #[case("aujourd'hui", "aujourd hui")]
    #[case("مُسَاعَدَة", "مساعده")]
    #[case("إعادة", "اعاده")]
    #[case("أمان", "امان")]
    #[case("آمن", "امن")]
    #[case("مستشفى", "مستشفي")]
    #[case("مسؤول", "مسوول")]
    #[case("بريئة", "برييه")]
    #[case("صـــحة", "صحه")]
    #[case("٠٨٠٠٠٠٤٧٤٧", "0800004747")]
    #[case("۱۹", "19")]
    fn normalizes(#[case] input: &str, #[case] expected: &str) {
        assert_eq!(normalize(input), expected);
    }

    #[test]
    fn tokens_split_on_punctuation_and_space() {
        assert_eq!(
            tokens("Dette, travail-forcé!"),
            ["dette", "travail", "force"]
        );
    }

    #[rstest]
    #[case("الصحه", &["الصحه", "صحه"])]
    #[case("والصحه", &["والصحه", "صحه", "الصحه"])]
    #[case("وجده", &["وجده", "جده"])]
    #[case("ال", &["ال"])]
    fn arabic_clitic_variants(#[case] word: &str, #[case] expected: &[&str]) {
        let mut got = token_variants(word);
        got.sort();
        let mut exp: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        exp.sort();
        assert_eq!(got, exp);
    }

    #[rstest]
    #[case(&["confisqué", "confisquer", "confiscation", "confisquée", "CONFISQUÉS"])]
    #[case(&["payé", "paie", "payer", "paye", "payés"])]
    #[case(&["beaten", "beat", "beating", "beats"])]
    #[case(&["threatened", "threat", "threats", "threatening"])]
    #[case(&["exploitation", "exploité", "exploited", "exploiter", "exploiting"])]
    #[case(&["travail", "travailler", "travaille", "travaux"])]
    #[case(&["hitting", "hit", "hits"])]
    #[case(&["أوراقه", "ورقة", "الأوراق", "أوراقهم", "والأوراق"])]
    #[case(&["جوازات", "جواز", "جوازي", "الجواز", "جوازه"])]
    #[case(&["ديون", "دين", "الديون", "ديوني", "والدين"])]
    #[case(&["ضربوني", "ضرب", "ضربني", "الضرب"])]
    #[case(&["ماخلصنيش", "خلص", "خلصني"])]
    #[case(&["كيضربوه", "كايضربها", "ضرب"])]
    #[case(&["ما خلصوهاش", "خلصوه", "خلص"])]
    #[case(&["محبوسة", "حبسوني", "محبوسين"])]
    #[case(&["مسجونة", "السجن"])]
    fn light_stems_meet(#[case] forms: &[&str]) {
        let of = |w: &str| -> Vec<String> { tokens(w).iter().flat_map(|t| stems(t)).collect() };
        let first = of(forms[0]);
        for f in &forms[1..] {
            let other = of(f);
            assert!(
                first.iter().any(|s| other.contains(s)),
                "{} {first:?} / {f} {other:?}",
                forms[0]
            );
        }
    }

    #[rstest]
    #[case("passeport", "dette")]
    #[case("child", "children-less")]
    #[case("دين", "دينار")]
    #[case("salaire", "sale")]
    fn different_words_keep_different_stems(#[case] a: &str, #[case] b: &str) {
        assert_ne!(stem(&normalize(a)), stem(&normalize(b)));
    }

    #[rstest]
    #[case("shelter", "shelter", true)]
    #[case("shelter", "sheltr", true)]
    #[case("shelter", "shelterr", true)]
    #[case("shelter", "shelfer", true)]
    #[case("shelter", "sehlter", true)]
    #[case("shelter", "shlt", false)]
    #[case("shelter", "helper", false)]
    fn one_edit(#[case] a: &str, #[case] b: &str, #[case] expected: bool) {
        assert_eq!(within_one_edit(a, b), expected);
        assert_eq!(within_one_edit(b, a), expected);
    }

    /// Optimal string alignment distance (edits plus swaps of neighbours), by the book.
    fn osa(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn one_edit_agrees_with_the_edit_distance(
            a in "[abé\u{0627}\u{0644}]{0,6}",
            b in "[abé\u{0627}\u{0644}]{0,6}",
        ) {
            proptest::prop_assert_eq!(within_one_edit(&a, &b), osa(&a, &b) <= 1, "{} / {}", a, b);
        }
    }
}
