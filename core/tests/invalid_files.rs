//! Every kind of mistake an author can make in a framework file, with the exact message: each
//! one the valid base fixture (`fixtures/minimal.json`) plus the few edits that make it.

use ladder_core::{load, LoadError};
use serde_json::{json, Value};

/// One change to the base fixture (`fixtures/minimal.json`, a valid framework), at a JSON
/// Pointer (RFC 6901): every invalid fixture is the base plus the few edits that make its one
/// mistake, so a reader sees exactly what is wrong. `Set` replaces a value that is there, `Add`
/// puts a new key into an object (or an element into an array, at an index or `-` for the end),
/// `Remove` takes one out. They are RFC 6902's `replace`, `add` and `remove`.
enum Edit {
    Set(&'static str, Value),
    Add(&'static str, Value),
    Remove(&'static str),
}
use Edit::{Add, Remove, Set};

/// The base fixture with `edits` made, written out as pretty JSON (two-space indents; keys in
/// serde_json's own order, which the line and column of a type mistake refer to).
fn patched(edits: &[Edit]) -> String {
    let mut doc: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    for edit in edits {
        let (Set(pointer, _) | Add(pointer, _) | Remove(pointer)) = edit;
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer below the root");
        let key = key.replace("~1", "/").replace("~0", "~");
        let parent = doc
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("{pointer}: no such place in the base fixture"));
        match (edit, parent) {
            (Set(_, value), parent) => {
                let slot = parent
                    .pointer_mut(&format!("/{}", key.replace('~', "~0").replace('/', "~1")))
                    .unwrap_or_else(|| panic!("{pointer}: nothing to set"));
                *slot = value.clone();
            }
            (Add(_, value), Value::Object(map)) => {
                map.insert(key, value.clone());
            }
            (Add(_, value), Value::Array(items)) => {
                let at = if key == "-" {
                    items.len()
                } else {
                    key.parse().unwrap()
                };
                items.insert(at, value.clone());
            }
            (Remove(_), Value::Object(map)) => {
                map.remove(&key)
                    .unwrap_or_else(|| panic!("{pointer}: nothing to remove"));
            }
            (Remove(_), Value::Array(items)) => {
                items.remove(key.parse().unwrap());
            }
            _ => panic!("{pointer}: the parent is neither an object nor an array"),
        }
    }
    serde_json::to_string_pretty(&doc).unwrap()
}

/// Loads a document that must fail and returns its messages, one per problem.
fn messages(json: &str) -> Vec<String> {
    match load(json) {
        Ok(_) => panic!("loaded but should have been refused:\n{json}"),
        Err(LoadError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    }
}

/// The base fixture with `edits` must be refused with exactly `expected`.
fn check(edits: &[Edit], expected: &[&str]) {
    assert_eq!(messages(&patched(edits)), expected);
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
        &[Set("/tracks/0/levels/1/id", json!("A1"))],
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
        &[Set("/tracks/0/levels/1/expectations/craft/0/id", json!("a1-craft-1"))],
        &["$.tracks[0].levels[1].expectations.craft[0].id: id \"a1-craft-1\" is used twice (first at $.tracks[0].levels[0].expectations.craft[0].id)"],
    );
}

#[test]
fn unknown_dimension() {
    check(
        &[Add(
            "/tracks/0/levels/0/expectations/craf",
            json!([{"id": "x", "text": "y"}]),
        )],
        &["$.tracks[0].levels[0].expectations.craf: track \"ic\" has no dimension \"craf\""],
    );
}

#[test]
fn level_with_no_expectations() {
    // A level may leave a dimension out, but not every one of them.
    check(
        &[Set("/tracks/0/levels/1/expectations", json!({}))],
        &["$.tracks[0].levels[1].expectations: list is empty, it needs at least one entry"],
    );
}

#[test]
fn timeline_naming_an_unknown_level() {
    check(
        &[Set("/promotion/timelines/0/to", json!("A9"))],
        &["$.promotion.timelines[0].to: there is no level \"A9\""],
    );
}

#[test]
fn timeline_going_down() {
    check(
        &[Set("/promotion/timelines/0/from", json!("A2")), Set("/promotion/timelines/0/to", json!("A1"))],
        &["$.promotion.timelines[0]: a timeline must lead to a more senior level on the same ladder, but A2 to A1 does not"],
    );
}

#[test]
fn min_greater_than_max() {
    check(
        &[Set("/promotion/timelines/0/months/min", json!(24))],
        &["$.promotion.timelines[0].months: min (24) is greater than max (18)"],
    );
}

#[test]
fn empty_text() {
    check(
        &[Set(
            "/tracks/0/levels/0/expectations/craft/0/text",
            json!("  "),
        )],
        &["$.tracks[0].levels[0].expectations.craft[0].text: text is empty"],
    );
}

#[test]
fn unknown_track() {
    check(
        &[Set("/track_switches/0/to_track", json!("managers"))],
        &["$.track_switches[0].to_track: there is no track \"managers\""],
    );
}

#[test]
fn switch_level_on_the_wrong_track() {
    check(
        &[Set("/track_switches/0/to_levels/0", json!("A1"))],
        &["$.track_switches[0].to_levels[0]: level A1 is not on track \"mgmt\""],
    );
}

#[test]
fn focus_not_adding_up() {
    check(
        &[Set("/tracks/0/levels/0/focus/strategic", json!(20))],
        &["$.tracks[0].levels[0].focus: operational (100) and strategic (20) add up to 120, not 100"],
    );
}

#[test]
fn value_not_on_its_scale() {
    check(
        &[Set("/tracks/0/levels/1/attributes/scope", json!("Feature"))],
        &["$.tracks[0].levels[1].attributes.scope: \"Feature\" is not a step of scale \"scope\""],
    );
}

#[test]
fn unknown_scale() {
    check(
        &[Set("/tracks/0/attributes/0/scale", json!("reach"))],
        &["$.tracks[0].attributes[0].scale: there is no scale \"reach\""],
    );
}

#[test]
fn unknown_attribute() {
    check(
        &[Add("/tracks/0/levels/0/attributes/budget", json!("Small"))],
        &["$.tracks[0].levels[0].attributes.budget: track \"ic\" has no attribute \"budget\""],
    );
}

#[test]
fn track_without_levels() {
    check(
        &[Set("/tracks/1/levels", json!([]))],
        &[
            "$.tracks[1].levels: list is empty, it needs at least one entry",
            "$.track_switches[0].to_levels[0]: there is no level \"B1\"",
        ],
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    check(
        &[
            Set("/name", json!("")),
            Set("/tracks/0/levels/1/id", json!("A1")),
            Set("/promotion/timelines/0/months/min", json!(30)),
        ],
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
        &[Set("/schema_version", json!(2))],
        &["schema_version is 2, but this version of Ladder reads schema version 1"],
    );
}

#[test]
fn misspelt_field() {
    check(
        &[Add("/tracks/0/levels/0/titel", json!("One"))],
        &["$.tracks[0].levels[0].titel: there is no field \"titel\" here; the fields are: id, title, stage, roles, focus, summary, expectations, attributes, span, background, success_indicators, development_areas, note (line 99, column 17)"],
    );
}

#[test]
fn wrong_type() {
    check(
        &[Set("/tracks/0/levels/0/focus/operational", json!("all"))],
        &["$.tracks[0].levels[0].focus.operational: expected a whole number from 0 to 255, found the text \"all\" (line 93, column 32)"],
    );
}

#[test]
fn not_json_at_all() {
    // Not an edit of the base: no patch can make a document that does not parse.
    assert_eq!(
        messages("{\"schema_version\": 1,\n  \"id\": \"tiny\",\n  oops\n}\n"),
        ["the file is not valid JSON at line 3, column 3: key must be a string"]
    );
}

#[test]
fn months_beyond_fifty_years() {
    check(
        &[Set("/promotion/timelines/0/months/min", json!(40000)), Set("/promotion/timelines/0/months/max", json!(40001)), Set("/track_switches/0/requirements/0/min_months_in_role", json!(700))],
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
        &[Set("/tracks/0/levels/1/id", json!("a1")), Set("/promotion/timelines/0/to", json!("a1")), Set("/track_switches/0/from_levels/0", json!("a1"))],
        &["$.tracks[0].levels[1].id: id \"a1\" differs from \"A1\" (at $.tracks[0].levels[0].id) only by case; ids must differ in more than case"],
    );
}

#[test]
fn ids_with_spaces_or_other_characters() {
    check(
        &[Set("/tracks/0/levels/1/id", json!("A2 ")), Set("/tracks/1/levels/0/expectations/people/0/id", json!("b1/people<1>"))],
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
        &[Set("/tracks/0/levels/0/summary", json!("word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word "))],
        &["$.tracks[0].levels[0].summary: text has 12500 characters; at most 2000 are allowed"],
    );
}

#[test]
fn thresholds_outside_their_range() {
    check(
        &[Add("/assessment", json!({"min_answered": 0, "ready_percent": 0, "close_percent": 0, "closing_months": {"ready": 0, "close": 3, "gap": 6, "incomplete": 900}}))],
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
        &[Remove("/tracks/0/levels/1/title")],
        &["$.tracks[0].levels[1]: the field \"title\" is missing (line 126, column 9)"],
    );
}

#[test]
fn a_setting_no_longer_read_names_what_replaces_it_and_an_unknown_linked_dimension() {
    check(
        &[Add("/tracks/0/attributes/0/dimension", json!("craf")), Add("/promotion/criteria", json!([{"id": "performance", "name": "Performance", "description": "Meets the level.", "months": {"min": 6}}])), Add("/assessment", json!({"performance_months": 4}))],
        &[
            "$.tracks[0].attributes[0].dimension: track \"ic\" has no dimension \"craf\"",
            "$.assessment.performance_months: this setting is no longer read; give the criterion a question with \"needs\": { \"months\": N }",
        ],
    );
}

#[test]
fn criteria_questions_and_the_verdict_are_checked() {
    check(
        &[Add(
            "/promotion/criteria",
            json!([
                { "id": "ready", "name": "Ready", "description": "Judged by the verdict.", "judged_by": "verdict" },
                { "id": "both", "name": "Both", "description": "Two ways at once.", "judged_by": "verdict",
                  "questions": [{ "question": "Done?", "needs": "yes" }] },
                { "id": "talks", "name": "Talks", "description": "Questions.",
                  "questions": [
                      { "question": "Have you talked?", "needs": "yes" },
                      { "id": "talks-q1", "question": "How many talks?", "needs": { "count": 5000 } }
                  ] }
            ]),
        )],
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
    let json = patched(&[
        Set("/name", json!("")),
        Set("/tracks/0/levels/1/id", json!("A1")),
        Set("/promotion/timelines/0/months/min", json!(30)),
    ]);
    let text = load(&json).unwrap_err().to_string();
    assert!(
        text.starts_with("5 problems in the framework:\n- $.name: text is empty\n"),
        "{text}"
    );
}

#[test]
fn brand_colour_too_light_and_logo_outside_the_folder() {
    check(
        &[Add("/brand", json!({"colour": "#7fb2e5", "logo": "../logo.gif"}))],
        &[
            "$.brand.colour: #7fb2e5 contrasts 2.0:1 with the page; links and buttons in it need at least 4.5:1, so choose a darker shade",
            "$.brand.logo: “../logo.gif” is not a logo file Ladder can publish: give the name of a file beside the framework file ending in .svg, .png or .webp",
        ],
    );
    check(
        &[Add("/brand", json!({"colour": "blue"}))],
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
    // Told once, at the first place, with a count of the others.
    let few: Vec<&Warning> = found
        .iter()
        .filter(|w| matches!(w, Warning::FewStatements { .. }))
        .collect();
    assert_eq!(
        few,
        [&Warning::FewStatements {
            path: "$.tracks[0].levels[0].expectations.craft".into(),
            statements: 1,
            min_answered: 3,
            others: 4
        }]
    );
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
