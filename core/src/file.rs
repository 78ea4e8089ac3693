//! The saved assessment file, format version 2: a JSON document a person downloads ("Save to a
//! file") and opens again later or elsewhere ("Open a saved assessment"). Answers are keyed by
//! stable statement ids, so a file made against another version of the framework opens with
//! what still applies, and says what is new and what no longer applies.
//!
//! `assessment-file.schema.json` at the repository root is generated from `AssessmentFile` and kept in
//! sync by a test. Released versions are never edited; golden tests keep versions 1 and 2
//! opening. Version 2 keeps the criteria answers by question id (`{"months-current": 12}`);
//! version 1 had five named fields, read under the default framework's question ids.

use crate::assessment::{Assessment, CriteriaAnswers, Given, Rating, YearMonth};
use crate::json::{clip, read, JsonError};
use crate::model::{DimensionId, Framework, QuestionId, StatementId};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// What `format` says in every file.
pub const FORMAT: &str = "ladder-assessment";
/// The file version this build writes; it reads this one and every earlier one.
pub const VERSION: u32 = 2;
/// The largest criteria answer any question allows (a count).
const MAX_CRITERION_ANSWER: u16 = 999;
/// Far more than any assessment file needs.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

/// A self-assessment as saved to a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    /// Always `ladder-assessment`.
    pub format: String,
    /// The file format version: 1.
    pub version: u32,
    /// The framework the answers were made against.
    pub framework: FrameworkRef,
    /// The day the file was saved, `YYYY-MM-DD`.
    pub saved_on: String,
    /// The person's current level code.
    pub current: String,
    /// The level code aimed for.
    pub target: String,
    /// The month the current level was reached, `YYYY-MM`.
    pub in_level_since: String,
    /// The person's name, if they gave one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Answers by statement id: `not-yet`, `sometimes`, `usually`, `consistently` or `not-sure`.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Evidence notes by dimension id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Answers to the framework's criteria questions by question id: months, a count, or 1 for
    /// a ticked box. Questions left at 0 are left out.
    #[serde(default)]
    pub criteria: BTreeMap<String, u16>,
}

/// Version 1 of the file: as version 2, with the criteria as five named fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFileV1 {
    pub format: String,
    pub version: u32,
    pub framework: FrameworkRef,
    pub saved_on: String,
    pub current: String,
    pub target: String,
    pub in_level_since: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    pub criteria: CriteriaFile,
}

impl From<AssessmentFileV1> for AssessmentFile {
    /// The five fields become answers to the default framework's questions, by id.
    fn from(v1: AssessmentFileV1) -> Self {
        let c = v1.criteria;
        let answers = CriteriaAnswers::from_legacy([
            c.months_meeting_current,
            c.months_at_next,
            c.examples.into(),
            c.peer_feedback.into(),
            c.discussed_with_manager.into(),
        ]);
        AssessmentFile {
            format: v1.format,
            version: v1.version,
            framework: v1.framework,
            saved_on: v1.saved_on,
            current: v1.current,
            target: v1.target,
            in_level_since: v1.in_level_since,
            name: v1.name,
            answers: v1.answers,
            notes: v1.notes,
            criteria: answers.iter().map(|(id, n)| (id.to_string(), n)).collect(),
        }
    }
}

/// Which framework, and which version of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

/// Version 1's answers to the five criteria questions it knew.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriteriaFile {
    pub months_meeting_current: u16,
    pub months_at_next: u16,
    pub examples: u8,
    pub peer_feedback: bool,
    pub discussed_with_manager: bool,
}

