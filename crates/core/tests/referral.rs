//! Referrals that close the loop: the life cycle against a reference model (proptest over
//! random step sequences), old logs still folding, the consent receipt and the slip.

use proptest::prelude::*;
use sanad_core::case::{CaseState, ConsentScope, Event, EventKind, Id, ReferralStatus, fold};
use sanad_core::referral::{
    ConsentReceipt, NewReferral, SharedField, SlipError, SlipLanguage, Step, Urgency, Via,
    code_matches, normalize_code, slip, slip_code, slip_reference,
};
use sanad_core::{CaseError, Classification, Outcome, RefCategory};
use std::collections::{BTreeMap, BTreeSet};

fn ev(seq: u64, kind: EventKind) -> Event {
    Event {
        id: Id([seq as u8; 16]),
        case_id: Id([0; 16]),
        device_id: Id([9; 16]),
        seq,
        at_ms: 1_000_000 + seq as i64 * 1000,
        kind,
    }
}

fn opened_with_consent() -> Vec<Event> {
    vec![
        ev(
            1,
            EventKind::Opened {
                reference: "OUJ-T-1".into(),
                alias: "Planted-Alias-7Q".into(),
            },
        ),
        ev(
            2,
            EventKind::ConsentRecorded {
                scope: ConsentScope::Referral,
                given: true,
            },
        ),
        ev(
            3,
            EventKind::ScreeningRecorded {
                answers: BTreeMap::new(),
                outcome: Outcome::TipIndicatorsMet,
                classification: Classification::TraffickingIndicators,
                referrals: vec![],
            },
        ),
    ]
}

fn receipt(fields: &[SharedField], details: &[(SharedField, &str)]) -> ConsentReceipt {
    ConsentReceipt {
        fields: fields.iter().copied().collect::<BTreeSet<_>>(),
        details: details.iter().map(|(f, v)| (*f, (*v).to_owned())).collect(),
    }
}

fn created(seq: u64, urgency: Urgency, r: ConsentReceipt) -> Event {
    ev(
        seq,
        EventKind::ReferralCreated(NewReferral {
            category: RefCategory::Medical,
            service: Some("svc-oujda-clinic".into()),
            urgency,
            language: SlipLanguage::Fr,
            receipt: r,
        }),
    )
}

/// The reference model, written out independently of `next_steps`: the legal
/// (status, step) pairs of the life cycle.
fn model_next(s: ReferralStatus, step: Step) -> Option<ReferralStatus> {
    use ReferralStatus as R;
    use Step as S;
    let to = match (s, step) {
        (R::Made, S::Sent) => R::Sent,
        (R::Made | R::Sent, S::Accepted) => R::Accepted,
        (R::Made | R::Sent, S::Declined) => R::Declined,
        (R::Made | R::Sent | R::Accepted, S::Withdrawn) => R::Withdrawn,
        (R::Accepted, S::ServiceReceived) => R::ServiceReceived,
        (R::Declined | R::ServiceReceived | R::Completed, S::Closed) => R::Closed,
        _ => return None,
    };
    Some(to)
}

fn arb_step() -> impl Strategy<Value = Step> {
    prop::sample::select(Step::ALL.to_vec())
}

fn arb_via() -> impl Strategy<Value = Via> {
    prop::sample::select(vec![Via::Worker, Via::Partner, Via::Organisation])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Every random sequence of steps folds exactly as the model says: a legal step moves
    /// the referral, an illegal one is refused with `IllegalStep` and changes nothing.
    #[test]
    fn steps_follow_the_life_cycle(steps in prop::collection::vec((arb_step(), arb_via()), 0..12)) {
        let mut log = opened_with_consent();
        log.push(created(4, Urgency::Within72Hours, receipt(&[], &[])));
        let referral = log[3].id;
        let mut state = fold(&log).expect("valid start");
        let mut model = ReferralStatus::Made;
        for (i, (step, via)) in steps.into_iter().enumerate() {
            let e = ev(10 + i as u64, EventKind::ReferralStep { referral, step, via });
            let before = state.clone();
            let r = state.apply(&e);
            let expected = model_next(model, step).filter(|_| via != Via::Partner || matches!(step, Step::Accepted | Step::Declined | Step::ServiceReceived));
            match expected {
                Some(to) => {
                    prop_assert!(r.is_ok(), "{model:?} --{step:?}/{via:?}--> refused: {r:?}");
                    model = to;
                }
                None => {
                    prop_assert!(r.is_err(), "{model:?} --{step:?}/{via:?}--> accepted");
                    prop_assert_eq!(&state, &before, "a refused step changes nothing");
                    if via != Via::Partner || matches!(step, Step::Accepted | Step::Declined | Step::ServiceReceived) {
                        let is_illegal_step = matches!(r, Err(CaseError::IllegalStep { .. }));
                        prop_assert!(is_illegal_step);
                    }
                }
            }
            prop_assert_eq!(state.referrals[0].status, model);
        }
    }
}

