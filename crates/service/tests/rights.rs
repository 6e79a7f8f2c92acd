//! The person's rights as use cases (issue 17, part 2): the access export holds
//! everything about the case and nothing else, in the language asked; a correction is a
//! new event shown in the history; a withdrawal refuses sharing with a clear error;
//! retention erases closed cases past the period and keeps the others.

use sanad_core::CaseRepository;
use sanad_core::case::EventKind;
use sanad_core::rights::RectifiedField;
use sanad_i18n::{Lang, Localizer};
use sanad_service::rights::{self, RightsError};
use sanad_service::{CaseId, access, usecases};
use sanad_store::{InitOptions, Secret, Vault};
use sanad_test_support::env::{ManualClock, TempDir};

const DAY: i64 = 86_400_000;

fn now(c: &ManualClock) -> i64 {
    sanad_core::Clock::now_ms(&*c.shared())
}

fn store(dir: &TempDir, clock: &ManualClock) -> Vault {
    Vault::init(
        dir.path().join("store"),
        &Secret::new("an invented passphrase".into()),
        InitOptions::insecure_fast_for_tests(),
        clock.shared(),
    )
    .expect("store")
}

/// Unlock again after the idle auto-lock the clock's jump caused.
fn relock(v: &mut Vault) {
    v.unlock(&Secret::new("an invented passphrase".into()))
        .expect("unlock");
}

fn case(v: &mut Vault, reference: &str, alias: &str) -> CaseId {
    usecases::open_case(v, reference, alias, true).expect("open")
}

#[test]
fn the_access_export_holds_everything_about_the_case_and_nothing_else() {
    let dir = TempDir::new("access");
    let clock = ManualClock::at(1_790_000_000_000);
    let mut v = store(&dir, &clock);
    let c = case(&mut v, "ACCESS-1", "Invented <b>alias</b>");
    let other = case(&mut v, "OTHER-CASE-REF", "other alias");
    usecases::add_note(&mut v, c, "ACCESS-NOTE first".into()).expect("note");
    usecases::add_note(&mut v, other, "OTHER-CASE-NOTE".into()).expect("note");
    rights::rectify(
        &mut v,
        c,
        RectifiedField::Note { index: 0 },
        "ACCESS-NOTE corrected".into(),
        "typo".into(),
    )
    .expect("rectify");
    let l10n = Localizer::new().expect("l10n");
    let ar = access::access_export(&v, &l10n, Lang::Ar, c, now(&clock)).expect("export");
    assert!(
        ar.html.contains("lang=\"ar\" dir=\"rtl\""),
        "Arabic, right to left"
    );
    assert!(ar.html.contains("كل ما هو محفوظ عن هذا الملف"));
    assert!(
        ar.html.contains("تصحيح"),
        "the correction is in the history"
    );
    assert!(ar.html.contains("ACCESS-NOTE corrected"));
    assert!(
        ar.html.contains("ACCESS-NOTE first"),
        "the corrected note too"
    );
    assert!(
        ar.html.contains("Invented &lt;b&gt;alias&lt;/b&gt;"),
        "escaped"
    );
    assert!(!ar.html.contains("<b>alias"));
    for doc in [&ar.html, &ar.json] {
        assert!(!doc.contains("OTHER-CASE"), "nothing of another case");
        assert!(!doc.contains('\u{2068}'), "no isolation marks");
    }
    let json: serde_json::Value = serde_json::from_str(&ar.json).expect("json");
    assert_eq!(json["events"].as_array().expect("events").len(), 4);
    assert_eq!(json["state"]["notes"][0], "ACCESS-NOTE corrected");
    assert_eq!(json["state"]["rectifications"], 1);
    let fr = access::access_export(&v, &l10n, Lang::Fr, c, now(&clock)).expect("export");
    assert!(fr.html.contains("Tout ce qui est conservé sur ce dossier"));
    assert!(
        fr.html.contains("Correction"),
        "the history names the correction"
    );
}

#[test]
fn a_withdrawal_refuses_sharing_with_a_clear_error() {
    let dir = TempDir::new("withdraw");
    let clock = ManualClock::at(1_790_000_000_000);
    let mut v = store(&dir, &clock);
    let c = case(&mut v, "WITHDRAW-1", "");
    assert_eq!(rights::sharing_allowed(&v, c), Ok(()));
    rights::withdraw_sharing(&mut v, c).expect("withdraw");
    let e = rights::sharing_allowed(&v, c).expect_err("refused");
    assert_eq!(e, RightsError::SharingWithdrawn);
    assert_eq!(e.problem().id, "case-sharing-withdrawn");
    let n = v.events(c.raw()).expect("events").len();
    assert_eq!(
        rights::withdraw_sharing(&mut v, c),
        Err(RightsError::SharingWithdrawn)
    );
    assert_eq!(
        v.events(c.raw()).expect("events").len(),
        n,
        "nothing written"
    );
    assert!(matches!(
        v.events(c.raw()).expect("events").last().map(|e| &e.kind),
        Some(EventKind::SharingWithdrawn)
    ));
}

#[test]
fn a_bad_correction_changes_nothing() {
    let dir = TempDir::new("rectify");
    let clock = ManualClock::at(1_790_000_000_000);
    let mut v = store(&dir, &clock);
    let c = case(&mut v, "RECTIFY-1", "");
    let before = v.events(c.raw()).expect("events");
    let empty = rights::rectify(
        &mut v,
        c,
        RectifiedField::Note { index: 0 },
        " ".into(),
        String::new(),
    );
    assert_eq!(empty, Err(RightsError::CorrectionEmpty));
    let missing = rights::rectify(
        &mut v,
        c,
        RectifiedField::Note { index: 3 },
        "x".into(),
        String::new(),
    );
    assert!(missing.is_err());
    assert_eq!(v.events(c.raw()).expect("events"), before);
}

#[test]
fn retention_erases_closed_cases_past_the_period_only() {
    let dir = TempDir::new("retention");
    let clock = ManualClock::at(1_790_000_000_000);
    let mut v = store(&dir, &clock);
    let old_closed = case(&mut v, "RET-OLD-CLOSED", "");
    usecases::close(&mut v, old_closed).expect("close");
    let old_open = case(&mut v, "RET-OLD-OPEN", "");
    clock.advance(200 * DAY);
    relock(&mut v);
    let recent_closed = case(&mut v, "RET-RECENT-CLOSED", "");
    usecases::close(&mut v, recent_closed).expect("close");
    clock.advance(20 * DAY);
    relock(&mut v);
    // Six months (180 days): only the case closed 220 days ago is past it.
    let n = sanad_service::erase_expired(&mut v, 6, now(&clock));
    assert_eq!(n, 1);
    assert!(v.case(old_closed.raw()).is_err());
    assert!(v.case(old_open.raw()).is_ok(), "an open case is kept");
    assert!(v.case(recent_closed.raw()).is_ok());
    assert_eq!(
        v.pending_erasures().expect("pending").len(),
        1,
        "the server will be told"
    );
    // The default when the organisation signed nothing.
    assert_eq!(
        sanad_service::retention_months(&v, &dir.path().join("content")),
        24
    );
}
