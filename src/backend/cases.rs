//! The case worker: a thin adapter that runs the [`Service`] on its own thread, hands it
//! the app's commands and passes its events on to the runtime task. The use cases, the
//! store's life cycle and background sync are in `sanad-service`.

use futures_channel::mpsc::UnboundedSender;
use sanad_service::{Command, Config, Event, Service};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use super::{DirCmd, Out, Problem};

/// How often the worker lets time pass in the service (auto-lock, finished syncs,
/// background syncs due) when no command comes.
const TICK: Duration = Duration::from_millis(250);

fn out_of(e: Event) -> Option<Out> {
    Some(match e {
        Event::Gate(g) => Out::Gate(g),
        Event::Notice(p) => Out::Notice(p),
        Event::Draft(d) => Out::Draft(d),
        Event::Unsynced(n) => Out::Unsynced(n),
        Event::Cases(c) => Out::Cases(c),
        Event::Case(c) => Out::Case(c),
        Event::Saved { case, reference } => Out::Saved { case, reference },
        Event::Referred { target } => Out::Referred { target },
        Event::Sync(v) => Out::Sync(v),
        Event::Settings(v) => Out::Settings(v),
        // Tell the worker when kept content was refused, and why. (Using the pulled texts
        // and rules in the screens is not built yet: the built-in content stays in use.)
        Event::Content(c) => {
            let f = c.fallbacks.first()?;
            Out::Notice(Problem::with_detail(
                "content-fallback",
                format!("{}: {}", f.kind, f.why),
            ))
        }
        Event::Pulled => return None,
        Event::AccessExport(x) => Out::AccessExport(x),
        // The service closes the case's views itself (an empty case, a new list).
        Event::Erased { .. } => return None,
    })
}

/// The worker's loop: ends when the app drops its sender.
pub(super) fn run(
    data_dir: &Path,
    rx: Receiver<Command>,
    directory: Sender<DirCmd>,
    out: UnboundedSender<Out>,
) {
    let mut cfg = Config::new(data_dir.to_path_buf());
    cfg.built_in_org = super::BUILT_IN_ORG;
    let mut service = Service::start(cfg, move |e| {
        if e == Event::Pulled {
            // A sync may have installed a newer directory.
            let _ = directory.send(DirCmd::Reload);
        }
        if let Some(o) = out_of(e) {
            let _ = out.unbounded_send(o);
        }
    });
    super::handled();
    loop {
        match rx.recv_timeout(TICK) {
            Ok(cmd) => {
                service.handle(cmd);
                super::handled();
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        service.tick();
    }
}
