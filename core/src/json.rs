//! Reading JSON that people write or keep (framework files, saved assessment files): every
//! mistake comes back with its JSON path and, for wrong types and missing or unknown fields,
//! what was expected in plain words rather than Rust type names.

use serde::de::DeserializeOwned;

/// Why JSON text could not be read as the expected document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON at all: a missing comma, an unclosed brace.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed JSON with a wrong type, or a missing or unknown field, at `path`.
    Shape {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonError::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "the file is not valid JSON at line {line}, column {column}: {message}"
            ),
            JsonError::Shape {
                path,
                line,
                column,
                message,
            } => write!(f, "{path}: {message} (line {line}, column {column})"),
        }
    }
}

pub fn read<T: DeserializeOwned>(json: &str) -> Result<T, JsonError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let e = e.into_inner();
        if e.is_data() {
            JsonError::Shape {
                path: if path == "." {
                    "$".to_string()
                } else {
                    format!("$.{path}")
                },
                line: e.line(),
                column: e.column(),
                message: plain_words(&strip_position(&e.to_string())),
            }
        } else {
            syntax(e)
        }
    })?;
    deserializer.end().map_err(syntax)?;
    Ok(value)
}

pub(crate) fn syntax(e: serde_json::Error) -> JsonError {
    JsonError::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}

/// serde's messages name Rust types ("expected u8"); authors read plain words instead.
fn plain_words(message: &str) -> String {
    let expected = |what: &str| -> String {
        match what {
            "u8" => "a whole number from 0 to 255".into(),
            "u16" => "a whole number from 0 to 65535".into(),
            "u32" => "a whole number from 0 to 4294967295".into(),
            "a string" => "text in quotes".into(),
            "a sequence" => "a list in [ ]".into(),
            "a boolean" => "true or false".into(),
            w if w.starts_with("struct ") || w == "a map" => "an object in { }".into(),
            w => w.replace('`', "\""),
        }
    };
    let found = |what: &str| -> String {
        let what = what.replace('`', "");
        match what.split_once(' ') {
            Some(("string", text)) => format!("the text {}", clip(text)),
            Some(("integer" | "floating", _)) => what
                .trim_start_matches("integer ")
                .trim_start_matches("floating point ")
                .to_string(),
            Some(("boolean", value)) => value.to_string(),
            _ => match what.as_str() {
                "map" => "an object".into(),
                "sequence" => "a list".into(),
                "null" => "null".into(),
                other => other.into(),
            },
        }
    };
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        if let Some((got, want)) = rest.split_once(", expected ") {
            return format!("expected {}, found {}", expected(want), found(got));
        }
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("the field {} is missing", field.replace('`', "\""));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let known = known.trim_start_matches("one of ").replace('`', "");
        return format!(
            "there is no field {} here; the fields are: {known}",
            field.replace('`', "\"")
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let known = known.trim_start_matches("one of ").replace('`', "");
        return format!("{} is not one of: {known}", value.replace('`', "\""));
    }
    message.to_string()
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// At most 40 characters of outside input, marked where cut, for messages.
pub fn clip(text: &str) -> String {
    match text.char_indices().nth(40) {
        None => text.to_string(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}
