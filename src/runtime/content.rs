//! The checklist content in use: what the service reports after unlock and after each
//! sync (pulled content verified again, else the built-in content and why) becomes the
//! engine the runtime task asks, the texts every screen renders, and what "About" shows.

use dioxus::prelude::*;
use sanad_service::content::{Content, Fallback};
use std::rc::Rc;

use super::{AppState, Task, state};

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
        }
        if let Some(f) = c.fallbacks.first() {
            s.notice.set(Some(crate::backend::Problem::with_detail(
                "content-fallback",
                format!("{}: {}", f.kind, f.why),
            )));
        }
        s.content.set(ContentInUse {
            version: c.version(),
            refused: c.fallbacks.clone(),
        });
        self.content = c;
    }
}
