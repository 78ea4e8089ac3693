//! The sentences the app makes from the core's data: suggestions, criteria findings and what a
//! restore left out. (The core's own tests check that the real framework yields this data.)

use ladder::words::{finding, left_out, suggestion};
use ladder_core::storage::LeftOut;
use ladder_core::{
    load, AttributeId, DimensionId, Finding, LevelId, Needs, Question, QuestionId, Rating,
    StatementId, Suggestion, TrackId,
};

#[test]
fn focus_suggestions_read_as_actions() {
    let fw = load(include_str!("../../framework.json")).unwrap();
    let ic = fw.track(&TrackId::new("ic")).unwrap();
    let attribute = |id: &str| {
        ic.attributes
            .iter()
            .find(|a| a.id == AttributeId::new(id))
            .unwrap()
    };
    let statement = fw
        .statement(&StatementId::new("ic04-leadership-2"))
        .unwrap();
    let ic03 = fw.level(&LevelId::new("IC03")).unwrap();
    let lines: Vec<String> = [
        Suggestion::Shift {
            attribute: attribute("scope"),
            from: "Features",
            to: "Projects",
        },
        Suggestion::Shift {
            attribute: attribute("influence"),
            from: "Team",
            to: "Cross-team",
        },
        Suggestion::Statement {
            statement,
            rating: Rating::NotYet,
        },
        Suggestion::Develop(&ic03.development_areas[0]),
    ]
    .iter()
    .map(suggestion)
    .collect();
    assert_eq!(
        lines,
        [
            "Shift Scope: Features → Projects",
            "Shift Influence: Team → Cross-team",
            "Aim for “Usually” on: Presents results and recommendations effectively across their discipline",
            "Develop: Extending influence from the immediate team to neighbouring teams",
        ]
    );
}

#[test]
fn criteria_findings_say_what_is_missing() {
    let question = |text: &str, needs| Question {
        id: QuestionId::new("q"),
        text: text.to_string(),
        needs,
    };
    let months = question(
        "For how many months?",
        Needs::Months {
            min: 6,
            once_ready: false,
        },
    );
    let count = question("How many examples?", Needs::Count(3));
    let yes = question("I have asked my peers", Needs::Yes);
    let cases = [
        (
            Finding::Months {
                question: &months,
                have: 8,
                need: 6,
            },
            "“For how many months?” 8 of 6 months.",
        ),
        (
            Finding::Months {
                question: &months,
                have: 2,
                need: 6,
            },
            "“For how many months?” 2 of 6 months; 4 months more needed.",
        ),
        (
            Finding::Months {
                question: &months,
                have: 1,
                need: 2,
            },
            "“For how many months?” 1 of 2 months; 1 month more needed.",
        ),
        (
            Finding::Count {
                question: &count,
                have: 1,
                need: 3,
            },
            "“How many examples?” 1 so far; at least 3 needed.",
        ),
        (
            Finding::Count {
                question: &count,
                have: 4,
                need: 3,
            },
            "“How many examples?” 4, at least 3 needed.",
        ),
        (
            Finding::Yes {
                question: &yes,
                ticked: true,
            },
            "Done: “I have asked my peers”.",
        ),
        (
            Finding::Yes {
                question: &yes,
                ticked: false,
            },
            "Not yet: “I have asked my peers”.",
        ),
    ];
    for (f, expected) in cases {
        assert_eq!(finding(f), expected, "{f:?}");
    }
}

#[test]
fn what_a_restore_left_out_is_named() {
    assert_eq!(
        left_out(&LeftOut::Rating(StatementId::new("ic04-retired-9"))),
        "the rating of statement ic04-retired-9"
    );
    assert_eq!(
        left_out(&LeftOut::Note(DimensionId::new("craft"))),
        "the note on dimension craft"
    );
    assert_eq!(
        left_out(&LeftOut::Criterion(QuestionId::new("examples"))),
        "the answer to criteria question examples"
    );
}

#[test]
fn effective_dates_follow_the_framework_process_and_invent_no_part_of_it() {
    use ladder::words::effective_dates;
    use ladder_core::timeline::ProcessRule;
    use ladder_core::{Effective, Start};
    let rule = |effective| ProcessRule {
        starts_by: Some(Start::Nomination),
        decision_weeks: Some((2, 4)),
        effective: Some(effective),
    };
    assert_eq!(
        effective_dates(&rule(Effective::NextQuarterStart)),
        "The decision follows 2–4 weeks after nomination and takes effect on the first day of the next quarter."
    );
    assert_eq!(
        effective_dates(&rule(Effective::NextMonthStart)),
        "The decision follows 2–4 weeks after nomination and takes effect on the first day of the next month."
    );
    assert_eq!(
        effective_dates(&ProcessRule {
            decision_weeks: Some((1, 1)),
            starts_by: Some(Start::Application),
            ..rule(Effective::Immediately)
        }),
        "The decision follows 1 week after the application and takes effect on the day it is decided."
    );
    // Nothing stated: no decision time, no quarter, no nomination.
    let silent = effective_dates(&ProcessRule::default());
    assert_eq!(
        silent,
        "The framework does not say how long a decision takes or when it takes effect, so the dates are the earliest a move could be put forward."
    );
    assert!(!silent.contains("quarter") && !silent.contains("nomination"));
    assert!(effective_dates(&ProcessRule {
        effective: None,
        ..rule(Effective::Immediately)
    })
    .contains("does not say when it takes effect"));
}

#[test]
fn the_incomplete_rule_never_says_fewer_than_1_answers() {
    use ladder::words::incomplete_rule;
    assert_eq!(incomplete_rule(1), "no answer");
    assert_eq!(
        incomplete_rule(3),
        "fewer than 3 answers (every statement, where a dimension has fewer)"
    );
}

#[test]
fn what_a_restore_left_out_names_at_most_40_characters_of_a_5000_character_id() {
    let id = "q".repeat(5000);
    assert_eq!(
        left_out(&LeftOut::Rating(StatementId::new(id.clone()))),
        format!("the rating of statement {}…", "q".repeat(40))
    );
    assert_eq!(
        left_out(&LeftOut::Note(DimensionId::new(id))),
        format!("the note on dimension {}…", "q".repeat(40))
    );
}

#[test]
fn a_statement_already_at_usually_is_aimed_at_consistently() {
    use ladder::words::suggestion;
    use ladder_core::scoring::Suggestion;
    use ladder_core::{load, Rating, StatementId};
    let fw = load(include_str!("../../framework.json")).unwrap();
    let statement = fw.statement(&StatementId::new("ic04-scope-1")).unwrap();
    let text = |rating| suggestion(&Suggestion::Statement { statement, rating });
    assert!(text(Rating::Sometimes).starts_with("Aim for “Usually” on: "));
    assert!(text(Rating::Usually).starts_with("Aim for “Consistently” on: "));
}
