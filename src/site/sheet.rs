//! Frameworks kept in a workbook (`.xlsx` or `.ods`), in the one layout that
//! docs/framework-format.md describes: read into the same wire types as JSON
//! (`ladder_core::wire::FrameworkFile`) and handed on as JSON text, so one loader checks every
//! file; a mistake in the sheets themselves is told by sheet, row and column. `to_workbook`
//! writes a framework out in that layout, so that reading it back gives the same framework.

use calamine::{Data, Range, Reader};
use ladder_core::clip;
use ladder_core::load::MAX_FILE_BYTES;
pub use ladder_core::wire::derived_statement_id;
use ladder_core::wire::{
    AssessmentSettingsFile, AttributeFile, BrandFile, CompensationFile, DimensionFile, FactFile,
    FocusFile, FrameworkFile, LevelFile, ProcessFile, PromotionFile, ScaleFile, StatementFile,
    TrackFile, TrackSwitchFile,
};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::Cursor;

/// The sheets of the layout, in the order a workbook shows them.
pub const SHEETS: [&str; 5] = ["Framework", "Tracks", "Dimensions", "Levels", "Statements"];

const FRAMEWORK_COLUMNS: &[&str] = &["field", "value"];
const TRACK_COLUMNS: &[&str] = &[
    "track",
    "name",
    "description",
    "attributes",
    "competencies",
    "branches_from",
    "process",
];
const DIMENSION_COLUMNS: &[&str] = &["track", "dimension", "name", "description"];
const LEVEL_COLUMNS: &[&str] = &[
    "track",
    "level",
    "title",
    "stage",
    "summary",
    "operational",
    "strategic",
    "roles",
    "attributes",
    "span",
    "background",
    "success_indicators",
    "development_areas",
    "note",
];
const STATEMENT_COLUMNS: &[&str] = &["track", "level", "dimension", "id", "statement", "examples"];

/// The rows of the Framework sheet whose value is JSON: the parts of a framework that are not
/// a table.
const JSON_FIELDS: [&str; 7] = [
    "wording",
    "scales",
    "promotion",
    "track_switches",
    "compensation",
    "assessment",
    "brand",
];

/// Which kind of workbook a file is, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workbook {
    Xlsx,
    Ods,
}

/// The kind of workbook a path names, if it names one.
pub fn workbook_kind(path: &str) -> Option<Workbook> {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".xlsx") {
        Some(Workbook::Xlsx)
    } else if lower.ends_with(".ods") {
        Some(Workbook::Ods)
    } else {
        None
    }
}

/// One mistake in a workbook, said where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    TooLarge {
        bytes: usize,
    },
    /// Not a workbook calamine can open.
    Unreadable {
        message: String,
    },
    MissingSheet {
        sheet: &'static str,
    },
    /// A header the sheet does not have a column for (`cell` such as `Levels!J1`).
    UnknownColumn {
        cell: String,
        column: String,
    },
    MissingColumn {
        sheet: &'static str,
        column: &'static str,
    },
    /// One cell is wrong: `cell` such as `Statements!D14`.
    Cell {
        cell: String,
        problem: String,
    },
    /// A row is wrong as a whole, or against another sheet.
    Row {
        sheet: &'static str,
        row: u32,
        problem: String,
    },
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SheetError::TooLarge { bytes } => write!(
                f,
                "the workbook takes {bytes} bytes, more than the {MAX_FILE_BYTES} a framework file may"
            ),
            SheetError::Unreadable { message } => {
                write!(f, "not a workbook Ladder can read: {message}")
            }
            SheetError::MissingSheet { sheet } => write!(
                f,
                "the workbook has no sheet named {sheet} (a framework needs {})",
                SHEETS.join(", ")
            ),
            SheetError::UnknownColumn { cell, column } => {
                let sheet = cell.split('!').next().unwrap_or_default();
                write!(
                    f,
                    "{cell}: {sheet} has no column `{}` (its columns are {})",
                    clip(column),
                    columns_of(sheet).join(", ")
                )
            }
            SheetError::MissingColumn { sheet, column } => {
                write!(f, "{sheet}, row 1: the column `{column}` is missing")
            }
            SheetError::Cell { cell, problem } => write!(f, "{cell}: {problem}"),
            SheetError::Row {
                sheet,
                row,
                problem,
            } => write!(f, "{sheet}, row {row}: {problem}"),
        }
    }
}

