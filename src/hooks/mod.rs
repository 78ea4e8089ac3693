//! Hooks: the framework from context, and the few side effects views need (title, focus, marks) and the
//! current route..

mod use_assessment;
mod use_framework;
mod use_page_title;
mod use_route;
mod use_today;

pub use use_assessment::{use_assessment, AssessmentHandle, AssessmentProvider};
pub use use_framework::{use_framework, SharedFramework};
pub use use_page_title::{focus_main, use_focus_on_navigation, use_page_title, use_ready_mark};
pub use use_route::{navigate, use_route};
pub use use_today::{read_today, use_today, Today};
