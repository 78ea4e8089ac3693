//! One file per view a person can navigate to; each matches a `Route`.
//!
//! The views that only show the framework (the landing, a level, the promotion guide) are
//! published pages: they are compiled for the `site` feature alone, so the wasm never carries
//! them, and the app's `PublishedPage` sends the browser to their page.

mod assess_criteria;
mod assess_dimension;
mod assess_report;
mod assess_start;
mod compare;
mod find_level;
mod history;
#[cfg(feature = "site")]
mod home;
#[cfg(feature = "site")]
mod level;
mod not_found;
mod opinion;
#[cfg(feature = "site")]
mod promotion;
mod published;
mod rate_request;
mod role;
mod shared_report;

pub use assess_criteria::AssessCriteriaPage;
pub use assess_dimension::AssessDimensionPage;
pub use assess_report::AssessReportPage;
pub use assess_start::AssessStartPage;
pub use compare::ComparePage;
pub use find_level::FindLevelPage;
pub use history::HistoryPage;
#[cfg(feature = "site")]
pub use home::HomePage;
#[cfg(feature = "site")]
pub use level::LevelPage;
pub use not_found::{NotFoundPage, UnknownLevel};
pub use opinion::OpinionPage;
#[cfg(feature = "site")]
pub use promotion::PromotionPage;
pub use published::PublishedPage;
pub use rate_request::RateRequestPage;
pub use role::{RoleBuilderPage, RolePage};
pub use shared_report::SharedReportPage;
