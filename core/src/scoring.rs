//! The gap report: readiness per dimension of the target level, the overall verdict by the
//! framework's all-dimensions rule, this quarter's focus areas and the promotion checklist.
//!
//! `score` is pure and infallible: ids the framework does not know are simply not found.

use crate::assessment::{Assessment, Rating};
use crate::compare::{compare, Change};
use crate::model::{Dimension, Framework, Level, Settings, Statement};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Listed from the most to the least urgent, so sorting puts the weakest first.
    Gap,
    Incomplete,
    Close,
    Ready,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Ready => "Ready",
            Status::Close => "Close",
            Status::Gap => "Gap",
            Status::Incomplete => "Incomplete",
        }
    }

    /// The status as a word inside a sentence.
    pub fn word(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::Close => "close",
            Status::Gap => "gap",
            Status::Incomplete => "incomplete",
        }
    }

    /// Months a dimension in this status typically needs to close, per the framework.
    pub fn closing_months(self, settings: &Settings) -> u16 {
        let [ready, close, gap, incomplete] = settings.closing_months;
        match self {
            Status::Ready => ready,
            Status::Close => close,
            Status::Gap => gap,
            Status::Incomplete => incomplete,
        }
    }
}

/// One dimension of the target level, scored.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionResult<'f> {
    pub dimension: &'f Dimension,
    pub total: usize,
    pub answered: usize,
    /// Mean rating as a percentage of the top rating, rounded; `None` with no answers.
    pub readiness: Option<u8>,
    pub status: Status,
    /// Statements still at "Not yet" or "Sometimes", in the framework's order and words.
    pub to_work_on: Vec<(&'f Statement, Rating)>,
    /// Statements marked "Not sure".
    pub unsure: Vec<&'f Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FocusArea<'f> {
    pub dimension: &'f Dimension,
    pub status: Status,
    /// Concrete suggestions from the framework: attribute shifts, then development areas.
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionState {
    Met,
    Missing,
    /// The framework names a criterion Ladder has no question for.
    NotAssessed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionCheck {
    pub name: String,
    pub state: CriterionState,
    /// What is met or missing, in a sentence.
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report<'f> {
    pub current: &'f Level,
    pub target: &'f Level,
    pub dimensions: Vec<DimensionResult<'f>>,
    /// True only when every dimension is ready: one gap blocks however high the average.
    pub ready: bool,
    pub blocking: Vec<&'f Dimension>,
    pub focus: Vec<FocusArea<'f>>,
    pub criteria: Vec<CriterionCheck>,
}

/// Scores an assessment against the target level. `None` if the assessment names levels the
/// framework does not have (an assessment from another version).
pub fn score<'f>(framework: &'f Framework, assessment: &Assessment) -> Option<Report<'f>> {
    let current = framework.level(&assessment.current)?;
    let target = framework.level(&assessment.target)?;
    let settings = &framework.settings;
    let track = framework.track_of(target);

    let dimensions: Vec<DimensionResult> = target
        .expectations
        .iter()
        .filter_map(|e| {
            let dimension = track.dimension(&e.dimension)?;
            Some(dimension_result(
                dimension,
                &e.statements,
                assessment,
                settings,
            ))
        })
        .collect();

    let blocking: Vec<&Dimension> = dimensions
        .iter()
        .filter(|d| d.status != Status::Ready)
        .map(|d| d.dimension)
        .collect();

    let mut weakest: Vec<&DimensionResult> = dimensions
        .iter()
        .filter(|d| d.status != Status::Ready)
        .collect();
    weakest.sort_by_key(|d| (d.status, d.readiness.unwrap_or(0)));
    let shifts = attribute_shifts(framework, current, target);
    let focus = weakest
        .iter()
        .take(2)
        .enumerate()
        .map(|(k, d)| FocusArea {
            dimension: d.dimension,
            status: d.status,
            suggestions: suggestions(d, &shifts, &current.development_areas, k),
        })
        .collect();

    let ready = !dimensions.is_empty() && blocking.is_empty();
    let criteria = criteria_checks(framework, assessment, ready);
    Some(Report {
        current,
        target,
        dimensions,
        ready,
        blocking,
        focus,
        criteria,
    })
}

fn dimension_result<'f>(
    dimension: &'f Dimension,
    statements: &'f [Statement],
    assessment: &Assessment,
    settings: &Settings,
) -> DimensionResult<'f> {
    let rated: Vec<(&Statement, Rating)> = statements
        .iter()
        .filter_map(|s| Some((s, assessment.rating(&s.id)?)))
        .collect();
    let answered = rated.len();
    let sum: u32 = rated.iter().map(|(_, r)| r.value()).sum();
    let top = 3 * answered as u32;
    let readiness = (answered > 0).then(|| ((sum * 100 + top / 2) / top) as u8);
    let any_not_yet = rated.iter().any(|(_, r)| *r == Rating::NotYet);
    // Thresholds are compared exactly, in integers: sum/top >= percent/100.
    let at_least = |percent: u8| sum * 100 >= u32::from(percent) * top;
    let status = if answered < usize::from(settings.min_answered) {
        Status::Incomplete
    } else if at_least(settings.ready_percent) && !any_not_yet {
        Status::Ready
    } else if at_least(settings.close_percent) {
        Status::Close
    } else {
        Status::Gap
    };
    DimensionResult {
        dimension,
        total: statements.len(),
        answered,
        readiness,
        status,
        to_work_on: rated
            .into_iter()
            .filter(|(_, r)| *r <= Rating::Sometimes)
            .collect(),
        unsure: statements
            .iter()
            .filter(|s| assessment.rating(&s.id).is_none())
            .collect(),
    }
}

