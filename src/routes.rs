//! The one navigation map of the app.

use dioxus::prelude::*;

use crate::components::Shell;
use crate::views::{
    DirectoryScreen, EmergencyScreen, HomeScreen, IndicatorsScreen, ResultScreen, ScreeningScreen,
    ServiceScreen,
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
}
