//! In-process UI harness: the real app in a VirtualDom, driven by real event dispatch
//! (`VirtualDom::handle_event`), read back as server-rendered HTML.
//!
//! Elements are found the way a person finds them: by their HTML `id`. The harness walks
//! the mounted VNodes of every scope, finds the element whose static or dynamic `id`
//! attribute matches and that listens for the event, and dispatches to its ElementId.

#![allow(dead_code)]

use dioxus::prelude::*;
use dioxus_core::{
    AttributeValue, DynamicNode, ElementId, NoOpMutations, ScopeId, TemplateAttribute,
    TemplateNode, VNode,
};
use dioxus_html::{
    PlatformEventData, SerializedFormData, SerializedHtmlEventConverter, SerializedMouseData,
};
use std::rc::Rc;
use std::time::Duration;

/// The passphrase the tests set up.
pub const PASSPHRASE: &str = "lune bleue sur la mer";

pub struct Ui {
    dom: VirtualDom,
    rt: tokio::runtime::Runtime,
    /// The app's data directory (removed when the test ends).
    pub data: sanad_test_support::env::TempDir,
}

impl Ui {
    /// The app, rendered and settled.
    pub fn start() -> Ui {
        dioxus_html::set_event_converter(Box::new(SerializedHtmlEventConverter));
        Ui::boot(sanad_test_support::env::TempDir::new("app"))
    }

    /// The app on `data`, rendered, once its first screen (set-up or unlock) is shown.
    fn boot(data: sanad_test_support::env::TempDir) -> Ui {
        let mut dom = VirtualDom::new_with_props(
            sanad::app::AppIn,
            sanad::app::AppInProps {
                data_dir: data.path().to_path_buf(),
            },
        );
        dom.rebuild_in_place();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("tokio runtime");
        let mut ui = Ui { dom, rt, data };
        ui.wait_for_any(&["setup-create", "unlock"]);
        ui
    }

    /// The app after a first run: store created with [`PASSPHRASE`], home shown.
    pub fn unlocked() -> Ui {
        let mut ui = Ui::start();
        ui.input("setup-pass", PASSPHRASE);
        ui.input("setup-confirm", PASSPHRASE);
        ui.click("setup-create");
        ui.wait_for("new-screening");
        ui
    }

    /// Settle until an element with this id is shown (the workers answer from their own
    /// threads; key derivation takes about a second). Panics with the page after 60 s.
    pub fn wait_for(&mut self, id: &str) {
        self.wait_for_any(&[id]);
    }

    /// Settle until one of these ids is shown.
    pub fn wait_for_any(&mut self, ids: &[&str]) {
        self.wait_until(
            |html| ids.iter().any(|id| html.contains(&format!("id=\"{id}\""))),
            &ids.join(" or "),
        );
    }

