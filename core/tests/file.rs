//! The saved assessment file, format version 1: the golden document keeps opening, files round
//! trip, a file from another framework version opens with what still applies, and every kind of
//! broken file is refused with a message that says what and where.

use ladder_core::file::{open, save, FileError};
use ladder_core::{
    load, Action, Assessment, DimensionId, Framework, LevelId, NaiveDate, Rating, StatementId,
    YearMonth,
};

fn framework() -> Framework {
    load(include_str!("../../framework.json")).unwrap()
}

/// Written by the first release of the format. Never change this document: add a new one.
const GOLDEN_V1: &str = r#"{
  "format": "ladder-assessment",
  "version": 1,
  "framework": {
    "id": "ultralytics-career-progression",
    "version": "2025.1"
  },
  "saved_on": "2026-11-22",
  "current": "IC03",
  "target": "IC04",
  "in_level_since": "2025-06",
  "name": "Alex Doe",
  "answers": {
    "ic04-expertise-1": "consistently",
    "ic04-scope-1": "not-sure",
    "ic04-scope-2": "not-yet"
  },
  "notes": {
    "scope": "Led the migration.\nThen the rollout."
  },
  "criteria": {
    "months_meeting_current": 12,
    "months_at_next": 2,
    "examples": 3,
    "peer_feedback": true,
    "discussed_with_manager": false
  }
}
"#;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn golden_v1_opens_and_saves_back_the_same() {
    let fw = framework();
    let opened = open(&fw, GOLDEN_V1, today()).unwrap();
    let a = &opened.assessment;
    assert_eq!(opened.saved_on, today());
    assert_eq!((a.current.as_str(), a.target.as_str()), ("IC03", "IC04"));
    assert_eq!(a.in_level_since, YearMonth::new(2025, 6).unwrap());
    assert_eq!(a.name, "Alex Doe");
    assert_eq!(
        a.rating(&StatementId::new("ic04-expertise-1")),
        Some(Rating::Consistently)
    );
    assert_eq!(
        a.rating(&StatementId::new("ic04-scope-2")),
        Some(Rating::NotYet)
    );
    assert_eq!(
        a.answer(&StatementId::new("ic04-scope-1")),
        ladder_core::Answer::NotSure
    );
    assert_eq!(
        a.notes.get(&DimensionId::new("scope")).map(String::as_str),
        Some("Led the migration.\nThen the rollout.")
    );
    // Version 1's five fields are the default framework's questions, by id.
    let c = a.criteria.legacy();
    assert_eq!((c[0], c[2]), (12, 3));
    assert!(opened.new_statements.is_empty() && opened.no_longer_apply.is_empty());
    // Saved again, it is version 2.
    assert_eq!(save(a, today()), GOLDEN_V2);
}

/// Written by the first release of version 2. Never change this text: add a new one.
const GOLDEN_V2: &str = r#"{
  "format": "ladder-assessment",
  "version": 2,
  "framework": {
    "id": "ultralytics-career-progression",
    "version": "2025.1"
  },
  "saved_on": "2026-11-22",
  "current": "IC03",
  "target": "IC04",
  "in_level_since": "2025-06",
  "name": "Alex Doe",
  "answers": {
    "ic04-expertise-1": "consistently",
    "ic04-scope-1": "not-sure",
    "ic04-scope-2": "not-yet"
  },
  "notes": {
    "scope": "Led the migration.\nThen the rollout."
  },
  "criteria": {
    "examples": 3,
    "months-current": 12,
    "months-next": 2,
    "peer-feedback": 1
  }
}
"#;

#[test]
fn golden_v2_opens_as_v1_does_with_criteria_by_question_id() {
    let fw = framework();
    let v1 = open(&fw, GOLDEN_V1, today()).unwrap();
    let v2 = open(&fw, GOLDEN_V2, today()).unwrap();
    assert_eq!(v2, v1);
    assert_eq!(save(&v2.assessment, today()), GOLDEN_V2);
    // An answer to a question this framework does not ask no longer applies, by its id.
    let other = GOLDEN_V2.replace("\"examples\": 3", "\"talks\": 3");
    let opened = open(&fw, &other, today()).unwrap();
    assert_eq!(opened.no_longer_apply, ["talks"]);
    assert_eq!(opened.assessment.criteria.legacy(), [12, 2, 0, 1, 0]);
    assert_eq!(
        open(
            &fw,
            &GOLDEN_V2.replace("\"examples\": 3", "\"examples\": 1000"),
            today()
        )
        .unwrap_err()
        .to_string(),
        "$.criteria.examples: expected a whole number from 0 to 999"
    );
}

#[test]
fn any_assessment_round_trips() {
    let fw = framework();
    let mut a = Assessment::new(&fw, YearMonth::new(2024, 12).unwrap());
    a.apply(&fw, Action::SetCurrent(LevelId::new("M05")));
    a.apply(&fw, Action::SetName("Zoë \"Z\" O'Neil".into()));
    a.apply(
        &fw,
        Action::Rate(StatementId::new("m06-people-3"), Some(Rating::Usually)),
    );
    a.apply(&fw, Action::Rate(StatementId::new("m06-people-4"), None));
    a.apply(
        &fw,
        Action::SetNote(DimensionId::new("people"), "Hired 3.\n\"Grew\" 2.".into()),
    );
    let opened = open(&fw, &save(&a, today()), today()).unwrap();
    assert_eq!(opened.assessment, a);
}

