//! Scoring, timelines, track switches and find-my-level against the real framework, with
//! fixed dates so every expected date is written out.

use ladder_core::assessment::{Action, Assessment, Rating, YearMonth};
use ladder_core::timeline::{add_months, effective_after, project, Plan};
use ladder_core::{
    load, place, score, CriterionState, DimensionId, Effective, Finding, Framework, Judgement,
    LevelId, NaiveDate, QuestionId, Status, Suggestion,
};
use std::collections::BTreeMap;
use Rating::*;

fn framework() -> Framework {
    load(include_str!("../../framework.json")).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn today() -> NaiveDate {
    date(TODAY.0, TODAY.1, TODAY.2)
}

/// An assessment from `current` to `target`, in level since the given month.
fn assessment(fw: &Framework, current: &str, target: &str, since: (i32, u32)) -> Assessment {
    let mut a = Assessment::new(fw, YearMonth::new(since.0, since.1).unwrap());
    a.apply(fw, Action::SetCurrent(LevelId::new(current)));
    a.apply(fw, Action::SetTarget(LevelId::new(target)));
    a
}

/// Rates the statements of one dimension of the target level, in order.
fn rate(fw: &Framework, a: &mut Assessment, dimension: &str, ratings: &[Rating]) {
    let target = fw.level(&a.target).unwrap().clone();
    let statements = &target
        .expectations_for(&DimensionId::new(dimension))
        .unwrap()
        .statements;
    for (s, r) in statements.iter().zip(ratings) {
        a.apply(fw, Action::Rate(s.id.clone(), Some(*r)));
    }
}

/// Months meeting the current level and months already at the next, nothing else.
fn set_months(fw: &Framework, a: &mut Assessment, meeting: u16, at_next: u16) {
    a.apply(
        fw,
        Action::SetCriterion(QuestionId::new("months-current"), meeting),
    );
    a.apply(
        fw,
        Action::SetCriterion(QuestionId::new("months-next"), at_next),
    );
}

fn rate_all(fw: &Framework, a: &mut Assessment, ratings: &[Rating]) {
    let target = fw.level(&a.target).unwrap().clone();
    for e in &target.expectations {
        rate(fw, a, e.dimension.as_str(), ratings);
    }
}

#[test]
fn status_boundaries() {
    let fw = framework();
    let check = |ratings: &[Rating], status: Status, readiness: Option<u8>| {
        let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
        rate(&fw, &mut a, "scope", ratings);
        let report = score(&fw, &a).unwrap();
        let scope = report
            .dimensions
            .iter()
            .find(|d| d.dimension.id.as_str() == "scope")
            .unwrap();
        assert_eq!(
            (scope.status, scope.readiness),
            (status, readiness),
            "{ratings:?}"
        );
    };
    // 12 of 15 is exactly 80%: ready.
    check(
        &[Consistently, Consistently, Usually, Usually, Usually],
        Status::Ready,
        Some(80),
    );
    // 11 of 15 is 73%: close.
    check(
        &[Consistently, Consistently, Usually, Usually, Sometimes],
        Status::Close,
        Some(73),
    );
    // 80% but one "Not yet": close, never ready.
    check(
        &[
            Consistently,
            Consistently,
            Consistently,
            Consistently,
            NotYet,
        ],
        Status::Close,
        Some(80),
    );
    // 8 of 15 is 53%: close; 7 of 15 is 47%: gap.
    check(
        &[Usually, Usually, Usually, Sometimes, Sometimes],
        Status::Close,
        Some(53),
    );
    check(
        &[Usually, Usually, Usually, Sometimes, NotYet],
        Status::Gap,
        Some(47),
    );
    // Three answers are enough, two are not.
    check(
        &[Consistently, Consistently, Consistently],
        Status::Ready,
        Some(100),
    );
    check(&[Consistently, Consistently], Status::Incomplete, Some(100));
    check(&[], Status::Incomplete, None);
}

#[test]
fn one_gap_blocks_however_high_the_average() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    rate(
        &fw,
        &mut a,
        "leadership",
        &[Sometimes, NotYet, Sometimes, Sometimes, NotYet],
    );
    let report = score(&fw, &a).unwrap();
    assert!(!report.ready);
    let blocking: Vec<&str> = report.blocking.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(blocking, ["leadership"]);
    assert_eq!(report.focus.len(), 1);
    assert_eq!(report.focus[0].dimension.id.as_str(), "leadership");
    // Leadership & Influence is linked to the Influence attribute, so its own shift comes first
    // (never another dimension's), then the statement rated lowest, then IC03's development
    // areas. The sentences are the app's (tests/it/words.rs).
    let kinds: Vec<String> = report.focus[0]
        .suggestions
        .iter()
        .map(|s| match *s {
            Suggestion::Shift {
                attribute,
                from,
                to,
            } => format!("shift {} {from} {to}", attribute.id),
            Suggestion::Statement { statement, rating } => {
                format!("statement {} {rating:?}", statement.id)
            }
            Suggestion::Develop(area) => format!("develop {area}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "shift influence Team Cross-team",
            "statement ic04-leadership-2 NotYet",
            "develop Extending influence from the immediate team to neighbouring teams",
            "develop Deeper expertise in the core technical domain",
        ]
    );
    let leadership = &report.dimensions[3];
    assert_eq!(leadership.to_work_on.len(), 5);
    assert_eq!(leadership.to_work_on[1].1, NotYet);
}

#[test]
fn focus_areas_get_suggestions_of_their_own() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    rate(
        &fw,
        &mut a,
        "scope",
        &[NotYet, NotYet, Sometimes, Sometimes, NotYet],
    );
    rate(
        &fw,
        &mut a,
        "complexity",
        &[Usually, Usually, Usually, Sometimes, Sometimes],
    );
    let report = score(&fw, &a).unwrap();
    fn shift<'a>(s: &Suggestion<'a>) -> Option<(&'a str, &'a str, &'a str)> {
        match *s {
            Suggestion::Shift {
                attribute,
                from,
                to,
            } => Some((attribute.id.as_str(), from, to)),
            _ => None,
        }
    }
    type Shift<'a> = Option<(&'a str, &'a str, &'a str)>;
    let focus: Vec<(&str, Status, Shift)> = report
        .focus
        .iter()
        .map(|f| (f.dimension.id.as_str(), f.status, shift(&f.suggestions[0])))
        .collect();
    assert_eq!(
        focus,
        [
            (
                "scope",
                Status::Gap,
                Some(("scope", "Features", "Projects"))
            ),
            (
                "complexity",
                Status::Close,
                Some(("complexity", "Moderate", "Complex"))
            ),
        ]
    );
    assert_ne!(
        report.focus[0].suggestions[3],
        report.focus[1].suggestions[2]
    );
    // Each focus area gets only its own dimension's shifts, and the statement rated lowest.
    for f in &report.focus {
        let shifts = f.suggestions.iter().filter(|s| shift(s).is_some()).count();
        assert_eq!(shifts, 1, "{}", f.dimension.id);
    }
    let Suggestion::Statement { statement, rating } = report.focus[0].suggestions[1] else {
        panic!("the second suggestion is a statement");
    };
    assert_eq!((statement.id.as_str(), rating), ("ic04-scope-1", NotYet));
    let Suggestion::Statement { statement, rating } = report.focus[1].suggestions[1] else {
        panic!("the second suggestion is a statement");
    };
    assert_eq!(
        (statement.id.as_str(), rating),
        ("ic04-complexity-4", Sometimes)
    );
}

