//! An in-memory case repository and the conformance suite every `CaseRepository` must pass.

use sanad_core::case::{ConsentScope, ReferralStatus};
use sanad_core::{
    CaseError, CaseId, CaseRepository, CaseSummary, Event, EventKind, Id, RefCategory, fold_check,
};
use std::collections::BTreeMap;

/// A reference implementation kept in memory (ids from a counter, time from a counter).
#[derive(Debug, Default)]
pub struct MemoryCases {
    events: Vec<Event>,
    refs: BTreeMap<String, CaseId>,
    drafts: BTreeMap<String, Vec<u8>>,
    tick: u64,
}

impl MemoryCases {
    /// Empty.
    pub fn new() -> MemoryCases {
        MemoryCases::default()
    }
    fn next(&mut self) -> (Id, i64) {
        self.tick += 1;
        let mut b = [0u8; 16];
        b[8..].copy_from_slice(&self.tick.to_be_bytes());
        (Id(b), self.tick as i64)
    }
    fn write(&mut self, case: CaseId, kind: EventKind) -> Result<Event, CaseError> {
        let (id, at_ms) = self.next();
        let seq = self.events.len() as u64 + 1;
        let e = Event {
            id,
            case_id: case,
            device_id: Id([1; 16]),
            seq,
            at_ms,
            kind,
        };
        let mut existing: Vec<&Event> = self.events.iter().filter(|x| x.case_id == case).collect();
        existing.push(&e);
        fold_check(existing)?;
        self.events.push(e.clone());
        Ok(e)
    }
}

impl CaseRepository for MemoryCases {
    fn open_case(&mut self, reference: &str, alias: &str) -> Result<Event, CaseError> {
        let key = reference.trim().to_lowercase();
        if key.is_empty() {
            return Err(CaseError::Invalid("a case needs a reference"));
        }
        if self.refs.contains_key(&key) {
            return Err(CaseError::DuplicateReference);
        }
        let (case, _) = self.next();
        let e = self.write(
            case,
            EventKind::Opened {
                reference: reference.trim().to_owned(),
                alias: alias.to_owned(),
            },
        )?;
        self.refs.insert(key, case);
        Ok(e)
    }
    fn append(&mut self, case: CaseId, kind: EventKind) -> Result<Event, CaseError> {
        if matches!(kind, EventKind::Opened { .. }) {
            return Err(CaseError::Invalid("use open_case to open a case"));
        }
        if !self.events.iter().any(|e| e.case_id == case) {
            return Err(CaseError::NotFound(case));
        }
        self.write(case, kind)
    }
    fn events(&self, case: CaseId) -> Result<Vec<Event>, CaseError> {
        let v: Vec<Event> = self
            .events
            .iter()
            .filter(|e| e.case_id == case)
            .cloned()
            .collect();
        if v.is_empty() {
            Err(CaseError::NotFound(case))
        } else {
            Ok(v)
        }
    }
    fn find_by_reference(&self, reference: &str) -> Result<Option<CaseId>, CaseError> {
        Ok(self.refs.get(&reference.trim().to_lowercase()).copied())
    }
    fn list(&self) -> Result<Vec<Result<CaseSummary, CaseError>>, CaseError> {
        let mut v: Vec<CaseSummary> = self
            .refs
            .values()
            .map(|id| self.case(*id).map(|s| s.summary(*id)))
            .collect::<Result<_, _>>()?;
        v.sort_by(|a, b| b.updated_ms.cmp(&a.updated_ms).then(b.id.cmp(&a.id)));
        Ok(v.into_iter().map(Ok).collect())
    }
    fn events_after(&self, after: u64) -> Result<Vec<Event>, CaseError> {
        Ok(self
            .events
            .iter()
            .filter(|e| e.seq > after)
            .cloned()
            .collect())
    }
    fn save_draft(&mut self, slot: &str, data: &[u8]) -> Result<(), CaseError> {
        self.drafts.insert(slot.to_owned(), data.to_vec());
        Ok(())
    }
    fn load_draft(&self, slot: &str) -> Result<Option<Vec<u8>>, CaseError> {
        Ok(self.drafts.get(slot).cloned())
    }
    fn delete_draft(&mut self, slot: &str) -> Result<(), CaseError> {
        self.drafts.remove(slot);
        Ok(())
    }
}

/// The conformance suite: behaviour every case repository must have. `fresh` makes an
/// empty, usable repository.
pub fn conformance<R: CaseRepository>(mut fresh: impl FnMut() -> R) {
    open_and_read_back(&mut fresh());
    references_are_unique_and_exact(&mut fresh());
    rules_are_enforced_and_rejections_change_nothing(&mut fresh());
    list_is_most_recent_first(&mut fresh());
    sequence_has_no_gaps(&mut fresh());
    drafts(&mut fresh());
}

