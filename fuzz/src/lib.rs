//! What the fuzz targets share: the default framework, loaded once per process.

use ladder_core::{load, Framework};
use std::sync::OnceLock;

/// The framework the app ships with, which saved answers and files are read against.
pub fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| load(include_str!("../../framework.json")).expect("framework loads"))
}
