//! The gap report: readiness per dimension of the target level, the overall verdict by the
//! framework's verdict rule, this quarter's focus areas and the promotion checklist, each
//! criterion judged as the framework states: by its questions, by the verdict, or not at all.
//!
//! `score` is pure and infallible: ids the framework does not know are simply not found.

use crate::assessment::{Assessment, CriteriaAnswers, Rating};
use crate::compare::{compare, Change};
use crate::model::{
    Attribute, Criterion, Dimension, Framework, Judged, Level, Needs, Question, Settings,
    Statement, VerdictRule,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Listed from the most to the least urgent, so sorting puts the weakest first.
    Gap,
    Incomplete,
    Close,
    Ready,
}

impl Status {
    /// Months a dimension in this status typically needs to close, per the framework.
    pub fn closing_months(self, settings: &Settings) -> u16 {
        let c = settings.closing_months;
        match self {
            Status::Ready => c.ready,
            Status::Close => c.close,
            Status::Gap => c.gap,
            Status::Incomplete => c.incomplete,
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
    /// Statements still at "Not yet" or "Sometimes", in the framework's order and words; when
    /// none is but the dimension is not ready, those at "Usually", so that a dimension never
    /// holds a promotion back with nothing named to work on.
    pub to_work_on: Vec<(&'f Statement, Rating)>,
    /// Statements marked "Not sure".
    pub unsure: Vec<&'f Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FocusArea<'f> {
    pub dimension: &'f Dimension,
    pub status: Status,
    /// Concrete suggestions from the framework: the dimension's own attribute shifts, the
    /// statement to work on first, then development areas of the current level.
    pub suggestions: Vec<Suggestion<'f>>,
}

/// One concrete thing to do for a focus area; the app words it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Suggestion<'f> {
    /// Move an attribute of this dimension along its scale, `from` → `to`.
    Shift {
        attribute: &'f Attribute,
        from: &'f str,
        to: &'f str,
    },
    /// Raise the rating of a statement, currently at `rating`: to "Usually", or to
    /// "Consistently" when it is at "Usually" already and the dimension is still not ready.
    Statement {
        statement: &'f Statement,
        rating: Rating,
    },
    /// One of the current level's development areas.
    Develop(&'f str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionState {
    Met,
    Missing,
    /// The framework gives no way to judge the criterion: to check with the manager.
    NotAssessed,
}

/// What the answers say about one criteria question, as numbers and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding<'f> {
    /// Months given and needed.
    Months {
        question: &'f Question,
        have: u16,
        need: u16,
    },
    /// A count given and needed.
    Count {
        question: &'f Question,
        have: u16,
        need: u16,
    },
    /// A box that must be ticked.
    Yes {
        question: &'f Question,
        ticked: bool,
    },
}

impl Finding<'_> {
    pub fn met(self) -> bool {
        match self {
            Finding::Months { have, need, .. } | Finding::Count { have, need, .. } => have >= need,
            Finding::Yes { ticked, .. } => ticked,
        }
    }
}

/// How one criterion came out, as the framework says to judge it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement<'f> {
    /// One finding per question, in the framework's order.
    Questions(Vec<Finding<'f>>),
    /// Follows the report's verdict.
    Verdict(bool),
    /// The framework gives no way to judge it.
    ByManager,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionCheck<'f> {
    pub criterion: &'f Criterion,
    pub judgement: Judgement<'f>,
}

impl CriterionCheck<'_> {
    /// Met when every question is met (or the verdict is "ready").
    pub fn state(&self) -> CriterionState {
        let met = match &self.judgement {
            Judgement::Questions(findings) => findings.iter().all(|f| f.met()),
            Judgement::Verdict(ready) => *ready,
            Judgement::ByManager => return CriterionState::NotAssessed,
        };
        if met {
            CriterionState::Met
        } else {
            CriterionState::Missing
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report<'f> {
    pub current: &'f Level,
    pub target: &'f Level,
    pub dimensions: Vec<DimensionResult<'f>>,
    /// The framework's rule for a verdict, and whether it is met: with `VerdictRule::None`
    /// there is no verdict and `ready` is always false.
    pub rule: VerdictRule,
    /// Whether the rule is met (every dimension ready, under today's default rule).
    pub ready: bool,
    /// How many dimensions are ready.
    pub ready_count: usize,
    /// The dimensions that hold the verdict back: those not ready, while the rule is not met;
    /// none when it is met or there is no rule.
    pub blocking: Vec<&'f Dimension>,
    pub focus: Vec<FocusArea<'f>>,
    pub criteria: Vec<CriterionCheck<'f>>,
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

    let ready_count = dimensions
        .iter()
        .filter(|d| d.status == Status::Ready)
        .count();
    let rule = settings.verdict;
    let ready = verdict_met(rule, ready_count, dimensions.len());
    let blocking: Vec<&Dimension> = if ready || rule == VerdictRule::None {
        Vec::new()
    } else {
        dimensions
            .iter()
            .filter(|d| d.status != Status::Ready)
            .map(|d| d.dimension)
            .collect()
    };

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

    let criteria = criteria_checks(framework, assessment, ready);
    Some(Report {
        current,
        target,
        dimensions,
        rule,
        ready,
        ready_count,
        blocking,
        focus,
        criteria,
    })
}

/// Whether `ready` of `total` dimensions meet the rule (never, with no rule or no dimension).
pub fn verdict_met(rule: VerdictRule, ready: usize, total: usize) -> bool {
    if total == 0 {
        return false;
    }
    match rule {
        VerdictRule::EveryDimension => ready == total,
        VerdictRule::AtLeast(n) => ready >= usize::from(n).min(total),
        VerdictRule::Share(percent) => ready * 100 >= usize::from(percent) * total,
        VerdictRule::None => false,
    }
}

fn to_work_on<'f>(
    rated: &[(&'f Statement, Rating)],
    status: Status,
) -> Vec<(&'f Statement, Rating)> {
    let below = |limit: Rating| -> Vec<(&'f Statement, Rating)> {
        rated.iter().copied().filter(|(_, r)| *r <= limit).collect()
    };
    match below(Rating::Sometimes) {
        none if none.is_empty() && matches!(status, Status::Close | Status::Gap) => {
            below(Rating::Usually)
        }
        some => some,
    }
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
    // A dimension with fewer statements than the setting needs every one it has: the setting
    // can never make an assessment impossible to finish.
    let needed = usize::from(settings.min_answered)
        .min(statements.len())
        .max(1);
    let status = if answered < needed {
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
        to_work_on: to_work_on(&rated, status),
        unsure: statements
            .iter()
            .filter(|s| assessment.rating(&s.id).is_none())
            .collect(),
    }
}

/// Each attribute that moves along its scale between the two levels, with its two values.
fn attribute_shifts<'f>(
    framework: &'f Framework,
    current: &'f Level,
    target: &'f Level,
) -> Vec<Suggestion<'f>> {
    compare(framework, current, target)
        .attributes
        .into_iter()
        .filter(|a| a.change.is_change() && a.change != Change::OneSided)
        .filter_map(|a| {
            Some(Suggestion::Shift {
                attribute: a.attribute,
                from: a.from?,
                to: a.to?,
            })
        })
        .collect()
}

/// Suggestions for the `k`-th focus area: the shifts of attributes linked to this dimension,
/// the lowest-rated statement still to work on (the first of equals), and two of the current
/// level's development areas, different ones for each focus area.
fn suggestions<'f>(
    d: &DimensionResult<'f>,
    shifts: &[Suggestion<'f>],
    areas: &'f [String],
    k: usize,
) -> Vec<Suggestion<'f>> {
    let own = shifts.iter().copied().filter(|s| match s {
        Suggestion::Shift { attribute, .. } => {
            attribute.dimension.as_ref() == Some(&d.dimension.id)
        }
        _ => false,
    });
    let statement = d
        .to_work_on
        .iter()
        .min_by_key(|(_, rating)| *rating)
        .map(|&(statement, rating)| Suggestion::Statement { statement, rating });
    let area_lines = areas
        .iter()
        .cycle()
        .skip(k * 2)
        .take(2.min(areas.len()))
        .map(|a| Suggestion::Develop(a));
    own.chain(statement).chain(area_lines).collect()
}

fn criteria_checks<'f>(
    framework: &'f Framework,
    a: &Assessment,
    ready: bool,
) -> Vec<CriterionCheck<'f>> {
    let Some(promotion) = &framework.promotion else {
        return Vec::new();
    };
    promotion
        .criteria
        .iter()
        .map(|criterion| CriterionCheck {
            criterion,
            judgement: match &criterion.judged {
                Judged::Questions(questions) => Judgement::Questions(
                    questions.iter().map(|q| finding(q, &a.criteria)).collect(),
                ),
                Judged::Verdict => Judgement::Verdict(ready),
                Judged::ByManager => Judgement::ByManager,
            },
        })
        .collect()
}

/// What the answers say about one question.
pub fn finding<'f>(question: &'f Question, answers: &CriteriaAnswers) -> Finding<'f> {
    let have = answers.get(&question.id);
    match question.needs {
        Needs::Months { min, .. } => Finding::Months {
            question,
            have,
            need: min,
        },
        Needs::Count(need) => Finding::Count {
            question,
            have,
            need,
        },
        Needs::Yes => Finding::Yes {
            question,
            ticked: have > 0,
        },
    }
}
