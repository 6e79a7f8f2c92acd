use dioxus::prelude::*;

use crate::i18n::use_tr;
use crate::routes::Route;
use crate::runtime::Command;

/// Home: large actions.
#[component]
pub fn HomeScreen() -> Element {
    let tr = use_tr();
    let rt = use_coroutine_handle::<Command>();
    let nav = navigator();
    rsx! {
        h1 { class: "title", {tr.t("app-name")} }
        p { class: "tagline", {tr.t("app-tagline")} }
        nav { class: "actions",
            button { class: "big primary", id: "new-screening",
                onclick: move |_| {
                    rt.send(Command::NewScreening);
                    nav.push(Route::ScreeningScreen {});
                },
                {tr.t("home-new-screening")}
            }
            Link { class: "big", id: "open-directory", to: Route::DirectoryScreen {}, {tr.t("home-directory")} }
            Link { class: "big", id: "open-indicators", to: Route::IndicatorsScreen {}, {tr.t("home-indicators")} }
            Link { class: "big danger", id: "open-emergency", to: Route::EmergencyScreen {}, {tr.t("home-emergency")} }
        }
    }
}
