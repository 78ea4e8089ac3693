//! A compact binary form of a validated framework, in two files the app fetches:
//!
//! - the **outline** (`framework.bin`): the ladder itself (tracks and levels named and in
//!   order, switch paths, promotion rules, settings), enough to choose levels, which is all the
//!   self-assessment's first view needs;
//! - the **details** (`framework-details.bin`): per track, its description, dimensions,
//!   attributes and competencies; per level, its summary, roles, expectations, attributes, span,
//!   background, success indicators, development areas and note.
//!
//! So a first view does not wait on every statement of a large framework: the details follow
//! once it is on screen. The build (`ladder-site build`) checks each framework file and writes
//! both parts with postcard, version-tagged by `FORMAT` so that a file left from another version
//! of Ladder is refused instead of misread. Decoding runs the loader's own conversion (the
//! outline with every rule but those about details), so the only ways to a `Framework` stay
//! `load` and `decode`, both validating.

use crate::load::{convert, convert_outline, LoadError, Problem};
use crate::model::Framework;
use crate::wire::{
    AttributeFile, DimensionFile, FactFile, FrameworkFile, LevelFile, StatementFile, TrackFile,
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The outline's file name, beside the page that reads it.
pub const OUTLINE_FILE: &str = "framework.bin";
/// The details' file name, beside the outline.
pub const DETAILS_FILE: &str = "framework-details.bin";

/// Bumped whenever the wire types change shape.
const FORMAT: u8 = 8;

/// Why the bytes of a framework file could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    WrongFormat {
        found: u8,
        expected: u8,
    },
    Malformed {
        reason: String,
    },
    /// The details were written for another framework, version or set of levels than the
    /// outline (a half-published site, or one file left in a cache).
    Mismatch {
        outline: String,
        details: String,
    },
    /// The bytes read, but the framework in them breaks the framework's rules.
    Invalid(Vec<Problem>),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the file is empty"),
            DecodeError::WrongFormat { found, expected } => write!(
                f,
                "the file is in format {found}, but this version of Ladder reads format {expected}: publish the site again (scripts/build.sh)"
            ),
            DecodeError::Malformed { reason } => {
                write!(f, "the file is damaged: {reason}")
            }
            DecodeError::Mismatch { outline, details } => write!(
                f,
                "the file belongs to {}, but the page shows {}: reload the page; if it persists, publish the site again (scripts/build.sh)",
                crate::clip(details),
                crate::clip(outline)
            ),
            DecodeError::Invalid(problems) => {
                write!(f, "{}", LoadError::Invalid(problems.clone()))
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// One track's details, as the second file carries them.
#[derive(Serialize, Deserialize, Default)]
struct TrackDetails {
    id: String,
    description: String,
    dimensions: Vec<DimensionFile>,
    attributes: Vec<AttributeFile>,
    competencies: Vec<FactFile>,
}

/// One level's details, as the second file carries them.
#[derive(Serialize, Deserialize, Default)]
struct LevelDetails {
    id: String,
    summary: Option<String>,
    roles: Vec<String>,
    expectations: BTreeMap<String, Vec<StatementFile>>,
    attributes: BTreeMap<String, String>,
    span: Vec<FactFile>,
    background: Vec<String>,
    success_indicators: Vec<String>,
    development_areas: Vec<String>,
    note: Option<String>,
}

// Each `swap` is the one place that says which fields are details: it takes them out of a
// whole track or level (encoding) and puts them back into an outline's (decoding).
impl TrackDetails {
    fn swap(&mut self, t: &mut TrackFile) {
        use std::mem::swap;
        swap(&mut self.description, &mut t.description);
        swap(&mut self.dimensions, &mut t.dimensions);
        swap(&mut self.attributes, &mut t.attributes);
        swap(&mut self.competencies, &mut t.competencies);
    }
}

impl LevelDetails {
    fn swap(&mut self, l: &mut LevelFile) {
        use std::mem::swap;
        swap(&mut self.summary, &mut l.summary);
        swap(&mut self.roles, &mut l.roles);
        swap(&mut self.expectations, &mut l.expectations);
        swap(&mut self.attributes, &mut l.attributes);
        swap(&mut self.span, &mut l.span);
        swap(&mut self.background, &mut l.background);
        swap(&mut self.success_indicators, &mut l.success_indicators);
        swap(&mut self.development_areas, &mut l.development_areas);
        swap(&mut self.note, &mut l.note);
    }
}

/// The second file: whose details these are, and each track's and level's, in the outline's
/// order.
#[derive(Serialize, Deserialize)]
struct DetailsFile {
    framework: String,
    tracks: Vec<TrackDetails>,
    levels: Vec<LevelDetails>,
}

/// The two files of one framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub outline: Vec<u8>,
    pub details: Vec<u8>,
}