fn open_and_read_back<R: CaseRepository>(r: &mut R) {
    let opened = r
        .open_case("OUJ-2026-001", "Amina (invented)")
        .expect("open");
    let case = opened.case_id;
    r.append(
        case,
        EventKind::NoteAdded {
            text: "met at the station".into(),
        },
    )
    .expect("note");
    r.append(
        case,
        EventKind::ConsentRecorded {
            scope: ConsentScope::Referral,
            given: true,
        },
    )
    .expect("consent");
    let referral = r
        .append(
            case,
            EventKind::ReferralMade {
                category: RefCategory::Medical,
                service: Some("svc-1".into()),
            },
        )
        .expect("referral");
    r.append(
        case,
        EventKind::ReferralStatusChanged {
            referral: referral.id,
            status: ReferralStatus::Completed,
        },
    )
    .expect("status");
    let events = r.events(case).expect("events");
    assert_eq!(events.len(), 5);
    assert_eq!(events[0], opened);
    assert!(
        events
            .windows(2)
            .all(|w| w[0].seq < w[1].seq && w[0].at_ms <= w[1].at_ms)
    );
    let state = r.case(case).expect("state");
    assert_eq!(
        state,
        sanad_core::case::fold(&events).expect("fold"),
        "state is the fold of the events"
    );
    assert_eq!(state.reference, "OUJ-2026-001");
    assert_eq!(state.notes, ["met at the station"]);
    assert_eq!(state.referrals[0].status, ReferralStatus::Completed);
    assert!(matches!(
        r.events(Id([0xee; 16])),
        Err(CaseError::NotFound(_))
    ));
    assert!(matches!(
        r.append(Id([0xee; 16]), EventKind::NoteAdded { text: "x".into() }),
        Err(CaseError::NotFound(_))
    ));
}

fn references_are_unique_and_exact<R: CaseRepository>(r: &mut R) {
    let a = r.open_case("REF-A", "").expect("open").case_id;
    assert_eq!(
        r.open_case("REF-A", "other"),
        Err(CaseError::DuplicateReference)
    );
    assert_eq!(
        r.open_case(" ref-a ", "other"),
        Err(CaseError::DuplicateReference),
        "trimmed, case-insensitive"
    );
    assert_eq!(r.find_by_reference("REF-A").expect("find"), Some(a));
    assert_eq!(r.find_by_reference("ref-a").expect("find"), Some(a));
    assert_eq!(
        r.find_by_reference("REF-").expect("find"),
        None,
        "exact match only"
    );
    assert!(matches!(r.open_case("   ", ""), Err(CaseError::Invalid(_))));
}

fn rules_are_enforced_and_rejections_change_nothing<R: CaseRepository>(r: &mut R) {
    let case = r.open_case("RULES-1", "").expect("open").case_id;
    let before = r.events(case).expect("events");
    let no_consent = r.append(
        case,
        EventKind::ReferralMade {
            category: RefCategory::Shelter,
            service: None,
        },
    );
    assert!(matches!(no_consent, Err(CaseError::InvalidEvent { .. })));
    assert!(matches!(
        r.append(
            case,
            EventKind::Opened {
                reference: "X".into(),
                alias: String::new()
            }
        ),
        Err(CaseError::Invalid(_))
    ));
    assert_eq!(
        r.events(case).expect("events"),
        before,
        "a rejected event changes nothing"
    );
    r.append(
        case,
        EventKind::Closed {
            reason: String::new(),
        },
    )
    .expect("close");
    assert!(
        r.append(
            case,
            EventKind::NoteAdded {
                text: "late".into()
            }
        )
        .is_err()
    );
    assert!(r.case(case).expect("state").closed);
}

fn list_is_most_recent_first<R: CaseRepository>(r: &mut R) {
    let a = r.open_case("L-A", "").expect("a").case_id;
    let b = r.open_case("L-B", "").expect("b").case_id;
    r.append(
        a,
        EventKind::NoteAdded {
            text: "newer".into(),
        },
    )
    .expect("note");
    let list: Vec<CaseSummary> = r
        .list()
        .expect("list")
        .into_iter()
        .collect::<Result<_, _>>()
        .expect("all readable");
    let ids: Vec<CaseId> = list.iter().map(|s| s.id).collect();
    assert_eq!(ids, [a, b]);
    assert_eq!(list[0].reference, "L-A");
}

fn sequence_has_no_gaps<R: CaseRepository>(r: &mut R) {
    let c = r.open_case("SEQ", "").expect("open").case_id;
    let _ = r.append(
        c,
        EventKind::ReferralMade {
            category: RefCategory::Medical,
            service: None,
        },
    );
    for i in 0..5 {
        r.append(
            c,
            EventKind::NoteAdded {
                text: format!("n{i}"),
            },
        )
        .expect("note");
    }
    let all = r.events_after(0).expect("all");
    let seqs: Vec<u64> = all.iter().map(|e| e.seq).collect();
    assert_eq!(
        seqs,
        (1..=seqs.len() as u64).collect::<Vec<_>>(),
        "rejected events take no sequence number"
    );
    let tail = r.events_after(seqs.len() as u64 - 2).expect("tail");
    assert_eq!(tail.len(), 2);
}

fn drafts<R: CaseRepository>(r: &mut R) {
    assert_eq!(r.load_draft("screening").expect("load"), None);
    r.save_draft("screening", b"one").expect("save");
    r.save_draft("screening", b"two").expect("overwrite");
    assert_eq!(
        r.load_draft("screening").expect("load").as_deref(),
        Some(&b"two"[..])
    );
    r.delete_draft("screening").expect("delete");
    assert_eq!(r.load_draft("screening").expect("load"), None);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_memory_repository_conforms() {
        super::conformance(super::MemoryCases::new);
    }
}
