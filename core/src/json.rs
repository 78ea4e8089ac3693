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

/// The most shape problems one reading reports; a file with more is told the first ones.
pub const MAX_SHAPE_PROBLEMS: usize = 50;

/// Reads `json` as a `T` like `read`, but reports every wrong type, missing field and unknown
/// field it can find, not just the first: after each one the part of the document it is in is
/// set aside (the field, or the list entry that holds it) and the rest is read again. Each
/// problem keeps the path and the line of the original text. Syntax errors and duplicate keys
/// are told alone, as `read` tells them.
pub fn read_all<T: DeserializeOwned>(json: &str) -> Result<T, Vec<JsonError>> {
    let first = match read::<T>(json) {
        Ok(value) => return Ok(value),
        Err(e @ JsonError::Shape { .. }) => e,
        Err(e) => return Err(vec![e]),
    };
    let Ok(mut document) = serde_json::from_str::<serde_json::Value>(json) else {
        return Err(vec![first]);
    };
    let mut problems: Vec<JsonError> = Vec::new();
    // Original list path -> the original indices taken out of it so far.
    let mut taken: Vec<(Vec<Step>, Vec<usize>)> = Vec::new();
    // Original paths of the fields set aside, so the "missing" they cause is not told.
    let mut set_aside: Vec<Vec<Step>> = Vec::new();
    for _ in 0..MAX_SHAPE_PROBLEMS * 4 {
        let error = match serde_path_to_error::deserialize::<_, T>(&document) {
            Ok(_) => break,
            Err(e) => e,
        };
        let Some(current) = steps(error.path()) else {
            break;
        };
        let original = to_original(&current, &taken);
        let message = plain_words(&error.into_inner().to_string());
        let missing = message
            .strip_prefix("the field \"")
            .and_then(|m| m.strip_suffix("\" is missing"))
            .map(|field| {
                let mut at = original.clone();
                at.push(Step::Key(field.to_string()));
                at
            });
        let ours = missing.as_ref().is_some_and(|m| set_aside.contains(m));
        if !ours {
            let (line, column) = locate(json, &original).unwrap_or((0, 0));
            problems.push(JsonError::Shape {
                path: path_text(&original),
                line,
                column,
                message,
            });
            if problems.len() == MAX_SHAPE_PROBLEMS {
                break;
            }
        }
        // Set aside what the problem is in: the field itself, or for a missing field (or one
        // whose absence we caused) the object that lacks it; inside an enum's variant, the
        // field that holds the enum.
        let mut current = current;
        let mut original = original;
        while matches!(current.last(), Some(Step::Variant(_))) {
            current.pop();
            original.pop();
        }
        let Some(last) = current.last().cloned() else {
            break;
        };
        let parent = &current[..current.len() - 1];
        let Some(holder) = pointer_mut(&mut document, parent) else {
            break;
        };
        match (last, holder) {
            (Step::Key(key), serde_json::Value::Object(map)) => {
                map.remove(&key);
                set_aside.push(original);
            }
            (Step::Index(i), serde_json::Value::Array(list)) if i < list.len() => {
                list.remove(i);
                let list_path = original[..original.len() - 1].to_vec();
                let Some(Step::Index(at)) = original.last() else {
                    break;
                };
                match taken.iter_mut().find(|(p, _)| *p == list_path) {
                    Some((_, out)) => out.push(*at),
                    None => taken.push((list_path, vec![*at])),
                }
            }
            _ => break,
        }
    }
    // One problem: serde_json's own reading of it, whose position is where it noticed.
    if problems.len() <= 1 {
        return Err(vec![first]);
    }
    Err(problems)
}

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
    /// An enum's variant, written as an object's single key (`{ "months": 6 }`).
    Variant(String),
}

fn steps(path: &serde_path_to_error::Path) -> Option<Vec<Step>> {
    use serde_path_to_error::Segment;
    path.iter()
        .map(|segment| match segment {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone())),
            Segment::Enum { variant } => Some(Step::Variant(variant.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

/// A path in the document as it is now, after entries were taken out of lists, as a path in
/// the original text.
fn to_original(current: &[Step], taken: &[(Vec<Step>, Vec<usize>)]) -> Vec<Step> {
    let mut original: Vec<Step> = Vec::new();
    for step in current {
        let step = match step {
            Step::Index(now) => {
                let gone = taken
                    .iter()
                    .find(|(p, _)| *p == original)
                    .map_or(&[][..], |(_, out)| &out[..]);
                // The `now`-th original index that was not taken out.
                let index = (0..)
                    .filter(|i| !gone.contains(i))
                    .nth(*now)
                    .unwrap_or(*now);
                Step::Index(index)
            }
            key => key.clone(),
        };
        original.push(step);
    }
    original
}

fn path_text(path: &[Step]) -> String {
    path.iter().fold("$".to_string(), |out, step| match step {
        Step::Index(i) => format!("{out}[{i}]"),
        Step::Key(k) | Step::Variant(k) => format!("{out}.{}", clip(k)),
    })
}

fn pointer_mut<'v>(
    value: &'v mut serde_json::Value,
    path: &[Step],
) -> Option<&'v mut serde_json::Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) | Step::Variant(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// The line and column where the value at `path` starts in `json`, found by reading the text
/// up to it: serde_json then says where it stopped.
fn locate(json: &str, path: &[Step]) -> Option<(usize, usize)> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    match Locate(path).deserialize(&mut deserializer) {
        Err(e) if e.to_string().starts_with(HERE) => Some((e.line(), e.column())),
        _ => None,
    }
}

const HERE: &str = "ladder: the value is here";

/// Walks the text along a path, skipping everything off it, and stops at its end.
struct Locate<'p>(&'p [Step]);

impl<'de> DeserializeSeed<'de> for Locate<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Locate<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.scalar()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.scalar()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.scalar()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.scalar()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.scalar()
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Step::Index(target), rest)) = self.0.split_first() else {
            return Err(de::Error::custom(HERE));
        };
        let mut index = 0usize;
        loop {
            let more = if index == *target {
                seq.next_element_seed(Locate(rest))?.is_some()
            } else {
                seq.next_element::<de::IgnoredAny>()?.is_some()
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Step::Key(target) | Step::Variant(target), rest)) = self.0.split_first() else {
            return Err(de::Error::custom(HERE));
        };
        while let Some(key) = map.next_key::<String>()? {
            if &key == target {
                map.next_value_seed(Locate(rest))?;
            } else {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl Locate<'_> {
    fn scalar<E: de::Error>(&self) -> Result<(), E> {
        if self.0.is_empty() {
            Err(E::custom(HERE))
        } else {
            Ok(())
        }
    }
}
