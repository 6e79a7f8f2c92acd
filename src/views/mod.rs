//! One module per screen.

mod case_rights;
mod cases;
mod directory;
mod emergency;
mod gate;
mod home;
mod indicators;
mod result;
mod screening;
mod settings;
mod stop;
mod sync;

pub use cases::{CaseScreen, CasesScreen};
pub use directory::{DirectoryScreen, ServiceScreen};
pub use emergency::{EMERGENCY_NUMBERS, EmergencyList, EmergencyScreen};
pub use gate::{FirstRunScreen, UnlockScreen};
pub use home::{HomeScreen, NewScreeningButton};
pub use indicators::IndicatorsScreen;
pub use result::ResultScreen;
pub use screening::ScreeningScreen;
pub use settings::SettingsScreen;
pub use stop::StopCard;
pub use sync::SyncScreen;