fn columns_of(sheet: &str) -> &'static [&'static str] {
    match sheet {
        "Framework" => FRAMEWORK_COLUMNS,
        "Tracks" => TRACK_COLUMNS,
        "Dimensions" => DIMENSION_COLUMNS,
        "Levels" => LEVEL_COLUMNS,
        _ => STATEMENT_COLUMNS,
    }
}

/// A spreadsheet column's letters: 0 is `A`, 26 is `AA`.
fn column_letters(mut column: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// One sheet's rows under its header, with its columns found by name.
struct Sheet {
    name: &'static str,
    /// Absolute (0-based) row and column of the header's first cell.
    origin: (u32, u32),
    columns: HashMap<&'static str, u32>,
    rows: Vec<(u32, Vec<String>)>,
}

impl Sheet {
    fn read(
        name: &'static str,
        range: &Range<Data>,
        required: &[&'static str],
        errors: &mut Vec<SheetError>,
    ) -> Option<Sheet> {
        let known = columns_of(name);
        let origin = range.start().unwrap_or((0, 0));
        let mut rows = range.rows();
        let mut columns = HashMap::new();
        let mut ok = true;
        for (index, cell) in rows.next().unwrap_or(&[]).iter().enumerate() {
            let header = text(cell);
            if header.is_empty() {
                continue;
            }
            let column = origin.1.saturating_add(index as u32);
            let place = format!(
                "{name}!{}{}",
                column_letters(column),
                u64::from(origin.0) + 1
            );
            match known.iter().find(|k| **k == header) {
                Some(k) if columns.insert(*k, index as u32).is_some() => {
                    ok = false;
                    errors.push(SheetError::Cell {
                        cell: place,
                        problem: format!("the column `{k}` is given twice"),
                    });
                }
                Some(_) => {}
                None => {
                    ok = false;
                    errors.push(SheetError::UnknownColumn {
                        cell: place,
                        column: header,
                    });
                }
            }
        }
        for column in required {
            if !columns.contains_key(column) {
                ok = false;
                errors.push(SheetError::MissingColumn {
                    sheet: name,
                    column,
                });
            }
        }
        let rows = rows
            .enumerate()
            .map(|(i, cells)| {
                let row = origin.0.saturating_add(1).saturating_add(i as u32);
                (row, cells.iter().map(text).collect())
            })
            .filter(|(_, cells): &(u32, Vec<String>)| cells.iter().any(|c| !c.is_empty()))
            .collect();
        ok.then_some(Sheet {
            name,
            origin,
            columns,
            rows,
        })
    }

    /// The cell of `column` in a row, trimmed; empty when the sheet has no such column.
    fn get<'a>(&self, cells: &'a [String], column: &str) -> &'a str {
        self.columns
            .get(column)
            .and_then(|&i| cells.get(i as usize))
            .map_or("", String::as_str)
    }

    fn place(&self, row: u32, column: &str) -> String {
        let index = self.columns.get(column).copied().unwrap_or(0);
        format!(
            "{}!{}{}",
            self.name,
            column_letters(self.origin.1.saturating_add(index)),
            u64::from(row) + 1
        )
    }

    /// The cell's text, or an error naming it when it is empty.
    fn required(
        &self,
        row: u32,
        cells: &[String],
        column: &str,
        what: &str,
        errors: &mut Vec<SheetError>,
    ) -> Option<String> {
        let value = self.get(cells, column);
        if value.is_empty() {
            errors.push(SheetError::Cell {
                cell: self.place(row, column),
                problem: format!("{what} is empty"),
            });
            None
        } else {
            Some(value.to_string())
        }
    }

    fn optional(&self, cells: &[String], column: &str) -> Option<String> {
        Some(self.get(cells, column))
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    }

    /// A cell holding JSON of a wire type, or its default when empty.
    fn json<T: DeserializeOwned + Default>(
        &self,
        row: u32,
        cells: &[String],
        column: &str,
        errors: &mut Vec<SheetError>,
    ) -> T {
        let value = self.get(cells, column);
        if value.is_empty() {
            return T::default();
        }
        serde_json::from_str(value).unwrap_or_else(|e| {
            errors.push(SheetError::Cell {
                cell: self.place(row, column),
                problem: format!(
                    "`{column}` is not JSON of the expected shape: {}",
                    quoted_clipped(&e)
                ),
            });
            T::default()
        })
    }

    fn row_error(&self, row: u32, problem: String) -> SheetError {
        SheetError::Row {
            sheet: self.name,
            row: row.saturating_add(1),
            problem,
        }
    }
}

