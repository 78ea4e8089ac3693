//! Every kind of mistake an author can make in a framework file, with the exact message.

use ladder_core::{load, LoadError};
use std::path::Path;

/// Loads a fixture that must fail and returns its messages, one per problem.
fn messages(fixture: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid")
        .join(fixture);
    let json = std::fs::read_to_string(&path).expect("fixture exists");
    match load(&json) {
        Ok(_) => panic!("{fixture} loaded but should have been refused"),
        Err(LoadError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    }
}

fn check(fixture: &str, expected: &[&str]) {
    assert_eq!(messages(fixture), expected, "{fixture}");
}

#[test]
fn minimal_fixture_is_valid() {
    let json = include_str!("fixtures/minimal.json");
    let fw = load(json).expect("the base of every invalid fixture is valid");
    assert_eq!(fw.levels().count(), 3);
}

#[test]
fn duplicate_level_id() {
    check(
        "duplicate-level-id.json",
        &[
            "$.tracks[0].levels[1].id: id \"A1\" is used twice (first at $.tracks[0].levels[0].id)",
            "$.promotion.timelines[0].to: there is no level \"A2\"",
            "$.track_switches[0].from_levels[0]: there is no level \"A2\"",
        ],
    );
}

#[test]
fn duplicate_statement_id() {
    check(
        "duplicate-statement-id.json",
        &["$.tracks[0].levels[1].expectations.craft[0].id: id \"a1-craft-1\" is used twice (first at $.tracks[0].levels[0].expectations.craft[0].id)"],
    );
}

#[test]
fn unknown_dimension() {
    check(
        "unknown-dimension.json",
        &["$.tracks[0].levels[0].expectations.craf: track \"ic\" has no dimension \"craf\""],
    );
}

#[test]
fn level_missing_a_dimension() {
    check(
        "missing-dimension.json",
        &["$.tracks[0].levels[1].expectations: level A2 has no expectations for dimension \"impact\""],
    );
}

#[test]
fn timeline_naming_an_unknown_level() {
    check(
        "timeline-unknown-level.json",
        &["$.promotion.timelines[0].to: there is no level \"A9\""],
    );
}

#[test]
fn timeline_going_down() {
    check(
        "timeline-downward.json",
        &["$.promotion.timelines[0]: a timeline must lead to a more senior level on the same track, but A2 to A1 does not"],
    );
}

#[test]
fn min_greater_than_max() {
    check(
        "min-above-max.json",
        &["$.promotion.timelines[0].months: min (24) is greater than max (18)"],
    );
}

#[test]
fn empty_text() {
    check(
        "empty-text.json",
        &["$.tracks[0].levels[0].expectations.craft[0].text: text is empty"],
    );
}

#[test]
fn unknown_track() {
    check(
        "unknown-track.json",
        &["$.track_switches[0].to_track: there is no track \"managers\""],
    );
}

#[test]
fn switch_level_on_the_wrong_track() {
    check(
        "switch-level-on-other-track.json",
        &["$.track_switches[0].to_levels[0]: level A1 is not on track \"mgmt\""],
    );
}

#[test]
fn focus_not_adding_up() {
    check(
        "focus-not-100.json",
        &["$.tracks[0].levels[0].focus: operational (100) and strategic (20) add up to 120, not 100"],
    );
}

#[test]
fn value_not_on_its_scale() {
    check(
        "not-on-scale.json",
        &["$.tracks[0].levels[1].attributes.scope: \"Feature\" is not a step of scale \"scope\""],
    );
}

#[test]
fn unknown_scale() {
    check(
        "unknown-scale.json",
        &["$.tracks[0].attributes[0].scale: there is no scale \"reach\""],
    );
}

#[test]
fn unknown_attribute() {
    check(
        "unknown-attribute.json",
        &["$.tracks[0].levels[0].attributes.budget: track \"ic\" has no attribute \"budget\""],
    );
}

#[test]
fn track_without_levels() {
    check(
        "no-levels.json",
        &[
            "$.tracks[1].levels: list is empty, it needs at least one entry",
            "$.track_switches[0].to_levels[0]: there is no level \"B1\"",
        ],
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    check(
        "several-problems.json",
        &[
            "$.name: text is empty",
            "$.tracks[0].levels[1].id: id \"A1\" is used twice (first at $.tracks[0].levels[0].id)",
            "$.promotion.timelines[0].to: there is no level \"A2\"",
            "$.promotion.timelines[0].months: min (30) is greater than max (18)",
            "$.track_switches[0].from_levels[0]: there is no level \"A2\"",
        ],
    );
}

#[test]
fn newer_schema_version() {
    check(
        "unsupported-schema.json",
        &["schema_version is 2, but this version of Ladder reads schema version 1"],
    );
}

#[test]
fn misspelt_field() {
    check(
        "unknown-field.json",
        &["$.tracks[0].levels[0].titel: there is no field \"titel\" here; the fields are: id, title, stage, roles, focus, summary, expectations, attributes, span, background, success_indicators, development_areas, note (line 67, column 17)"],
    );
}

#[test]
fn wrong_type() {
    check(
        "wrong-type.json",
        &["$.tracks[0].levels[0].focus.operational: expected a whole number from 0 to 255, found the text \"all\" (line 46, column 32)"],
    );
}

#[test]
fn not_json_at_all() {
    check(
        "not-json.json",
        &["the file is not valid JSON at line 3, column 3: key must be a string"],
    );
}

#[test]
fn months_beyond_fifty_years() {
    check(
        "months-out-of-range.json",
        &[
            "$.promotion.timelines[0].months.min: expected a whole number from 0 to 600, found 40000",
            "$.promotion.timelines[0].months.max: expected a whole number from 0 to 600, found 40001",
            "$.track_switches[0].requirements[0].min_months_in_role: expected a whole number from 0 to 600, found 700",
        ],
    );
}

#[test]
fn ids_differing_only_by_case() {
    check(
        "case-duplicate-id.json",
        &["$.tracks[0].levels[1].id: id \"a1\" differs from \"A1\" (at $.tracks[0].levels[0].id) only by case; ids must differ in more than case"],
    );
}

#[test]
fn ids_with_spaces_or_other_characters() {
    check(
        "bad-id.json",
        &[
            "$.tracks[0].levels[1].id: \"A2 \" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
            "$.tracks[1].levels[0].expectations.people[0].id: \"b1/people<1>\" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
            "$.promotion.timelines[0].to: there is no level \"A2\"",
            "$.track_switches[0].from_levels[0]: there is no level \"A2\"",
        ],
    );
}

#[test]
fn text_beyond_the_limit() {
    check(
        "text-too-long.json",
        &["$.tracks[0].levels[0].summary: text has 12500 characters; at most 2000 are allowed"],
    );
}

#[test]
fn thresholds_outside_their_range() {
    check(
        "thresholds-out-of-range.json",
        &[
            "$.assessment.ready_percent: expected a whole number from 1 to 100, found 0",
            "$.assessment.close_percent: expected a whole number from 1 to 100, found 0",
            "$.assessment.min_answered: expected a whole number from 1 to 50, found 0",
            "$.assessment.closing_months.incomplete: expected a whole number from 0 to 600, found 900",
        ],
    );
}

#[test]
fn a_missing_field_is_named_with_its_path() {
    check(
        "missing-field.json",
        &["$.tracks[0].levels[1]: the field \"title\" is missing (line 93, column 9)"],
    );
}

#[test]
fn a_setting_no_longer_read_names_what_replaces_it_and_an_unknown_linked_dimension() {
    check(
        "disagreeing-months.json",
        &[
            "$.tracks[0].attributes[0].dimension: track \"ic\" has no dimension \"craf\"",
            "$.assessment.performance_months: this setting is no longer read; give the criterion a question with \"needs\": { \"months\": N }",
        ],
    );
}

#[test]
fn criteria_questions_and_the_verdict_are_checked() {
    check(
        "criteria-questions.json",
        &[
            "$.promotion.criteria[1].judged_by: a criterion is judged either by its questions or by the verdict, not both",
            "$.promotion.criteria[2].questions[1].id: id \"talks-q1\" is used twice (first at $.promotion.criteria[2].questions[0].id)",
            "$.promotion.criteria[2].questions[1].needs: expected a whole number from 0 to 999, found 5000",
            "$.promotion.criteria[0].judged_by: a criterion can be judged by the verdict only when assessment.verdict states a rule other than \"none\"",
            "$.promotion.criteria[1].judged_by: a criterion can be judged by the verdict only when assessment.verdict states a rule other than \"none\"",
        ],
    );
}

#[test]
fn a_file_too_large_is_not_read() {
    let json = format!(
        "{{\"pad\": \"{}\"}}",
        "x".repeat(ladder_core::load::MAX_FILE_BYTES)
    );
    assert_eq!(
        load(&json).unwrap_err().to_string(),
        format!(
            "the file has {} bytes; a framework file may have at most 2097152",
            json.len()
        )
    );
}

#[test]
fn summary_line_counts_problems() {
    let json = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/several-problems.json"),
    )
    .unwrap();
    let text = load(&json).unwrap_err().to_string();
    assert!(
        text.starts_with("5 problems in the framework:\n- $.name: text is empty\n"),
        "{text}"
    );
}

#[test]
fn brand_colour_too_light_and_logo_outside_the_folder() {
    check(
        "brand.json",
        &[
            "$.brand.colour: #7fb2e5 contrasts 2.0:1 with the page; links and buttons in it need at least 4.5:1, so choose a darker shade",
            "$.brand.logo: “../logo.gif” is not a logo file Ladder can publish: give the name of a file beside the framework file ending in .svg, .png or .webp",
        ],
    );
    check(
        "brand-colour-word.json",
        &["$.brand.colour: “blue” is not a colour in the form #rrggbb, such as #0b57a4"],
    );
}

#[test]
fn brand_is_kept_when_it_is_right() {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    file["brand"] = serde_json::json!({ "colour": "#00695c", "logo": "logo.svg" });
    let fw = load(&file.to_string()).unwrap();
    assert_eq!(fw.brand.colour.as_deref(), Some("#00695c"));
    assert_eq!(fw.brand.logo.as_deref(), Some("logo.svg"));
}

#[test]
fn statement_examples_are_kept_and_an_empty_one_is_named() {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    let statement = file["tracks"][0]["levels"][0]["expectations"]
        .as_object_mut()
        .unwrap()
        .values_mut()
        .next()
        .unwrap()[0]
        .as_object_mut()
        .unwrap();
    statement.insert(
        "examples".into(),
        serde_json::json!(["Ran the weekly release", "Wrote the on-call guide"]),
    );
    let fw = load(&file.to_string()).unwrap();
    let first = &fw.levels().next().unwrap().expectations[0].statements[0];
    assert_eq!(
        first.examples,
        ["Ran the weekly release", "Wrote the on-call guide"]
    );

    let statement = file["tracks"][0]["levels"][0]["expectations"]
        .as_object_mut()
        .unwrap()
        .values_mut()
        .next()
        .unwrap()[0]
        .as_object_mut()
        .unwrap();
    statement.insert(
        "examples".into(),
        serde_json::json!(["Ran the weekly release", "  "]),
    );
    let messages: Vec<String> = match load(&file.to_string()) {
        Err(LoadError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected a problem, got {other:?}"),
    };
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains(".examples[1]"), "{messages:?}");
}

#[test]
fn direction_controls_in_framework_text_are_warned_with_their_path() {
    use ladder_core::load::{warnings, Warning};
    let minimal = include_str!("fixtures/minimal.json");
    let direction = |json: &str| -> Vec<Warning> {
        warnings(json)
            .into_iter()
            .filter(|w| matches!(w, Warning::DirectionControl { .. }))
            .collect()
    };
    assert_eq!(direction(minimal), []);
    let controls = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}',
    ];
    for c in controls {
        let patched = minimal
            .replace("\"title\": \"Two\"", &format!("\"title\": \"T{c}wo\""))
            .replace("\"Builds things.\"", &format!("\"Builds{c} things.\""));
        // A warning, not a problem: the file still loads.
        assert!(load(&patched).is_ok(), "U+{:04X}", c as u32);
        assert_eq!(
            direction(&patched),
            [
                Warning::DirectionControl {
                    path: "$.tracks[0].description".into()
                },
                Warning::DirectionControl {
                    path: "$.tracks[0].levels[1].title".into()
                },
            ],
            "U+{:04X}",
            c as u32
        );
    }
    assert_eq!(
        warnings(&minimal.replace("Tiny", "Ti\u{202E}ny"))[0].to_string(),
        "$.name: the text holds an invisible control that changes its direction (U+202A–U+202E, U+2066–U+2069, U+200E or U+200F), so it can display differently from what it says; remove it unless the text needs it"
    );
    // Other invisible characters are not direction controls.
    assert_eq!(direction(&minimal.replace("Tiny", "Ti\u{200B}ny")), []);
}

