//! The one navigation map of the app (shown once the store is unlocked).

use dioxus::prelude::*;

use crate::components::Shell;
use crate::views::{
    CaseScreen, CasesScreen, DirectoryScreen, EmergencyScreen, HomeScreen, IndicatorsScreen,
    ResultScreen, ScreeningScreen, ServiceScreen, SettingsScreen, SyncScreen,
};
use crate::views::{
    FacilitatorScreen, HandoutScreen, PracticeScreen, PracticeStudyScreen, QuizScreen,
};

/// Every screen, under the shared [`Shell`] layout.
#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        HomeScreen {},
        #[route("/screening")]
        ScreeningScreen {},
        #[route("/result")]
        ResultScreen {},
        #[route("/indicators")]
        IndicatorsScreen {},
        #[route("/emergency")]
        EmergencyScreen {},
        #[route("/directory")]
        DirectoryScreen {},
        #[route("/directory/:id")]
        ServiceScreen { id: String },
        #[route("/cases")]
        CasesScreen {},
        #[route("/cases/:id")]
        CaseScreen { id: String },
        #[route("/sync")]
        SyncScreen {},
        #[route("/settings")]
        SettingsScreen {},
        #[route("/practice")]
        PracticeScreen {},
        #[route("/practice/study/:id")]
        PracticeStudyScreen { id: String },
        #[route("/practice/quiz")]
        QuizScreen {},
        #[route("/practice/facilitator")]
        FacilitatorScreen {},
        #[route("/practice/handout")]
        HandoutScreen {},
        // Any other address (a stale link, the liveview test server's entry path) shows home.
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

/// An unknown address: the home screen.
#[component]
fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments;
    rsx! { HomeScreen {} }
}
