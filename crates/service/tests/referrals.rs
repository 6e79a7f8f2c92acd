//! Referrals that close the loop, through the service: a referral with an urgency becomes
//! due today and then overdue (on a clock the test moves), only legal steps are recorded,
//! a partner's answer needs the slip's code, and the slip carries the agreed fields only.

use sanad_core::case::{EventKind, ReferralStatus};
use sanad_core::referral::{
    ConsentReceipt, NewReferral, SharedField, SlipLanguage, Step, Urgency, Via,
};
use sanad_core::{Classification, Clock, Outcome, RefCategory};
use sanad_service::{
    Command, Config, Event, FollowUp, ReferralCommand, ScreeningToSave, Service, SlipView,
};
use sanad_store::{InitOptions, Secret};
use sanad_test_support::env::TempDir;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

/// 2026-07-01 08:00 UTC (09:00 in Morocco, outside Ramadan).
const T0: i64 = 1_782_892_800_000;
const HOUR: i64 = 3_600_000;
const PASS: &str = "correct horse battery staple 42";

struct TestClock(AtomicI64);

impl Clock for TestClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

type Events = Arc<Mutex<Vec<Event>>>;

fn service(dir: &TempDir, clock: Arc<TestClock>) -> (Service, Events) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    let mut cfg = Config::new(dir.path().to_path_buf());
    cfg.init = InitOptions::insecure_fast_for_tests();
    cfg.clock = clock;
    cfg.keystore = None;
    let mut s = Service::start(cfg, move |e| sink.lock().expect("events").push(e));
    s.handle(Command::Init {
        pass: Secret::new(PASS.into()),
        duress: None,
    });
    (s, events)
}

/// Time passes (the idle lock applies): unlock again at `ms`.
fn later(s: &mut Service, clock: &TestClock, ms: i64) {
    clock.0.store(ms, Ordering::SeqCst);
    s.tick();
    s.handle(Command::Unlock(Secret::new(PASS.into())));
}

fn take(events: &Events) -> Vec<Event> {
    std::mem::take(&mut *events.lock().expect("events"))
}

fn notices(e: &[Event]) -> Vec<&'static str> {
    e.iter()
        .filter_map(|e| match e {
            Event::Notice(p) => Some(p.id),
            _ => None,
        })
        .collect()
}

fn follow_ups(e: &[Event]) -> Vec<FollowUp> {
    e.iter()
        .rev()
        .find_map(|e| match e {
            Event::FollowUps(f) => Some(f.clone()),
            _ => None,
        })
        .expect("follow-ups reported")
}

fn detail(e: &[Event]) -> sanad_service::CaseDetail {
    e.iter()
        .rev()
        .find_map(|e| match e {
            Event::Case(Some(d)) => Some(d.clone()),
            _ => None,
        })
        .expect("a case view")
}

fn saved_case(s: &mut Service, events: &Events, alias: &str) -> String {
    s.handle(Command::SaveScreening(ScreeningToSave {
        reference: "OUJ-REF-1".into(),
        alias: alias.into(),
        record_consent: true,
        answers: BTreeMap::new(),
        outcome: Outcome::TipIndicatorsMet,
        classification: Classification::TraffickingIndicators,
        referrals: vec![RefCategory::Medical],
    }));
    take(events)
        .iter()
        .find_map(|e| match e {
            Event::Saved { case, .. } => Some(case.clone()),
            _ => None,
        })
        .expect("saved")
}

fn refer(case: &str, urgency: Urgency, language: SlipLanguage, receipt: ConsentReceipt) -> Command {
    Command::Referral(ReferralCommand::Refer {
        case: case.to_owned(),
        new: NewReferral {
            category: RefCategory::Medical,
            service: Some("svc-invented-clinic".into()),
            urgency,
            language,
            receipt,
        },
    })
}

fn step(case: &str, referral: &str, step: Step, code: Option<&str>) -> Command {
    Command::Referral(ReferralCommand::Step {
        case: case.to_owned(),
        referral: referral.to_owned(),
        step,
        code: code.map(str::to_owned),
    })
}

