//! Reading JSON that people write or keep (framework files, saved assessment files): every
//! mistake comes back with its JSON path and, for wrong types and missing or unknown fields,
//! what was expected in plain words rather than Rust type names.

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;

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
    /// An object names the same key twice, at `path` (the second time). JSON readers disagree
    /// on which value wins, so neither is taken.
    DuplicateKey { path: String },
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
            JsonError::DuplicateKey { path } => write!(
                f,
                "{path} is given twice in the same object; keep one of the two"
            ),
        }
    }
}

/// Reads `json` as a `T`; an object that names a key twice is refused with that key's path.
pub fn read<T: DeserializeOwned>(json: &str) -> Result<T, JsonError> {
    // Text that is not JSON fails the scan too; `T`'s own reading then says where.
    if let Ok(Some(path)) = first_duplicate_key(json) {
        return Err(JsonError::DuplicateKey { path });
    }
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().iter().fold("$".to_string(), |path, segment| {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => format!("{path}[{index}]"),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    format!("{path}.{}", clip(key))
                }
                Segment::Unknown => format!("{path}.?"),
            }
        });
        let e = e.into_inner();
        if e.is_data() {
            JsonError::Shape {
                path,
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
            clip(&field.replace('`', "\""))
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let known = known.trim_start_matches("one of ").replace('`', "");
        return format!("{} is not one of: {known}", clip(&value.replace('`', "\"")));
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

/// The most characters of outside input any message echoes.
pub const CLIP_CHARS: usize = 40;

/// At most `CLIP_CHARS` characters of outside input (counted as characters, never bytes),
/// marked with "…" where cut. Every message that echoes outside text goes through this.
pub fn clip(text: &str) -> String {
    match text.char_indices().nth(CLIP_CHARS) {
        None => text.to_string(),
        Some((cut, _)) => format!("{}…", &text[..cut]),
    }
}

/// The path of the first object key that `json` gives twice, if any; an error if it is not
/// JSON. serde's maps keep the last value silently, so this walks the text once on its own.
fn first_duplicate_key(json: &str) -> Result<Option<String>, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let found = Scan("$".to_string()).deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(found)
}

/// Walks any JSON value at a path, answering the first duplicate key's path.
struct Scan(String);

impl<'de> DeserializeSeed<'de> for Scan {
    type Value = Option<String>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Scan {
    type Value = Option<String>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut first = None;
        let mut index = 0usize;
        while let Some(found) = seq.next_element_seed(Scan(format!("{}[{index}]", self.0)))? {
            first = first.or(found);
            index += 1;
        }
        Ok(first)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut keys = HashSet::new();
        let mut first = None;
        while let Some(key) = map.next_key::<String>()? {
            let path = format!("{}.{}", self.0, clip(&key));
            if !keys.insert(key) {
                first = first.or(Some(path.clone()));
            }
            let found = map.next_value_seed(Scan(path))?;
            first = first.or(found);
        }
        Ok(first)
    }
}

/// The paths of the text values in `json` for which `matches` holds, in document order; empty
/// if it is not JSON (reading it says why).
pub(crate) fn texts_where(json: &str, matches: fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let walk = Texts {
        path: "$".to_string(),
        matches,
        found: &mut found,
    };
    match walk.deserialize(&mut deserializer) {
        Ok(()) => found,
        Err(_) => Vec::new(),
    }
}

/// Walks any JSON value at a path, noting the paths of matching text.
struct Texts<'f> {
    path: String,
    matches: fn(&str) -> bool,
    found: &'f mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Texts<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Texts<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, text: &str) -> Result<(), E> {
        if (self.matches)(text) {
            self.found.push(self.path);
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        while seq
            .next_element_seed(Texts {
                path: format!("{}[{index}]", self.path),
                matches: self.matches,
                found: &mut *self.found,
            })?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            map.next_value_seed(Texts {
                path: format!("{}.{}", self.path, clip(&key)),
                matches: self.matches,
                found: &mut *self.found,
            })?;
        }
        Ok(())
    }
}