#[test]
fn a_dimension_without_a_linked_attribute_gets_no_shift() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    rate(&fw, &mut a, "expertise", &[NotYet; 5]);
    let report = score(&fw, &a).unwrap();
    assert_eq!(report.focus[0].dimension.id.as_str(), "expertise");
    assert!(report.focus[0]
        .suggestions
        .iter()
        .all(|s| !matches!(s, Suggestion::Shift { .. })));
}

#[test]
fn unsure_statements_are_flagged_not_counted() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate(
        &fw,
        &mut a,
        "scope",
        &[Consistently, Consistently, Consistently, Consistently],
    );
    let first = fw.find_level("IC04").unwrap().expectations[1].statements[0]
        .id
        .clone();
    a.apply(&fw, Action::Rate(first, None));
    let report = score(&fw, &a).unwrap();
    let scope = &report.dimensions[1];
    assert_eq!(
        (scope.answered, scope.unsure.len(), scope.status),
        (3, 2, Status::Ready)
    );
}

#[test]
fn criteria_checklist_says_what_is_missing() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    for (id, value) in [
        ("months-current", 8),
        ("months-next", 2),
        ("examples", 1),
        ("peer-feedback", 1),
        ("manager", 0),
    ] {
        a.apply(&fw, Action::SetCriterion(QuestionId::new(id), value));
    }
    let report = score(&fw, &a).unwrap();
    // Each criterion by its questions' answers, have against need; Scope by the verdict.
    /// A criterion's name, state, and each question's id with what is had and needed.
    type Checked<'a> = (&'a str, CriterionState, Vec<(&'a str, u16, u16)>);
    let got: Vec<Checked> = report
        .criteria
        .iter()
        .map(|c| {
            let findings = match &c.judgement {
                Judgement::Questions(f) => f
                    .iter()
                    .map(|f| match *f {
                        Finding::Months {
                            question,
                            have,
                            need,
                        }
                        | Finding::Count {
                            question,
                            have,
                            need,
                        } => (question.id.as_str(), have, need),
                        Finding::Yes { question, ticked } => {
                            (question.id.as_str(), u16::from(ticked), 1)
                        }
                    })
                    .collect(),
                Judgement::Verdict(ready) => vec![("verdict", u16::from(*ready), 1)],
                Judgement::ByManager => Vec::new(),
            };
            (c.criterion.name.as_str(), c.state(), findings)
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "Performance",
                CriterionState::Met,
                vec![("months-current", 8, 6)]
            ),
            (
                "Next-level work",
                CriterionState::Missing,
                vec![("months-next", 2, 6)]
            ),
            ("Scope", CriterionState::Missing, vec![("verdict", 0, 1)]),
            ("Impact", CriterionState::Missing, vec![("examples", 1, 3)]),
            (
                "Readiness",
                CriterionState::Missing,
                vec![("peer-feedback", 1, 1), ("manager", 0, 1)]
            ),
        ]
    );
}

