//! Frameworks shaped as companies write them: a shared path that splits into two tracks, a
//! dimension some levels leave out, levels and statements without ids, a process per track
//! and per move, and rules (verdict, placement) stated or left out.

use ladder_core::timeline::{process_rule, project, Plan};
use ladder_core::{
    compare, load, place, score, Assessment, Direction, Effective, Framework, LevelId,
    PlacementRule, Problem, Rating, Start,
};
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn statement(text: &str) -> Value {
    json!([{ "text": text }])
}

/// Engineer 1–3 shared, then Senior Engineer / Staff Engineer on one track and Engineering
/// Manager / Director on the other, which splits off after Engineer 3. "Leadership" is only
/// described from Engineer 3 up.
fn split() -> Value {
    let level = |title: &str, with_leadership: bool| {
        let mut expectations = json!({
            "craft": statement(&format!("{title} builds well.")),
            "teamwork": statement(&format!("{title} works well with others.")),
        });
        if with_leadership {
            expectations["leadership"] = statement(&format!("{title} leads."));
        }
        json!({ "title": title, "expectations": expectations })
    };
    let dimensions = json!([
        { "id": "craft", "name": "Craft" },
        { "id": "teamwork", "name": "Teamwork" },
        { "id": "leadership", "name": "Leadership" }
    ]);
    json!({
        "schema_version": 1,
        "id": "split",
        "version": "1",
        "name": "Split",
        "summary": "A path that splits.",
        "tracks": [
            {
                "id": "engineering",
                "name": "Engineering",
                "description": "Builds.",
                "dimensions": dimensions,
                "process": { "starts_by": "round" },
                "levels": [
                    level("Engineer 1", false),
                    level("Engineer 2", false),
                    level("Engineer 3", true),
                    level("Senior Engineer", true),
                    level("Staff Engineer", true)
                ]
            },
            {
                "id": "management",
                "name": "Management",
                "description": "Leads people.",
                "dimensions": dimensions,
                "branches_from": "engineer-3",
                "process": { "starts_by": "application", "decision_weeks": { "min": 3, "max": 5 } },
                "levels": [level("Engineering Manager", true), level("Director", true)]
            }
        ],
        "promotion": {
            "principle": "Promotions follow sustained work at the next level.",
            "timelines": [
                { "from": "engineer-3", "to": "engineering-manager", "months": { "min": 12, "max": 24 }, "demonstrating": "leading people" }
            ],
            "process": { "starts_by": "nomination", "effective": "next_month_start" }
        }
    })
}

fn load_value(v: &Value) -> Result<Framework, ladder_core::LoadError> {
    load(&v.to_string())
}

fn fw() -> Framework {
    load_value(&split()).expect("the split framework loads")
}

fn id(s: &str) -> LevelId {
    LevelId::new(s)
}

fn assessment(fw: &Framework, current: &str, target: &str) -> Assessment {
    let mut a = Assessment::new(fw, ladder_core::YearMonth::new(2025, 1).unwrap());
    a.apply(fw, ladder_core::Action::SetCurrent(id(current)));
    a.apply(fw, ladder_core::Action::SetTarget(id(target)));
    a
}

#[test]
fn levels_without_ids_get_them_from_their_titles_and_statements_from_their_text() {
    let fw = fw();
    let ids: Vec<&str> = fw.levels().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "engineer-1",
            "engineer-2",
            "engineer-3",
            "senior-engineer",
            "staff-engineer",
            "engineering-manager",
            "director"
        ]
    );
    let e1 = fw.find_level("engineer-1").unwrap();
    let craft = &e1.expectations[0].statements[0];
    assert!(
        craft.id.as_str().starts_with("engineer-1-craft-"),
        "{}",
        craft.id
    );
    // Rewording one statement keeps every other id.
    let mut reworded = split();
    reworded["tracks"][0]["levels"][0]["expectations"]["teamwork"][0]["text"] =
        json!("Engineer 1 helps others.");
    let again = load_value(&reworded).unwrap();
    let e1_again = again.find_level("engineer-1").unwrap();
    assert_eq!(e1_again.expectations[0].statements[0].id, craft.id);
    assert_ne!(
        e1_again.expectations[1].statements[0].id,
        e1.expectations[1].statements[0].id
    );
}