/// `id@version`: what a details file must belong to.
fn identity(file: &FrameworkFile) -> String {
    format!("{}@{}", file.id, file.version)
}

fn levels_mut(file: &mut FrameworkFile) -> impl Iterator<Item = &mut LevelFile> {
    file.tracks.iter_mut().flat_map(|t| t.levels.iter_mut())
}

/// Encodes a framework file's wire form in its two parts; check it with `load` or `convert`
/// first.
pub fn encode(file: &FrameworkFile) -> Encoded {
    let mut outline = file.clone();
    let tracks = outline
        .tracks
        .iter_mut()
        .map(|t| {
            let mut d = TrackDetails {
                id: t.id.clone(),
                ..TrackDetails::default()
            };
            d.swap(t);
            d
        })
        .collect();
    let levels = levels_mut(&mut outline)
        .map(|l| {
            let mut d = LevelDetails {
                id: l.id.clone(),
                ..LevelDetails::default()
            };
            d.swap(l);
            d
        })
        .collect();
    let details = DetailsFile {
        framework: identity(file),
        tracks,
        levels,
    };
    Encoded {
        outline: tagged(&outline),
        details: tagged(&details),
    }
}

fn tagged(value: &impl Serialize) -> Vec<u8> {
    let mut out = vec![FORMAT];
    out.extend(
        postcard::to_allocvec(value).expect("encoding into memory cannot fail for these types"),
    );
    out
}

fn untagged<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    let (&format, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if format != FORMAT {
        return Err(DecodeError::WrongFormat {
            found: format,
            expected: FORMAT,
        });
    }
    postcard::from_bytes(body).map_err(|e| DecodeError::Malformed {
        reason: e.to_string(),
    })
}

fn checked(result: Result<Framework, LoadError>) -> Result<Framework, DecodeError> {
    result.map_err(|e| match e {
        LoadError::Invalid(problems) => DecodeError::Invalid(problems),
        other => DecodeError::Malformed {
            reason: other.to_string(),
        },
    })
}

/// The outline alone: a checked framework whose levels have no details yet
/// (`Framework::complete` is false). Enough to name and choose levels, nothing more.
pub fn decode_outline(outline: &[u8]) -> Result<Framework, DecodeError> {
    checked(convert_outline(untagged(outline)?))
}

/// The whole framework from its two files, checked by every rule. Errors in the details file
/// (the outline having been read before) are the ones a person will see.
pub fn decode(outline: &[u8], details: &[u8]) -> Result<Framework, DecodeError> {
    let mut file: FrameworkFile = untagged(outline)?;
    let details: DetailsFile = untagged(details)?;
    let outline_id = identity(&file);
    // The same framework and version, and the same tracks and levels in the same order.
    let same = details.framework == outline_id
        && file
            .tracks
            .iter()
            .map(|t| &t.id)
            .eq(details.tracks.iter().map(|d| &d.id))
        && file
            .tracks
            .iter()
            .flat_map(|t| &t.levels)
            .map(|l| &l.id)
            .eq(details.levels.iter().map(|d| &d.id));
    if !same {
        return Err(DecodeError::Mismatch {
            outline: outline_id,
            details: details.framework,
        });
    }
    for (track, mut d) in file.tracks.iter_mut().zip(details.tracks) {
        d.swap(track);
    }
    for (level, mut d) in levels_mut(&mut file).zip(details.levels) {
        d.swap(level);
    }
    checked(convert(file))
}