#[test]
fn a_framework_key_given_twice_is_refused_with_its_path() {
    let minimal = include_str!("fixtures/minimal.json");
    let twice = minimal.replace(
        "\"name\": \"Tiny\",",
        "\"name\": \"Tiny\",\n  \"name\": \"Small\",",
    );
    assert_eq!(
        load(&twice).unwrap_err().to_string(),
        "$.name is given twice in the same object; keep one of the two"
    );
}

#[test]
fn the_check_warns_about_what_will_read_oddly_on_the_site() {
    use ladder_core::load::{warnings, Warning};
    // The default framework reads well: nothing to warn about.
    assert_eq!(warnings(include_str!("../../framework.json")), []);
    let minimal = include_str!("fixtures/minimal.json");
    let found = warnings(minimal);
    // The tiny fixture repeats a summary and has one statement per dimension.
    assert!(found.contains(&Warning::SameSummary {
        path: "$.tracks[0].levels[1].summary".into(),
        first: "$.tracks[0].levels[0].summary".into()
    }));
    assert!(found.contains(&Warning::FewStatements {
        path: "$.tracks[0].levels[0].expectations.craft".into(),
        statements: 1,
        min_answered: 3
    }));
    let word = "Principalstaffengineeringlead";
    let long = minimal.replacen("\"title\": \"Two\"", &format!("\"title\": \"{word}\""), 1);
    let found = warnings(&long);
    let message = found
        .iter()
        .find(|w| matches!(w, Warning::LongWord { .. }))
        .expect("a long word is warned")
        .to_string();
    assert_eq!(
        message,
        "$.tracks[0].levels[1].title: one word of 29 characters, more than the 24 that wrap on a phone screen; it will break mid-word there"
    );
    // A warning never stops the file loading.
    assert!(load(&long).is_ok());
}
