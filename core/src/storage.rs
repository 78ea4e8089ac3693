//! The saved form of an assessment: plain text, one `key=value` per line, keyed by stable ids,
//! so answers survive a reload of the tab.
//!
//! Released versions are never edited: a new format gets a new version line and a decoder of
//! its own beside the old one. Golden tests keep old strings decoding. Version 2 is version 1
//! with a closing `end=N` line (N = the lines before it), so text cut short is detected and
//! refused rather than half-restored. Text longer than `MAX_SAVED_BYTES` is refused unread.
//!
//! ```text
//! ladder-assessment/2
//! framework=ultralytics-career-progression@2025.1
//! current=IC03
//! target=IC04
//! since=2025-06
//! name=Alex%20Doe
//! criteria=12,2,3,1,0
//! rate=ic04-scope-1:3
//! unsure=ic04-scope-2
//! note=scope:Led%20the%20migration
//! end=11
//! ```

use crate::assessment::{Assessment, CriteriaAnswers, Given, Rating, YearMonth};
use crate::model::{DimensionId, Framework, LevelId, StatementId};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet};
use std::fmt::{self, Write};

/// What would break the line format: `%`, newlines, `=`, `:` and `,`. (Non-ASCII text is
/// escaped too, byte by byte, which any version-1 reader decodes.)
const LINE_BREAKERS: &AsciiSet = &AsciiSet::EMPTY
    .add(b'%')
    .add(b'\n')
    .add(b'\r')
    .add(b'=')
    .add(b':')
    .add(b',');

const HEADER_V1: &str = "ladder-assessment/1";
const HEADER_V2: &str = "ladder-assessment/2";

/// Far more than any assessment needs (every statement rated and every note at its limit).
pub const MAX_SAVED_BYTES: usize = 256 * 1024;

/// Why saved answers could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The text does not start with a version line Ladder knows.
    UnknownVersion { first_line: String },
    /// A line is not what version 1 allows.
    Malformed { line: usize, reason: String },
    /// A required line is missing.
    Missing { key: &'static str },
    /// The answers name a level this framework does not have.
    UnknownLevel { id: String },
    /// The text is longer than any saved assessment can be.
    TooLarge { bytes: usize },
    /// The closing `end=` line is missing or counts other lines: the text was cut short.
    Truncated { lines: usize },
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::UnknownVersion { first_line } => {
                write!(
                    f,
                    "they are not in a format this version of Ladder reads (“{}”)",
                    crate::clip(first_line)
                )
            }
            StorageError::Malformed { line, reason } => {
                write!(f, "line {line} is damaged: {reason}")
            }
            StorageError::Missing { key } => write!(f, "the “{key}” line is missing"),
            StorageError::UnknownLevel { id } => {
                write!(
                    f,
                    "they refer to level {}, which this framework does not have",
                    crate::clip(id)
                )
            }
            StorageError::TooLarge { bytes } => write!(
                f,
                "they take {bytes} bytes, more than the {MAX_SAVED_BYTES} any saved assessment needs"
            ),
            StorageError::Truncated { lines } => write!(
                f,
                "they stop at line {lines} without a complete closing line, so they were cut short"
            ),
        }
    }
}

impl std::error::Error for StorageError {}

/// Saved answers read back, with what had to be left out and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Keeps the framework id and version it was saved against.
    pub assessment: Assessment,
    /// The framework id@version the answers were saved against.
    pub saved_against: String,
    /// Ratings and notes whose statement or dimension this framework no longer has.
    pub left_out: Vec<LeftOut>,
}

/// An answer that could not be restored because the framework no longer has what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    Rating(StatementId),
    Note(DimensionId),
}

