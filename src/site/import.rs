//! Framework files kept in YAML, as some companies keep theirs: read into the same wire types
//! as JSON (`ladder_core::wire::FrameworkFile`, unknown fields refused), then handed on as JSON
//! text so that one loader checks every file alike. A mistake in the YAML itself is told by its
//! line and column and, for a wrong type or field, by its path.

use ladder_core::load::MAX_FILE_BYTES;
use ladder_core::wire::FrameworkFile;
use std::fmt;

/// Why a YAML framework file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlError {
    TooLarge {
        bytes: usize,
    },
    /// Not YAML Ladder can read, or a wrong type, missing or unknown field at `path`.
    Shape {
        path: String,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            YamlError::TooLarge { bytes } => write!(
                f,
                "the file takes {bytes} bytes, more than the {MAX_FILE_BYTES} a framework file may"
            ),
            YamlError::Shape {
                path,
                line,
                column,
                message,
            } => {
                if let (Some(line), Some(column)) = (line, column) {
                    write!(f, "line {line}, column {column}: ")?;
                }
                if path != "$" {
                    write!(f, "{path}: ")?;
                }
                write!(f, "{message}")
            }
        }
    }
}

/// Whether a path names a YAML file, by its extension.
pub fn is_yaml(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

/// Reads a YAML framework file into the wire types and writes it out as JSON text.
pub fn yaml_to_json(text: &str) -> Result<String, YamlError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(YamlError::TooLarge { bytes: text.len() });
    }
    let deserializer = serde_yaml_ng::Deserializer::from_str(text);
    let file: FrameworkFile = serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = json_path(&e.path().to_string());
        let inner = e.into_inner();
        let location = inner.location();
        // The location is said on its own; the message keeps only the words.
        let message = inner.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        YamlError::Shape {
            path,
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            message,
        }
    })?;
    Ok(serde_json::to_string_pretty(&file).expect("wire types always serialize to JSON") + "\n")
}

/// serde_path_to_error's `tracks[0].levels` as the loader writes paths: `$.tracks[0].levels`.
fn json_path(path: &str) -> String {
    if path.is_empty() || path == "." {
        "$".to_string()
    } else {
        format!("$.{path}")
    }
}
