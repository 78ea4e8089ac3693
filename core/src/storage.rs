//! The saved form of an assessment: plain text, one `key=value` per line, keyed by stable ids,
//! so answers survive a reload of the tab.
//!
//! Released versions are never edited: a new format gets a new version line and a decoder of
//! its own beside the old one. Golden tests keep old strings decoding. Version 2 is version 1
//! with a closing `end=N` line (N = the lines before it), so text cut short is detected and
//! refused rather than half-restored. Text longer than `MAX_SAVED_BYTES` is refused unread.
//! Version 3 is version 2 with a `revision=COUNT.WRITER` line after the version line: every
//! write raises the count, and the writer names the tab that made it, so a tab whose copy is
//! older can tell before it writes (`check_write`) and never replaces newer answers.
//!
//! Version 4 keeps the criteria answers by question id, one `criterion=ID:N` line each (months,
//! a count, or 1 for a ticked box), where versions 1–3 had one `criteria=` line of five numbers
//! in a fixed order; those are read under the default framework's question ids
//! (`assessment::LEGACY_QUESTIONS`). Its `revision=` line is there when the answers are kept in
//! storage and left out of a plain download.
//!
//! ```text
//! ladder-assessment/4
//! revision=7.k3j9x2
//! framework=ultralytics-career-progression@2025.1
//! current=IC03
//! target=IC04
//! since=2025-06
//! name=Alex%20Doe
//! criterion=months-current:12
//! criterion=peer-feedback:1
//! rate=ic04-scope-1:3
//! unsure=ic04-scope-2
//! note=scope:Led%20the%20migration
//! end=13
//! ```

use crate::assessment::{Assessment, CriteriaAnswers, Given, Rating, YearMonth};
use crate::model::{DimensionId, Framework, LevelId, QuestionId, StatementId};
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
const HEADER_V3: &str = "ladder-assessment/3";
const HEADER_V4: &str = "ladder-assessment/4";

/// The longest writer name a revision carries.
pub const MAX_WRITER_CHARS: usize = 16;

/// The largest criteria answer any question allows (a count).
const MAX_CRITERION_ANSWER: u16 = 999;

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

/// Which write of the saved answers a stored value is: a count that every write raises, and
/// the tab that wrote it, so two tabs that both wrote count 5 are still told apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Revision {
    count: u64,
    writer: String,
}

impl Revision {
    /// The revision of text written before revisions existed (versions 1 and 2), or of text
    /// that names none Ladder can read: older than any write.
    pub fn unrevised() -> Self {
        Self::default()
    }

    /// `None` unless the writer is 1 to `MAX_WRITER_CHARS` ASCII letters and digits.
    pub fn new(count: u64, writer: &str) -> Option<Self> {
        let valid = (1..=MAX_WRITER_CHARS).contains(&writer.len())
            && writer.bytes().all(|b| b.is_ascii_alphanumeric());
        valid.then(|| Revision {
            count,
            writer: writer.to_string(),
        })
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn writer(&self) -> &str {
        &self.writer
    }

    fn parse(value: &str) -> Option<Self> {
        let (count, writer) = value.split_once('.')?;
        if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Revision::new(count.parse().ok()?, writer)
    }
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.count, self.writer)
    }
}

/// Whether a tab may write its answers, decided before every write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteCheck {
    /// What is stored is what this tab last read or wrote: write, under this revision.
    Write(Revision),
    /// Something else was written (or removed) since this tab last read or wrote: its copy is
    /// older, and writing would replace newer answers.
    Stale,
}

/// Decides a write. `seen` is the revision this tab last read or wrote (`None`: it found
/// nothing stored), `stored` the one stored now (`None`: nothing is), `writer` this tab.
pub fn check_write(seen: Option<&Revision>, stored: Option<&Revision>, writer: &str) -> WriteCheck {
    if seen != stored {
        return WriteCheck::Stale;
    }
    let count = stored.map_or(0, Revision::count).saturating_add(1);
    match Revision::new(count, writer) {
        Some(revision) => WriteCheck::Write(revision),
        // A writer name Ladder did not make: never write under it.
        None => WriteCheck::Stale,
    }
}

/// The revision of stored text, read from its first two lines alone (so checking before a write
/// does not decode everything): the one a version-3 text names, else `Revision::unrevised()`.
pub fn revision(text: &str) -> Revision {
    let mut lines = text.lines();
    match (lines.next(), lines.next()) {
        (Some(HEADER_V3 | HEADER_V4), Some(line)) => line
            .strip_prefix("revision=")
            .and_then(Revision::parse)
            .unwrap_or_default(),
        _ => Revision::unrevised(),
    }
}

/// Saved answers read back, with what had to be left out and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Which write this was (`Revision::unrevised()` for versions 1 and 2).
    pub revision: Revision,
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
    /// The answer to a criteria question the framework no longer asks.
    Criterion(QuestionId),
}

