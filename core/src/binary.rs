//! A compact binary form of a validated framework: the `framework.bin` the app fetches.
//!
//! The build (`ladder-site build`) checks each framework file and writes its wire form
//! (`wire::FrameworkFile`) with postcard, version-tagged by `FORMAT` so that a file left from
//! another version of Ladder is refused instead of misread. Decoding runs the loader's own
//! conversion, so the only ways to a `Framework` stay `load` and `decode`, both validating.

use crate::load::{convert, LoadError, Problem};
use crate::model::Framework;
use crate::wire::FrameworkFile;
use std::fmt;

/// Bumped whenever the wire types change shape.
const FORMAT: u8 = 4;

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
            DecodeError::Invalid(problems) => {
                write!(f, "{}", LoadError::Invalid(problems.clone()))
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Encodes a framework file's wire form; check it with `load` or `convert` first.
pub fn encode(file: &FrameworkFile) -> Vec<u8> {
    let mut out = vec![FORMAT];
    out.extend(
        postcard::to_allocvec(file).expect("encoding into memory cannot fail for these types"),
    );
    out
}

pub fn decode(bytes: &[u8]) -> Result<Framework, DecodeError> {
    let (&format, body) = bytes.split_first().ok_or(DecodeError::Empty)?;
    if format != FORMAT {
        return Err(DecodeError::WrongFormat {
            found: format,
            expected: FORMAT,
        });
    }
    let file: FrameworkFile = postcard::from_bytes(body).map_err(|e| DecodeError::Malformed {
        reason: e.to_string(),
    })?;
    convert(file).map_err(|e| match e {
        LoadError::Invalid(problems) => DecodeError::Invalid(problems),
        other => DecodeError::Malformed {
            reason: other.to_string(),
        },
    })
}