#[test]
fn calendar_arithmetic() {
    assert_eq!(add_months(date(2027, 1, 31), 1), date(2027, 2, 28));
    assert_eq!(
        add_months(date(2028, 1, 31), 1),
        date(2028, 2, 29),
        "leap year"
    );
    assert_eq!(add_months(date(2024, 2, 29), 12), date(2025, 2, 28));
    assert_eq!(add_months(date(2026, 11, 22), 14), date(2028, 1, 22));
    let q = |d| effective_after(d, Effective::NextQuarterStart);
    assert_eq!(q(date(2027, 3, 31)), date(2027, 4, 1), "decision on 31 Mar");
    assert_eq!(
        q(date(2027, 4, 1)),
        date(2027, 7, 1),
        "decision on 1 Apr: strictly after"
    );
    assert_eq!(q(date(2027, 12, 31)), date(2028, 1, 1));
    assert_eq!(q(date(2028, 2, 29)), date(2028, 4, 1));
    assert_eq!(
        effective_after(date(2027, 1, 31), Effective::NextMonthStart),
        date(2027, 2, 1)
    );
    assert_eq!(
        effective_after(date(2027, 12, 15), Effective::NextMonthStart),
        date(2028, 1, 1)
    );
    assert_eq!(
        effective_after(date(2027, 5, 5), Effective::Immediately),
        date(2027, 5, 5)
    );
}

/// One promotion step: who, what they rated and how long they have been at it, and the
/// expected binding constraint and dates.
/// A constraint as these tests name it: the default framework's two months questions read as
/// the consistency (`months-next`) and performance (`months-current`) constraints they state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Constraint {
    TimeInLevel { months: u16, reached: NaiveDate },
    Consistency { months: u16, reached: NaiveDate },
    Performance { months: u16, reached: NaiveDate },
}

impl Constraint {
    fn reached(self) -> NaiveDate {
        match self {
            Constraint::TimeInLevel { reached, .. }
            | Constraint::Consistency { reached, .. }
            | Constraint::Performance { reached, .. } => reached,
        }
    }
}

fn named(c: ladder_core::Constraint) -> Constraint {
    use ladder_core::Constraint as Real;
    match c {
        Real::TimeInLevel { months, reached } => Constraint::TimeInLevel { months, reached },
        Real::Question {
            question,
            months,
            reached,
            ..
        } => match question.id.as_str() {
            "months-next" => Constraint::Consistency { months, reached },
            "months-current" => Constraint::Performance { months, reached },
            other => panic!("no months question {other} in the default framework"),
        },
    }
}