#[test]
fn an_illegal_step_names_where_the_referral_stands_and_what_is_allowed() {
    let mut log = opened_with_consent();
    log.push(created(4, Urgency::TwoWeeks, receipt(&[], &[])));
    let referral = log[3].id;
    log.push(ev(
        5,
        EventKind::ReferralStep {
            referral,
            step: Step::ServiceReceived,
            via: Via::Worker,
        },
    ));
    let err = fold(&log).expect_err("made → service received is not a step");
    let text = err.to_string();
    assert!(
        text.contains("Made") && text.contains("ServiceReceived"),
        "{text}"
    );
    assert!(text.contains("Sent"), "the allowed steps are named: {text}");
    // A step on a referral that does not exist.
    let mut other = opened_with_consent();
    other.push(ev(
        4,
        EventKind::ReferralStep {
            referral: Id([0xaa; 16]),
            step: Step::Sent,
            via: Via::Worker,
        },
    ));
    assert!(matches!(fold(&other), Err(CaseError::InvalidEvent { .. })));
}

#[test]
fn due_date_comes_from_the_urgency_and_the_time_it_was_made() {
    let mut log = opened_with_consent();
    log.push(created(4, Urgency::Within24Hours, receipt(&[], &[])));
    let s = fold(&log).expect("fold");
    let r = &s.referrals[0];
    assert_eq!(r.made_ms, log[3].at_ms);
    assert_eq!(r.due_ms, Some(log[3].at_ms + 24 * 3_600_000));
    assert_eq!(r.urgency, Some(Urgency::Within24Hours));
    assert_eq!(s.summary(Id([0; 16])).open_referrals, 1);
}

/// Logs written before the life cycle: `referral_made` and `referral_status_changed` with
/// the old statuses, as stored JSON, still decode and fold (any old status, any order);
/// a state stored before the new fields still decodes.
#[test]
fn old_referral_events_and_states_still_fold() {
    let made = r#"{"type":"referral_made","category":"ref.medical","service":"svc-1"}"#;
    let mut log = opened_with_consent();
    log.push(ev(4, serde_json::from_str(made).expect("old made")));
    let referral = log[3].id;
    for (i, status) in ["accepted", "declined", "made", "completed", "withdrawn"]
        .iter()
        .enumerate()
    {
        let json = format!(
            r#"{{"type":"referral_status_changed","referral":"{referral}","status":"{status}"}}"#
        );
        log.push(ev(
            5 + i as u64,
            serde_json::from_str(&json).expect("old status"),
        ));
    }
    let s = fold(&log).expect("old logs fold");
    assert_eq!(s.referrals[0].status, ReferralStatus::Withdrawn);
    assert_eq!(s.referrals[0].urgency, None);
    // An old referral, left at "completed", can still be closed with the new steps.
    log.truncate(8);
    assert_eq!(
        fold(&log).expect("fold").referrals[0].status,
        ReferralStatus::Completed
    );
    log.push(ev(
        20,
        EventKind::ReferralStep {
            referral,
            step: Step::Closed,
            via: Via::Worker,
        },
    ));
    assert_eq!(
        fold(&log).expect("fold").referrals[0].status,
        ReferralStatus::Closed
    );
    // No slip for an old referral: the person's agreement to share is not recorded.
    assert_eq!(
        slip(&fold(&log[..4]).expect("fold"), referral),
        Err(SlipError::NoReceipt)
    );

    let old_state = r#"{"reference":"R","alias":"","opened_ms":1,"updated_ms":2,"events":3,
        "last_screening":null,"notes":[],"consents":{"referral":true},
        "referrals":[{"id":"01010101-0101-0101-0101-010101010101","category":"ref.medical",
        "service":null,"status":"completed"}],"closed":false}"#;
    let st: CaseState = serde_json::from_str(old_state).expect("old state decodes");
    assert_eq!(st.referrals[0].receipt, None);
}

