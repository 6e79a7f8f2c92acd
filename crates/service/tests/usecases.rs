//! The use cases through the service, without any UI: what each command writes, and
//! that bad input is refused with a message and changes nothing.

mod common;

use common::*;
use sanad_core::case::{ConsentScope, EventKind, ReferralStatus};
use sanad_core::referral::{NewReferral, SlipLanguage, Step, Urgency};
use sanad_core::{Classification, Outcome, RefCategory};
use sanad_service::{
    Command, Event, GateView, ReferralCommand, ScreeningToSave, SyncView, Waiting,
};
use sanad_test_support::env::TempDir;
use std::collections::BTreeMap;

fn screening(reference: &str, consent: bool) -> Command {
    Command::SaveScreening(ScreeningToSave {
        reference: reference.into(),
        alias: "invented alias".into(),
        record_consent: consent,
        answers: BTreeMap::new(),
        outcome: Outcome::NoTipIndicators,
        classification: Classification::ALL[0],
        referrals: vec![RefCategory::Medical],
    })
}

fn notices(events: &[Event]) -> Vec<&'static str> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Notice(p) => Some(p.id),
            _ => None,
        })
        .collect()
}

fn saved_case(events: &[Event]) -> String {
    events
        .iter()
        .find_map(|e| match e {
            Event::Saved { case, .. } => Some(case.clone()),
            _ => None,
        })
        .expect("saved")
}

fn last_detail(events: &[Event]) -> sanad_service::CaseDetail {
    events
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::Case(Some(d)) => Some(d.clone()),
            _ => None,
        })
        .expect("a case view")
}

#[test]
fn a_saved_screening_opens_the_case_with_the_record_consent_and_without_it_nothing_is_kept() {
    let dir = TempDir::new("svc-save");
    let (mut s, events) = service(&dir);
    init(&mut s);
    assert!(take(&events).contains(&Event::Gate(GateView::Unlocked)));

    s.handle(screening("REF-NO-CONSENT", false));
    let e = take(&events);
    assert_eq!(notices(&e), ["case-record-consent-missing"]);
    assert_eq!(s.pending(), Some(0), "nothing was written");

    s.handle(screening("REF-1", true));
    let e = take(&events);
    let d = last_detail(&e);
    let kinds: Vec<&str> = d.timeline.iter().map(|t| t.kind.type_name()).collect();
    assert_eq!(kinds, ["opened", "consent_recorded", "screening_recorded"]);
    assert!(matches!(
        d.timeline[1].kind,
        EventKind::ConsentRecorded {
            scope: ConsentScope::DataStorage,
            given: true
        }
    ));
    assert!(e.contains(&Event::Unsynced(3)));
}

#[test]
fn an_unparsable_id_is_refused_with_a_message_and_changes_nothing() {
    let dir = TempDir::new("svc-ids");
    let (mut s, events) = service(&dir);
    init(&mut s);
    s.handle(screening("REF-2", true));
    let case = saved_case(&take(&events));
    let before = s.pending();

    s.handle(Command::AddNote {
        case: "not-a-case".into(),
        text: "invented note".into(),
    });
    s.handle(Command::Referral(ReferralCommand::Step {
        case: case.clone(),
        referral: "nope".into(),
        step: Step::Accepted,
        code: None,
    }));
    s.handle(Command::OpenCase("zzz".into()));
    let e = take(&events);
    assert_eq!(
        notices(&e),
        ["case-id-invalid", "case-id-invalid", "case-id-invalid"]
    );
    assert!(e.contains(&Event::Case(None)));
    assert_eq!(s.pending(), before, "nothing was written");
}

#[test]
fn notes_and_referrals_are_recorded_with_the_referral_consent_once() {
    let dir = TempDir::new("svc-refer");
    let (mut s, events) = service(&dir);
    init(&mut s);
    s.handle(screening("REF-3", true));
    let case = saved_case(&take(&events));
    s.handle(Command::AddNote {
        case: case.clone(),
        text: "  ".into(),
    });
    assert_eq!(notices(&take(&events)), ["case-note-empty"]);
    for _ in 0..2 {
        s.handle(Command::Referral(ReferralCommand::Refer {
            case: case.clone(),
            new: NewReferral {
                category: RefCategory::Shelter,
                service: None,
                urgency: Urgency::TwoWeeks,
                language: SlipLanguage::Fr,
                receipt: Default::default(),
            },
        }));
    }
    let e = take(&events);
    let refs = e
        .iter()
        .filter(
            |e| matches!(e, Event::Referred { target } if *target == sanad_service::referral_key(RefCategory::Shelter, None)),
        )
        .count();
    assert_eq!(refs, 2);
    let d = last_detail(&e);
    let consents = d
        .timeline
        .iter()
        .filter(|t| {
            t.kind
                == EventKind::ConsentRecorded {
                    scope: ConsentScope::Referral,
                    given: true,
                }
        })
        .count();
    assert_eq!(consents, 1, "the referral consent is recorded once");
    assert_eq!(d.referrals.len(), 2);
    assert!(d.referrals.iter().all(|r| r.status == ReferralStatus::Made));
}

#[test]
fn a_change_plans_a_debounced_sync_and_without_enrollment_nothing_is_attempted() {
    let dir = TempDir::new("svc-schedule");
    let (mut s, events) = service(&dir);
    init(&mut s);
    assert!(s.next_sync_ms().is_some(), "a sync is planned after unlock");
    s.tick();
    assert!(
        !s.sync_running() && s.next_sync_ms().is_none(),
        "not enrolled: no attempt and nothing planned"
    );
    s.handle(screening("REF-4", true));
    let planned = s.next_sync_ms().expect("planned after a change");
    assert!(planned > now(), "debounced, not at once");
    let e = take(&events);
    let sync: Vec<&SyncView> = e
        .iter()
        .filter_map(|e| match e {
            Event::Sync(v) => Some(v),
            _ => None,
        })
        .collect();
    assert!(sync.iter().all(|v| !v.running && v.server.is_none()));
    s.handle(Command::SyncNow);
    s.handle(screening("REF-5", true));
    wait(&mut s, "the sync to end", |s| !s.sync_running());
    let e = take(&events);
    let last = e
        .iter()
        .rev()
        .find_map(|e| match e {
            Event::Sync(v) => Some(v.clone()),
            _ => None,
        })
        .expect("sync view");
    assert_eq!(last.server, None);
    assert_eq!(last.waiting, Waiting { cases: 2, notes: 0 });
    assert!(notices(&e).contains(&"sync-not-enrolled"));
}

#[test]
fn locking_stops_the_schedule_and_the_idle_lock_is_applied_by_tick() {
    let dir = TempDir::new("svc-lock");
    let (mut s, events) = service(&dir);
    init(&mut s);
    s.handle(Command::Lock);
    assert!(!s.is_unlocked());
    assert_eq!(s.next_sync_ms(), None);
    let e = take(&events);
    assert!(matches!(
        e.last(),
        Some(Event::Gate(GateView::Locked { .. }))
    ));
}
