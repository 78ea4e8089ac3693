//! Ladder's pure core: the career framework model, its validating loader, level comparison,
//! and the self-assessment: scoring, the dated timeline, find-my-level and chart geometry.
//!
//! This crate knows nothing about the browser. It never reads the clock, storage or the URL;
//! the app passes in what it needs, so everything here runs and is tested natively.

pub mod assessment;
#[cfg(feature = "binary")]
pub mod binary;
pub mod chart;
pub mod compare;
pub mod file;
pub mod history;
pub mod json;
pub mod load;
pub mod model;
pub mod opinion;
pub mod placement;
pub mod scoring;
pub mod share;
pub mod storage;
pub mod timeline;
pub mod wire;

pub use assessment::{Action, Answer, Assessment, CriteriaAnswers, Given, Rating, YearMonth};
pub use chrono::NaiveDate;
pub use compare::{compare, AttributeChange, Change, Comparison, DimensionPair, Direction};
pub use json::clip;
pub use load::{load, LoadError, Problem};
pub use model::*;
pub use placement::{place, Placement};
pub use scoring::{
    score, CriterionCheck, CriterionState, Finding, Judgement, Report, Status, Suggestion,
};
pub use timeline::{project, Constraint, Plan};
