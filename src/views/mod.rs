//! One module per screen.

mod case_rights;
mod cases;
mod directory;
mod emergency;
mod facilitator;
mod gate;
mod home;
mod indicators;
mod practice;
mod quiz;
mod referrals;
mod result;
mod screening;
mod settings;
mod stop;
mod sync;
mod timeline;

pub use cases::{CaseScreen, CasesScreen};
pub use directory::{DirectoryScreen, ServiceScreen};
pub use emergency::{EMERGENCY_NUMBERS, EmergencyList, EmergencyScreen};
pub use facilitator::{FacilitatorScreen, HandoutScreen};
pub use gate::{FirstRunScreen, UnlockScreen};
pub use home::{HomeScreen, NewScreeningButton};
pub use indicators::IndicatorsScreen;
pub use practice::{PracticeBanner, PracticeResult, PracticeScreen, PracticeStudyScreen, Story};
pub use quiz::QuizScreen;
pub use referrals::{FollowUps, ReferralTerms};
pub use result::ResultScreen;
pub use screening::ScreeningScreen;
pub use settings::SettingsScreen;
pub use stop::StopCard;
pub use sync::SyncScreen;
