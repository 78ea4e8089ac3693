//! A second opinion: the same questionnaire answered by someone else (a manager, a peer) about
//! the person, set beside the person's own answers, dimension by dimension and statement by
//! statement. Statements where the two differ by two steps or more are the ones to talk about.

use crate::assessment::{Answer, Assessment};
use crate::model::{Framework, Statement};
use crate::scoring::{score, DimensionResult, Report};

/// How far apart two ratings must be to be worth a conversation.
pub const TALK_ABOUT_STEPS: u32 = 2;

/// One statement as each side answered it.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementPair<'f> {
    pub statement: &'f Statement,
    pub own: Answer,
    pub other: Answer,
    /// Both rated it, and the ratings are `TALK_ABOUT_STEPS` or more apart.
    pub talk_about: bool,
}

/// Both views of the target level.
#[derive(Debug, Clone, PartialEq)]
pub struct Opinions<'f> {
    pub own: Report<'f>,
    pub other: Report<'f>,
    /// Per dimension, the two results side by side, in the target level's order.
    pub dimensions: Vec<(DimensionResult<'f>, DimensionResult<'f>)>,
    /// Every statement of the target level, those to talk about first (then in framework order).
    pub statements: Vec<StatementPair<'f>>,
}

/// Sets the other person's answers beside the person's own. `None` when either names levels
/// the framework lacks, or the two are not about the same target level.
pub fn compare_opinions<'f>(
    framework: &'f Framework,
    own: &Assessment,
    other: &Assessment,
) -> Option<Opinions<'f>> {
    if own.target != other.target {
        return None;
    }
    let own_report = score(framework, own)?;
    let other_report = score(framework, other)?;
    let dimensions = own_report
        .dimensions
        .iter()
        .cloned()
        .zip(other_report.dimensions.iter().cloned())
        .collect();
    let mut statements: Vec<StatementPair> = own_report
        .target
        .expectations
        .iter()
        .flat_map(|e| e.statements.iter())
        .map(|s| {
            let (a, b) = (own.answer(&s.id), other.answer(&s.id));
            let talk_about = match (a, b) {
                (Answer::Rated(x), Answer::Rated(y)) => {
                    x.value().abs_diff(y.value()) >= TALK_ABOUT_STEPS
                }
                _ => false,
            };
            StatementPair {
                statement: s,
                own: a,
                other: b,
                talk_about,
            }
        })
        .collect();
    // Stable: within each group the framework's order stays.
    statements.sort_by_key(|p| !p.talk_about);
    Some(Opinions {
        own: own_report,
        other: other_report,
        dimensions,
        statements,
    })
}
