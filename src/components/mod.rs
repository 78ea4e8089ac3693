//! The pieces a person sees, one public component per file, named after what it shows.
//! Those only the published pages use are compiled for the `site` feature alone.

#[cfg(feature = "site")]
mod attribute_table;
mod change_badge;
mod clear_answers;
mod compare_form;
mod copy_link;
mod criteria_checklist;
mod dimension_detail;
mod dimension_steps;
mod evidence_note;
mod expectation_list;
#[cfg(feature = "site")]
mod fact_list;
#[cfg(feature = "site")]
mod focus_bar;
mod framework_errors;
mod gap_chart;
mod history_chart;
mod keep_snapshot;
#[cfg(feature = "site")]
mod level_card;
mod level_picker;
mod levels_missing;
mod link_problem;
mod method_note;
mod number_field;
mod open_assessment;
mod opened_file_note;
mod plan_timeline;
mod rating_scale;
mod readiness_table;
mod remember_switch;
mod report_actions;
mod share_panel;
mod site_footer;
mod site_header;
mod statement_examples;
mod still_to_answer;
mod storage_notice;
#[cfg(feature = "site")]
mod track_ladder;
mod unanswered_list;
mod verdict;

#[cfg(feature = "site")]
pub use attribute_table::AttributeTable;
pub use change_badge::ChangeBadge;
pub use clear_answers::ClearAnswers;
pub use compare_form::CompareForm;
pub use copy_link::CopyLink;
pub use criteria_checklist::criteria_checklist;
pub use dimension_detail::dimension_detail;
pub use dimension_steps::DimensionSteps;
pub use evidence_note::EvidenceNote;
pub use expectation_list::ExpectationList;
#[cfg(feature = "site")]
pub use fact_list::fact_list;
#[cfg(feature = "site")]
pub use focus_bar::FocusBar;
pub use framework_errors::{FrameworkErrors, FrameworkErrorsProps};
pub use gap_chart::GapChart;
pub use history_chart::HistoryChart;
pub use keep_snapshot::KeepSnapshot;
#[cfg(feature = "site")]
pub use level_card::LevelCard;
pub use level_picker::{LevelGroup, LevelPicker};
pub use levels_missing::LevelsMissing;
pub use link_problem::LinkProblem;
pub use method_note::{closing_months_matter, months_lines, MethodNote};
pub use number_field::NumberField;
pub use open_assessment::OpenAssessment;
pub use opened_file_note::OpenedFileNote;
pub use plan_timeline::plan_timeline;
pub use rating_scale::RatingScale;
pub use readiness_table::readiness_table;
pub use remember_switch::RememberSwitch;
pub use report_actions::ReportActions;
pub use share_panel::SharePanel;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use statement_examples::statement_examples;
pub use still_to_answer::still_to_answer;
pub use storage_notice::StorageNotice;
#[cfg(feature = "site")]
pub use track_ladder::TrackLadder;
pub use unanswered_list::UnansweredList;
pub use verdict::verdict;

/// The CSS class that colours a status (`ready`, `close`, `gap`, `incomplete`): a name for the
/// stylesheet, never a word on the page (those come from the catalogue).
pub fn status_class(s: ladder_core::Status) -> &'static str {
    use ladder_core::Status;
    match s {
        Status::Ready => "ready",
        Status::Close => "close",
        Status::Gap => "gap",
        Status::Incomplete => "incomplete",
    }
}
