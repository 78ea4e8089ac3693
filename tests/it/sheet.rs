//! Frameworks kept in a workbook: the layout read into the same wire types and checked as its
//! JSON form, mistakes told by sheet, row and column, ids derived stably, and the default
//! framework carried through a workbook and back unchanged.

use ladder::site::sheet::{
    derived_statement_id, read_workbook, to_workbook, workbook_kind, workbook_to_json, Workbook,
};
use ladder_core::{load, wire::FrameworkFile};
use std::path::PathBuf;

/// A small framework as a company would type it: one track, two dimensions, two levels.
fn base() -> Vec<(&'static str, Vec<Vec<&'static str>>)> {
    vec![
        (
            "Framework",
            vec![
                vec!["field", "value"],
                vec!["schema_version", "1"],
                vec!["id", "acme"],
                vec!["version", "2026.1"],
                vec!["name", "Acme engineering"],
                vec!["summary", "How engineers grow at Acme."],
            ],
        ),
        (
            "Tracks",
            vec![
                vec!["track", "name", "description"],
                vec!["ic", "Engineer", "Builds things."],
            ],
        ),
        (
            "Dimensions",
            vec![
                vec!["track", "dimension", "name", "description"],
                vec!["ic", "craft", "Craft", "How well you build."],
                vec!["ic", "impact", "Impact", ""],
            ],
        ),
        (
            "Levels",
            vec![
                vec!["track", "level", "title", "stage", "roles"],
                vec!["ic", "E1", "Engineer", "Entry", "Engineer; Junior engineer"],
                vec!["ic", "E2", "Senior engineer", "", "Senior engineer"],
            ],
        ),
        (
            "Statements",
            vec![
                vec!["track", "level", "dimension", "statement", "id", "examples"],
                vec!["ic", "E1", "craft", "Writes tested code.", "", ""],
                vec!["ic", "E1", "craft", "Reviews code kindly.", "", ""],
                vec!["ic", "E1", "impact", "Finishes tasks.", "", ""],
                vec![
                    "ic",
                    "E2",
                    "craft",
                    "Designs modules.",
                    "e2-design",
                    "Split the billing module\nWrote its design note",
                ],
                vec!["ic", "E2", "impact", "Leads a project.", "", ""],
            ],
        ),
    ]
}