/// A cell as text: numbers as they read (`3`, not `3.0`), surrounding spaces dropped.
fn text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string().trim().to_string(),
    }
}

/// serde_json's words for a mistake, with what it quotes of the cell clipped as every echo of
/// outside input is.
fn quoted_clipped(error: &serde_json::Error) -> String {
    error
        .to_string()
        .split('"')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                clip(part)
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\"")
}

/// Lines of a cell, each trimmed, empty ones dropped.
fn lines(value: &str) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads a workbook in Ladder's layout into the wire types and writes it out as JSON text,
/// or returns every mistake found in its sheets.
pub fn workbook_to_json(bytes: &[u8], kind: Workbook) -> Result<String, Vec<SheetError>> {
    let file = read_workbook(bytes, kind)?;
    Ok(serde_json::to_string_pretty(&file).expect("wire types always serialize to JSON") + "\n")
}

/// Reads a workbook in Ladder's layout into the wire types.
pub fn read_workbook(bytes: &[u8], kind: Workbook) -> Result<FrameworkFile, Vec<SheetError>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![SheetError::TooLarge { bytes: bytes.len() }]);
    }
    // calamine checks its own arithmetic in a build with overflow checks (a cell reference of
    // many letters overflows there); a workbook that makes it panic is one it cannot read.
    let ranges = std::panic::catch_unwind(|| sheet_ranges(bytes, kind)).unwrap_or_else(|_| {
        Err(vec![SheetError::Unreadable {
            message: "its sheets could not be read".to_string(),
        }])
    })?;
    let mut errors = Vec::new();
    let mut sheet = |name: &'static str, required: &[&'static str]| {
        Sheet::read(name, &ranges[name], required, &mut errors)
    };
    let framework = sheet("Framework", &["field", "value"]);
    let tracks = sheet("Tracks", &["track", "name", "description"]);
    let dimensions = sheet("Dimensions", &["track", "dimension", "name"]);
    let levels = sheet("Levels", &["track", "level", "title"]);
    let statements = sheet("Statements", &["level", "dimension", "statement"]);
    let (Some(framework), Some(tracks), Some(dimensions), Some(levels), Some(statements)) =
        (framework, tracks, dimensions, levels, statements)
    else {
        return Err(errors);
    };
    let mut file = read_framework(&framework, &mut errors);
    file.tracks = read_tracks(&tracks, &dimensions, &levels, &statements, &mut errors);
    // Ids the sheet leaves out, derived here so the JSON it converts to carries them.
    file.derive_ids();
    if errors.is_empty() {
        Ok(file)
    } else {
        Err(errors)
    }
}

/// Keeps a panic inside calamine (which `read_workbook` catches and tells as an unreadable
/// workbook) from printing its trace; every other panic goes to the hook installed before.
pub fn quiet_calamine_panics() {
    let before = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let in_calamine = info
            .location()
            .is_some_and(|l| l.file().replace('\\', "/").contains("/calamine-"));
        if !in_calamine {
            before(info);
        }
    }));
}

/// The five sheets' cells, as calamine reads them.
fn sheet_ranges(
    bytes: &[u8],
    kind: Workbook,
) -> Result<HashMap<&'static str, Range<Data>>, Vec<SheetError>> {
    let cursor = Cursor::new(bytes);
    let opened = match kind {
        Workbook::Xlsx => calamine::Xlsx::new(cursor)
            .map(calamine::Sheets::Xlsx)
            .map_err(calamine::Error::Xlsx),
        Workbook::Ods => calamine::Ods::new(cursor)
            .map(calamine::Sheets::Ods)
            .map_err(calamine::Error::Ods),
    };
    let mut book = opened.map_err(|e| {
        vec![SheetError::Unreadable {
            message: clip(&e.to_string()),
        }]
    })?;
    let names = book.sheet_names();
    let mut ranges = HashMap::new();
    let mut errors = Vec::new();
    for sheet in SHEETS {
        if !names.iter().any(|n| n == sheet) {
            errors.push(SheetError::MissingSheet { sheet });
            continue;
        }
        match book.worksheet_range(sheet) {
            Ok(range) => {
                ranges.insert(sheet, range);
            }
            Err(e) => errors.push(SheetError::Unreadable {
                message: format!("{sheet}: {}", clip(&e.to_string())),
            }),
        }
    }
    if errors.is_empty() {
        Ok(ranges)
    } else {
        Err(errors)
    }
}

