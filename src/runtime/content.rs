//! The checklist content in use: what the service reports after unlock and after each
//! sync (pulled content verified again, else the built-in content and why) becomes the
//! engine the runtime task asks, the texts every screen renders, the studies the practice
//! screens list (the built-in ones with the pulled `training` pack's), and what "About"
//! shows.

use dioxus::prelude::*;
use sanad_service::content::{Content, Fallback};
use std::rc::Rc;

use super::{AppState, Task, TrainingData, state};

/// What "About" shows of the content in use.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContentInUse {
    /// The version of the organisation's content in use; `None`: the built-in content.
    pub version: Option<u64>,
    /// Kept files that were refused, and why (plain words, no content).
    pub refused: Vec<Fallback>,
}

impl Task {
    /// Use `c`: a new engine and new texts only when what is used changed.
    pub(super) fn content(&mut self, c: Content) {
        let mut s: AppState = self.state;
        if c.pulled != self.content.pulled {
            match c.localizer() {
                Ok(l10n) => {
                    let l10n = Rc::new(l10n);
                    self.index = l10n.indicator_index();
                    self.l10n.set(l10n);
                }
                Err(e) => s.error.set(Some(e.to_string())),
            }
            self.engine = c.engine().map_err(|e| e.to_string());
            if let Ok(e) = &self.engine {
                s.observed_always.set(Rc::new(state::always_observed(e)));
            }
            let view = self.screening_view();
            s.screening.set(view);
            self.training(&c);
        }
        let mut refused = c.fallbacks.clone();
        refused.extend(self.practice.pack_refused.clone());
        if let Some(f) = refused.first() {
            s.notice.set(Some(crate::backend::Problem::with_detail(
                "content-fallback",
                format!("{}: {}", f.kind, f.why),
            )));
        }
        s.content.set(ContentInUse {
            version: c.version(),
            refused,
        });
        self.content = c;
    }

    /// The studies the practice screens list: the built-in ones with the pulled pack's.
    fn training(&mut self, c: &Content) {
        let Ok(engine) = &self.engine else { return };
        let pack = c.pulled.get("training").map(|(_, p)| p.as_str());
        let (data, why) = TrainingData::with_pack(engine, pack);
        self.practice.pack_refused = why.map(|why| Fallback {
            kind: "training".into(),
            why,
        });
        self.state.training.set(Some(Rc::new(data)));
    }
}