#[test]
fn a_track_that_splits_off_climbs_the_shared_levels_first() {
    let fw = fw();
    let management = &fw.tracks[1];
    let ladder: Vec<&str> = fw.ladder(management).map(|l| l.id.as_str()).collect();
    assert_eq!(
        ladder,
        [
            "engineer-1",
            "engineer-2",
            "engineer-3",
            "engineering-manager",
            "director"
        ]
    );
    let e3 = fw.find_level("engineer-3").unwrap();
    let nexts: Vec<&str> = fw.next_levels(e3).iter().map(|l| l.id.as_str()).collect();
    assert_eq!(nexts, ["senior-engineer", "engineering-manager"]);
    let em = fw.find_level("engineering-manager").unwrap();
    assert_eq!(fw.previous_level(em).unwrap().id, id("engineer-3"));
    let on: Vec<&str> = fw.tracks_with(e3).map(|t| t.id.as_str()).collect();
    assert_eq!(on, ["engineering", "management"]);
    // Engineer 2 to Director is a climb of three steps, not a track switch.
    let e2 = fw.find_level("engineer-2").unwrap();
    let director = fw.find_level("director").unwrap();
    assert_eq!(fw.steps_between(e2, director), Some(3));
    assert_eq!(
        compare(&fw, e2, director).direction,
        Direction::Up { steps: 3 }
    );
    // Senior Engineer and Engineering Manager share no ladder: that move changes track.
    let senior = fw.find_level("senior-engineer").unwrap();
    assert_eq!(fw.steps_between(senior, em), None);
    assert_eq!(compare(&fw, senior, em).direction, Direction::OtherTrack);
}

#[test]
fn each_move_follows_the_process_the_framework_gives_for_it() {
    let fw = fw();
    let level = |s: &str| fw.find_level(s).unwrap();
    // Onto the management track: its own process (application, 3–5 weeks, no effective rule).
    let to_manager = process_rule(&fw, level("engineer-3"), level("engineering-manager"));
    assert_eq!(to_manager.starts_by, Some(Start::Application));
    assert_eq!(to_manager.decision_weeks, Some((3, 5)));
    assert_eq!(to_manager.effective, None);
    // Up the engineering track: the track's process replaces the framework's whole.
    let up = process_rule(&fw, level("engineer-1"), level("engineer-2"));
    assert_eq!(up.starts_by, Some(Start::Round));
    assert_eq!(up.decision_weeks, None);
    // A framework-wide process where a track gives none.
    let mut v = split();
    v["tracks"][0].as_object_mut().unwrap().remove("process");
    let fw2 = load_value(&v).unwrap();
    let up = process_rule(
        &fw2,
        fw2.find_level("engineer-1").unwrap(),
        fw2.find_level("engineer-2").unwrap(),
    );
    assert_eq!(up.starts_by, Some(Start::Nomination));
    assert_eq!(up.effective, Some(Effective::NextMonthStart));
}

#[test]
fn a_plan_across_the_split_is_dated_only_from_what_the_framework_gives() {
    let fw = fw();
    let mut a = assessment(&fw, "engineer-3", "engineering-manager");
    assert_eq!(a.target, id("engineering-manager"));
    for s in fw
        .find_level("engineering-manager")
        .unwrap()
        .expectations
        .iter()
        .flat_map(|e| e.statements.iter())
    {
        a.apply(
            &fw,
            ladder_core::Action::Rate(s.id.clone(), Some(Rating::Consistently)),
        );
    }
    let report = score(&fw, &a).unwrap();
    let today = ladder_core::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let Plan::Promotion(steps) = project(&fw, &a, &report, today) else {
        panic!("a climb across the split is a promotion plan");
    };
    let step = &steps[0];
    // 3–5 weeks to decide (the track's own), and no effective rule: effective on the decision.
    assert_eq!(step.earliest_effective, step.earliest_decision);
    assert_eq!(
        (step.earliest_decision - step.earliest_nomination).num_weeks(),
        3
    );
}

#[test]
fn a_dimension_left_out_at_a_level_is_not_asked_counted_or_offered() {
    let fw = fw();
    let e2 = fw.find_level("engineer-2").unwrap();
    assert!(!e2.describes(&ladder_core::DimensionId::new("leadership")));
    assert_eq!(e2.expectations.len(), 2);
    // Scored against Engineer 2, leadership is not a dimension of the report.
    let a = assessment(&fw, "engineer-1", "engineer-2");
    let report = score(&fw, &a).unwrap();
    assert_eq!(report.dimensions.len(), 2);
    // Find my level offers only levels that describe a dimension, and on the management
    // track it climbs the shared levels too.
    let mut picks = BTreeMap::new();
    picks.insert(
        ladder_core::DimensionId::new("leadership"),
        id("engineer-2"),
    );
    let placed = place(&fw, &fw.tracks[1], &picks);
    assert_eq!(placed.per_dimension.len(), 3);
    assert!(
        placed.per_dimension[2].1.is_none(),
        "engineer-2 does not describe leadership"
    );
    picks.insert(
        ladder_core::DimensionId::new("leadership"),
        id("engineer-3"),
    );
    picks.insert(ladder_core::DimensionId::new("craft"), id("director"));
    let placed = place(&fw, &fw.tracks[1], &picks);
    assert_eq!(placed.lowest.unwrap().id, id("engineer-3"));
    assert_eq!(placed.highest.unwrap().id, id("director"));
    // No placement rule stated: no overall level.
    assert_eq!(fw.settings.placement, PlacementRule::None);
    assert_eq!(placed.overall, None);
}