fn read_framework(sheet: &Sheet, errors: &mut Vec<SheetError>) -> FrameworkFile {
    let mut values: BTreeMap<String, (u32, String)> = BTreeMap::new();
    for (row, cells) in &sheet.rows {
        let Some(field) = sheet.required(*row, cells, "field", "the field's name", errors) else {
            continue;
        };
        let known = [
            "schema_version",
            "id",
            "version",
            "language",
            "name",
            "organisation",
            "summary",
            "level_codes",
        ];
        if !known.contains(&field.as_str()) && !JSON_FIELDS.contains(&field.as_str()) {
            errors.push(SheetError::Cell {
                cell: sheet.place(*row, "field"),
                problem: format!(
                    "a framework has no field `{}` (it has {}, {})",
                    clip(&field),
                    known.join(", "),
                    JSON_FIELDS.join(", ")
                ),
            });
            continue;
        }
        if let Some((first, _)) = values.get(&field) {
            errors.push(sheet.row_error(
                *row,
                format!(
                    "the field `{field}` is given twice (first on row {})",
                    u64::from(*first) + 1
                ),
            ));
            continue;
        }
        values.insert(field, (*row, sheet.get(cells, "value").to_string()));
    }
    let mut required = |field: &str, what: &str| match values.get(field) {
        Some((row, value)) if value.is_empty() => {
            errors.push(SheetError::Cell {
                cell: sheet.place(*row, "value"),
                problem: format!("{what} is empty"),
            });
            String::new()
        }
        Some((_, value)) => value.clone(),
        None => {
            errors.push(SheetError::Row {
                sheet: "Framework",
                row: 1,
                problem: format!("no row gives the field `{field}` ({what})"),
            });
            String::new()
        }
    };
    let schema_version = required("schema_version", "the schema version");
    let id = required("id", "the framework's id");
    let version = required("version", "the framework's version");
    let name = required("name", "the framework's name");
    let summary = required("summary", "the framework's summary");
    let schema_version = schema_version.parse().unwrap_or_else(|_| {
        if !schema_version.is_empty() {
            errors.push(SheetError::Cell {
                cell: sheet.place(values["schema_version"].0, "value"),
                problem: "the schema version is not a whole number".to_string(),
            });
        }
        0
    });
    let mut json = |field: &str| -> Option<serde_json::Value> {
        let (row, value) = values.get(field).filter(|(_, v)| !v.is_empty())?;
        serde_json::from_str(value)
            .map_err(|e| {
                errors.push(SheetError::Cell {
                    cell: sheet.place(*row, "value"),
                    problem: format!(
                        "`{field}` is not JSON Ladder can read: {}",
                        quoted_clipped(&e)
                    ),
                })
            })
            .ok()
    };
    let values_json: Vec<(&str, Option<serde_json::Value>)> =
        JSON_FIELDS.iter().map(|f| (*f, json(f))).collect();
    let mut file = FrameworkFile {
        schema_version,
        id,
        version,
        language: values
            .get("language")
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty()),
        wording: BTreeMap::new(),
        name,
        organisation: values
            .get("organisation")
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty()),
        summary,
        level_codes: match values.get("level_codes") {
            None => false,
            Some((_, v)) if v.is_empty() || v.eq_ignore_ascii_case("false") => false,
            Some((_, v)) if v.eq_ignore_ascii_case("true") => true,
            Some((row, _)) => {
                errors.push(SheetError::Cell {
                    cell: sheet.place(*row, "value"),
                    problem: "`level_codes` is true or false".to_string(),
                });
                false
            }
        },
        scales: Vec::new(),
        tracks: Vec::new(),
        promotion: None,
        track_switches: Vec::new(),
        compensation: None,
        assessment: None,
        brand: None,
    };
    for (field, value) in values_json {
        let Some(value) = value else { continue };
        let row = values[field].0;
        let mut shaped = |e: serde_json::Error| {
            errors.push(SheetError::Cell {
                cell: sheet.place(row, "value"),
                problem: format!(
                    "`{field}` is not of the expected shape: {}",
                    quoted_clipped(&e)
                ),
            })
        };
        fn take<T: DeserializeOwned>(
            value: serde_json::Value,
            shaped: &mut dyn FnMut(serde_json::Error),
        ) -> Option<T> {
            serde_json::from_value(value).map_err(shaped).ok()
        }
        match field {
            "wording" => {
                file.wording =
                    take::<BTreeMap<String, String>>(value, &mut shaped).unwrap_or_default()
            }
            "scales" => {
                file.scales = take::<Vec<ScaleFile>>(value, &mut shaped).unwrap_or_default()
            }
            "promotion" => file.promotion = take::<PromotionFile>(value, &mut shaped),
            "track_switches" => {
                file.track_switches =
                    take::<Vec<TrackSwitchFile>>(value, &mut shaped).unwrap_or_default()
            }
            "compensation" => file.compensation = take::<CompensationFile>(value, &mut shaped),
            "assessment" => file.assessment = take::<AssessmentSettingsFile>(value, &mut shaped),
            _ => file.brand = take::<BrandFile>(value, &mut shaped),
        }
    }
    file
}

