//! The pieces a person sees, one public component per file, named after what it shows.

mod attribute_table;
mod change_badge;
mod criteria_checklist;
mod dimension_steps;
mod expectation_list;
mod fact_list;
mod focus_bar;
mod framework_errors;
mod gap_chart;
mod level_card;
mod level_picker;
mod number_field;
mod plan_timeline;
mod rating_scale;
mod site_footer;
mod site_header;
mod track_ladder;

pub use attribute_table::AttributeTable;
pub use change_badge::ChangeBadge;
pub use criteria_checklist::CriteriaChecklist;
pub use dimension_steps::DimensionSteps;
pub use expectation_list::ExpectationList;
pub use fact_list::fact_list;
pub use focus_bar::FocusBar;
pub use framework_errors::{FrameworkErrors, FrameworkErrorsProps};
pub use gap_chart::GapChart;
pub use level_card::LevelCard;
pub use level_picker::LevelPicker;
pub use number_field::NumberField;
pub use plan_timeline::{explain, plan_timeline};
pub use rating_scale::RatingScale;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use track_ladder::TrackLadder;
