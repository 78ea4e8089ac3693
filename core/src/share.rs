//! Sharing an assessment by link, format version 2: everything travels in the URL fragment,
//! which browsers never send to a server. Compact (a full assessment of the default framework
//! takes about 220 characters), keyed by stable statement ids, with the framework's id and
//! version, and a checksum so a link cut short or altered is refused rather than half-read.
//! Names and evidence notes are never put in a link.
//!
//! ```text
//! A2~ultralytics-career-progression~2025.1~20261122~IC03~IC04~202506~examples:3,months-current:12~ic04-scope~32n-3~…~1a2b3c4d
//! ```
//! Fields, joined by `~`: kind and version (`A2`), framework id and version (percent-escaped),
//! the day it was made, current and target level, the month the current level was reached,
//! the criteria answers as `question-id:number` joined by `,` (empty without answers; version
//! `A1` had five numbers joined by `.`, read under the default framework's question ids), then pairs of a statement-id stem and one character per statement
//! `stem-1`, `stem-2`, … (`0`–`3` a rating, `n` not sure, `-` unanswered), and the checksum
//! (FNV-1a, 32 bits, hex) of everything before it.

use crate::assessment::{Assessment, CriteriaAnswers, Given, Rating, YearMonth};
use crate::json::clip;
use crate::model::{Framework, QuestionId, StatementId};
use chrono::{Datelike, NaiveDate};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::collections::BTreeMap;
use std::fmt;

/// The longest link body read; anything longer is refused unread.
pub const MAX_LINK_CHARS: usize = 2000;
/// Answers a link may carry beyond the framework's own statements: room for a link made
/// against an older version whose retired statements are listed as no longer applying.
pub const ANSWER_MARGIN: usize = 200;
/// The most statements one id stem numbers (`stem-1` to `stem-99`); longer runs are refused.
const MAX_STEM_RUN: usize = 99;
const KIND: &str = "A2";
/// The first version, whose criteria field is five numbers in a fixed order.
const KIND_V1: &str = "A1";
/// The largest criteria answer any question allows (a count).
const MAX_CRITERION_ANSWER: u16 = 999;
const FIELD: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_');

/// A shared assessment as opened from a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// Keeps the framework id and version it was made against; no name, no notes.
    pub assessment: Assessment,
    pub made_on: NaiveDate,
    /// Answers in the link for statements this framework no longer has.
    pub no_longer_apply: Vec<String>,
}

/// Why a link could not be opened. Nothing of the link is shown beyond a short excerpt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    TooLong {
        chars: usize,
    },
    /// Not a shared assessment of a version this Ladder reads.
    UnknownKind {
        found: String,
    },
    /// The checksum does not match: the link was cut short or changed.
    Damaged,
    Malformed {
        field: &'static str,
    },
    UnknownLevel {
        id: String,
    },
    /// The link gives one thing twice (a statement's answer, a group of answers, a marked
    /// dimension), which no link Ladder makes does. Refused rather than merged: which of the
    /// two was meant cannot be told.
    Repeated {
        field: &'static str,
        id: String,
    },
    /// More answers than any assessment of this framework could carry (`most`).
    TooManyAnswers {
        count: usize,
        most: usize,
    },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::TooLong { chars } => write!(
                f,
                "it is {chars} characters long, more than any shared assessment ({MAX_LINK_CHARS})"
            ),
            ShareError::UnknownKind { found } => write!(
                f,
                "it starts with “{}”, which is not a shared assessment this version of Ladder reads",
                clip(found)
            ),
            ShareError::Damaged => write!(
                f,
                "it was cut short or changed on the way: its check does not match its content"
            ),
            ShareError::Malformed { field } => write!(f, "its {field} cannot be read"),
            ShareError::UnknownLevel { id } => write!(
                f,
                "it names level “{}”, which this framework does not have",
                clip(id)
            ),
            ShareError::Repeated { field, id } => {
                write!(f, "it gives {field} “{}” more than once", clip(id))
            }
            ShareError::TooManyAnswers { count, most } => write!(
                f,
                "it carries {count} answers, more than any assessment of this framework can ({most})"
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// A link's body once its size, kind and check are right; every decoder starts here.
fn checked_body<'l>(link: &'l str, kind: &str) -> Result<&'l str, ShareError> {
    let chars = link.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(ShareError::TooLong { chars });
    }
    let found = link.split('~').next().unwrap_or_default();
    if found != kind {
        return Err(ShareError::UnknownKind {
            found: found.to_string(),
        });
    }
    let (body, check) = link.rsplit_once('~').ok_or(ShareError::Damaged)?;
    if checksum(body) != check {
        return Err(ShareError::Damaged);
    }
    Ok(body)
}