/// Why a file could not be opened. Nothing is changed when this comes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Counted as the browser gives a file's size, which can pass 4 GB.
    TooLarge {
        bytes: u64,
    },
    Json(JsonError),
    NotAnAssessment {
        format: String,
    },
    NewerVersion {
        version: u32,
    },
    /// A field holds a value that is not what the format allows.
    Invalid {
        path: String,
        reason: String,
    },
    /// The file names a level this framework does not have.
    UnknownLevel {
        path: String,
        id: String,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes, more than the {MAX_FILE_BYTES} a saved assessment can have"
            ),
            FileError::Json(e) => write!(f, "{e}"),
            FileError::NotAnAssessment { format } => write!(
                f,
                "$.format is \"{}\", so it is not a Ladder assessment",
                clip(format)
            ),
            FileError::NewerVersion { version } => write!(
                f,
                "$.version is {version}: the file was made by a newer Ladder, which this one cannot read"
            ),
            FileError::Invalid { path, reason } => write!(f, "{path}: {reason}"),
            FileError::UnknownLevel { path, id } => write!(
                f,
                "{path}: this framework has no level \"{}\"",
                clip(id)
            ),
        }
    }
}

impl std::error::Error for FileError {}

/// A file opened against this framework: the assessment, and how it matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// Keeps the framework id and version the file was made against.
    pub assessment: Assessment,
    pub saved_on: NaiveDate,
    /// Statements of the target level the file has no answer for, because the framework added
    /// them since (only when the file was made against another version).
    pub new_statements: Vec<StatementId>,
    /// Answers and notes in the file for statements or dimensions this framework no longer has.
    pub no_longer_apply: Vec<String>,
}

fn rating_word(answer: Option<Rating>) -> &'static str {
    match answer {
        Some(Rating::NotYet) => "not-yet",
        Some(Rating::Sometimes) => "sometimes",
        Some(Rating::Usually) => "usually",
        Some(Rating::Consistently) => "consistently",
        None => "not-sure",
    }
}