#[test]
fn find_my_level_combines_picks_by_the_stated_rule() {
    let mut picks = BTreeMap::new();
    picks.insert(ladder_core::DimensionId::new("craft"), id("staff-engineer"));
    picks.insert(ladder_core::DimensionId::new("teamwork"), id("engineer-1"));
    picks.insert(
        ladder_core::DimensionId::new("leadership"),
        id("senior-engineer"),
    );
    for (rule, expected) in [("lowest", "engineer-1"), ("median", "senior-engineer")] {
        let mut v = split();
        v["assessment"] = json!({ "placement": rule });
        let fw = load_value(&v).unwrap();
        let placed = place(&fw, &fw.tracks[0], &picks);
        assert_eq!(placed.overall.unwrap().id, id(expected), "{rule}");
    }
}

#[test]
fn a_branch_must_name_a_level_of_another_track_and_never_go_round_in_a_circle() {
    let problems = |v: &Value| match load_value(v) {
        Err(ladder_core::LoadError::Invalid(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    };
    let mut own = split();
    own["tracks"][1]["branches_from"] = json!("director");
    assert!(problems(&own).iter().any(
        |p| matches!(p, Problem::BranchOwnTrack { path, .. } if path == "$.tracks[1].branches_from")
    ));
    let mut unknown = split();
    unknown["tracks"][1]["branches_from"] = json!("nobody");
    assert!(problems(&unknown).iter().any(
        |p| matches!(p, Problem::UnknownLevel { path, .. } if path == "$.tracks[1].branches_from")
    ));
    let mut circle = split();
    circle["tracks"][0]["branches_from"] = json!("director");
    assert!(problems(&circle)
        .iter()
        .any(|p| matches!(p, Problem::BranchCycle { .. })));
    let mut empty = split();
    empty["tracks"][0]["levels"][0]["expectations"] = json!({});
    assert!(problems(&empty).iter().any(
        |p| matches!(p, Problem::EmptyList { path } if path == "$.tracks[0].levels[0].expectations")
    ));
}

#[test]
fn every_shape_problem_is_told_in_one_run_with_its_path_and_line() {
    let mut v = split();
    let levels = &mut v["tracks"][0]["levels"];
    // Nine missing titles, one wrong type and one unknown field, across several levels.
    for level in levels.as_array_mut().unwrap().iter_mut() {
        level.as_object_mut().unwrap().remove("title");
    }
    v["tracks"][1]["levels"][0]
        .as_object_mut()
        .unwrap()
        .remove("title");
    v["tracks"][1]["levels"][1]
        .as_object_mut()
        .unwrap()
        .remove("title");
    v["tracks"][1]["levels"][1]["expectations"]["craft"][0]["text"] = json!(42);
    v["tracks"][0]["colour"] = json!("blue");
    v["summary"] = json!(["not", "text"]);
    let text = serde_json::to_string_pretty(&v).unwrap();
    let Err(ladder_core::LoadError::Shape(all)) = load(&text) else {
        panic!("expected every shape problem");
    };
    let told: Vec<String> = all.iter().map(|e| e.to_string()).collect();
    let at = |path: &str| {
        told.iter()
            .find(|t| t.starts_with(&format!("{path}:")))
            .unwrap_or_else(|| panic!("nothing told at {path}: {told:#?}"))
            .clone()
    };
    for i in 0..5 {
        assert!(at(&format!("$.tracks[0].levels[{i}]")).contains("the field \"title\" is missing"));
    }
    assert!(at("$.tracks[1].levels[0]").contains("the field \"title\" is missing"));
    assert!(at("$.tracks[1].levels[1]").contains("\"title\" is missing"));
    assert!(at("$.tracks[1].levels[1].expectations.craft[0].text")
        .contains("expected text in quotes, found 42"));
    assert!(at("$.tracks[0].colour").contains("there is no field \"colour\" here"));
    assert!(at("$.summary").contains("expected text in quotes"));
    assert_eq!(told.len(), 10, "{told:#?}");
    // Lines point into the file as written: the fourth level of the first track starts on
    // the line its own text says.
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let fourth = at("$.tracks[0].levels[3]");
    let line = line_of("Senior Engineer builds well.");
    let told_line: usize = fourth
        .rsplit("(line ")
        .next()
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    // The level's own opening brace: no other level's statement lies between the two.
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        told_line < line,
        "level told at line {told_line}, its statement is on {line}"
    );
    assert!(lines[told_line - 1].trim_end().ends_with('{'));
    assert!(
        !lines[told_line..line - 1]
            .iter()
            .any(|l| l.contains("builds well.")),
        "another level lies between line {told_line} and line {line}"
    );
}

#[test]
fn a_framework_without_ids_travels_in_binary_form_and_gets_the_same_ids() {
    use ladder_core::binary::{decode, decode_outline, encode};
    let text = split().to_string();
    let file = ladder_core::load::parse(&text).unwrap();
    let bytes = encode(&file);
    let outline = decode_outline(&bytes.outline).expect("the outline decodes");
    let whole = decode(&bytes.outline, &bytes.details).expect("both parts decode");
    assert_eq!(whole, fw());
    let ids = |f: &Framework| f.levels().map(|l| l.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&outline), ids(&whole));
}