/// The check a link carries over its body: FNV-1a, 32 bits, as 8 hex digits.
pub fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

fn answer_char(a: &Assessment, id: &StatementId) -> char {
    match a.answers.get(id) {
        Some(Given::Rated(r)) => char::from(b'0' + r.value() as u8),
        Some(Given::NotSure) => 'n',
        None => '-',
    }
}

/// Splits `ic04-scope-3` into (`ic04-scope`, 3); `None` for an id of another shape, which
/// then travels whole.
fn stem(id: &str) -> Option<(&str, usize)> {
    let (stem, suffix) = id.rsplit_once('-')?;
    let n: usize = suffix
        .parse()
        .ok()
        .filter(|n| (1..=MAX_STEM_RUN).contains(n))?;
    (!stem.is_empty() && n.to_string() == suffix).then_some((stem, n))
}

/// The link body for an assessment made on `today`.
pub fn encode(a: &Assessment, today: NaiveDate) -> String {
    let criteria: Vec<String> = a
        .criteria
        .iter()
        .map(|(id, n)| format!("{}:{n}", utf8_percent_encode(id.as_str(), FIELD)))
        .collect();
    let mut fields = vec![
        KIND.to_string(),
        utf8_percent_encode(&a.framework_id, FIELD).to_string(),
        utf8_percent_encode(&a.framework_version, FIELD).to_string(),
        format!("{:04}{:02}{:02}", today.year(), today.month(), today.day()),
        a.current.to_string(),
        a.target.to_string(),
        format!(
            "{:04}{:02}",
            a.in_level_since.year(),
            a.in_level_since.month()
        ),
        criteria.join(","),
    ];
    // Every answered statement, grouped by its id's stem; a stem's characters run from -1 up.
    let mut stems: BTreeMap<&str, Vec<char>> = BTreeMap::new();
    let mut whole = Vec::new();
    // Rated statements first, then "Not sure" ones: the order ids that travel whole are written.
    for id in a.ratings().map(|(id, _)| id).chain(a.not_sure()) {
        match stem(id.as_str()) {
            Some((stem, n)) => {
                let chars = stems.entry(stem).or_default();
                if chars.len() < n {
                    chars.resize(n, '-');
                }
                chars[n - 1] = answer_char(a, id);
            }
            None => whole.push((id.to_string(), format!("={}", answer_char(a, id)))),
        }
    }
    for (stem, chars) in stems {
        fields.push(stem.to_string());
        fields.push(chars.into_iter().collect());
    }
    for (id, answer) in whole {
        fields.push(id);
        fields.push(answer);
    }
    let body = fields.join("~");
    format!("{body}~{}", checksum(&body))
}

/// Version 1's criteria field: five numbers joined by `.`, read under the default framework's
/// question ids.
fn five_numbers(field: &str) -> Result<CriteriaAnswers, ShareError> {
    let malformed = ShareError::Malformed { field: "criteria" };
    let numbers: Vec<u16> = field
        .split('.')
        .map(|v| v.parse().map_err(|_| malformed.clone()))
        .collect::<Result<_, _>>()?;
    let Ok(numbers) = <[u16; 5]>::try_from(numbers) else {
        return Err(malformed);
    };
    if numbers[2] > u16::from(u8::MAX) {
        return Err(malformed);
    }
    Ok(CriteriaAnswers::from_legacy(numbers))
}