/// The file for an assessment, as pretty-printed JSON.
pub fn save(a: &Assessment, saved_on: NaiveDate) -> String {
    let answers = a
        .answers
        .iter()
        .map(|(id, given)| {
            let rating = match given {
                Given::Rated(r) => Some(*r),
                Given::NotSure => None,
            };
            (id.to_string(), rating_word(rating).to_string())
        })
        .collect();
    let file = AssessmentFile {
        format: FORMAT.to_string(),
        version: VERSION,
        framework: FrameworkRef {
            id: a.framework_id.clone(),
            version: a.framework_version.clone(),
        },
        saved_on: saved_on.to_string(),
        current: a.current.to_string(),
        target: a.target.to_string(),
        in_level_since: format!(
            "{:04}-{:02}",
            a.in_level_since.year(),
            a.in_level_since.month()
        ),
        name: a.name.clone(),
        answers,
        notes: a
            .notes
            .iter()
            .map(|(d, n)| (d.to_string(), n.clone()))
            .collect(),
        criteria: a
            .criteria
            .iter()
            .map(|(id, n)| (id.to_string(), n))
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("the file types always serialize") + "\n"
}

/// The earliest year a file's dates may name; the latest day is today.
pub const EARLIEST_YEAR: i32 = 1900;

/// Opens a file against this framework on `today`, or says what is wrong and where. A file
/// dated after today, or a level reached after today, is refused: no one saved it then.
pub fn open(framework: &Framework, text: &str, today: NaiveDate) -> Result<Opened, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes: text.len() as u64,
        });
    }
    // Read the format and version first, so a newer file is refused for the right reason.
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u32>,
    }
    if let Ok(header) = serde_json::from_str::<Header>(text) {
        match (header.format, header.version) {
            (Some(format), _) if format != FORMAT => {
                return Err(FileError::NotAnAssessment { format })
            }
            (_, Some(version)) if version > VERSION => {
                return Err(FileError::NewerVersion { version })
            }
            _ => {}
        }
    }
    let invalid = |path: &str, reason: &str| FileError::Invalid {
        path: path.to_string(),
        reason: reason.to_string(),
    };
    let version = serde_json::from_str::<Header>(text)
        .ok()
        .and_then(|h| h.version);
    let file: AssessmentFile = match version {
        Some(1) => read::<AssessmentFileV1>(text)
            .map_err(FileError::Json)?
            .into(),
        _ => read(text).map_err(FileError::Json)?,
    };
    if !(1..=VERSION).contains(&file.version) {
        return Err(invalid("$.version", "expected 1 or 2"));
    }
    let saved_on = file
        .saved_on
        .parse::<NaiveDate>()
        .map_err(|_| invalid("$.saved_on", "expected a real date written YYYY-MM-DD"))?;
    if saved_on > today || saved_on.year() < EARLIEST_YEAR {
        return Err(invalid(
            "$.saved_on",
            &format!("expected a day from {EARLIEST_YEAR}-01-01 to today ({today}), the days a file can have been saved on"),
        ));
    }
    let since = file
        .in_level_since
        .split_once('-')
        .and_then(|(y, m)| YearMonth::new(y.parse().ok()?, m.parse().ok()?))
        .ok_or_else(|| invalid("$.in_level_since", "expected a month written YYYY-MM"))?;
    if since.first_day() > today || since.year() < EARLIEST_YEAR {
        return Err(invalid(
            "$.in_level_since",
            &format!(
                "expected a month from {EARLIEST_YEAR}-01 to this one ({:04}-{:02}), the months a level can have been reached in",
                today.year(),
                today.month()
            ),
        ));
    }
    let level = |path: &str, id: &str| {
        framework
            .find_level(id)
            .map(|l| l.id.clone())
            .ok_or_else(|| FileError::UnknownLevel {
                path: path.to_string(),
                id: id.to_string(),
            })
    };
    let current = level("$.current", &file.current)?;
    let target = level("$.target", &file.target)?;
    if file.name.chars().count() > crate::assessment::MAX_NAME_CHARS {
        return Err(invalid("$.name", "longer than a name can be"));
    }

    let mut a = Assessment::new(framework, since);
    a.framework_id = file.framework.id.clone();
    a.framework_version = file.framework.version.clone();
    a.current = current;
    a.target = target;
    a.name = file.name;
    for (id, n) in &file.criteria {
        if *n > MAX_CRITERION_ANSWER {
            return Err(invalid(
                &format!("$.criteria.{}", clip(id)),
                "expected a whole number from 0 to 999",
            ));
        }
        a.criteria.set(QuestionId::new(id.clone()), *n);
    }
    let mut no_longer_apply: Vec<String> = a
        .criteria
        .keep_known(framework)
        .iter()
        .map(|id| clip(id.as_str()))
        .collect();
    for (id, word) in &file.answers {
        let rating = match word.as_str() {
            "not-yet" => Some(Rating::NotYet),
            "sometimes" => Some(Rating::Sometimes),
            "usually" => Some(Rating::Usually),
            "consistently" => Some(Rating::Consistently),
            "not-sure" => None,
            _ => {
                return Err(invalid(
                    &format!("$.answers.{}", clip(id)),
                    "expected not-yet, sometimes, usually, consistently or not-sure",
                ))
            }
        };
        let statement = StatementId::new(id.clone());
        if framework.statement(&statement).is_none() {
            no_longer_apply.push(clip(id));
            continue;
        }
        let given = match rating {
            Some(r) => Given::Rated(r),
            None => Given::NotSure,
        };
        a.answers.insert(statement, given);
    }
    for (id, note) in file.notes {
        if note.chars().count() > crate::assessment::MAX_NOTE_CHARS {
            return Err(invalid(
                &format!("$.notes.{}", clip(&id)),
                "longer than a note can be",
            ));
        }
        let dimension = DimensionId::new(id.clone());
        if framework
            .tracks
            .iter()
            .any(|t| t.dimension(&dimension).is_some())
        {
            if !note.trim().is_empty() {
                a.notes.insert(dimension, note);
            }
        } else {
            no_longer_apply.push(format!("note on {}", clip(&id)));
        }
    }
    let other_version =
        file.framework.id != framework.id || file.framework.version != framework.version;
    let new_statements = match framework.level(&a.target) {
        Some(target) if other_version => target
            .expectations
            .iter()
            .flat_map(|e| e.statements.iter())
            .filter(|s| !file.answers.contains_key(s.id.as_str()))
            .map(|s| s.id.clone())
            .collect(),
        _ => Vec::new(),
    };
    Ok(Opened {
        assessment: a,
        saved_on,
        new_statements,
        no_longer_apply,
    })
}
