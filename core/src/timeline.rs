//! The suggested timeline in calendar dates: when a nomination is earliest possible, which
//! constraint decides that, and when a promotion (or a track switch) would take effect.
//!
//! `project` never reads the clock: `today` comes from the app shell. Month arithmetic is
//! calendar-correct (chrono clamps 31 Jan + 1 month to 28 or 29 Feb).

use crate::assessment::Assessment;
use crate::model::{
    Criterion, Effective, Framework, Level, Months, Needs, Question, Requirement, Start,
    TrackSwitch,
};
use crate::scoring::Report;
use chrono::{Datelike, Days, NaiveDate};

/// A reason the nomination cannot come sooner, and the date it is satisfied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint<'f> {
    /// The window's minimum time in the level.
    TimeInLevel { months: u16, reached: NaiveDate },
    /// A criterion's months question: the months still needed from today.
    Question {
        criterion: &'f Criterion,
        question: &'f Question,
        months: u16,
        reached: NaiveDate,
    },
}

impl Constraint<'_> {
    pub fn reached(self) -> NaiveDate {
        match self {
            Constraint::TimeInLevel { reached, .. } | Constraint::Question { reached, .. } => {
                reached
            }
        }
    }
}

/// One promotion step, from a level to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct Step<'f> {
    pub from: &'f Level,
    pub to: &'f Level,
    pub window: Months,
    /// Every constraint considered; `binding` is the one reached last.
    pub constraints: Vec<Constraint<'f>>,
    pub binding: Constraint<'f>,
    pub earliest_nomination: NaiveDate,
    /// The earliest the decision comes: the nomination plus the process's shortest wait.
    pub earliest_decision: NaiveDate,
    pub earliest_effective: NaiveDate,
    pub typical_effective: NaiveDate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SwitchPlan<'f> {
    /// The switch the framework describes between the two tracks, if any.
    pub switch: Option<&'f TrackSwitch>,
    /// Whether current and target levels are on the framework's typical path.
    pub on_typical_path: bool,
    /// Each requirement, with `Some(met)` where Ladder can tell from the dates.
    pub requirements: Vec<(&'f Requirement, Option<bool>)>,
    pub months_required: u16,
    pub months_in_level: u32,
    pub requirement_reached: NaiveDate,
    pub earliest_effective: NaiveDate,
    pub typical_effective: NaiveDate,
    /// Whether the framework describes a promotion process to date the move by. Without one the
    /// dates above rest on Ladder's defaults alone, so they are not shown: no invented dates.
    pub dated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Plan<'f> {
    Promotion(Vec<Step<'f>>),
    Switch(SwitchPlan<'f>),
    /// The framework gives no typical timeline for this step, so Ladder does not invent one.
    NoTimeline {
        from: &'f Level,
        to: &'f Level,
    },
    /// The target is the current level or below it on the same track.
    NotUpward,
}

pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(chrono::Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

fn add_weeks(date: NaiveDate, weeks: u16) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(NaiveDate::MAX)
}

/// The day a decision on `decision` takes effect under the framework's rule. For quarters,
/// that is the first day of the calendar quarter starting strictly after the decision.
pub fn effective_after(decision: NaiveDate, rule: Effective) -> NaiveDate {
    let next_start = |every: u32| {
        let index = (decision.month0() / every + 1) * every; // 0-based month of the next start
        let (year, month0) = (decision.year() + (index / 12) as i32, index % 12);
        NaiveDate::from_ymd_opt(year, month0 + 1, 1).unwrap_or(NaiveDate::MAX)
    };
    match rule {
        Effective::NextQuarterStart => next_start(3),
        Effective::NextMonthStart => next_start(1),
        Effective::Immediately => decision,
    }
}

/// How a move's decision is dated, from the process the framework gives for it: each part
/// only where stated. Without a decision time the decision is dated the day the move is put
/// forward; without an effective rule it takes effect that day; the report says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProcessRule {
    pub starts_by: Option<Start>,
    pub decision_weeks: Option<(u16, u16)>,
    pub effective: Option<Effective>,
}

impl ProcessRule {
    fn weeks(&self) -> (u16, u16) {
        self.decision_weeks.unwrap_or((0, 0))
    }

    /// The day a decision takes effect: as the rule says, or that day when it says nothing.
    fn effective_after(&self, decision: NaiveDate) -> NaiveDate {
        effective_after(decision, self.effective.unwrap_or(Effective::Immediately))
    }
}

/// The process rule for a move from `from` up to `to` (see `Framework::process_for`).
pub fn process_rule(framework: &Framework, from: &Level, to: &Level) -> ProcessRule {
    framework
        .process_for(from, to)
        .map(|p| ProcessRule {
            starts_by: p.starts_by,
            decision_weeks: p.decision_weeks,
            effective: p.effective,
        })
        .unwrap_or_default()
}

/// Dates the plan from the current level to the target.
pub fn project<'f>(
    framework: &'f Framework,
    assessment: &Assessment,
    report: &Report<'f>,
    today: NaiveDate,
) -> Plan<'f> {
    let (current, target) = (report.current, report.target);
    let Some(levels) = framework.climb(&current.id, target) else {
        if framework.steps_between(current, target).is_some() {
            return Plan::NotUpward;
        }
        return Plan::Switch(switch_plan(framework, assessment, current, target, today));
    };
    if levels.len() < 2 {
        return Plan::NotUpward;
    }

    let mut steps: Vec<Step> = Vec::new();
    for pair in levels.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        let rule = process_rule(framework, from, to);
        let (weeks_min, weeks_max) = rule.weeks();
        let Some(timeline) = framework.timeline(&from.id, &to.id) else {
            return Plan::NoTimeline { from, to };
        };
        let window = timeline.months;
        let (typical_start, constraints) = match steps.last() {
            None => {
                let start = assessment.in_level_since.first_day();
                let mut constraints = vec![Constraint::TimeInLevel {
                    months: window.min,
                    reached: add_months(start, window.min.into()),
                }];
                constraints.extend(question_constraints(framework, assessment, report, today));
                (start, constraints)
            }
            // Later steps start when the previous one takes effect; the window's minimum binds.
            Some(previous) => {
                let start = previous.earliest_effective;
                let constraints = vec![Constraint::TimeInLevel {
                    months: window.min,
                    reached: add_months(start, window.min.into()),
                }];
                (previous.typical_effective, constraints)
            }
        };
        // The latest constraint binds; on a tie the earlier-listed is named (time in level, then
        // months that count once ready, then the other months questions in the file's order).
        let binding = *constraints
            .iter()
            .rev()
            .max_by_key(|c| c.reached())
            .expect("at least one constraint");
        let nomination = binding.reached();
        let earliest_decision = add_weeks(nomination, weeks_min);
        let earliest_effective = rule.effective_after(earliest_decision);
        // Typical: the end of the window and the slower decision. An open-ended window ("36+")
        // has no end, so its typical date is the earliest one and the page says so.
        let typical_effective = match window.max {
            None if steps.is_empty() => earliest_effective,
            None => rule.effective_after(add_weeks(
                add_months(typical_start, window.min.into()),
                weeks_min,
            )),
            Some(max) => {
                let end = add_months(typical_start, max.into());
                let base = if steps.is_empty() {
                    nomination.max(end)
                } else {
                    end
                };
                rule.effective_after(add_weeks(base, weeks_max))
            }
        };
        steps.push(Step {
            from,
            to,
            window,
            constraints,
            binding,
            earliest_nomination: nomination,
            earliest_decision,
            earliest_effective,
            typical_effective,
        });
    }
    Plan::Promotion(steps)
}