/// The form kept in storage (version 4): the answers under a revision, made by `check_write`.
pub fn encode_saved(a: &Assessment, revision: &Revision) -> String {
    lines(a, &format!("{HEADER_V4}\nrevision={revision}"))
}

/// The plain form (version 4 without a revision): what a download of the answers holds.
pub fn encode(a: &Assessment) -> String {
    lines(a, HEADER_V4)
}

fn lines(a: &Assessment, head: &str) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "{head}\nframework={}@{}\ncurrent={}\ntarget={}\nsince={:04}-{:02}\nname={}\n",
        escape(&a.framework_id),
        escape(&a.framework_version),
        escape(a.current.as_str()),
        escape(a.target.as_str()),
        a.in_level_since.year(),
        a.in_level_since.month(),
        escape(&a.name),
    );
    for (question, value) in a.criteria.iter() {
        let _ = writeln!(out, "criterion={}:{value}", escape(question.as_str()));
    }
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
        Some((_, HEADER_V1)) => decode_v1(framework, lines, Criteria::FiveNumbers),
        Some((_, HEADER_V2)) => decode_v2(framework, text),
        Some((_, HEADER_V3)) => decode_v3(framework, text),
        Some((_, HEADER_V4)) => decode_v4(framework, text),
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
    decode_v1(
        framework,
        lines.into_iter().enumerate().skip(1),
        Criteria::FiveNumbers,
    )
}

/// Version 3: the version line, `revision=COUNT.WRITER`, then version 2's lines and `end=N`.
fn decode_v3(framework: &Framework, text: &str) -> Result<Restored, StorageError> {
    let lines = complete_lines(text).map_err(|lines| StorageError::Truncated { lines })?;
    let revision = lines
        .get(1)
        .and_then(|l| l.strip_prefix("revision="))
        .and_then(Revision::parse)
        .ok_or(StorageError::Malformed {
            line: 2,
            reason: "expected revision=COUNT.WRITER".to_string(),
        })?;
    let mut restored = decode_v1(
        framework,
        lines.into_iter().enumerate().skip(2),
        Criteria::FiveNumbers,
    )?;
    restored.revision = revision;
    Ok(restored)
}

/// Version 4: the version line, a `revision=` line when kept in storage, then version 3's lines
/// with the criteria answers as `criterion=ID:N` lines, and `end=N`.
fn decode_v4(framework: &Framework, text: &str) -> Result<Restored, StorageError> {
    let lines = complete_lines(text).map_err(|lines| StorageError::Truncated { lines })?;
    let revision = match lines.get(1).and_then(|l| l.strip_prefix("revision=")) {
        None => None,
        Some(value) => Some(Revision::parse(value).ok_or(StorageError::Malformed {
            line: 2,
            reason: "expected revision=COUNT.WRITER".to_string(),
        })?),
    };
    let skip = if revision.is_some() { 2 } else { 1 };
    let mut restored = decode_v1(
        framework,
        lines.into_iter().enumerate().skip(skip),
        Criteria::ById,
    )?;
    restored.revision = revision.unwrap_or_default();
    Ok(restored)
}

/// How a version writes its criteria answers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Criteria {
    /// Versions 1–3: one `criteria=` line of five numbers.
    FiveNumbers,
    /// Version 4: a `criterion=ID:N` line per answer.
    ById,
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
    form: Criteria,
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
            "criteria" if form == Criteria::FiveNumbers => {
                let parts: Vec<u16> = value
                    .split(',')
                    .map(|p| p.parse().map_err(|_| bad("expected five whole numbers")))
                    .collect::<Result<_, _>>()?;
                let Ok(numbers) = <[u16; 5]>::try_from(parts) else {
                    return Err(bad("expected five whole numbers"));
                };
                if numbers[2] > u16::from(u8::MAX) {
                    return Err(bad("too many examples"));
                }
                criteria = Some(CriteriaAnswers::from_legacy(numbers));
            }
            "criterion" if form == Criteria::ById => {
                let (id, value) = value
                    .rsplit_once(':')
                    .ok_or_else(|| bad("expected question:number"))?;
                let id = QuestionId::new(unescape(id).ok_or_else(|| bad("bad escape"))?);
                let value: u16 = value
                    .parse()
                    .ok()
                    .filter(|v| *v <= MAX_CRITERION_ANSWER)
                    .ok_or_else(|| bad("a criteria answer is a whole number from 0 to 999"))?;
                let answers = criteria.get_or_insert_with(CriteriaAnswers::default);
                if answers.get(&id) > 0 {
                    return Err(bad("a criteria question is answered twice"));
                }
                answers.set(id, value);
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
    let mut left_out: Vec<LeftOut> = assessment
        .criteria
        .keep_known(framework)
        .into_iter()
        .map(LeftOut::Criterion)
        .collect();
    let statement_known = |id: &str| {
        framework
            .levels()
            .flat_map(|l| l.expectations.iter())
            .flat_map(|e| e.statements.iter())
            .any(|s| s.id.as_str() == id)
    };
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
        revision: Revision::unrevised(),
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