    /// Settle until the page satisfies `ok`.
    pub fn wait_until(&mut self, ok: impl Fn(&str) -> bool, what: &str) {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            self.settle();
            let html = self.html();
            if ok(&html) {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "waited 60 s for {what}:\n{html}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The app on the same data directory, as after the app was killed and started again.
    pub fn restart(self) -> Ui {
        let Ui { dom, rt, data } = self;
        drop(dom);
        drop(rt);
        Ui::boot(data)
    }

    /// Stop the app, let `f` change its data directory (as another program on the same
    /// phone would), then start it again on it.
    pub fn restart_with(self, f: impl FnOnce(&std::path::Path)) -> Ui {
        let Ui { dom, rt, data } = self;
        drop(dom);
        drop(rt);
        f(data.path());
        Ui::boot(data)
    }

    /// Run tasks (the runtime coroutine, router) and re-render until nothing is pending.
    pub fn settle(&mut self) {
        for _ in 0..4000 {
            let dom = &mut self.dom;
            let worked = self.rt.block_on(async {
                tokio::time::timeout(Duration::from_millis(15), dom.wait_for_work())
                    .await
                    .is_ok()
            });
            self.dom.render_immediate(&mut NoOpMutations);
            // Done when nothing is pending here and no worker is still handling a command
            // (a worker sends its events before it counts the command as handled).
            if !worked && sanad::backend::in_flight() == 0 {
                return;
            }
        }
    }

    /// The current HTML.
    pub fn html(&self) -> String {
        dioxus_ssr::render(&self.dom)
    }

    /// Whether an element with this id is shown.
    pub fn has(&self, id: &str) -> bool {
        self.html().contains(&format!("id=\"{id}\""))
    }

    /// Click the element with this HTML id (panics with the page if there is none).
    pub fn click(&mut self, id: &str) {
        let el = self
            .find(id, "onclick")
            .unwrap_or_else(|| panic!("no clickable #{id} in:\n{}", self.html()));
        let data = PlatformEventData::new(Box::new(SerializedMouseData::default()));
        self.dom.runtime().handle_event(
            "click",
            dioxus_core::Event::new(Rc::new(data) as Rc<dyn std::any::Any>, true),
            el,
        );
        self.settle();
    }

    /// Type into an (uncontrolled) input: fires `input` with the new value.
    pub fn input(&mut self, id: &str, value: &str) {
        let el = self
            .find(id, "oninput")
            .unwrap_or_else(|| panic!("no input #{id} in:\n{}", self.html()));
        let data = PlatformEventData::new(Box::new(SerializedFormData::new(
            value.to_owned(),
            Vec::new(),
        )));
        self.dom.runtime().handle_event(
            "input",
            dioxus_core::Event::new(Rc::new(data) as Rc<dyn std::any::Any>, true),
            el,
        );
        self.settle();
    }

    /// Choose a value in a select: fires `change` with the new value.
    pub fn change(&mut self, id: &str, value: &str) {
        let el = self
            .find(id, "onchange")
            .unwrap_or_else(|| panic!("no select #{id} in:\n{}", self.html()));
        let data = PlatformEventData::new(Box::new(SerializedFormData::new(
            value.to_owned(),
            Vec::new(),
        )));
        self.dom.runtime().handle_event(
            "change",
            dioxus_core::Event::new(Rc::new(data) as Rc<dyn std::any::Any>, true),
            el,
        );
        self.settle();
    }

    fn find(&self, id: &str, listener: &str) -> Option<ElementId> {
        for scope in 0..4096 {
            let Some(state) = self.dom.get_scope(ScopeId(scope)) else {
                continue;
            };
            let Some(root) = state.try_root_node() else {
                continue;
            };
            if let Some(el) = walk(root, &self.dom, id, listener) {
                return Some(el);
            }
        }
        None
    }
}

fn walk(v: &VNode, dom: &VirtualDom, want: &str, listener: &str) -> Option<ElementId> {
    for (i, attrs) in v.dynamic_attrs.iter().enumerate() {
        let listens = attrs
            .iter()
            .any(|a| a.name == listener && matches!(a.value, AttributeValue::Listener(_)));
        if listens && id_at(v, v.template.attr_paths[i]).as_deref() == Some(want) {
            return v.mounted_dynamic_attribute(i, dom);
        }
    }
    for node in v.dynamic_nodes.iter() {
        if let DynamicNode::Fragment(children) = node {
            for c in children {
                if let Some(el) = walk(c, dom, want, listener) {
                    return Some(el);
                }
            }
        }
    }
    None
}

/// The `id` attribute of the template element at `path`.
fn id_at(v: &VNode, path: &[u8]) -> Option<String> {
    let mut node = v.template.roots.get(usize::from(*path.first()?))?;
    for step in &path[1..] {
        let TemplateNode::Element { children, .. } = node else {
            return None;
        };
        node = children.get(usize::from(*step))?;
    }
    let TemplateNode::Element { attrs, .. } = node else {
        return None;
    };
    for a in attrs.iter() {
        match a {
            TemplateAttribute::Static {
                name: "id", value, ..
            } => return Some((*value).to_owned()),
            TemplateAttribute::Dynamic { id } => {
                for d in v.dynamic_attrs[*id].iter() {
                    if let ("id", AttributeValue::Text(t)) = (d.name, &d.value) {
                        return Some(t.clone());
                    }
                }
            }
            _ => {}
        }
    }
    None
}
