//! The app's integration tests, as one binary: components rendered natively, the schema kept
//! in step with the wire types, the wording of the core's data, and the source files' own rules.

mod catalogue;
mod components;
#[cfg(feature = "site")]
mod import;
mod link_words;
#[cfg(feature = "site")]
mod logo;
mod schema;
#[cfg(feature = "site")]
mod sheet;
#[cfg(feature = "site")]
mod site;
mod source_files;
mod words;