/// The consent receipt: the slip carries the fields the person agreed to share and
/// nothing else. The case has an alias and a screening result the person did not agree
/// to share: neither is on the slip.
#[test]
fn the_slip_carries_the_agreed_fields_and_nothing_else() {
    let mut log = opened_with_consent();
    let r = receipt(
        &[
            SharedField::Nationality,
            SharedField::Languages,
            SharedField::ContactByWorker,
        ],
        &[
            (SharedField::Nationality, "Invented-Land"),
            (SharedField::Languages, "fr, bm"),
        ],
    );
    log.push(created(4, Urgency::Within72Hours, r));
    let s = fold(&log).expect("fold");
    let slip = sanad_core::referral::slip(&s, log[3].id).expect("slip");
    let fields: Vec<SharedField> = slip.lines.iter().map(|l| l.field).collect();
    assert_eq!(
        fields,
        [
            SharedField::Nationality,
            SharedField::Languages,
            SharedField::ContactByWorker
        ]
    );
    let all = format!("{slip:?}");
    assert!(!all.contains("Planted-Alias-7Q"), "alias not agreed: {all}");
    assert!(!all.contains("tip_indicators"), "result not agreed: {all}");
    assert_eq!(slip.code, slip_code(log[3].id));
    assert_eq!(slip.reference, slip_reference(log[3].id));
    assert_eq!(slip.urgency, Urgency::Within72Hours);

    // Agreed: the alias and the result come from the case.
    let mut log2 = opened_with_consent();
    log2.push(created(
        4,
        Urgency::TwoWeeks,
        receipt(&[SharedField::Alias, SharedField::ScreeningOutcome], &[]),
    ));
    let s2 = fold(&log2).expect("fold");
    let values: Vec<String> = sanad_core::referral::slip(&s2, log2[3].id)
        .expect("slip")
        .lines
        .into_iter()
        .map(|l| l.value)
        .collect();
    assert_eq!(values, ["Planted-Alias-7Q", "tip_indicators_met"]);
}

#[test]
fn a_value_for_a_field_the_person_did_not_agree_to_share_is_refused() {
    let mut log = opened_with_consent();
    log.push(created(
        4,
        Urgency::Within72Hours,
        receipt(
            &[SharedField::Languages],
            &[(SharedField::Nationality, "Planted")],
        ),
    ));
    assert!(matches!(
        fold(&log),
        Err(CaseError::InvalidEvent {
            rule: "a referral carries only fields the person agreed to share",
            ..
        })
    ));
    let mut too_long = opened_with_consent();
    let long = "x".repeat(201);
    too_long.push(created(
        4,
        Urgency::Within72Hours,
        receipt(&[SharedField::Needs], &[(SharedField::Needs, &long)]),
    ));
    assert!(fold(&too_long).is_err());
    // Without the referral consent, no referral.
    let mut no_consent = opened_with_consent();
    no_consent.remove(1);
    no_consent.push(created(4, Urgency::TwoWeeks, receipt(&[], &[])));
    assert!(fold(&no_consent).is_err());
}

#[test]
fn a_withdrawn_referral_has_no_slip() {
    let mut log = opened_with_consent();
    log.push(created(4, Urgency::Within72Hours, receipt(&[], &[])));
    let referral = log[3].id;
    log.push(ev(
        5,
        EventKind::ReferralStep {
            referral,
            step: Step::Withdrawn,
            via: Via::Worker,
        },
    ));
    assert_eq!(
        slip(&fold(&log).expect("fold"), referral),
        Err(SlipError::Finished)
    );
}

#[test]
fn codes_are_short_unambiguous_and_forgiving_when_typed() {
    let id = Id([
        0x01, 0x90, 0xab, 0xcd, 0xef, 0x01, 0x70, 0x02, 0x83, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09,
        0x0a,
    ]);
    let code = slip_code(id);
    assert_eq!(code.len(), 6);
    assert!(
        code.bytes()
            .all(|b| b.is_ascii_digit() || (b.is_ascii_uppercase() && !b"ILOU".contains(&b)))
    );
    assert_eq!(slip_reference(id).len(), 9);
    assert!(code_matches(id, &code.to_lowercase()));
    assert!(code_matches(id, &format!("{} {}", &code[..3], &code[3..])));
    assert!(!code_matches(id, "ZZZZZZ"));
    assert_eq!(normalize_code("o1-iL"), "0111");
    assert_ne!(slip_code(Id([1; 16])), slip_code(Id([2; 16])));
    assert_ne!(slip_code(id), slip_reference(id)[..6].replace('-', ""));
}

#[test]
fn keys_round_trip() {
    assert_eq!(Urgency::Within24Hours.due_ms(1_000), 1_000 + 86_400_000);
    assert_eq!(Urgency::TwoWeeks.due_ms(0), 14 * 86_400_000);
    for u in Urgency::ALL {
        assert_eq!(Urgency::parse(u.as_str()), Some(u));
    }
    assert_eq!(Step::parse("completed"), Some(Step::ServiceReceived));
    for s in Step::ALL {
        assert_eq!(Step::parse(s.as_str()), Some(s));
    }
    for f in SharedField::ALL {
        assert_eq!(SharedField::parse(f.as_str()), Some(f));
    }
    let k = EventKind::ReferralStep {
        referral: Id([1; 16]),
        step: Step::ServiceReceived,
        via: Via::Partner,
    };
    let json = serde_json::to_string(&k).expect("json");
    assert_eq!(
        json,
        r#"{"type":"referral_step","referral":"01010101-0101-0101-0101-010101010101","step":"service_received","via":"partner"}"#
    );
    assert_eq!(serde_json::from_str::<EventKind>(&json).expect("back"), k);
}