fn read_tracks(
    tracks: &Sheet,
    dimensions: &Sheet,
    levels: &Sheet,
    statements: &Sheet,
    errors: &mut Vec<SheetError>,
) -> Vec<TrackFile> {
    let mut out: Vec<TrackFile> = Vec::new();
    let mut track_rows: HashMap<String, u32> = HashMap::new();
    for (row, cells) in &tracks.rows {
        let id = tracks.required(*row, cells, "track", "the track's id", errors);
        let name = tracks.required(*row, cells, "name", "the track's name", errors);
        let description = tracks.required(
            *row,
            cells,
            "description",
            "the track's description",
            errors,
        );
        let attributes: Vec<AttributeFile> = tracks.json(*row, cells, "attributes", errors);
        let competencies: Vec<FactFile> = tracks.json(*row, cells, "competencies", errors);
        let branches_from = tracks.optional(cells, "branches_from");
        let process: Option<ProcessFile> = tracks.json(*row, cells, "process", errors);
        let Some(id) = id else { continue };
        if let Some(first) = track_rows.get(&id) {
            errors.push(tracks.row_error(
                *row,
                format!(
                    "track {} is given twice (first on row {})",
                    clip(&id),
                    u64::from(*first) + 1
                ),
            ));
            continue;
        }
        track_rows.insert(id.clone(), *row);
        out.push(TrackFile {
            id,
            name: name.unwrap_or_default(),
            description: description.unwrap_or_default(),
            dimensions: Vec::new(),
            attributes,
            competencies,
            branches_from,
            process,
            levels: Vec::new(),
        });
    }
    let index: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.clone(), i))
        .collect();
    let on_track = |sheet: &Sheet, row: u32, cells: &[String], errors: &mut Vec<SheetError>| {
        let track = sheet.required(row, cells, "track", "the track", errors)?;
        let found = index.get(&track).copied();
        if found.is_none() {
            errors.push(sheet.row_error(
                row,
                format!("track {} is not on the Tracks sheet", clip(&track)),
            ));
        }
        found
    };

    let mut dimension_rows: HashMap<(usize, String), u32> = HashMap::new();
    for (row, cells) in &dimensions.rows {
        let track = on_track(dimensions, *row, cells, errors);
        let id = dimensions.required(*row, cells, "dimension", "the dimension's id", errors);
        let name = dimensions.required(*row, cells, "name", "the dimension's name", errors);
        let description = dimensions.optional(cells, "description");
        let (Some(track), Some(id)) = (track, id) else {
            continue;
        };
        if let Some(first) = dimension_rows.get(&(track, id.clone())) {
            errors.push(dimensions.row_error(
                *row,
                format!(
                    "dimension {} is given twice on track {} (first on row {})",
                    clip(&id),
                    clip(&out[track].id),
                    u64::from(*first) + 1
                ),
            ));
            continue;
        }
        dimension_rows.insert((track, id.clone()), *row);
        out[track].dimensions.push(DimensionFile {
            id,
            name: name.unwrap_or_default(),
            description,
        });
    }

    // Where each level is: its track and its place on it.
    let mut level_at: HashMap<String, (usize, usize, u32)> = HashMap::new();
    for (row, cells) in &levels.rows {
        let track = on_track(levels, *row, cells, errors);
        let id = levels.required(*row, cells, "level", "the level's id", errors);
        let title = levels.required(*row, cells, "title", "the level's title", errors);
        let focus = read_focus(levels, *row, cells, errors);
        let attributes: BTreeMap<String, String> = levels.json(*row, cells, "attributes", errors);
        let span: Vec<FactFile> = levels.json(*row, cells, "span", errors);
        let (Some(track), Some(id)) = (track, id) else {
            continue;
        };
        if let Some((_, _, first)) = level_at.get(&id) {
            errors.push(levels.row_error(
                *row,
                format!(
                    "level {} is given twice (first on row {})",
                    clip(&id),
                    u64::from(*first) + 1
                ),
            ));
            continue;
        }
        // Every dimension of the track has its list, so a level without statements for one
        // is told by the loader in its own words.
        let expectations = out[track]
            .dimensions
            .iter()
            .map(|d| (d.id.clone(), Vec::new()))
            .collect();
        level_at.insert(id.clone(), (track, out[track].levels.len(), *row));
        out[track].levels.push(LevelFile {
            id,
            title: title.unwrap_or_default(),
            stage: levels.optional(cells, "stage"),
            roles: levels
                .get(cells, "roles")
                .split([';', '\n'])
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect(),
            focus,
            summary: levels.optional(cells, "summary"),
            expectations,
            attributes,
            span,
            background: lines(levels.get(cells, "background")),
            success_indicators: lines(levels.get(cells, "success_indicators")),
            development_areas: lines(levels.get(cells, "development_areas")),
            note: levels.optional(cells, "note"),
        });
    }

    for (row, cells) in &statements.rows {
        let track = statements.get(cells, "track");
        let level = statements.required(*row, cells, "level", "the level", errors);
        let dimension = statements.required(*row, cells, "dimension", "the dimension", errors);
        let text = statements.required(*row, cells, "statement", "a statement's text", errors);
        let (Some(level), Some(dimension), Some(text)) = (level, dimension, text) else {
            continue;
        };
        let Some(&(t, l, _)) = level_at.get(&level) else {
            errors.push(statements.row_error(
                *row,
                format!("level {} is not on the Levels sheet", clip(&level)),
            ));
            continue;
        };
        if !track.is_empty() && track != out[t].id {
            errors.push(statements.row_error(
                *row,
                format!(
                    "level {} is not on track {} (it is on {})",
                    clip(&level),
                    clip(track),
                    clip(&out[t].id)
                ),
            ));
            continue;
        }
        // Ids the sheet leaves out are derived by the loader (`FrameworkFile::derive_ids`).
        let id = statements.optional(cells, "id").unwrap_or_default();
        let examples = lines(statements.get(cells, "examples"));
        match out[t].levels[l].expectations.get_mut(&dimension) {
            Some(list) => list.push(StatementFile { id, text, examples }),
            None => errors.push(statements.row_error(
                *row,
                format!(
                    "dimension {} is not on track {} (see the Dimensions sheet)",
                    clip(&dimension),
                    clip(&out[t].id)
                ),
            )),
        }
    }
    out
}

