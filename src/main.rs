//! Sanad desktop / mobile entry point: window configuration, then the app.
#![cfg_attr(
    all(not(debug_assertions), target_os = "windows"),
    windows_subsystem = "windows"
)]

use sanad::app::App;

fn main() {
    #[cfg(feature = "desktop")]
    {
        use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
        let window = WindowBuilder::new()
            .with_title("Sanad")
            .with_inner_size(LogicalSize::new(400.0, 860.0))
            .with_min_inner_size(LogicalSize::new(320.0, 480.0));
        let config = Config::new()
            .with_window(window)
            .with_menu(None)
            .with_data_directory(sanad::platform::webview_data_dir())
            .with_background_color((250, 250, 247, 255));
        dioxus::LaunchBuilder::desktop()
            .with_cfg(config)
            .launch(App);
    }
    #[cfg(not(feature = "desktop"))]
    dioxus::launch(App);
}