struct StepCase {
    name: &'static str,
    levels: (&'static str, &'static str),
    since: (i32, u32),
    /// A dimension rated below "Consistently", with its five ratings.
    weak: Option<(&'static str, [Rating; 5])>,
    /// Months meeting the current level, months already at the next.
    months: (u16, u16),
    binding: Constraint,
    earliest: NaiveDate,
    typical: NaiveDate,
}

fn check_step(case: StepCase) {
    let fw = framework();
    let mut a = assessment(&fw, case.levels.0, case.levels.1, case.since);
    rate_all(&fw, &mut a, &[Consistently; 5]);
    if let Some((dimension, ratings)) = case.weak {
        rate(&fw, &mut a, dimension, &ratings);
    }
    set_months(&fw, &mut a, case.months.0, case.months.1);
    let report = score(&fw, &a).unwrap();
    let Plan::Promotion(steps) = project(&fw, &a, &report, today()) else {
        panic!("{}: expected a promotion plan", case.name)
    };
    assert_eq!(steps.len(), 1, "{}", case.name);
    let step = &steps[0];
    assert_eq!(named(step.binding), case.binding, "{}", case.name);
    assert_eq!(
        step.earliest_nomination,
        case.binding.reached(),
        "{}",
        case.name
    );
    assert_eq!(
        (step.earliest_effective, step.typical_effective),
        (case.earliest, case.typical),
        "{}",
        case.name
    );
}

#[test]
fn every_constraint_is_listed_with_its_date() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    set_months(&fw, &mut a, 12, 2);
    let report = score(&fw, &a).unwrap();
    let Plan::Promotion(steps) = project(&fw, &a, &report, today()) else {
        panic!("expected a promotion plan")
    };
    assert_eq!(
        steps[0]
            .constraints
            .iter()
            .copied()
            .map(named)
            .collect::<Vec<_>>(),
        [
            Constraint::TimeInLevel {
                months: 18,
                reached: date(2026, 12, 1)
            },
            Constraint::Consistency {
                months: 4,
                reached: date(2027, 3, 22)
            },
            Constraint::Performance {
                months: 0,
                reached: date(2026, 11, 22)
            },
        ]
    );
}

#[test]
fn promotion_steps_are_dated() {
    let gap = [NotYet, NotYet, Sometimes, Sometimes, NotYet];
    let cases = [
        StepCase {
            name: "ready, 2 months at the next level: consistency binds",
            levels: ("IC03", "IC04"),
            since: (2025, 6),
            weak: None,
            months: (12, 2),
            binding: Constraint::Consistency {
                months: 4,
                reached: date(2027, 3, 22),
            },
            // Decision by 5 Apr 2027 at the earliest: 1 Jul 2027. Typical: 24 months on
            // 1 Jun 2027, decision by 29 Jun: also 1 Jul 2027.
            earliest: date(2027, 7, 1),
            typical: date(2027, 7, 1),
        },
        StepCase {
            name: "new to the level: time in level binds",
            levels: ("IC03", "IC04"),
            since: (2026, 9),
            weak: None,
            months: (6, 6),
            binding: Constraint::TimeInLevel {
                months: 18,
                reached: date(2028, 3, 1),
            },
            // Typical: 24 months on 1 Sep 2028, decision by 29 Sep: 1 Oct 2028.
            earliest: date(2028, 4, 1),
            typical: date(2028, 10, 1),
        },
        StepCase {
            name: "a gap: 6 months to close, then 6 of consistency",
            levels: ("IC03", "IC04"),
            since: (2024, 1),
            weak: Some(("complexity", gap)),
            months: (20, 6),
            binding: Constraint::Consistency {
                months: 12,
                reached: date(2027, 11, 22),
            },
            earliest: date(2028, 1, 1),
            typical: date(2028, 1, 1),
        },
        StepCase {
            name: "already eligible today",
            levels: ("IC03", "IC04"),
            since: (2024, 1),
            weak: None,
            months: (12, 9),
            binding: Constraint::Consistency {
                months: 0,
                reached: date(2026, 11, 22),
            },
            // Decision by 6 Dec 2026 at the earliest: 1 Jan 2027.
            earliest: date(2027, 1, 1),
            typical: date(2027, 1, 1),
        },
        StepCase {
            name: "open-ended window (36+): the typical date is the earliest",
            levels: ("IC05", "IC06"),
            since: (2024, 3),
            weak: None,
            months: (12, 12),
            binding: Constraint::TimeInLevel {
                months: 36,
                reached: date(2027, 3, 1),
            },
            earliest: date(2027, 4, 1),
            typical: date(2027, 4, 1),
        },
    ];
    for case in cases {
        check_step(case);
    }
}