#[test]
fn a_file_from_another_version_opens_with_what_still_applies() {
    let fw = framework();
    let older = GOLDEN_V1
        .replace("\"version\": \"2025.1\"", "\"version\": \"2024.2\"")
        .replace(
            "\"ic04-scope-2\": \"not-yet\"",
            "\"ic04-retired-7\": \"usually\"",
        );
    let opened = open(&fw, &older, today()).unwrap();
    assert_eq!(opened.no_longer_apply, ["ic04-retired-7"]);
    assert_eq!(opened.assessment.framework_version, "2024.2");
    // IC04 has 30 statements; the file answers two of them.
    assert_eq!(opened.new_statements.len(), 28);
    assert!(opened
        .new_statements
        .contains(&StatementId::new("ic04-scope-2")));
}

#[test]
fn broken_files_say_what_is_wrong_and_where() {
    let fw = framework();
    let check = |text: &str, message: &str| {
        let err = open(&fw, text, today()).unwrap_err();
        assert_eq!(err.to_string(), message, "{text}");
    };
    check(
        "{\"format\": \"ladder-assessment\",",
        "the file is not valid JSON at line 1, column 31: EOF while parsing a value",
    );
    check(
        "{\"format\": \"shopping-list\"}",
        "$.format is \"shopping-list\", so it is not a Ladder assessment",
    );
    check(
        &GOLDEN_V1.replace("\"version\": 1", "\"version\": 3"),
        "$.version is 3: the file was made by a newer Ladder, which this one cannot read",
    );
    check(
        &GOLDEN_V1.replace("\"examples\": 3", "\"examples\": \"three\""),
        "$.criteria.examples: expected a whole number from 0 to 255, found the text \"three\" (line 24, column 23)",
    );
    check(
        &GOLDEN_V1.replace("  \"target\": \"IC04\",\n", ""),
        "$: the field \"target\" is missing (line 27, column 1)",
    );
    check(
        &GOLDEN_V1.replace("\"consistently\"", "\"always\""),
        "$.answers.ic04-expertise-1: expected not-yet, sometimes, usually, consistently or not-sure",
    );
    check(
        &GOLDEN_V1.replace("\"IC04\"", "\"IC09\""),
        "$.target: this framework has no level \"IC09\"",
    );
    check(
        &GOLDEN_V1.replace("2026-11-22", "2026-02-30"),
        "$.saved_on: expected a real date written YYYY-MM-DD",
    );
    check(
        &GOLDEN_V1.replace("2025-06", "2025-13"),
        "$.in_level_since: expected a month written YYYY-MM",
    );
    let huge = format!("{GOLDEN_V1}{}", " ".repeat(600_000));
    check(
        &huge,
        &format!(
            "the file has {} bytes, more than the 524288 a saved assessment can have",
            huge.len()
        ),
    );
    assert!(matches!(open(&fw, "[]", today()), Err(FileError::Json(_))));
}

#[test]
fn an_answer_given_twice_is_refused_with_its_path_not_the_last_one_kept() {
    let fw = framework();
    let check = |text: &str, message: &str| {
        let err = open(&fw, text, today()).unwrap_err();
        assert_eq!(err.to_string(), message, "{text}");
    };
    check(
        &GOLDEN_V1.replace(
            "\"ic04-scope-2\": \"not-yet\"",
            "\"ic04-scope-2\": \"not-yet\",\n    \"ic04-scope-2\": \"consistently\"",
        ),
        "$.answers.ic04-scope-2 is given twice in the same object; keep one of the two",
    );
    check(
        &GOLDEN_V1.replace(
            "\"scope\": \"Led",
            "\"scope\": \"One.\",\n    \"scope\": \"Led",
        ),
        "$.notes.scope is given twice in the same object; keep one of the two",
    );
    check(
        &GOLDEN_V1.replace("\"examples\": 3,", "\"examples\": 3,\n    \"examples\": 9,"),
        "$.criteria.examples is given twice in the same object; keep one of the two",
    );
    // A long key is named by its first 40 characters.
    let long = "k".repeat(5000);
    check(
        &GOLDEN_V1.replace(
            "\"answers\": {",
            &format!("\"answers\": {{\n    \"{long}\": \"usually\",\n    \"{long}\": \"usually\","),
        ),
        &format!(
            "$.answers.{}… is given twice in the same object; keep one of the two",
            "k".repeat(40)
        ),
    );
}

#[test]
fn a_file_saved_after_today_or_a_level_reached_after_today_is_refused() {
    let fw = framework();
    let check = |text: &str, message: &str| {
        let err = open(&fw, text, today()).unwrap_err();
        assert_eq!(err.to_string(), message, "{text}");
    };
    let saved_on = "$.saved_on: expected a day from 1900-01-01 to today (2026-11-22), the days a file can have been saved on";
    check(&GOLDEN_V1.replace("2026-11-22", "9999-01-01"), saved_on);
    check(&GOLDEN_V1.replace("2026-11-22", "2026-11-23"), saved_on);
    check(&GOLDEN_V1.replace("2026-11-22", "1899-12-31"), saved_on);
    let since = "$.in_level_since: expected a month from 1900-01 to this one (2026-11), the months a level can have been reached in";
    check(&GOLDEN_V1.replace("2025-06", "2200-01"), since);
    check(&GOLDEN_V1.replace("2025-06", "2026-12"), since);
    // Today and this month are possible.
    let edge = GOLDEN_V1.replace("2025-06", "2026-11");
    assert!(open(&fw, &edge, today()).is_ok());
    assert!(open(&fw, GOLDEN_V1, today()).is_ok());
}
