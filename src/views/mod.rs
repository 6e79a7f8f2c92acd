//! One module per screen.

mod directory;
mod emergency;
mod home;
mod indicators;
mod result;
mod screening;

pub use directory::{DirectoryScreen, ServiceScreen};
pub use emergency::{EMERGENCY_NUMBERS, EmergencyScreen};
pub use home::HomeScreen;
pub use indicators::IndicatorsScreen;
pub use result::ResultScreen;
pub use screening::ScreeningScreen;