fn read_focus(
    sheet: &Sheet,
    row: u32,
    cells: &[String],
    errors: &mut Vec<SheetError>,
) -> Option<FocusFile> {
    let mut share = |column: &str| -> Result<Option<u8>, ()> {
        let value = sheet.get(cells, column);
        if value.is_empty() {
            return Ok(None);
        }
        match value.parse::<u8>() {
            Ok(n) if n <= 100 => Ok(Some(n)),
            _ => {
                errors.push(SheetError::Cell {
                    cell: sheet.place(row, column),
                    problem: format!("`{column}` is not a whole number from 0 to 100"),
                });
                Err(())
            }
        }
    };
    match (share("operational"), share("strategic")) {
        (Ok(Some(operational)), Ok(Some(strategic))) => Some(FocusFile {
            operational,
            strategic,
        }),
        (Ok(None), Ok(None)) | (Err(()), _) | (_, Err(())) => None,
        _ => {
            errors.push(sheet.row_error(
                row,
                "give both `operational` and `strategic`, or neither".to_string(),
            ));
            None
        }
    }
}

/// Why a framework cannot be written as a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// A value the layout cannot hold as it is (a role holding `;`, a line holding a line
    /// break, text with spaces at its ends), so that reading the workbook back would change
    /// it; `path` is its JSON path, or the cell it would go in.
    Unrepresentable {
        path: String,
        problem: String,
    },
    Xlsx {
        message: String,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Unrepresentable { path, problem } => write!(f, "{path}: {problem}"),
            WriteError::Xlsx { message } => write!(f, "the workbook cannot be written: {message}"),
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for WriteError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        WriteError::Xlsx {
            message: e.to_string(),
        }
    }
}

