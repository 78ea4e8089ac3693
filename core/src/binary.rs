//! A compact binary form of a validated framework, for shipping inside the app.
//!
//! The app embeds the framework in this form rather than as JSON: the build validates
//! `framework.json` once (see the root `build.rs`), so the browser neither parses JSON nor
//! re-runs validation, and carries neither parser. The encoding is postcard's, version-tagged
//! by `FORMAT` so that a stale embedded file is refused instead of misread.

use crate::model::Framework;
use std::fmt;

/// Bumped whenever the domain model changes shape.
const FORMAT: u8 = 2;

/// Why embedded framework bytes could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    WrongFormat { found: u8, expected: u8 },
    Malformed { reason: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the embedded framework is empty"),
            DecodeError::WrongFormat { found, expected } => write!(
                f,
                "the embedded framework is in format {found}, this build reads format {expected}; rebuild the app"
            ),
            DecodeError::Malformed { reason } => {
                write!(f, "the embedded framework is damaged: {reason}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

pub fn encode(framework: &Framework) -> Vec<u8> {
    let mut out = vec![FORMAT];
    out.extend(
        postcard::to_allocvec(framework).expect("encoding into memory cannot fail for this model"),
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
    postcard::from_bytes(body).map_err(|e| DecodeError::Malformed {
        reason: e.to_string(),
    })
}