/// Each months question dated from today: the months still needed (`need − have`). Months that
/// only count once every dimension is ready are, until the report is ready, the slowest
/// dimension's closing months plus every month needed.
fn question_constraints<'f>(
    framework: &'f Framework,
    assessment: &Assessment,
    report: &Report<'f>,
    today: NaiveDate,
) -> Vec<Constraint<'f>> {
    let closing = report
        .dimensions
        .iter()
        .map(|d| d.status.closing_months(&framework.settings))
        .max()
        .unwrap_or(0);
    let mut dated: Vec<(bool, Constraint<'f>)> = framework
        .questions()
        .filter_map(|(criterion, question)| {
            let Needs::Months { min, once_ready } = question.needs else {
                return None;
            };
            let have = assessment.criteria.get(&question.id);
            let months = if once_ready && !report.ready {
                closing.saturating_add(min)
            } else {
                min.saturating_sub(have)
            };
            let constraint = Constraint::Question {
                criterion,
                question,
                months,
                reached: add_months(today, months.into()),
            };
            Some((once_ready, constraint))
        })
        .collect();
    // Stable: months that count once ready first, each group in the file's order.
    dated.sort_by_key(|(once_ready, _)| !once_ready);
    dated.into_iter().map(|(_, c)| c).collect()
}

fn switch_plan<'f>(
    framework: &'f Framework,
    assessment: &Assessment,
    current: &'f Level,
    target: &'f Level,
    today: NaiveDate,
) -> SwitchPlan<'f> {
    let switch = framework
        .switches
        .iter()
        .find(|s| s.from_track == current.track && s.to_track == target.track);
    let on_typical_path = switch
        .is_some_and(|s| s.from_levels.contains(&current.id) && s.to_levels.contains(&target.id));
    let months_in_level = assessment.in_level_since.months_until(today);
    let requirements: Vec<(&Requirement, Option<bool>)> = switch
        .map(|s| {
            s.requirements
                .iter()
                .map(|r| {
                    (
                        r,
                        r.min_months_in_role
                            .map(|m| months_in_level >= u32::from(m)),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let months_required = requirements
        .iter()
        .filter_map(|(r, _)| r.min_months_in_role)
        .max()
        .unwrap_or(0);
    let requirement_reached = add_months(
        assessment.in_level_since.first_day(),
        months_required.into(),
    );
    let base = requirement_reached.max(today);
    let rule = process_rule(framework, current, target);
    let (weeks_min, weeks_max) = rule.weeks();
    SwitchPlan {
        switch,
        on_typical_path,
        requirements,
        months_required,
        months_in_level,
        requirement_reached,
        earliest_effective: rule.effective_after(add_weeks(base, weeks_min)),
        typical_effective: rule.effective_after(add_weeks(base, weeks_max)),
        dated: rule.decision_weeks.is_some() || rule.effective.is_some(),
    }
}