/// A cell as the writer puts it down.
enum Cell {
    Text(String),
    Number(f64),
}

/// Writes a framework as an `.xlsx` workbook in Ladder's layout. Its document properties carry
/// a fixed date, so the same framework always gives the same workbook.
pub fn to_workbook(file: &FrameworkFile) -> Result<Vec<u8>, WriteError> {
    let mut problems = Vec::new();
    let sheets = [
        ("Framework", FRAMEWORK_COLUMNS, framework_rows(file)),
        ("Tracks", TRACK_COLUMNS, track_rows(file)),
        ("Dimensions", DIMENSION_COLUMNS, dimension_rows(file)),
        ("Levels", LEVEL_COLUMNS, level_rows(file, &mut problems)),
        (
            "Statements",
            STATEMENT_COLUMNS,
            statement_rows(file, &mut problems),
        ),
    ];
    if let Some(problem) = problems.into_iter().next() {
        return Err(problem);
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    let fixed = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 1, 1)?;
    book.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_title(&file.name)
            .set_creation_datetime(&fixed),
    );
    let header = rust_xlsxwriter::Format::new().set_bold();
    let wrap = rust_xlsxwriter::Format::new()
        .set_text_wrap()
        .set_align(rust_xlsxwriter::FormatAlign::Top);
    for (name, columns, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name)?;
        for (c, column) in columns.iter().enumerate() {
            let c = c as u16;
            sheet.write_string_with_format(0, c, *column, &header)?;
            let width = match *column {
                "statement" | "description" | "summary" | "value" | "examples" | "background"
                | "success_indicators" | "development_areas" | "note" => 60,
                "title" | "name" | "roles" | "attributes" | "span" | "competencies" => 30,
                _ => 14,
            };
            sheet.set_column_width(c, width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        for (r, row) in rows.into_iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.into_iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(t) if t.is_empty() => {}
                    // A reader drops what is at a cell's ends, so it would not read back.
                    Cell::Text(t) if t.trim() != t => {
                        return Err(WriteError::Unrepresentable {
                            path: format!("{name}!{}{}", column_letters(c.into()), r + 1),
                            problem: format!(
                                "`{}` has spaces or a line break at its ends, which the cell would not keep",
                                clip(&t)
                            ),
                        });
                    }
                    Cell::Text(t) => {
                        sheet.write_string_with_format(r, c, t, &wrap)?;
                    }
                    Cell::Number(n) => {
                        sheet.write_number_with_format(r, c, n, &wrap)?;
                    }
                }
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

fn json_cell<T: serde::Serialize>(value: &T) -> Cell {
    Cell::Text(serde_json::to_string(value).expect("wire types always serialize to JSON"))
}

fn framework_rows(file: &FrameworkFile) -> Vec<Vec<Cell>> {
    let text = |field: &str, value: &str| vec![Cell::Text(field.into()), Cell::Text(value.into())];
    let mut rows = vec![
        vec![
            Cell::Text("schema_version".into()),
            Cell::Number(f64::from(file.schema_version)),
        ],
        text("id", &file.id),
        text("version", &file.version),
    ];
    if let Some(language) = &file.language {
        rows.push(text("language", language));
    }
    rows.push(text("name", &file.name));
    if let Some(organisation) = &file.organisation {
        rows.push(text("organisation", organisation));
    }
    rows.push(text("summary", &file.summary));
    if file.level_codes {
        rows.push(text("level_codes", "true"));
    }
    let mut json = |field: &str, cell: Option<Cell>| {
        if let Some(cell) = cell {
            rows.push(vec![Cell::Text(field.into()), cell]);
        }
    };
    json(
        "wording",
        (!file.wording.is_empty()).then(|| json_cell(&file.wording)),
    );
    json(
        "scales",
        (!file.scales.is_empty()).then(|| json_cell(&file.scales)),
    );
    json("promotion", file.promotion.as_ref().map(json_cell));
    json(
        "track_switches",
        (!file.track_switches.is_empty()).then(|| json_cell(&file.track_switches)),
    );
    json("compensation", file.compensation.as_ref().map(json_cell));
    json("assessment", file.assessment.as_ref().map(json_cell));
    json("brand", file.brand.as_ref().map(json_cell));
    rows
}

fn track_rows(file: &FrameworkFile) -> Vec<Vec<Cell>> {
    file.tracks
        .iter()
        .map(|t| {
            vec![
                Cell::Text(t.id.clone()),
                Cell::Text(t.name.clone()),
                Cell::Text(t.description.clone()),
                non_empty_json(&t.attributes),
                non_empty_json(&t.competencies),
                Cell::Text(t.branches_from.clone().unwrap_or_default()),
                t.process
                    .as_ref()
                    .map_or(Cell::Text(String::new()), json_cell),
            ]
        })
        .collect()
}

fn non_empty_json<T: serde::Serialize>(list: &[T]) -> Cell {
    if list.is_empty() {
        Cell::Text(String::new())
    } else {
        json_cell(&list)
    }
}

fn dimension_rows(file: &FrameworkFile) -> Vec<Vec<Cell>> {
    file.tracks
        .iter()
        .flat_map(|t| {
            t.dimensions.iter().map(|d| {
                vec![
                    Cell::Text(t.id.clone()),
                    Cell::Text(d.id.clone()),
                    Cell::Text(d.name.clone()),
                    Cell::Text(d.description.clone().unwrap_or_default()),
                ]
            })
        })
        .collect()
}

/// One item per line: an item holding a line break (or nothing) would not read back as given.
fn lines_cell(path: String, items: &[String], problems: &mut Vec<WriteError>) -> Cell {
    for item in items {
        if item.contains(['\n', '\r']) || item.trim() != item || item.is_empty() {
            problems.push(WriteError::Unrepresentable {
                path: path.clone(),
                problem: format!(
                    "`{}` cannot be one line of a cell (a line break, or spaces at its ends)",
                    clip(item)
                ),
            });
        }
    }
    Cell::Text(items.join("\n"))
}

fn level_rows(file: &FrameworkFile, problems: &mut Vec<WriteError>) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for (ti, t) in file.tracks.iter().enumerate() {
        for (li, l) in t.levels.iter().enumerate() {
            let path = format!("$.tracks[{ti}].levels[{li}]");
            if l.roles.iter().any(|r| r.contains(';')) {
                problems.push(WriteError::Unrepresentable {
                    path: format!("{path}.roles"),
                    problem: "a role holds `;`, which separates roles in a cell".to_string(),
                });
            }
            let share =
                |n: Option<u8>| n.map_or(Cell::Text(String::new()), |n| Cell::Number(n.into()));
            rows.push(vec![
                Cell::Text(t.id.clone()),
                Cell::Text(l.id.clone()),
                Cell::Text(l.title.clone()),
                Cell::Text(l.stage.clone().unwrap_or_default()),
                Cell::Text(l.summary.clone().unwrap_or_default()),
                share(l.focus.map(|f| f.operational)),
                share(l.focus.map(|f| f.strategic)),
                lines_cell(format!("{path}.roles"), &l.roles, problems),
                if l.attributes.is_empty() {
                    Cell::Text(String::new())
                } else {
                    json_cell(&l.attributes)
                },
                non_empty_json(&l.span),
                lines_cell(format!("{path}.background"), &l.background, problems),
                lines_cell(
                    format!("{path}.success_indicators"),
                    &l.success_indicators,
                    problems,
                ),
                lines_cell(
                    format!("{path}.development_areas"),
                    &l.development_areas,
                    problems,
                ),
                Cell::Text(l.note.clone().unwrap_or_default()),
            ]);
        }
    }
    rows
}

fn statement_rows(file: &FrameworkFile, problems: &mut Vec<WriteError>) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for (ti, t) in file.tracks.iter().enumerate() {
        for (li, l) in t.levels.iter().enumerate() {
            // Statements in the track's dimension order, as a reader goes through a level.
            let mut order: Vec<&String> = l.expectations.keys().collect();
            order.sort_by_key(|d| t.dimensions.iter().position(|x| &x.id == *d));
            for dimension in order {
                for (si, s) in l.expectations[dimension].iter().enumerate() {
                    let path =
                        format!("$.tracks[{ti}].levels[{li}].expectations.{dimension}[{si}]");
                    rows.push(vec![
                        Cell::Text(t.id.clone()),
                        Cell::Text(l.id.clone()),
                        Cell::Text(dimension.clone()),
                        Cell::Text(s.id.clone()),
                        Cell::Text(s.text.clone()),
                        lines_cell(format!("{path}.examples"), &s.examples, problems),
                    ]);
                }
            }
        }
    }
    rows
}
