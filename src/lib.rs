//! Ladder's browser app: thin Yew glue between the pure core (`ladder-core`) and the screen.
//!
//! `app.rs` fetches the page's framework and routes; `site.rs` (feature `site`) renders
//! the published pages at build time; `pages/` holds one file per view a person
//! navigates to, `components/` the pieces they see, `hooks/` the shared state and side effects.

#[macro_use]
pub mod words;
mod app;
pub mod components;
pub mod hooks;
pub mod pages;
pub mod route;
#[cfg(feature = "site")]
pub mod site;

pub use app::{
    assessment_views, first_assessment, people_views, start, App, Providers, ProvidersProps,
};