#[test]
fn comparisons_across_the_split_are_published_like_any_on_one_ladder() {
    use ladder_core::compare::{is_published_pair, published_pairs};
    let fw = fw();
    let pairs = published_pairs(&fw);
    let has = |a: &str, b: &str| pairs.contains(&(id(a), id(b)));
    assert!(has("engineer-3", "engineering-manager"));
    assert!(has("engineer-2", "engineering-manager"));
    assert!(!has("engineer-1", "engineering-manager"), "three steps up");
    assert!(
        !has("senior-engineer", "engineering-manager"),
        "no ladder holds both"
    );
    // Every pair once, and the one-pair question agrees with the list for every pair.
    let unique: std::collections::HashSet<_> = pairs.iter().collect();
    assert_eq!(unique.len(), pairs.len());
    for a in fw.levels() {
        for b in fw.levels() {
            assert_eq!(
                is_published_pair(&fw, &a.id, &b.id),
                pairs.contains(&(a.id.clone(), b.id.clone())),
                "{} {}",
                a.id,
                b.id
            );
        }
    }
}

#[test]
fn a_mistake_inside_a_setting_written_as_one_key_is_told_once() {
    let mut v = split();
    v["assessment"] = json!({ "verdict": { "at_least": "five" } });
    v["summary"] = json!(7);
    let Err(ladder_core::LoadError::Shape(all)) = load_value(&v) else {
        panic!("expected two shape problems");
    };
    let told: Vec<String> = all.iter().map(|e| e.to_string()).collect();
    assert_eq!(told.len(), 2, "{told:#?}");
    assert!(told
        .iter()
        .any(|t| t.starts_with("$.assessment.verdict.at_least:")));
    assert!(told.iter().any(|t| t.starts_with("$.summary:")));
}

#[test]
fn derived_ids_stay_valid_for_long_titles_and_never_take_a_given_id() {
    let mut v = split();
    let title = "Principal Software Engineer, Developer Experience and Platform";
    v["tracks"][0]["levels"][4]["title"] = json!(title);
    v["tracks"][0]["dimensions"][1]["id"] = json!("collaboration-and-communication");
    v["tracks"][1]["dimensions"][1]["id"] = json!("collaboration-and-communication");
    for track in v["tracks"].as_array_mut().unwrap() {
        for level in track["levels"].as_array_mut().unwrap() {
            let teamwork = level["expectations"]
                .as_object_mut()
                .unwrap()
                .remove("teamwork")
                .unwrap();
            level["expectations"]["collaboration-and-communication"] = teamwork;
        }
    }
    let fw = load_value(&v).expect("long derived ids are still valid ids");
    for s in fw
        .levels()
        .flat_map(|l| l.expectations.iter())
        .flat_map(|e| e.statements.iter())
    {
        assert!(ladder_core::load::is_valid_id(s.id.as_str()), "{}", s.id);
    }
    // A given id equal to the one a statement would derive pushes the derived one aside.
    let e1 = fw.find_level("engineer-1").unwrap();
    let derived = e1.expectations[0].statements[0].id.to_string();
    let mut w = split();
    w["tracks"][0]["levels"][1]["expectations"]["craft"][0]["id"] = json!(derived);
    let again = load_value(&w).expect("no duplicate id");
    let e1 = again.find_level("engineer-1").unwrap();
    assert_eq!(
        e1.expectations[0].statements[0].id.to_string(),
        format!("{derived}-2")
    );
}
