//! The hand-written vignettes give the result a supervisor expects, in full and adaptive
//! runs alike (outcome, classification, referrals and the flags shown).

use sanad_core::Engine;
use sanad_test_support::vignettes::VIGNETTES;

#[test]
fn vignettes_give_their_expected_results() {
    let e = Engine::embedded().expect("rules");
    for v in VIGNETTES {
        let a = v.answers();
        let r = e.evaluate(&a);
        assert_eq!(
            (r.outcome, r.classification),
            (v.outcome, v.classification),
            "{}",
            v.story
        );
        let (_, adaptive) = e.run_adaptive(|c| a.get(c).expect("complete"));
        assert_eq!(adaptive.decision(), r.decision(), "{}", v.story);
        if !r.is_gate() {
            assert_eq!(adaptive.flags, r.flags, "{}: flags", v.story);
        }
    }
}