/// Version 2's criteria field: `id:n` pairs joined by `,`, or nothing.
fn by_question(field: &str) -> Result<CriteriaAnswers, ShareError> {
    let malformed = ShareError::Malformed { field: "criteria" };
    let mut answers = CriteriaAnswers::default();
    for pair in field.split(',').filter(|p| !p.is_empty()) {
        let (id, n) = pair.rsplit_once(':').ok_or(malformed.clone())?;
        let id = percent_decode_str(id)
            .decode_utf8()
            .map_err(|_| malformed.clone())?;
        let n: u16 = n
            .parse()
            .ok()
            .filter(|n| *n <= MAX_CRITERION_ANSWER)
            .ok_or(malformed.clone())?;
        let id = QuestionId::new(id);
        if answers.iter().any(|(given, _)| *given == id) {
            return Err(ShareError::Repeated {
                field: "criteria question",
                id: id.to_string(),
            });
        }
        answers.set(id, n);
    }
    Ok(answers)
}

/// Opens a link body against this framework.
pub fn decode(framework: &Framework, link: &str) -> Result<Shared, ShareError> {
    let kind = if link.starts_with("A1~") {
        KIND_V1
    } else {
        KIND
    };
    let body = checked_body(link, kind)?;
    let fields: Vec<&str> = body.split('~').collect();
    let [_, fw_id, fw_version, made, current, target, since, criteria, pairs @ ..] = &fields[..]
    else {
        return Err(ShareError::Malformed { field: "header" });
    };
    let text = |field, value: &str| {
        percent_decode_str(value)
            .decode_utf8()
            .map(|s| s.into_owned())
            .map_err(|_| ShareError::Malformed { field })
    };
    let number = |field, value: &str, digits: usize| {
        (value.len() == digits && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse::<u32>().ok())
            .flatten()
            .ok_or(ShareError::Malformed { field })
    };
    let made_on = NaiveDate::from_ymd_opt(
        number("date", made.get(..4).unwrap_or(""), 4)? as i32,
        number("date", made.get(4..6).unwrap_or(""), 2)?,
        number("date", made.get(6..).unwrap_or(""), 2)?,
    )
    .ok_or(ShareError::Malformed { field: "date" })?;
    let since = YearMonth::new(
        number("start month", since.get(..4).unwrap_or(""), 4)? as i32,
        number("start month", since.get(4..).unwrap_or(""), 2)?,
    )
    .ok_or(ShareError::Malformed {
        field: "start month",
    })?;
    let level = |id: &str| {
        framework
            .find_level(id)
            .map(|l| l.id.clone())
            .ok_or_else(|| ShareError::UnknownLevel { id: id.to_string() })
    };
    let mut answers = if kind == KIND_V1 {
        five_numbers(criteria)?
    } else {
        by_question(criteria)?
    };
    let mut a = Assessment::new(framework, since);
    a.framework_id = text("framework", fw_id)?;
    a.framework_version = text("framework version", fw_version)?;
    a.current = level(current)?;
    a.target = level(target)?;
    let dropped_criteria = answers.keep_known(framework);
    a.criteria = answers;
    if pairs.len() % 2 != 0 {
        return Err(ShareError::Malformed { field: "answers" });
    }
    // A link never carries more answers than the framework has statements, and a margin.
    let most = framework
        .levels()
        .flat_map(|l| l.expectations.iter())
        .map(|e| e.statements.len())
        .sum::<usize>()
        + ANSWER_MARGIN;
    let count = pairs
        .chunks(2)
        .map(|pair| pair[1].chars().filter(|c| !matches!(c, '-' | '=')).count())
        .sum::<usize>();
    if count > most {
        return Err(ShareError::TooManyAnswers { count, most });
    }
    let mut groups = std::collections::BTreeSet::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut no_longer_apply: Vec<String> = dropped_criteria
        .iter()
        .map(|id| clip(id.as_str()))
        .collect();
    for pair in pairs.chunks(2) {
        let (stem, answers) = (pair[0], pair[1]);
        // `=r`: one answer for an id that travels whole; otherwise one per `stem-N`.
        let whole = answers.strip_prefix('=');
        if !groups.insert((stem, whole.is_some())) {
            return Err(ShareError::Repeated {
                field: if whole.is_some() {
                    "statement"
                } else {
                    "the group of statements"
                },
                id: stem.to_string(),
            });
        }
        let ids: Vec<(StatementId, char)> = match whole {
            Some(one) if one.chars().count() == 1 => {
                vec![(StatementId::new(stem), one.chars().next().unwrap_or('-'))]
            }
            Some(_) => return Err(ShareError::Malformed { field: "answers" }),
            None if answers.chars().count() > MAX_STEM_RUN => {
                return Err(ShareError::Malformed { field: "answers" })
            }
            None => answers
                .chars()
                .enumerate()
                .map(|(i, c)| (StatementId::new(format!("{stem}-{}", i + 1)), c))
                .collect(),
        };
        for (id, c) in ids {
            let answer = match c {
                '-' => continue,
                'n' => None,
                '0'..='3' => Some(Rating::ALL[(c as u8 - b'0') as usize]),
                _ => return Err(ShareError::Malformed { field: "answers" }),
            };
            // The same statement by its stem and whole: two answers for one statement.
            if !seen.insert(id.clone()) {
                return Err(ShareError::Repeated {
                    field: "statement",
                    id: id.to_string(),
                });
            }
            if framework.statement(&id).is_none() {
                no_longer_apply.push(clip(id.as_str()));
                continue;
            }
            let given = match answer {
                Some(r) => Given::Rated(r),
                None => Given::NotSure,
            };
            a.answers.insert(id, given);
        }
    }
    Ok(Shared {
        assessment: a,
        made_on,
        no_longer_apply,
    })
}