#[test]
fn a_target_several_levels_up_chains_the_steps() {
    let fw = framework();
    let mut a = assessment(&fw, "IC02", "IC04", (2026, 1));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    set_months(&fw, &mut a, 10, 6);
    let report = score(&fw, &a).unwrap();
    let Plan::Promotion(steps) = project(&fw, &a, &report, today()) else {
        panic!()
    };
    let summary: Vec<(&str, &str, NaiveDate, NaiveDate)> = steps
        .iter()
        .map(|s| {
            (
                s.from.id.as_str(),
                s.to.id.as_str(),
                s.earliest_effective,
                s.typical_effective,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            // 12 months from 1 Jan 2026: 1 Jan 2027, decision 15 Jan: 1 Apr 2027.
            // Typical 18 months: 1 Jul 2027 + 4 weeks: 1 Oct 2027.
            ("IC02", "IC03", date(2027, 4, 1), date(2027, 10, 1)),
            // From 1 Apr 2027 + 18 months: 1 Oct 2028, decision 15 Oct: 1 Jan 2029.
            // Typical from 1 Oct 2027 + 24 months: 1 Oct 2029 + 4 weeks: 1 Jan 2030.
            ("IC03", "IC04", date(2029, 1, 1), date(2030, 1, 1)),
        ]
    );
    assert_eq!(
        named(steps[1].binding),
        Constraint::TimeInLevel {
            months: 18,
            reached: date(2028, 10, 1)
        }
    );
}

#[test]
fn switching_track_is_dated_from_twelve_months_in_role() {
    let fw = framework();
    let a = assessment(&fw, "IC04", "M04", (2026, 6));
    let report = score(&fw, &a).unwrap();
    let Plan::Switch(plan) = project(&fw, &a, &report, today()) else {
        panic!("expected a switch")
    };
    assert!(plan.on_typical_path);
    assert_eq!(plan.months_in_level, 5);
    assert_eq!(plan.months_required, 12);
    assert_eq!(plan.requirement_reached, date(2027, 6, 1));
    let dated: Vec<Option<bool>> = plan.requirements.iter().map(|(_, met)| *met).collect();
    assert_eq!(dated, [None, None, None, Some(false), None]);
    // 1 Jun 2027 + 2 weeks: 15 Jun 2027, so 1 Jul 2027; + 4 weeks: 29 Jun, also 1 Jul 2027.
    assert_eq!(
        (plan.earliest_effective, plan.typical_effective),
        (date(2027, 7, 1), date(2027, 7, 1))
    );

    let off_path = assessment(&fw, "IC02", "M06", (2020, 1));
    let report = score(&fw, &off_path).unwrap();
    let Plan::Switch(plan) = project(&fw, &off_path, &report, today()) else {
        panic!()
    };
    assert!(!plan.on_typical_path);
    // Long past the 12 months: dated from today, 22 Nov + 2 weeks = 6 Dec 2026, so 1 Jan 2027.
    assert_eq!(plan.earliest_effective, date(2027, 1, 1));
}

#[test]
fn a_switch_without_a_minimum_time_is_dated_from_today() {
    let fw = framework();
    let a = assessment(&fw, "M05", "IC06", (2026, 10));
    let report = score(&fw, &a).unwrap();
    let Plan::Switch(plan) = project(&fw, &a, &report, today()) else {
        panic!("expected a switch")
    };
    assert!(plan.on_typical_path);
    assert_eq!(plan.months_required, 0);
    assert!(plan.requirements.iter().all(|(_, met)| met.is_none()));
    // 22 Nov 2026 + 2 weeks = 6 Dec 2026: effective 1 Jan 2027.
    assert_eq!(plan.earliest_effective, date(2027, 1, 1));
}

#[test]
fn a_framework_without_timelines_gives_no_dates() {
    let fw = load(include_str!(
        "../../examples/frameworks/three-track-engineering.json"
    ))
    .unwrap();
    let a = assessment(&fw, "SE1", "SE2", (2025, 1));
    let report = score(&fw, &a).unwrap();
    assert!(matches!(
        project(&fw, &a, &report, today()),
        Plan::NoTimeline { .. }
    ));
    let same = assessment(&fw, "SE2", "SE1", (2025, 1));
    let report = score(&fw, &same).unwrap();
    assert_eq!(project(&fw, &same, &report, today()), Plan::NotUpward);
}

#[test]
fn changing_the_current_level_keeps_the_target_above_it() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    a.apply(&fw, Action::SetCurrent(LevelId::new("IC05")));
    assert_eq!(a.target.as_str(), "IC06");
    a.apply(&fw, Action::SetTarget(LevelId::new("M05")));
    a.apply(&fw, Action::SetCurrent(LevelId::new("IC04")));
    assert_eq!(
        a.target.as_str(),
        "M05",
        "a target on another track is kept"
    );
    a.apply(&fw, Action::SetTarget(LevelId::new("NOPE")));
    assert_eq!(a.target.as_str(), "M05", "unknown ids are ignored");
    rate_all(&fw, &mut a, &[Usually; 5]);
    a.apply(&fw, Action::SetName("Sam".into()));
    a.apply(&fw, Action::ClearAnswers);
    assert!(a.answers.is_empty() && a.name.is_empty());
    assert_eq!(
        (a.current.as_str(), a.target.as_str()),
        ("IC04", "M05"),
        "levels are kept"
    );
    assert_eq!(YearMonth::new(2026, 13), None);
    assert_eq!(YearMonth::new(2026, 0), None);
    assert_eq!(YearMonth::new(2025, 6).unwrap().months_until(today()), 17);
}

