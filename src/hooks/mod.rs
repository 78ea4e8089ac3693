//! Hooks: shared state from context (framework, a level of it, assessment, today, route) and the few browser
//! side effects views need (`page_effects.rs`: title, focus after navigation, the ready mark).

mod download;
mod page_effects;
mod rating_keys;
mod saved_answers;
mod use_assessment;
mod use_framework;
mod use_framework_file;
mod use_level;
mod use_local_answers;
mod use_route;
mod use_today;

pub use download::download_text;
pub use page_effects::{
    focus_main, read_site_index, use_focus_on_navigation, use_page_title, use_ready_mark,
    INDEX_META,
};
pub use rating_keys::use_rating_keys;
pub use saved_answers::{
    answers_kept, read_history, read_saved, write_history, Found, Kept, Place, SavedAnswers,
    SavedNotice, Startup, KEY, UNREADABLE_KEY,
};
pub use use_assessment::{
    use_assessment, AssessmentHandle, AssessmentProvider, News, OpenedFile, OpenedSummary,
    SaveState, SaveStatus,
};
pub use use_framework::{use_framework, SharedFramework};
pub use use_framework_file::{use_framework_file, FrameworkFile, FrameworkFiles};
pub use use_level::{use_level, FoundLevel};
pub use use_local_answers::{use_local_answers, LocalAnswers};
pub use use_route::{
    address_of, current_route, navigate, replace_address, use_canonical_address, use_route,
};
pub use use_today::{read_today, use_today, Today};
