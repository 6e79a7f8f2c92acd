use dioxus::prelude::*;

use crate::i18n::use_tr;

/// The national numbers FACTS.md marks confirmed (§2.4): police 19, gendarmerie 177,
/// civil protection 15, and the national anti-trafficking line 0800004747.
pub const EMERGENCY_NUMBERS: [(&str, &str); 4] = [
    ("emergency-police", "19"),
    ("emergency-gendarmerie", "177"),
    ("emergency-civil-protection", "15"),
    ("emergency-tip-line", "0800004747"),
];

/// Emergency numbers with call buttons.
#[component]
pub fn EmergencyScreen() -> Element {
    rsx! { EmergencyList {} }
}

/// The numbers themselves (also shown from the locked screens).
#[component]
pub fn EmergencyList() -> Element {
    let tr = use_tr();
    rsx! {
        h1 { {tr.t("emergency-title")} }
        ul { class: "numbers", id: "emergency-numbers",
            for (label, number) in EMERGENCY_NUMBERS {
                li { key: "{number}",
                    span { class: "who", {tr.t(label)} }
                    a { class: "big call", href: "tel:{number}", {tr.s("emergency-call", "number", number)} }
                }
            }
        }
        p { class: "note", {tr.t("emergency-note")} }
    }
}
