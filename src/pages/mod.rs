//! One file per view a person can navigate to; each matches a `Route`.

mod compare;
mod home;
mod level;
mod not_found;
mod promotion;

pub use compare::ComparePage;
pub use home::HomePage;
pub use level::LevelPage;
pub use not_found::{NotFoundPage, UnknownLevel};
pub use promotion::PromotionPage;
