//! Ladder's browser app: thin Yew glue between the pure core (`ladder-core`) and the screen.
//!
//! `app.rs` loads the embedded framework and routes; `pages/` holds one file per view a person
//! navigates to, `components/` the pieces they see, `hooks/` the shared state and side effects.

mod app;
pub mod components;
pub mod hooks;
pub mod pages;
pub mod route;
pub mod words;

pub use app::{first_assessment, view, App, Providers, ProvidersProps};