#[test]
fn overlong_notes_and_names_are_refused_whole_never_cut() {
    use ladder_core::assessment::{MAX_NAME_CHARS, MAX_NOTE_CHARS};
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    assert!(!a.has_answers());
    let scope = DimensionId::new("scope");
    let fits = "é".repeat(MAX_NOTE_CHARS);
    a.apply(&fw, Action::SetNote(scope.clone(), fits.clone()));
    assert_eq!(a.notes.get(&scope), Some(&fits));
    assert!(a.has_answers());
    a.apply(
        &fw,
        Action::SetNote(scope.clone(), "x".repeat(MAX_NOTE_CHARS + 1)),
    );
    assert_eq!(
        a.notes.get(&scope),
        Some(&fits),
        "the longer note is refused"
    );
    a.apply(&fw, Action::SetName("Alex".into()));
    a.apply(&fw, Action::SetName("y".repeat(MAX_NAME_CHARS + 1)));
    assert_eq!(a.name, "Alex");
}

#[test]
fn find_my_level_takes_the_lowest_and_reports_the_median() {
    let fw = framework();
    let track = &fw.tracks[0];
    let choose = |picks: &[(&str, &str)]| -> BTreeMap<DimensionId, LevelId> {
        picks
            .iter()
            .map(|(d, l)| (DimensionId::new(*d), LevelId::new(*l)))
            .collect()
    };
    let choices = choose(&[
        ("expertise", "IC04"),
        ("scope", "IC03"),
        ("decisions", "IC04"),
        ("leadership", "IC05"),
        ("complexity", "IC04"),
        ("collaboration", "IC03"),
    ]);
    let p = place(&fw, track, &choices);
    assert!(p.complete);
    assert_eq!(p.overall.map(|l| l.id.as_str()), Some("IC03"));
    assert_eq!(p.typical.map(|l| l.id.as_str()), Some("IC04"));
    let ids = |v: &[DimensionId]| v.iter().map(|d| d.as_str().to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&p.holding_back), ["scope", "collaboration"]);
    assert_eq!(
        ids(&p.strongest),
        ["expertise", "decisions", "leadership", "complexity"]
    );

    let partial = place(
        &fw,
        track,
        &choose(&[("scope", "IC06"), ("expertise", "M05")]),
    );
    assert!(
        !partial.complete,
        "a management level is not a choice on the IC track"
    );
    assert_eq!(partial.overall.map(|l| l.id.as_str()), Some("IC06"));
}

#[test]
fn changes_since_counts_what_a_notice_must_name() {
    use ladder_core::assessment::Changes;
    use ladder_core::StatementId;
    let fw = framework();
    let earlier = assessment(&fw, "IC03", "IC04", (2025, 6));
    assert!(earlier.changes_since(&earlier).is_empty());
    let mut later = earlier.clone();
    later.apply(
        &fw,
        Action::Rate(StatementId::new("ic04-scope-1"), Some(Usually)),
    );
    later.apply(&fw, Action::Rate(StatementId::new("ic04-scope-2"), None));
    later.apply(
        &fw,
        Action::SetNote(DimensionId::new("scope"), "Led it".into()),
    );
    later.apply(&fw, Action::SetName("Alex".into()));
    assert_eq!(
        later.changes_since(&earlier),
        Changes {
            answers: 2,
            notes: 1,
            name: true,
            levels: false,
            criteria: false
        }
    );
    // Undoing an answer is a change too: the earlier one had it.
    assert_eq!(earlier.changes_since(&later).answers, 2);
    let mut moved = earlier.clone();
    moved.apply(&fw, Action::SetTarget(LevelId::new("IC05")));
    assert_eq!(
        moved.changes_since(&earlier),
        Changes {
            levels: true,
            ..Changes::default()
        }
    );
}

/// The default framework with its JSON changed by `edit`. Where the edit leaves no verdict
/// rule, the Scope criterion (judged by the verdict) goes back to being checked by hand, as
/// the loader requires.
fn default_with(edit: impl FnOnce(&mut serde_json::Value)) -> Framework {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../../framework.json")).unwrap();
    edit(&mut json);
    let verdict = &json["assessment"]["verdict"];
    if verdict.is_null() || verdict == "none" {
        for c in json["promotion"]["criteria"].as_array_mut().unwrap() {
            c.as_object_mut().unwrap().remove("judged_by");
        }
    }
    load(&json.to_string()).expect("the edited framework loads")
}