/// What a hiring manager sends a candidate: a level, the dimensions that matter most for the
/// role (in the order marked), and a short note shown as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub level: crate::model::LevelId,
    pub marked: Vec<crate::model::DimensionId>,
    pub note: String,
}

/// The longest note a role link carries, in characters.
pub const MAX_ROLE_NOTE_CHARS: usize = 500;
const ROLE_KIND: &str = "R1";

/// The link body for a role: `R1~level~dimension.dimension~note~check`.
pub fn encode_role(role: &Role) -> String {
    let marked: Vec<&str> = role.marked.iter().map(|d| d.as_str()).collect();
    let body = format!(
        "{ROLE_KIND}~{}~{}~{}",
        role.level,
        marked.join("."),
        utf8_percent_encode(&role.note, FIELD)
    );
    format!("{body}~{}", checksum(&body))
}

/// Opens a role link against this framework; dimensions the level's track lacks are left out.
pub fn decode_role(framework: &Framework, link: &str) -> Result<Role, ShareError> {
    let body = checked_body(link, ROLE_KIND)?;
    let [_, level, marked, note] = body.split('~').collect::<Vec<_>>()[..] else {
        return Err(ShareError::Malformed { field: "role" });
    };
    let level = framework
        .find_level(level)
        .ok_or_else(|| ShareError::UnknownLevel {
            id: level.to_string(),
        })?;
    let track = framework.track_of(level);
    let mut given = std::collections::BTreeSet::new();
    let mut kept = Vec::new();
    for d in marked.split('.').filter(|d| !d.is_empty()) {
        // A dimension marked twice would be shown twice; no link Ladder makes does that.
        if !given.insert(d) {
            return Err(ShareError::Repeated {
                field: "dimension",
                id: d.to_string(),
            });
        }
        let d = crate::model::DimensionId::new(d);
        if track.dimension(&d).is_some() {
            kept.push(d);
        }
    }
    let marked = kept;
    let note = percent_decode_str(note)
        .decode_utf8()
        .map_err(|_| ShareError::Malformed { field: "note" })?
        .into_owned();
    if note.chars().count() > MAX_ROLE_NOTE_CHARS {
        return Err(ShareError::Malformed { field: "note" });
    }
    Ok(Role {
        level: level.id.clone(),
        marked,
        note,
    })
}