pub fn encode(a: &Assessment) -> String {
    let mut out = String::new();
    let c = &a.criteria;
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "{HEADER_V2}\nframework={}@{}\ncurrent={}\ntarget={}\nsince={:04}-{:02}\nname={}\ncriteria={},{},{},{},{}\n",
        escape(&a.framework_id),
        escape(&a.framework_version),
        escape(a.current.as_str()),
        escape(a.target.as_str()),
        a.in_level_since.year(),
        a.in_level_since.month(),
        escape(&a.name),
        c.months_meeting_current,
        c.months_at_next,
        c.examples,
        u8::from(c.peer_feedback),
        u8::from(c.discussed_with_manager),
    );
    for (statement, rating) in a.ratings() {
        let _ = writeln!(
            out,
            "rate={}:{}",
            escape(statement.as_str()),
            rating.value()
        );
    }
    for statement in a.not_sure() {
        let _ = writeln!(out, "unsure={}", escape(statement.as_str()));
    }
    for (dimension, note) in &a.notes {
        let _ = writeln!(out, "note={}:{}", escape(dimension.as_str()), escape(note));
    }
    let _ = writeln!(out, "end={}", out.lines().count());
    out
}

/// Reads saved text of any released version.
pub fn decode(framework: &Framework, text: &str) -> Result<Restored, StorageError> {
    if text.len() > MAX_SAVED_BYTES {
        return Err(StorageError::TooLarge { bytes: text.len() });
    }
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, HEADER_V1)) => decode_v1(framework, lines),
        Some((_, HEADER_V2)) => decode_v2(framework, text),
        other => Err(StorageError::UnknownVersion {
            first_line: other
                .map(|(_, l)| l.chars().take(40).collect())
                .unwrap_or_default(),
        }),
    }
}

/// Version 2: the version-1 lines, then `end=N` counting every line before it.
fn decode_v2(framework: &Framework, text: &str) -> Result<Restored, StorageError> {
    let lines = complete_lines(text).map_err(|lines| StorageError::Truncated { lines })?;
    decode_v1(framework, lines.into_iter().enumerate().skip(1))
}

/// The lines of a text that ends in `end=N`, N counting the lines before it, without that
/// line; or, if the closing line is missing or counts otherwise, how many lines there are.
/// Shared by every line format that detects being cut short.
pub(crate) fn complete_lines(text: &str) -> Result<Vec<&str>, usize> {
    let mut lines: Vec<&str> = text.lines().collect();
    let body = lines.len().saturating_sub(1);
    let complete = lines
        .last()
        .and_then(|l| l.strip_prefix("end="))
        .and_then(|n| n.parse::<usize>().ok())
        .is_some_and(|n| n == body);
    if !complete {
        return Err(lines.len());
    }
    lines.truncate(body);
    Ok(lines)
}