#[test]
fn min_answered_above_a_dimensions_statements_needs_every_statement_it_has() {
    let fw = default_with(|json| json["assessment"] = serde_json::json!({ "min_answered": 9 }));
    let mut a = assessment(&fw, "IC03", "IC04", (2024, 1));
    let target = fw.level(&a.target).unwrap().clone();
    let scope = target.expectations_for(&DimensionId::new("scope")).unwrap();
    let n = scope.statements.len();
    assert!(
        n < 9,
        "the test needs a dimension with fewer statements than the setting"
    );
    rate(&fw, &mut a, "scope", &vec![Consistently; n - 1]);
    let report = score(&fw, &a).unwrap();
    let status = |r: &ladder_core::Report| {
        r.dimensions
            .iter()
            .find(|d| d.dimension.id.as_str() == "scope")
            .unwrap()
            .status
    };
    assert_eq!(
        status(&report),
        Status::Incomplete,
        "one statement still to answer"
    );
    rate(&fw, &mut a, "scope", &vec![Consistently; n]);
    assert_eq!(
        status(&score(&fw, &a).unwrap()),
        Status::Ready,
        "all it has is enough"
    );
}

#[test]
fn a_dimension_that_is_not_ready_always_names_something_to_work_on() {
    let fw = framework();
    let mut a = assessment(&fw, "IC03", "IC04", (2024, 1));
    let target = fw.level(&a.target).unwrap().clone();
    let n = target
        .expectations_for(&DimensionId::new("scope"))
        .unwrap()
        .statements
        .len();
    // All "Usually": 67%, below the 80% ready line, and nothing at "Sometimes" or below.
    rate(&fw, &mut a, "scope", &vec![Usually; n]);
    let report = score(&fw, &a).unwrap();
    let scope = report
        .dimensions
        .iter()
        .find(|d| d.dimension.id.as_str() == "scope")
        .unwrap();
    assert_eq!(scope.status, Status::Close);
    assert_eq!(scope.to_work_on.len(), n);
    assert!(scope.to_work_on.iter().all(|(_, r)| *r == Usually));
}

#[test]
fn the_verdict_follows_the_frameworks_rule() {
    use ladder_core::scoring::verdict_met;
    use ladder_core::VerdictRule::*;
    assert!(verdict_met(EveryDimension, 6, 6));
    assert!(!verdict_met(EveryDimension, 5, 6));
    assert!(verdict_met(AtLeast(5), 5, 6));
    assert!(!verdict_met(AtLeast(5), 4, 6));
    assert!(
        verdict_met(AtLeast(9), 6, 6),
        "all of them, where there are fewer"
    );
    assert!(verdict_met(Share(80), 5, 6));
    assert!(!verdict_met(Share(90), 5, 6));
    assert!(!verdict_met(None, 6, 6), "no rule, no verdict");
    assert!(
        !verdict_met(EveryDimension, 0, 0),
        "no dimension, no verdict"
    );
    // Without the setting a framework gets no verdict and nothing blocks.
    let fw = default_with(|json| {
        json.as_object_mut().unwrap().remove("assessment");
    });
    let mut a = assessment(&fw, "IC03", "IC04", (2024, 1));
    rate(&fw, &mut a, "scope", &[NotYet]);
    let report = score(&fw, &a).unwrap();
    assert_eq!(report.rule, None);
    assert!(!report.ready);
    assert!(report.blocking.is_empty());
}

#[test]
fn a_statement_is_rated_or_not_sure_never_both_so_every_format_round_trips() {
    use ladder_core::{file, share, storage, Answer, Given, StatementId};
    let fw = framework();
    let id = StatementId::new("ic04-scope-1");
    let mut a = Assessment::new(&fw, YearMonth::new(2025, 6).unwrap());
    a.apply(&fw, Action::Rate(id.clone(), Some(Usually)));
    a.apply(&fw, Action::Rate(id.clone(), None));
    assert_eq!(a.answer(&id), Answer::NotSure);
    assert_eq!(a.answers.len(), 1);
    assert_eq!(a.ratings().count(), 0);
    a.apply(&fw, Action::Rate(id.clone(), Some(Consistently)));
    assert_eq!(a.answers.get(&id), Some(&Given::Rated(Consistently)));
    assert_eq!(a.not_sure().count(), 0);
    // Saved text that says both (no Ladder writes that) keeps the rating, as the answer shown
    // always did, and then reads back the same.
    let saved = storage::encode(&a);
    let (body, _) = saved.split_once("end=").unwrap();
    let body = format!("{body}unsure=ic04-scope-1\n");
    let both = format!("{body}end={}\n", body.lines().count());
    let restored = storage::decode(&fw, &both).unwrap().assessment;
    assert_eq!(restored.answer(&id), Answer::Rated(Consistently));
    let again = storage::decode(&fw, &storage::encode(&restored)).unwrap();
    assert_eq!(again.assessment, restored);
    // A link and a file carry one answer per statement and read back the same.
    let day = today();
    assert_eq!(
        share::decode(&fw, &share::encode(&a, day))
            .unwrap()
            .assessment,
        a
    );
    assert_eq!(
        file::open(&fw, &file::save(&a, day), day)
            .unwrap()
            .assessment,
        a
    );
}

