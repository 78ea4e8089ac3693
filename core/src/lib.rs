//! Ladder's pure core: the career framework model, its validating loader and level comparison.
//!
//! This crate knows nothing about the browser. It never reads the clock, storage or the URL;
//! the app passes in what it needs, so everything here runs and is tested natively.

#[cfg(feature = "binary")]
pub mod binary;
pub mod compare;
pub mod load;
pub mod model;
pub mod wire;

pub use compare::{compare, AttributeChange, Change, Comparison, DimensionPair, Direction};
pub use load::{load, LoadError, Problem};
pub use model::*;