/// Attribute id and "Planning: Monthly → Quarterly" for each attribute that changes.
fn attribute_shifts(
    framework: &Framework,
    current: &Level,
    target: &Level,
) -> Vec<(String, String)> {
    compare(framework, current, target)
        .attributes
        .iter()
        .filter(|a| a.change.is_change() && a.change != Change::OneSided)
        .filter_map(|a| {
            let text = format!("{}: {} → {}", a.attribute.name, a.from?, a.to?);
            Some((a.attribute.id.to_string(), text))
        })
        .collect()
}

/// Suggestions for the `k`-th focus area: the attribute shift that shares the dimension's id
/// (or, failing that, the first shifts), the first statement still to work on, and two of the
/// current level's development areas, different ones for each focus area.
fn suggestions(
    d: &DimensionResult,
    shifts: &[(String, String)],
    areas: &[String],
    k: usize,
) -> Vec<String> {
    let own: Vec<&String> = shifts
        .iter()
        .filter(|(id, _)| id == d.dimension.id.as_str())
        .map(|(_, t)| t)
        .collect();
    let shift_lines: Vec<String> = if own.is_empty() {
        shifts
            .iter()
            .skip(k * 2)
            .take(2)
            .map(|(_, t)| format!("Shift {t}"))
            .collect()
    } else {
        own.iter().map(|t| format!("Shift {t}")).collect()
    };
    let statement = d
        .to_work_on
        .first()
        .map(|(s, _)| format!("Aim for “Usually” on: {}", s.text));
    let area_lines = areas
        .iter()
        .cycle()
        .skip(k * 2)
        .take(2.min(areas.len()))
        .map(|a| format!("Develop: {a}"));
    shift_lines
        .into_iter()
        .chain(statement)
        .chain(area_lines)
        .collect()
}

fn plural(n: u16, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn criteria_checks(framework: &Framework, a: &Assessment, all_ready: bool) -> Vec<CriterionCheck> {
    let s = &framework.settings;
    let c = &a.criteria;
    let Some(promotion) = &framework.promotion else {
        return Vec::new();
    };
    promotion
        .criteria
        .iter()
        .map(|criterion| {
            let months = |have: u16, need: u16, what: &str| {
                if have >= need {
                    (CriterionState::Met, format!("{} {what}.", plural(have, "month")))
                } else {
                    (
                        CriterionState::Missing,
                        format!("{} {what}; {} more needed.", plural(have, "month"), plural(need - have, "month")),
                    )
                }
            };
            let (state, detail) = match criterion.id.as_str() {
                "performance" => months(
                    c.months_meeting_current,
                    s.performance_months,
                    "meeting or exceeding the current level",
                ),
                "next-level-work" => months(
                    c.months_at_next,
                    s.consistency_months,
                    "working consistently at the next level",
                ),
                "scope" if all_ready => (
                    CriterionState::Met,
                    "Every dimension of the next level is rated ready.".to_string(),
                ),
                "scope" => (
                    CriterionState::Missing,
                    "Not every dimension of the next level is ready yet.".to_string(),
                ),
                "impact" => {
                    let need = u16::from(s.min_examples);
                    let have = u16::from(c.examples);
                    if have >= need {
                        (CriterionState::Met, format!("{} concrete examples to cite.", have))
                    } else {
                        (
                            CriterionState::Missing,
                            format!("{have} concrete examples so far; a strong case cites at least {need}."),
                        )
                    }
                }
                "readiness" => match (c.discussed_with_manager, c.peer_feedback) {
                    (true, true) => (
                        CriterionState::Met,
                        "Discussed with your manager, and peer feedback gathered.".to_string(),
                    ),
                    (false, true) => (CriterionState::Missing, "Not yet discussed with your manager.".to_string()),
                    (true, false) => (CriterionState::Missing, "No peer feedback gathered yet.".to_string()),
                    (false, false) => (
                        CriterionState::Missing,
                        "Not yet discussed with your manager, and no peer feedback gathered.".to_string(),
                    ),
                },
                _ => (CriterionState::NotAssessed, "Check this one with your manager.".to_string()),
            };
            CriterionCheck {
                name: criterion.name.clone(),
                state,
                detail,
            }
        })
        .collect()
}