/// The lines after the version line, numbered from 0 for the version line.
fn decode_v1<'t>(
    framework: &Framework,
    lines: impl Iterator<Item = (usize, &'t str)>,
) -> Result<Restored, StorageError> {
    let mut saved_against = None;
    let (mut current, mut target, mut since, mut name, mut criteria) =
        (None, None, None, None, None);
    let mut ratings = Vec::new();
    let mut unsure = Vec::new();
    let mut notes = Vec::new();
    for (index, line) in lines {
        let number = index + 1;
        let bad = |reason: &str| StorageError::Malformed {
            line: number,
            reason: reason.to_string(),
        };
        if line.is_empty() {
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| bad("expected key=value"))?;
        match key {
            "framework" => saved_against = Some(unescape(value).ok_or_else(|| bad("bad escape"))?),
            "current" => current = Some(unescape(value).ok_or_else(|| bad("bad escape"))?),
            "target" => target = Some(unescape(value).ok_or_else(|| bad("bad escape"))?),
            "since" => {
                let (y, m) = value
                    .split_once('-')
                    .ok_or_else(|| bad("expected YYYY-MM"))?;
                let ym = y
                    .parse()
                    .ok()
                    .zip(m.parse().ok())
                    .and_then(|(y, m)| YearMonth::new(y, m))
                    .ok_or_else(|| bad("not a valid month"))?;
                since = Some(ym);
            }
            "name" => name = Some(unescape(value).ok_or_else(|| bad("bad escape"))?),
            "criteria" => {
                let parts: Vec<u16> = value
                    .split(',')
                    .map(|p| p.parse().map_err(|_| bad("expected five whole numbers")))
                    .collect::<Result<_, _>>()?;
                let [meeting, at_next, examples, peers, manager] = parts[..] else {
                    return Err(bad("expected five whole numbers"));
                };
                criteria = Some(CriteriaAnswers {
                    months_meeting_current: meeting,
                    months_at_next: at_next,
                    examples: u8::try_from(examples).map_err(|_| bad("too many examples"))?,
                    peer_feedback: peers == 1,
                    discussed_with_manager: manager == 1,
                });
            }
            "rate" => {
                let (id, value) = value
                    .rsplit_once(':')
                    .ok_or_else(|| bad("expected id:rating"))?;
                let rating = match value {
                    "0" => Rating::NotYet,
                    "1" => Rating::Sometimes,
                    "2" => Rating::Usually,
                    "3" => Rating::Consistently,
                    _ => return Err(bad("a rating is 0, 1, 2 or 3")),
                };
                ratings.push((unescape(id).ok_or_else(|| bad("bad escape"))?, rating));
            }
            // Version 1 never writes this key; its decoder is shared with version 2.
            "unsure" => unsure.push(unescape(value).ok_or_else(|| bad("bad escape"))?),
            "note" => {
                let (id, note) = value
                    .split_once(':')
                    .ok_or_else(|| bad("expected dimension:note"))?;
                let id = unescape(id).ok_or_else(|| bad("bad escape"))?;
                notes.push((id, unescape(note).ok_or_else(|| bad("bad escape"))?));
            }
            _ => return Err(bad("unknown key")),
        }
    }

    let level = |id: Option<String>, key| -> Result<LevelId, StorageError> {
        let id = id.ok_or(StorageError::Missing { key })?;
        framework
            .find_level(&id)
            .map(|l| l.id.clone())
            .ok_or(StorageError::UnknownLevel { id })
    };
    let current = level(current, "current")?;
    let target = level(target, "target")?;
    let since = since.ok_or(StorageError::Missing { key: "since" })?;
    let saved_against: String = saved_against.ok_or(StorageError::Missing { key: "framework" })?;

    let mut assessment = Assessment::new(framework, since);
    // The id and version stay the ones the answers were made against.
    if let Some((id, version)) = saved_against.rsplit_once('@') {
        assessment.framework_id = id.to_string();
        assessment.framework_version = version.to_string();
    }
    assessment.current = current;
    assessment.target = target;
    assessment.name = name.unwrap_or_default();
    assessment.criteria = criteria.unwrap_or_default();
    let statement_known = |id: &str| {
        framework
            .levels()
            .flat_map(|l| l.expectations.iter())
            .flat_map(|e| e.statements.iter())
            .any(|s| s.id.as_str() == id)
    };
    let mut left_out = Vec::new();
    for (id, rating) in ratings {
        if statement_known(&id) {
            assessment
                .answers
                .insert(StatementId::new(id), Given::Rated(rating));
        } else {
            left_out.push(LeftOut::Rating(StatementId::new(id)));
        }
    }
    for id in unsure {
        if statement_known(&id) {
            // A rating given too wins, as it did when the two were kept apart.
            assessment
                .answers
                .entry(StatementId::new(id))
                .or_insert(Given::NotSure);
        } else {
            left_out.push(LeftOut::Rating(StatementId::new(id)));
        }
    }
    for (id, note) in notes {
        if framework
            .tracks
            .iter()
            .any(|t| t.dimension(&DimensionId::new(id.clone())).is_some())
        {
            assessment.notes.insert(DimensionId::new(id), note);
        } else {
            left_out.push(LeftOut::Note(DimensionId::new(id)));
        }
    }
    Ok(Restored {
        assessment,
        saved_against,
        left_out,
    })
}

fn escape(text: &str) -> String {
    utf8_percent_encode(text, LINE_BREAKERS).to_string()
}

/// `None` where a `%` is not followed by two hex digits: a damaged line, not text to guess at.
fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    well_formed.then(|| percent_decode_str(text).decode_utf8_lossy().into_owned())
}
