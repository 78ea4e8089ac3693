//! Progress over time: a finished report kept as a dated snapshot of readiness per dimension,
//! what changed between two snapshots, and the saved form of the list (text format
//! `ladder-history/1`, with a closing `end=N` line so text cut short is refused).
//!
//! ```text
//! ladder-history/1
//! snapshot=2026-11-22,IC03,IC04
//! dim=scope,67,close
//! dim=expertise,-,incomplete
//! end=4
//! ```

use crate::load::is_valid_id;
use crate::model::{DimensionId, LevelId};
use crate::scoring::{Report, Status};
use crate::storage::complete_lines;
use chrono::NaiveDate;
use std::fmt::{self, Write};

/// The most snapshots kept; the person deletes one to keep another.
pub const MAX_SNAPSHOTS: usize = 20;
/// Far more than 20 snapshots take.
pub const MAX_HISTORY_BYTES: usize = 64 * 1024;
const HEADER: &str = "ladder-history/1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub taken_on: NaiveDate,
    pub current: LevelId,
    pub target: LevelId,
    pub dimensions: Vec<DimensionSnapshot>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionSnapshot {
    pub dimension: DimensionId,
    pub readiness: Option<u8>,
    pub status: Status,
}

/// A report as a snapshot, dated `today`.
pub fn snapshot(report: &Report, today: NaiveDate) -> Snapshot {
    Snapshot {
        taken_on: today,
        current: report.current.id.clone(),
        target: report.target.id.clone(),
        dimensions: report
            .dimensions
            .iter()
            .map(|d| DimensionSnapshot {
                dimension: d.dimension.id.clone(),
                readiness: d.readiness,
                status: d.status,
            })
            .collect(),
    }
}

/// How one dimension moved between two snapshots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Movement {
    pub dimension: DimensionId,
    pub from: Status,
    pub to: Status,
    /// Change in readiness, in percentage points, where both snapshots have a figure.
    pub points: Option<i16>,
}

/// The dimensions whose status or readiness changed from `before` to `after`, in `after`'s order.
pub fn movements(before: &Snapshot, after: &Snapshot) -> Vec<Movement> {
    after
        .dimensions
        .iter()
        .filter_map(|d| {
            let old = before
                .dimensions
                .iter()
                .find(|o| o.dimension == d.dimension)?;
            let points = old
                .readiness
                .zip(d.readiness)
                .map(|(a, b)| i16::from(b) - i16::from(a));
            (old.status != d.status || points.is_some_and(|p| p != 0)).then(|| Movement {
                dimension: d.dimension.clone(),
                from: old.status,
                to: d.status,
                points,
            })
        })
        .collect()
}

/// Why saved history could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryError {
    TooLarge { bytes: usize },
    UnknownVersion,
    Malformed { line: usize },
    Truncated,
    TooMany { count: usize },
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::TooLarge { bytes } => write!(
                f,
                "it takes {bytes} bytes, more than the {MAX_HISTORY_BYTES} any history needs"
            ),
            HistoryError::UnknownVersion => {
                write!(f, "it is not in a format this version of Ladder reads")
            }
            HistoryError::Malformed { line } => write!(f, "line {line} is damaged"),
            HistoryError::Truncated => write!(f, "it was cut short"),
            HistoryError::TooMany { count } => write!(
                f,
                "it holds {count} snapshots, more than the {MAX_SNAPSHOTS} kept"
            ),
        }
    }
}

impl std::error::Error for HistoryError {}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Ready => "ready",
        Status::Close => "close",
        Status::Gap => "gap",
        Status::Incomplete => "incomplete",
    }
}

pub fn encode(snapshots: &[Snapshot]) -> String {
    let mut out = format!("{HEADER}\n");
    for s in snapshots {
        let _ = writeln!(out, "snapshot={},{},{}", s.taken_on, s.current, s.target);
        for d in &s.dimensions {
            let readiness = d.readiness.map_or("-".to_string(), |r| r.to_string());
            let _ = writeln!(
                out,
                "dim={},{readiness},{}",
                d.dimension,
                status_word(d.status)
            );
        }
    }
    let _ = writeln!(out, "end={}", out.lines().count());
    out
}

pub fn decode(text: &str) -> Result<Vec<Snapshot>, HistoryError> {
    if text.len() > MAX_HISTORY_BYTES {
        return Err(HistoryError::TooLarge { bytes: text.len() });
    }
    if text.lines().next() != Some(HEADER) {
        return Err(HistoryError::UnknownVersion);
    }
    let lines = complete_lines(text).map_err(|_| HistoryError::Truncated)?;
    let mut snapshots: Vec<Snapshot> = Vec::new();
    for (i, line) in lines[1..].iter().enumerate() {
        let bad = HistoryError::Malformed { line: i + 2 };
        let (key, value) = line.split_once('=').ok_or(bad.clone())?;
        let parts: Vec<&str> = value.split(',').collect();
        match (key, parts.as_slice()) {
            // Ids follow the framework's id pattern; anything else is damage, not an id.
            ("snapshot", [_, current, target]) if !is_valid_id(current) || !is_valid_id(target) => {
                return Err(bad)
            }
            ("dim", [id, _, _]) if !is_valid_id(id) => return Err(bad),
            ("snapshot", [day, current, target]) => snapshots.push(Snapshot {
                taken_on: day.parse().map_err(|_| bad.clone())?,
                current: LevelId::new(*current),
                target: LevelId::new(*target),
                dimensions: Vec::new(),
            }),
            ("dim", [id, readiness, status]) => {
                let readiness = match *readiness {
                    "-" => None,
                    r => Some(
                        r.parse::<u8>()
                            .ok()
                            .filter(|r| *r <= 100)
                            .ok_or(bad.clone())?,
                    ),
                };
                let status = match *status {
                    "ready" => Status::Ready,
                    "close" => Status::Close,
                    "gap" => Status::Gap,
                    "incomplete" => Status::Incomplete,
                    _ => return Err(bad),
                };
                snapshots
                    .last_mut()
                    .ok_or(bad)?
                    .dimensions
                    .push(DimensionSnapshot {
                        dimension: DimensionId::new(*id),
                        readiness,
                        status,
                    });
            }
            _ => return Err(bad),
        }
    }
    if snapshots.len() > MAX_SNAPSHOTS {
        return Err(HistoryError::TooMany {
            count: snapshots.len(),
        });
    }
    Ok(snapshots)
}