/// A workbook made with rust_xlsxwriter from rows of text (a number where a cell reads as one).
fn workbook(sheets: &[(&str, Vec<Vec<&str>>)]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                match cell.parse::<f64>() {
                    Ok(n) if r > 0 => sheet.write_number(r as u32, c as u16, n).unwrap(),
                    _ => sheet.write_string(r as u32, c as u16, *cell).unwrap(),
                };
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn patched(
    sheet: &str,
    patch: impl FnOnce(&mut Vec<Vec<&'static str>>),
) -> Vec<(&'static str, Vec<Vec<&'static str>>)> {
    let mut sheets = base();
    patch(&mut sheets.iter_mut().find(|(n, _)| *n == sheet).unwrap().1);
    sheets
}

fn read(sheets: &[(&str, Vec<Vec<&str>>)]) -> Result<FrameworkFile, Vec<String>> {
    read_workbook(&workbook(sheets), Workbook::Xlsx)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn statement_ids(file: &FrameworkFile, level: usize, dimension: &str) -> Vec<String> {
    file.tracks[0].levels[level].expectations[dimension]
        .iter()
        .map(|s| s.id.clone())
        .collect()
}

#[test]
fn a_small_workbook_loads_as_a_framework() {
    let json = workbook_to_json(&workbook(&base()), Workbook::Xlsx).unwrap();
    let framework = load(&json).unwrap();
    assert_eq!(framework.name, "Acme engineering");
    assert_eq!(framework.levels().count(), 2);
    let file = read(&base()).unwrap();
    let level = &file.tracks[0].levels[0];
    assert_eq!(level.roles, ["Engineer", "Junior engineer"]);
    assert_eq!(level.stage.as_deref(), Some("Entry"));
    assert_eq!(file.tracks[0].levels[1].stage, None);
    assert_eq!(
        file.tracks[0].levels[1].expectations["craft"][0].examples,
        ["Split the billing module", "Wrote its design note"]
    );
}

#[test]
fn a_statement_row_without_an_id_gets_one_that_survives_rewording_its_neighbours() {
    let before = read(&base()).unwrap();
    let ids = statement_ids(&before, 0, "craft");
    assert_eq!(
        ids[0],
        derived_statement_id("E1", "craft", "Writes tested code.")
    );
    assert!(ids[0].starts_with("E1-craft-") && ids[0].len() == "E1-craft-".len() + 6);
    // Reworded the second statement and added a row before the first: the first keeps its id.
    let after = read(&patched("Statements", |rows| {
        rows[2][3] = "Reviews code with care.";
        rows.insert(1, vec!["ic", "E1", "craft", "Pairs with others.", "", ""]);
    }))
    .unwrap();
    let after_ids = statement_ids(&after, 0, "craft");
    assert_eq!(after_ids[1], ids[0]);
    assert_ne!(after_ids[2], ids[1]);
    assert_eq!(
        statement_ids(&after, 0, "impact"),
        statement_ids(&before, 0, "impact")
    );
    // A given id is kept as it is.
    assert_eq!(statement_ids(&after, 1, "craft"), ["e2-design"]);
}

#[test]
fn two_identical_statements_in_one_level_and_dimension_are_numbered_in_row_order() {
    let file = read(&patched("Statements", |rows| {
        rows[2][3] = "Writes tested code.";
    }))
    .unwrap();
    let base = derived_statement_id("E1", "craft", "Writes tested code.");
    assert_eq!(
        statement_ids(&file, 0, "craft"),
        [base.clone(), format!("{base}-2")]
    );
}

#[test]
fn a_missing_sheet_is_named() {
    let mut sheets = base();
    sheets.retain(|(name, _)| *name != "Dimensions");
    let errors = read(&sheets).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("the workbook has no sheet named Dimensions"),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_column_is_named_with_its_sheet() {
    let errors = read(&patched("Levels", |rows| rows[0].push("colour"))).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "Levels!F1: Levels has no column `colour` (its columns are track, level, title"
        ),
        "{errors:?}"
    );
}

#[test]
fn columns_are_found_by_their_header_in_any_order() {
    let swapped = patched("Tracks", |rows| {
        for row in rows.iter_mut() {
            row.reverse();
        }
    });
    assert_eq!(read(&swapped).unwrap().tracks[0].name, "Engineer");
}

#[test]
fn a_missing_column_is_named() {
    let errors = read(&patched("Levels", |rows| {
        for row in rows.iter_mut() {
            row.remove(2);
        }
    }))
    .unwrap_err();
    assert_eq!(errors, ["Levels, row 1: the column `title` is missing"]);
}

#[test]
fn an_empty_statement_cell_is_named_by_sheet_row_and_column() {
    let errors = read(&patched("Statements", |rows| rows[3][3] = "")).unwrap_err();
    assert_eq!(errors, ["Statements!D4: a statement's text is empty"]);
}

#[test]
fn every_problem_of_a_workbook_is_told_at_once() {
    let mut sheets = patched("Statements", |rows| {
        rows[1][3] = "";
        rows.push(vec!["ic", "E9", "craft", "Flies.", "", ""]);
        rows.push(vec!["mgmt", "E2", "craft", "Manages.", "", ""]);
        rows.push(vec!["ic", "E2", "design", "Draws.", "", ""]);
    });
    let levels = &mut sheets[3].1;
    levels[0].extend(["operational", "strategic"]);
    levels[1].extend(["50", "50"]);
    levels[2].extend(["many", "50"]);
    let errors = read(&sheets).unwrap_err();
    assert_eq!(
        errors,
        [
            "Levels!F3: `operational` is not a whole number from 0 to 100",
            "Statements!D2: a statement's text is empty",
            "Statements, row 7: level E9 is not on the Levels sheet",
            "Statements, row 8: level E2 is not on track mgmt (it is on ic)",
            "Statements, row 9: dimension design is not on track ic (see the Dimensions sheet)",
        ]
    );
}

#[test]
fn a_rule_broken_in_a_workbook_is_told_by_the_loader_with_its_path() {
    // Level E2 now has no statement for impact: the sheets read, the loader says what is wrong.
    let json = workbook_to_json(
        &workbook(&patched("Statements", |rows| {
            rows.pop();
        })),
        Workbook::Xlsx,
    )
    .unwrap();
    let error = load(&json).unwrap_err().to_string();
    assert!(
        error.contains("$.tracks[0].levels[1].expectations"),
        "{error}"
    );
}

#[test]
fn workbooks_are_told_by_their_file_name() {
    assert_eq!(workbook_kind("frameworks/eng.xlsx"), Some(Workbook::Xlsx));
    assert_eq!(workbook_kind("ENG.ODS"), Some(Workbook::Ods));
    assert_eq!(workbook_kind("eng.json"), None);
}

#[test]
fn bytes_that_are_not_a_workbook_are_refused() {
    let errors = read_workbook(b"schema_version,1", Workbook::Xlsx).unwrap_err();
    assert!(
        errors[0]
            .to_string()
            .starts_with("not a workbook Ladder can read"),
        "{errors:?}"
    );
}

fn default_file() -> FrameworkFile {
    load::parse(include_str!("../../framework.json")).unwrap()
}

#[test]
fn the_default_framework_round_trips_through_a_workbook() {
    let bytes = to_workbook(&default_file()).unwrap();
    let json = workbook_to_json(&bytes, Workbook::Xlsx).unwrap();
    assert_eq!(
        load(&json).unwrap(),
        load(include_str!("../../framework.json")).unwrap()
    );
    // Written again, the workbook is the same: no clock in it.
    assert_eq!(to_workbook(&default_file()).unwrap(), bytes);
}

#[test]
fn the_three_track_example_round_trips_through_a_workbook() {
    let text = include_str!("../../examples/frameworks/three-track-engineering.json");
    let bytes = to_workbook(&load::parse(text).unwrap()).unwrap();
    let json = workbook_to_json(&bytes, Workbook::Xlsx).unwrap();
    assert_eq!(load(&json).unwrap(), load(text).unwrap());
}

#[test]
fn the_shipped_spreadsheet_is_the_default_framework() {
    let shipped = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("examples/frameworks/default-framework.xlsx"),
    )
    .unwrap();
    let json = workbook_to_json(&shipped, Workbook::Xlsx).unwrap();
    assert_eq!(
        load(&json).unwrap(),
        load(include_str!("../../framework.json")).unwrap()
    );
    // Regenerating it from framework.json gives a workbook that reads back the same.
    let again = to_workbook(&default_file()).unwrap();
    assert_eq!(
        load(&workbook_to_json(&again, Workbook::Xlsx).unwrap()).unwrap(),
        load(&json).unwrap()
    );
}

#[test]
fn a_role_holding_a_semicolon_is_refused_rather_than_split() {
    let mut file = default_file();
    file.tracks[0].levels[0].roles = vec!["Engineer; backend".to_string()];
    let error = to_workbook(&file).unwrap_err().to_string();
    assert!(
        error.starts_with("$.tracks[0].levels[0].roles: "),
        "{error}"
    );
}

#[test]
fn a_long_value_in_a_cell_is_echoed_clipped() {
    let long: &'static str = "x".repeat(5000).leak();
    let mut sheets = patched("Statements", |rows| {
        rows.push(vec!["ic", long, "craft", "Flies.", "", ""]);
    });
    sheets[1].1[0].push("attributes");
    sheets[1].1[1].push(format!("[{{\"id\": 1, \"name\": \"{long}\"}}]").leak());
    let mut errors = read(&sheets).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    errors.extend(read(&patched("Levels", |rows| rows[0].push(long))).unwrap_err());
    assert_eq!(errors.len(), 3, "{errors:?}");
    for error in errors {
        assert!(error.chars().count() < 300, "{error}");
    }
}

#[test]
fn text_with_spaces_at_its_ends_is_refused_rather_than_trimmed() {
    let mut file = default_file();
    file.tracks[0].levels[0].title = " Engineer".to_string();
    let error = to_workbook(&file).unwrap_err().to_string();
    assert!(error.starts_with("Levels!C2: `"), "{error}");
}

#[test]
fn a_workbook_that_trips_the_spreadsheet_reader_is_told_as_unreadable() {
    // Found by fuzzing: a cell reference of many letters overflows inside calamine in a build
    // with overflow checks, as `cargo run` and the tests are.
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/seeds/workbook/calamine-overflow.xlsx"),
    )
    .unwrap();
    let errors = read_workbook(&bytes, Workbook::Xlsx).unwrap_err();
    assert!(
        errors[0]
            .to_string()
            .starts_with("not a workbook Ladder can read"),
        "{errors:?}"
    );
}
