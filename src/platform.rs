//! Platform glue: where the app keeps its data.

use std::path::PathBuf;

/// The app's data directory: `$SANAD_DATA_DIR` if set (tests use a temporary one), else the
/// platform's per-user data folder.
pub fn data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("SANAD_DATA_DIR") {
        return PathBuf::from(d);
    }
    #[cfg(target_os = "windows")]
    if let Some(d) = std::env::var_os("APPDATA") {
        return PathBuf::from(d).join("Sanad");
    }
    #[cfg(target_os = "macos")]
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join("Library/Application Support/org.sanad.app");
    }
    if let Some(d) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(d).join("sanad");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".local/share/sanad");
    }
    std::env::temp_dir().join("sanad")
}

/// Where the desktop webview keeps its own data (cache, local storage): inside the app's
/// data directory, never the webview's shared default.
pub fn webview_data_dir() -> PathBuf {
    data_dir().join("webview")
}

/// The interface language chosen last (kept outside the encrypted store, so the set-up
/// and unlock screens speak it; it reveals nothing about cases).
pub fn load_ui_lang(data_dir: &std::path::Path) -> Option<sanad_i18n::Lang> {
    let code = std::fs::read_to_string(data_dir.join("ui-language")).ok()?;
    sanad_i18n::Lang::ALL
        .into_iter()
        .find(|l| l.code() == code.trim())
}

/// Remember the interface language (best effort: a failure only means the next start
/// shows the default language).
pub fn save_ui_lang(data_dir: &std::path::Path, lang: sanad_i18n::Lang) {
    let _ = std::fs::create_dir_all(data_dir);
    let _ = std::fs::write(data_dir.join("ui-language"), lang.code());
}
