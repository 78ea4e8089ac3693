//! One file per view a person can navigate to; each matches a `Route`.

mod assess_criteria;
mod assess_dimension;
mod assess_report;
mod assess_start;
mod compare;
mod find_level;
mod history;
mod home;
mod level;
mod not_found;
mod opinion;
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
pub use home::HomePage;
pub use level::LevelPage;
pub use not_found::{NotFoundPage, UnknownLevel};
pub use opinion::OpinionPage;
pub use promotion::PromotionPage;
pub use published::PublishedPage;
pub use rate_request::RateRequestPage;
pub use role::{RoleBuilderPage, RolePage};
pub use shared_report::SharedReportPage;