/// The default framework with these criteria instead of its own.
fn with_criteria(criteria: serde_json::Value) -> Framework {
    default_with(|json| json["promotion"]["criteria"] = criteria)
}

#[test]
fn without_questions_only_time_in_level_dates_the_plan_and_nothing_is_judged() {
    let fw = with_criteria(serde_json::json!([
        { "id": "talk", "name": "Talk", "description": "Talk to your manager." }
    ]));
    assert_eq!(fw.questions().count(), 0);
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    let report = score(&fw, &a).unwrap();
    assert_eq!(report.criteria.len(), 1);
    assert_eq!(report.criteria[0].state(), CriterionState::NotAssessed);
    let Plan::Promotion(steps) = project(&fw, &a, &report, today()) else {
        panic!("expected a promotion plan")
    };
    assert_eq!(
        steps[0]
            .constraints
            .iter()
            .copied()
            .map(named)
            .collect::<Vec<_>>(),
        [Constraint::TimeInLevel {
            months: 18,
            reached: date(2026, 12, 1)
        }]
    );
    // An answer to a question the framework does not ask is refused, not kept.
    a.apply(
        &fw,
        Action::SetCriterion(QuestionId::new("months-current"), 3),
    );
    assert!(a.criteria.is_empty());
}

#[test]
fn each_kind_of_question_is_met_as_the_framework_says() {
    let fw = with_criteria(serde_json::json!([
        { "id": "tenure", "name": "Tenure", "description": "…",
          "questions": [{ "question": "Months?", "needs": { "months": 12 } }] },
        { "id": "cases", "name": "Cases", "description": "…",
          "questions": [
            { "question": "How many cases?", "needs": { "count": 2 } },
            { "question": "Signed off?", "needs": "yes" }
          ] },
        { "id": "ready", "name": "Ready", "description": "…", "judged_by": "verdict" }
    ]));
    // Ids a file leaves out are derived from the criterion's id and the position.
    let ids: Vec<&str> = fw.questions().map(|(_, q)| q.id.as_str()).collect();
    assert_eq!(ids, ["tenure-q1", "cases-q1", "cases-q2"]);
    let mut a = assessment(&fw, "IC03", "IC04", (2025, 6));
    rate_all(&fw, &mut a, &[Consistently; 5]);
    let states = |a: &Assessment| -> Vec<CriterionState> {
        score(&fw, a)
            .unwrap()
            .criteria
            .iter()
            .map(|c| c.state())
            .collect()
    };
    use CriterionState::{Met, Missing};
    assert_eq!(states(&a), [Missing, Missing, Met]);
    for (id, value) in [("tenure-q1", 12), ("cases-q1", 2)] {
        a.apply(&fw, Action::SetCriterion(QuestionId::new(id), value));
    }
    // Both of a criterion's questions must be met.
    assert_eq!(states(&a), [Met, Missing, Met]);
    // A box is ticked with 1; anything more is refused.
    a.apply(&fw, Action::SetCriterion(QuestionId::new("cases-q2"), 2));
    assert_eq!(states(&a), [Met, Missing, Met]);
    a.apply(&fw, Action::SetCriterion(QuestionId::new("cases-q2"), 1));
    assert_eq!(states(&a), [Met, Met, Met]);
    // The verdict-judged criterion follows the report's verdict.
    rate(&fw, &mut a, "scope", &[NotYet; 5]);
    assert_eq!(states(&a), [Met, Met, Missing]);
    // The months question dates the plan: 12 needed, 12 had, nothing more from today.
    let report = score(&fw, &a).unwrap();
    let Plan::Promotion(steps) = project(&fw, &a, &report, today()) else {
        panic!("expected a promotion plan")
    };
    assert!(matches!(
        steps[0].constraints[1],
        ladder_core::Constraint::Question { months: 0, .. }
    ));
}
