//! The baseline for `scripts/bench-app`: an empty Dioxus 0.7.10 desktop app, with the same
//! window, the same release profile and the same paint markers as Sanad.

use dioxus::prelude::*;

fn main() {
    use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
    let window = WindowBuilder::new()
        .with_title("Empty")
        .with_inner_size(LogicalSize::new(400.0, 860.0));
    let data = std::env::temp_dir().join(format!("sanad-empty-app-{}", std::process::id()));
    let config = Config::new()
        .with_window(window)
        .with_menu(None)
        .with_data_directory(data);
    dioxus::LaunchBuilder::desktop()
        .with_cfg(config)
        .launch(App);
}

#[component]
fn App() -> Element {
    use_hook(|| {
        if sanad::bench::enabled() {
            sanad::bench::report_after_paint("SANAD_FIRST_PAINT", false);
            sanad::bench::report_after_paint("SANAD_READY", true);
        }
    });
    rsx! { div { "Hello" } }
}