#[test]
fn a_referral_falls_due_then_overdue_and_only_legal_steps_are_recorded() {
    let dir = TempDir::new("svc-referral-life");
    let clock = Arc::new(TestClock(AtomicI64::new(T0)));
    let (mut s, events) = service(&dir, clock.clone());
    let case = saved_case(&mut s, &events, "Invented-Alias");
    s.handle(refer(
        &case,
        Urgency::Within24Hours,
        SlipLanguage::Fr,
        ConsentReceipt::default(),
    ));
    let e = take(&events);
    assert!(notices(&e).is_empty(), "{:?}", notices(&e));
    assert!(follow_ups(&e).is_empty(), "due tomorrow: not listed today");
    let d = detail(&e);
    let r = d.referrals[0].clone();
    assert_eq!(r.status, ReferralStatus::Made);
    assert_eq!(r.urgency, Some(Urgency::Within24Hours));
    assert_eq!(r.due_ms, Some(T0 + 24 * HOUR));
    assert_eq!(
        r.next,
        [Step::Sent, Step::Accepted, Step::Declined, Step::Withdrawn]
    );

    // The next day, 01:00 in Morocco: due today, not yet overdue.
    later(&mut s, &clock, T0 + 16 * HOUR);
    s.handle(Command::Referral(ReferralCommand::FollowUps));
    let f = follow_ups(&take(&events));
    assert_eq!(f.len(), 1);
    assert!(!f[0].overdue);
    assert_eq!((f[0].next, f[0].referral.as_str()), ("send", r.id.as_str()));
    // Past the due time: overdue.
    later(&mut s, &clock, T0 + 25 * HOUR);
    s.handle(Command::Referral(ReferralCommand::FollowUps));
    assert!(follow_ups(&take(&events))[0].overdue);

    // An illegal step is refused with a message and writes nothing.
    let before = s.pending();
    s.handle(step(&case, &r.id, Step::ServiceReceived, None));
    assert_eq!(notices(&take(&events)), ["referral-step-illegal"]);
    assert_eq!(s.pending(), before, "nothing was written");

    s.handle(step(&case, &r.id, Step::Sent, None));
    let e = take(&events);
    assert!(notices(&e).is_empty());
    assert_eq!(follow_ups(&e)[0].next, "answer");
    // A partner's answer with a wrong code is refused; with the slip's code it is kept.
    s.handle(step(&case, &r.id, Step::Accepted, Some("ZZZZZZ")));
    assert_eq!(notices(&take(&events)), ["referral-code-mismatch"]);
    let code = sanad_core::referral::slip_code(sanad_core::Id::parse(&r.id).expect("id"));
    s.handle(step(
        &case,
        &r.id,
        Step::Accepted,
        Some(&code.to_lowercase()),
    ));
    let e = take(&events);
    assert!(notices(&e).is_empty(), "{:?}", notices(&e));
    let d = detail(&e);
    assert_eq!(d.referrals[0].status, ReferralStatus::Accepted);
    assert_eq!(
        d.referrals[0].next,
        [Step::ServiceReceived, Step::Withdrawn]
    );
    let last = d.timeline.last().expect("timeline");
    assert!(
        matches!(
            last.kind,
            EventKind::ReferralStep {
                step: Step::Accepted,
                via: Via::Partner,
                ..
            }
        ),
        "{:?}",
        last.kind
    );
    assert_eq!(last.device.len(), 8, "who recorded it: the device");
    assert_eq!(follow_ups(&e)[0].next, "received");
    s.handle(step(&case, &r.id, Step::ServiceReceived, None));
    assert!(follow_ups(&take(&events)).is_empty(), "no longer waiting");
}

#[test]
fn the_slip_is_in_the_services_language_and_carries_only_the_agreed_fields() {
    let dir = TempDir::new("svc-referral-slip");
    let clock = Arc::new(TestClock(AtomicI64::new(T0)));
    let (mut s, events) = service(&dir, clock);
    // Planted: the alias is on the case, but the person does not agree to share it.
    let case = saved_case(&mut s, &events, "Planted-Alias-K4");
    let receipt = ConsentReceipt {
        fields: [SharedField::Languages, SharedField::ContactByWorker].into(),
        details: [(SharedField::Languages, "Invented-Tongue".to_owned())].into(),
    };
    s.handle(refer(
        &case,
        Urgency::Within72Hours,
        SlipLanguage::Ar,
        receipt,
    ));
    let r = detail(&take(&events)).referrals[0].clone();
    assert!(r.slip);
    s.handle(Command::Referral(ReferralCommand::Slip {
        case: case.clone(),
        referral: r.id.clone(),
        service_name: "Invented clinic".into(),
    }));
    let e = take(&events);
    let slip: SlipView = e
        .iter()
        .find_map(|e| match e {
            Event::Slip(v) => Some(v.clone()),
            _ => None,
        })
        .expect("a slip");
    assert_eq!((slip.lang, slip.dir), ("ar", "rtl"));
    for text in [&slip.html, &slip.qr_text] {
        assert!(!text.contains("Planted-Alias-K4"), "alias not agreed");
        assert!(!text.contains("مؤشرات"), "result not agreed");
        assert!(text.contains("Invented-Tongue"));
        assert!(text.contains(&slip.code) && text.contains(&slip.reference));
        assert!(text.contains("ورقة إحالة"), "in Arabic");
    }
    assert!(slip.html.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(slip.qr_svg.starts_with("<svg"), "{}", &slip.qr_svg[..40]);
    assert_eq!(
        slip.lines.len(),
        8,
        "5 fixed lines, the service, 2 agreed fields"
    );

    // A code-free withdrawn referral has no slip any more.
    s.handle(step(&case, &r.id, Step::Withdrawn, None));
    let d = detail(&take(&events));
    assert!(!d.referrals[0].slip && d.referrals[0].next.is_empty());
    s.handle(Command::Referral(ReferralCommand::Slip {
        case,
        referral: r.id,
        service_name: String::new(),
    }));
    assert_eq!(notices(&take(&events)), ["referral-no-slip"]);
}
