//! Loading a framework file: parse the JSON, then convert it into the domain model while
//! collecting every problem with the JSON path where it was found.
//!
//! The conversion never stops at the first mistake: an author fixing a file wants the whole
//! list at once. Only when the list is empty does a `Framework` come out.

use crate::json::{clip, JsonError};
use crate::model::*;
use crate::wire::{self, FrameworkFile, SCHEMA_VERSION};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// The largest framework file Ladder reads; the default framework is about 114 KB.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The longest text of any one field, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// The longest span of months any field may give: 50 years.
pub const MAX_MONTHS: u16 = 600;
/// The most levels one track may have, and one ladder (its shared levels and its own).
pub const MAX_LEVELS_PER_TRACK: usize = 100;
/// The most tracks a framework may have.
pub const MAX_TRACKS: usize = 50;
/// The most questions one promotion criterion may ask.
pub const MAX_QUESTIONS: usize = 20;

/// Why a framework file could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file is larger than any framework needs; it was not read.
    TooLarge { bytes: usize },
    /// The text is not JSON, or a value has the wrong type, or a field is missing or unknown.
    Json(JsonError),
    /// Several values have the wrong type, or fields are missing or unknown: each with its
    /// path and line.
    Shape(Vec<JsonError>),
    /// The file declares a schema version this build does not read.
    UnsupportedSchema { found: u32 },
    /// The JSON has the right shape but its content breaks the framework's rules.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; a framework file may have at most {MAX_FILE_BYTES}"
            ),
            LoadError::Json(e) => write!(f, "{e}"),
            LoadError::Shape(all) => {
                write!(f, "{} problems with the file's shape:", all.len())?;
                for e in all {
                    write!(f, "\n- {e}")?;
                }
                Ok(())
            }
            LoadError::UnsupportedSchema { found } => write!(
                f,
                "schema_version is {found}, but this version of Ladder reads schema version {SCHEMA_VERSION}"
            ),
            LoadError::Invalid(problems) => {
                let n = problems.len();
                write!(f, "{n} problem{} in the framework:", if n == 1 { "" } else { "s" })?;
                for p in problems {
                    write!(f, "\n- {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// One thing wrong with a framework file, at a JSON path such as `$.tracks[0].levels[2].id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    EmptyText {
        path: String,
    },
    EmptyList {
        path: String,
    },
    Duplicate {
        path: String,
        id: String,
        first: String,
    },
    UnknownTrack {
        path: String,
        id: String,
    },
    UnknownLevel {
        path: String,
        id: String,
    },
    UnknownDimension {
        path: String,
        id: String,
        track: String,
    },
    UnknownAttribute {
        path: String,
        id: String,
        track: String,
    },
    UnknownScale {
        path: String,
        id: String,
    },
    NotOnScale {
        path: String,
        value: String,
        scale: String,
    },
    MinAboveMax {
        path: String,
        min: u16,
        max: u16,
    },
    FocusNotHundred {
        path: String,
        operational: u8,
        strategic: u8,
    },
    LevelOnOtherTrack {
        path: String,
        level: String,
        track: String,
    },
    TimelineNotUpward {
        path: String,
        from: String,
        to: String,
    },
    /// An id that does not follow the id pattern.
    BadId {
        path: String,
        id: String,
    },
    /// Two ids that differ only by case, which links and lookups could not tell apart.
    DuplicateIgnoringCase {
        path: String,
        id: String,
        first: String,
        first_id: String,
    },
    /// A number outside the range the field allows.
    OutOfRange {
        path: String,
        value: u64,
        min: u64,
        max: u64,
    },
    /// A text longer than `MAX_TEXT_CHARS`.
    TooLong {
        path: String,
        chars: usize,
    },
    /// A list longer than the field allows.
    TooMany {
        path: String,
        count: usize,
        max: usize,
    },
    /// One number given in two places with two values.
    Disagrees {
        path: String,
        value: u16,
        other_path: String,
        other: u16,
    },
    NotAColour {
        path: String,
        value: String,
    },
    /// `language` is not a BCP 47 tag such as `de` or `pt-BR`.
    NotALanguage {
        path: String,
        value: String,
    },
    LowContrast {
        path: String,
        value: String,
        /// Contrast against the light panels, times ten (45 is 4.5:1).
        ratio_tenths: u16,
    },
    NotALogo {
        path: String,
        value: String,
    },
    /// `branches_from` names a level of the track itself.
    BranchOwnTrack {
        path: String,
        level: String,
    },
    /// Tracks that branch from each other in a circle, so neither has a start.
    BranchCycle {
        path: String,
    },
    /// A setting Ladder no longer reads, with what states it now.
    NoLongerRead {
        path: String,
        instead: &'static str,
    },
    /// A criterion judged by the verdict in a framework that states no verdict rule.
    VerdictWithoutRule {
        path: String,
    },
    /// A criterion given both questions and another way to judge it.
    JudgedTwice {
        path: String,
    },
}

impl Problem {
    pub fn path(&self) -> &str {
        use Problem::*;
        match self {
            EmptyText { path }
            | EmptyList { path }
            | Duplicate { path, .. }
            | UnknownTrack { path, .. }
            | UnknownLevel { path, .. }
            | UnknownDimension { path, .. }
            | UnknownAttribute { path, .. }
            | UnknownScale { path, .. }
            | NotOnScale { path, .. }
            | MinAboveMax { path, .. }
            | FocusNotHundred { path, .. }
            | LevelOnOtherTrack { path, .. }
            | TimelineNotUpward { path, .. }
            | BadId { path, .. }
            | DuplicateIgnoringCase { path, .. }
            | OutOfRange { path, .. }
            | TooLong { path, .. }
            | TooMany { path, .. }
            | Disagrees { path, .. }
            | NotAColour { path, .. }
            | NotALanguage { path, .. }
            | LowContrast { path, .. }
            | NotALogo { path, .. }
            | BranchOwnTrack { path, .. }
            | BranchCycle { path }
            | NoLongerRead { path, .. }
            | VerdictWithoutRule { path }
            | JudgedTwice { path } => path,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Problem::*;
        write!(f, "{}: ", self.path())?;
        match self {
            EmptyText { .. } => write!(f, "text is empty"),
            EmptyList { .. } => write!(f, "list is empty, it needs at least one entry"),
            Duplicate { id, first, .. } => {
                write!(f, "id \"{}\" is used twice (first at {first})", clip(id))
            }
            UnknownTrack { id, .. } => write!(f, "there is no track \"{}\"", clip(id)),
            UnknownLevel { id, .. } => write!(f, "there is no level \"{}\"", clip(id)),
            UnknownDimension { id, track, .. } => {
                write!(f, "track \"{}\" has no dimension \"{}\"", clip(track), clip(id))
            }
            UnknownAttribute { id, track, .. } => {
                write!(f, "track \"{}\" has no attribute \"{}\"", clip(track), clip(id))
            }
            UnknownScale { id, .. } => write!(f, "there is no scale \"{}\"", clip(id)),
            NotOnScale { value, scale, .. } => {
                write!(f, "\"{}\" is not a step of scale \"{}\"", clip(value), clip(scale))
            }
            MinAboveMax { min, max, .. } => {
                write!(f, "min ({min}) is greater than max ({max})")
            }
            FocusNotHundred {
                operational,
                strategic,
                ..
            } => write!(
                f,
                "operational ({operational}) and strategic ({strategic}) add up to {}, not 100",
                u16::from(*operational) + u16::from(*strategic)
            ),
            LevelOnOtherTrack { level, track, .. } => {
                write!(f, "level {} is not on track \"{}\"", clip(level), clip(track))
            }
            TimelineNotUpward { from, to, .. } => write!(
                f,
                "a timeline must lead to a more senior level on the same ladder, but {} to {} does not",
                clip(from),
                clip(to)
            ),
            BadId { id, .. } => write!(
                f,
                "\"{}\" is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
                clip(id)
            ),
            DuplicateIgnoringCase {
                id,
                first,
                first_id,
                ..
            } => write!(
                f,
                "id \"{}\" differs from \"{}\" (at {first}) only by case; ids must differ in more than case",
                clip(id),
                clip(first_id)
            ),
            OutOfRange {
                value, min, max, ..
            } => write!(f, "expected a whole number from {min} to {max}, found {value}"),
            TooLong { chars, .. } => write!(
                f,
                "text has {chars} characters; at most {MAX_TEXT_CHARS} are allowed"
            ),
            TooMany { count, max, .. } => {
                write!(f, "list has {count} entries; at most {max} are allowed")
            }
            Disagrees {
                value,
                other_path,
                other,
                ..
            } => write!(
                f,
                "{value} disagrees with {other_path} ({other}); give the number in one place"
            ),
            BranchOwnTrack { level, .. } => write!(
                f,
                "level {} is on this track; a track branches from a level of another track",
                clip(level)
            ),
            BranchCycle { .. } => write!(
                f,
                "tracks branch from each other in a circle, so none of them has a first level"
            ),
            NotALanguage { value, .. } => write!(
                f,
                "“{}” is not a language tag: give one such as en, de, hr or pt-BR",
                clip(value)
            ),
            NotAColour { value, .. } => write!(
                f,
                "“{}” is not a colour in the form #rrggbb, such as #0b57a4",
                clip(value)
            ),
            LowContrast {
                value,
                ratio_tenths,
                ..
            } => write!(
                f,
                "{} contrasts {}.{}:1 with the page; links and buttons in it need at least 4.5:1, so choose a darker shade",
                clip(value),
                ratio_tenths / 10,
                ratio_tenths % 10
            ),
            NotALogo { value, .. } => write!(
                f,
                "“{}” is not a logo file Ladder can publish: give the name of a file beside the framework file ending in .svg, .png or .webp",
                clip(value)
            ),
            NoLongerRead { instead, .. } => write!(
                f,
                "this setting is no longer read; {instead}"
            ),
            VerdictWithoutRule { .. } => write!(
                f,
                "a criterion can be judged by the verdict only when assessment.verdict states a rule other than \"none\""
            ),
            JudgedTwice { .. } => write!(
                f,
                "a criterion is judged either by its questions or by the verdict, not both"
            ),
        }
    }
}

/// Whether an id follows the one pattern: 1 to 64 ASCII letters, digits, `.`, `_` or `-`,
/// starting with a letter or digit.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    (1..=64).contains(&bytes.len())
        && bytes[0].is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Something a framework file may hold that its author most likely did not mean. The file
/// still loads; `ladder-site check` prints these beside "no problems".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Text holding an invisible control that changes the direction text is shown in
    /// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F): it can make text display differently
    /// from what it says.
    DirectionControl { path: String },
    /// A title or name with a word so long it cannot wrap: on a narrow screen it breaks
    /// mid-word.
    LongWord { path: String, chars: usize },
    /// The same summary on several levels: they read as one level.
    SameSummary { path: String, first: String },
    /// A dimension with fewer statements at a level than `min_answered`: the assessment asks
    /// for every one it has there, which may not be what the setting meant.
    /// Told once, at the first such place, with how many others there are.
    FewStatements {
        path: String,
        statements: usize,
        min_answered: u8,
        others: usize,
    },
}

/// The longest word a title or name can hold and still wrap on a 360 px screen.
pub const MAX_WORD_CHARS: usize = 24;

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::DirectionControl { path } => write!(
                f,
                "{path}: the text holds an invisible control that changes its direction (U+202A–U+202E, U+2066–U+2069, U+200E or U+200F), so it can display differently from what it says; remove it unless the text needs it"
            ),
            Warning::LongWord { path, chars } => write!(
                f,
                "{path}: one word of {chars} characters, more than the {MAX_WORD_CHARS} that wrap on a phone screen; it will break mid-word there"
            ),
            Warning::SameSummary { path, first } => write!(
                f,
                "{path}: the same summary as {first}, so the two levels read as one"
            ),
            Warning::FewStatements {
                path,
                statements,
                min_answered,
                others,
            } => {
                let have = match statements {
                    1 => "one statement".to_string(),
                    n => format!("{n} statements"),
                };
                write!(
                    f,
                    "{path}: {have}, fewer than min_answered ({min_answered}), so the assessment asks for every statement there"
                )?;
                match others {
                    0 => Ok(()),
                    1 => write!(f, "; so it does at 1 other level and dimension"),
                    n => write!(f, "; so it does at {n} other levels and dimensions"),
                }
            }
        }
    }
}

/// Whether `c` is one of the invisible controls that change the direction text is shown in.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// The warnings for a framework file's text, each with its JSON path, in document order. Text
/// that is not JSON has none (`parse` says what is wrong with it).
pub fn warnings(json: &str) -> Vec<Warning> {
    if json.len() > MAX_FILE_BYTES {
        return Vec::new();
    }
    let mut found: Vec<Warning> =
        crate::json::texts_where(json, |text| text.chars().any(is_direction_control))
            .into_iter()
            .map(|path| Warning::DirectionControl { path })
            .collect();
    // The rest reads the file's shape; a file that does not parse has its errors instead.
    if let Ok(file) = parse(json) {
        found.extend(reading_warnings(&file));
    }
    found
}

/// What will read oddly on the site: unbreakable words, repeated summaries, dimensions with
/// fewer statements than the assessment's minimum.
fn reading_warnings(file: &FrameworkFile) -> Vec<Warning> {
    let mut found = Vec::new();
    let long_word = |path: String, text: &str, found: &mut Vec<Warning>| {
        let chars = text
            .split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
        if chars > MAX_WORD_CHARS {
            found.push(Warning::LongWord { path, chars });
        }
    };
    let min_answered = file
        .assessment
        .as_ref()
        .and_then(|a| a.min_answered)
        .unwrap_or(Settings::default().min_answered);
    let mut summaries: HashMap<&str, String> = HashMap::new();
    let mut few: Option<Warning> = None;
    for (t, track) in file.tracks.iter().enumerate() {
        long_word(format!("$.tracks[{t}].name"), &track.name, &mut found);
        for (d, dimension) in track.dimensions.iter().enumerate() {
            long_word(
                format!("$.tracks[{t}].dimensions[{d}].name"),
                &dimension.name,
                &mut found,
            );
        }
        for (l, level) in track.levels.iter().enumerate() {
            let path = format!("$.tracks[{t}].levels[{l}]");
            long_word(format!("{path}.title"), &level.title, &mut found);
            if let Some(summary) = level.summary.as_deref().map(str::trim) {
                match summaries.get(summary) {
                    Some(first) if !summary.is_empty() => found.push(Warning::SameSummary {
                        path: format!("{path}.summary"),
                        first: first.clone(),
                    }),
                    _ => {
                        summaries.insert(summary, format!("{path}.summary"));
                    }
                }
            }
            for (dimension, statements) in &level.expectations {
                if !statements.is_empty() && statements.len() < usize::from(min_answered) {
                    match few.as_mut() {
                        Some(Warning::FewStatements { others, .. }) => *others += 1,
                        _ => {
                            few = Some(Warning::FewStatements {
                                path: format!("{path}.expectations.{}", clip(dimension)),
                                statements: statements.len(),
                                min_answered,
                                others: 0,
                            })
                        }
                    }
                }
            }
        }
    }
    found.extend(few);
    found
}

/// Parses and validates a framework file.
pub fn load(json: &str) -> Result<Framework, LoadError> {
    convert(parse(json)?)
}

/// Parses a framework file into its wire form without checking its content.
pub fn parse(json: &str) -> Result<FrameworkFile, LoadError> {
    if json.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: json.len() });
    }
    // Read the version first, so that a newer file is refused for the right reason rather than
    // for the unknown fields it is likely to contain.
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        schema_version: Option<u32>,
    }
    match serde_json::from_str::<VersionOnly>(json) {
        Ok(VersionOnly {
            schema_version: Some(found),
        }) if found != SCHEMA_VERSION => return Err(LoadError::UnsupportedSchema { found }),
        Err(e) => return Err(LoadError::Json(crate::json::syntax(e))),
        Ok(_) => {}
    }
    crate::json::read_all(json).map_err(|mut all| {
        if all.len() == 1 {
            LoadError::Json(all.remove(0))
        } else {
            LoadError::Shape(all)
        }
    })
}

/// Converts the wire form into the domain model, reporting every problem found.
pub fn convert(file: FrameworkFile) -> Result<Framework, LoadError> {
    check(file, false)
}

/// Checks a framework whose levels come without their details (see `binary::decode_outline`):
/// every rule but the ones about a level's details, which it does not have yet.
pub(crate) fn convert_outline(file: FrameworkFile) -> Result<Framework, LoadError> {
    check(file, true)
}

fn check(mut file: FrameworkFile, outline: bool) -> Result<Framework, LoadError> {
    file.derive_ids();
    let mut c = Checker {
        outline,
        ..Checker::default()
    };
    let framework = c.framework(file);
    if c.problems.is_empty() {
        Ok(framework)
    } else {
        Err(LoadError::Invalid(c.problems))
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// Checking an outline: levels come without their details, so none is required.
    outline: bool,
}

/// Where an id was first seen (keyed ignoring case), and as what, so a duplicate can point
/// back at it.
type Seen = HashMap<String, (String, String)>;

impl Checker {
    fn report(&mut self, p: Problem) {
        self.problems.push(p);
    }

    fn text(&mut self, path: impl Into<String>, s: String) -> String {
        let chars = s.chars().count();
        if s.trim().is_empty() {
            self.report(Problem::EmptyText { path: path.into() });
        } else if chars > MAX_TEXT_CHARS {
            self.report(Problem::TooLong {
                path: path.into(),
                chars,
            });
        }
        s
    }

    /// A text that belongs to the details: an outline has it empty, by design.
    fn detail_text(&mut self, path: impl Into<String>, s: String) -> String {
        if self.outline {
            s
        } else {
            self.text(path, s)
        }
    }

    /// Checks a whole number against its allowed range.
    fn bounded(&mut self, path: impl Into<String>, value: impl Into<u64>, min: u64, max: u64) {
        let value = value.into();
        if !(min..=max).contains(&value) {
            self.report(Problem::OutOfRange {
                path: path.into(),
                value,
                min,
                max,
            });
        }
    }

    fn at_most<T>(&mut self, path: impl Into<String>, items: &[T], max: usize) {
        if items.len() > max {
            self.report(Problem::TooMany {
                path: path.into(),
                count: items.len(),
                max,
            });
        }
    }

    /// An id: it follows the id pattern and is unique among `seen`, ignoring case, so that
    /// exact lookups and links can never confuse two of them.
    fn id(&mut self, seen: &mut Seen, path: String, id: &str) {
        if id.trim().is_empty() {
            self.report(Problem::EmptyText { path });
            return;
        }
        if !is_valid_id(id) {
            self.report(Problem::BadId {
                path,
                id: id.to_string(),
            });
            return;
        }
        let key = id.to_ascii_lowercase();
        match seen.get(&key) {
            Some((first, first_id)) if first_id == id => self.report(Problem::Duplicate {
                path,
                id: id.to_string(),
                first: first.clone(),
            }),
            Some((first, first_id)) => self.report(Problem::DuplicateIgnoringCase {
                path,
                id: id.to_string(),
                first: first.clone(),
                first_id: first_id.clone(),
            }),
            None => {
                seen.insert(key, (path, id.to_string()));
            }
        }
    }

    fn optional_text(&mut self, path: impl Into<String>, s: Option<String>) -> Option<String> {
        s.map(|s| self.text(path, s))
    }

    fn texts(&mut self, path: &str, items: Vec<String>) -> Vec<String> {
        items
            .into_iter()
            .enumerate()
            .map(|(i, s)| self.text(format!("{path}[{i}]"), s))
            .collect()
    }

    fn non_empty<T>(&mut self, path: impl Into<String>, items: &[T]) {
        if items.is_empty() {
            self.report(Problem::EmptyList { path: path.into() });
        }
    }

    fn unique(&mut self, seen: &mut Seen, path: String, id: &str) {
        if id.trim().is_empty() {
            self.report(Problem::EmptyText { path });
        } else if let Some((first, _)) = seen.get(id) {
            self.report(Problem::Duplicate {
                path,
                id: id.to_string(),
                first: first.clone(),
            });
        } else {
            seen.insert(id.to_string(), (path, id.to_string()));
        }
    }

    fn months(&mut self, path: String, m: wire::MonthsFile) -> Months {
        let limit = u64::from(MAX_MONTHS);
        self.bounded(format!("{path}.min"), m.min, 0, limit);
        if let Some(max) = m.max {
            self.bounded(format!("{path}.max"), max, 0, limit);
        }
        if let Some(max) = m.max {
            if m.min > max {
                self.report(Problem::MinAboveMax {
                    path,
                    min: m.min,
                    max,
                });
            }
        }
        Months {
            min: m.min,
            max: m.max,
        }
    }

    fn facts(&mut self, path: &str, facts: Vec<wire::FactFile>) -> Vec<Fact> {
        facts
            .into_iter()
            .enumerate()
            .map(|(i, f)| Fact {
                label: self.text(format!("{path}[{i}].label"), f.label),
                value: self.text(format!("{path}[{i}].value"), f.value),
            })
            .collect()
    }

    fn framework(&mut self, f: FrameworkFile) -> Framework {
        let id = self.text("$.id", f.id);
        let version = self.text("$.version", f.version);
        let name = self.text("$.name", f.name);
        let organisation = self.optional_text("$.organisation", f.organisation);
        let summary = self.text("$.summary", f.summary);
        let language = f.language.filter(|tag| {
            let ok = is_language_tag(tag);
            if !ok {
                self.report(Problem::NotALanguage {
                    path: "$.language".to_string(),
                    value: tag.clone(),
                });
            }
            ok
        });
        let wording = f
            .wording
            .into_iter()
            .map(|(key, text)| {
                let text = self.text(format!("$.wording.{key}"), text);
                (key, text)
            })
            .collect();
        let level_codes = f.level_codes;
        let scales = self.scales(f.scales);
        self.non_empty("$.tracks", &f.tracks);
        self.at_most("$.tracks", &f.tracks, MAX_TRACKS);
        let mut level_ids = Seen::new();
        let mut statement_ids = Seen::new();
        let mut track_ids = Seen::new();
        let branches: Vec<Option<String>> =
            f.tracks.iter().map(|t| t.branches_from.clone()).collect();
        let mut tracks: Vec<Track> = f
            .tracks
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let path = format!("$.tracks[{i}]");
                self.id(&mut track_ids, format!("{path}.id"), &t.id);
                self.track(&path, t, &scales, &mut level_ids, &mut statement_ids)
            })
            .collect();
        self.shared_paths(&mut tracks, &branches);
        if level_codes {
            for level in tracks.iter_mut().flat_map(|t| t.levels.iter_mut()) {
                level.code = Some(level.id.to_string());
            }
        }
        let promotion = f.promotion.map(|p| self.promotion(p, &tracks));
        let switches = f
            .track_switches
            .into_iter()
            .enumerate()
            .map(|(i, s)| self.switch(format!("$.track_switches[{i}]"), s, &tracks))
            .collect();
        let compensation = f.compensation.map(|c| Compensation {
            philosophy: self.text("$.compensation.philosophy", c.philosophy),
            components: self.facts("$.compensation.components", c.components),
            leveling_factors: self.facts("$.compensation.leveling_factors", c.leveling_factors),
            review: self.optional_text("$.compensation.review", c.review),
        });
        let settings = self.settings(f.assessment.unwrap_or_default());
        if settings.verdict == VerdictRule::None {
            let criteria = promotion.iter().flat_map(|p| p.criteria.iter().enumerate());
            for (i, c) in criteria {
                if c.judged == Judged::Verdict {
                    self.report(Problem::VerdictWithoutRule {
                        path: format!("$.promotion.criteria[{i}].judged_by"),
                    });
                }
            }
        }
        let brand = self.brand(f.brand.unwrap_or_default());
        Framework {
            id,
            version,
            name,
            organisation,
            summary,
            language,
            wording,
            scales,
            tracks,
            promotion,
            switches,
            compensation,
            settings,
            brand,
            complete: !self.outline,
        }
    }

    fn brand(&mut self, b: wire::BrandFile) -> Brand {
        let colour = b.colour.filter(|value| {
            let path = "$.brand.colour".to_string();
            let Some(rgb) = parse_colour(value) else {
                self.report(Problem::NotAColour {
                    path,
                    value: value.clone(),
                });
                return false;
            };
            // The lightest background an accent sits on: the panels (#f4f6f8), then the page.
            let ratio = contrast(rgb, [0xf4, 0xf6, 0xf8]);
            if ratio < 4.5 {
                self.report(Problem::LowContrast {
                    path,
                    value: value.clone(),
                    ratio_tenths: (ratio * 10.0) as u16,
                });
                return false;
            }
            true
        });
        let logo = b.logo.filter(|value| {
            let lower = value.to_ascii_lowercase();
            let ok = !value.is_empty()
                && value.len() <= 100
                && !value.starts_with('.')
                && value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
                && [".svg", ".png", ".webp"].iter().any(|e| lower.ends_with(e));
            if !ok {
                self.report(Problem::NotALogo {
                    path: "$.brand.logo".to_string(),
                    value: value.clone(),
                });
            }
            ok
        });
        Brand { colour, logo }
    }

    fn settings(&mut self, a: wire::AssessmentSettingsFile) -> Settings {
        let d = Settings::default();
        // These settings once judged the criteria with magic ids; the criteria's questions
        // state the thresholds now. Ignoring them would quietly stop judging a published
        // site's criteria, so a file that still gives them is refused, saying what replaces them.
        let old = [
            (
                "consistency_months",
                a.consistency_months.is_some(),
                "give the criterion a question with \"needs\": { \"months_once_ready\": N }",
            ),
            (
                "performance_months",
                a.performance_months.is_some(),
                "give the criterion a question with \"needs\": { \"months\": N }",
            ),
            (
                "min_examples",
                a.min_examples.is_some(),
                "give the criterion a question with \"needs\": { \"count\": N }",
            ),
        ];
        for (name, given, instead) in old {
            if given {
                self.report(Problem::NoLongerRead {
                    path: format!("$.assessment.{name}"),
                    instead,
                });
            }
        }
        let ready = a.ready_percent.unwrap_or(d.ready_percent);
        let close = a.close_percent.unwrap_or(d.close_percent);
        let months = u64::from(MAX_MONTHS);
        let path = "$.assessment";
        self.bounded(format!("{path}.ready_percent"), ready, 1, 100);
        self.bounded(format!("{path}.close_percent"), close, 1, 100);
        if let Some(n) = a.min_answered {
            self.bounded(format!("{path}.min_answered"), n, 1, 50);
        }
        if let Some(c) = a.closing_months {
            let statuses = [
                ("ready", c.ready),
                ("close", c.close),
                ("gap", c.gap),
                ("incomplete", c.incomplete),
            ];
            for (status, value) in statuses {
                self.bounded(format!("{path}.closing_months.{status}"), value, 0, months);
            }
        }
        if close > ready && ready <= 100 {
            self.report(Problem::MinAboveMax {
                path: "$.assessment.close_percent".into(),
                min: close.into(),
                max: ready.into(),
            });
        }
        Settings {
            ready_percent: ready,
            close_percent: close,
            min_answered: a.min_answered.unwrap_or(d.min_answered),
            closing_months: a
                .closing_months
                .map(|c| ClosingMonths {
                    ready: c.ready,
                    close: c.close,
                    gap: c.gap,
                    incomplete: c.incomplete,
                })
                .unwrap_or(d.closing_months),
            verdict: match a.verdict {
                None | Some(wire::VerdictFile::None) => VerdictRule::None,
                Some(wire::VerdictFile::EveryDimension) => VerdictRule::EveryDimension,
                Some(wire::VerdictFile::AtLeast(n)) => {
                    self.bounded(format!("{path}.verdict.at_least"), n, 1, 50);
                    VerdictRule::AtLeast(n)
                }
                Some(wire::VerdictFile::Share(p)) => {
                    self.bounded(format!("{path}.verdict.share"), p, 1, 100);
                    VerdictRule::Share(p)
                }
            },
            placement: match a.placement {
                None => PlacementRule::None,
                Some(wire::PlacementFile::Lowest) => PlacementRule::Lowest,
                Some(wire::PlacementFile::Median) => PlacementRule::Median,
            },
        }
    }

    fn scales(&mut self, scales: Vec<wire::ScaleFile>) -> Vec<Scale> {
        let mut ids = Seen::new();
        scales
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let path = format!("$.scales[{i}]");
                self.id(&mut ids, format!("{path}.id"), &s.id);
                self.non_empty(format!("{path}.steps"), &s.steps);
                let mut steps_seen = Seen::new();
                for (j, step) in s.steps.iter().enumerate() {
                    let chars = step.chars().count();
                    if chars > MAX_TEXT_CHARS {
                        self.report(Problem::TooLong {
                            path: format!("{path}.steps[{j}]"),
                            chars,
                        });
                    }
                    self.unique(
                        &mut steps_seen,
                        format!("{path}.steps[{j}]"),
                        &step.to_lowercase(),
                    );
                }
                Scale {
                    id: ScaleId::new(s.id),
                    name: self.text(format!("{path}.name"), s.name),
                    steps: s.steps,
                }
            })
            .collect()
    }

    fn track(
        &mut self,
        path: &str,
        t: wire::TrackFile,
        scales: &[Scale],
        level_ids: &mut Seen,
        statement_ids: &mut Seen,
    ) -> Track {
        let id = TrackId::new(t.id);
        let name = self.text(format!("{path}.name"), t.name);
        let description = self.detail_text(format!("{path}.description"), t.description);

        if !self.outline {
            self.non_empty(format!("{path}.dimensions"), &t.dimensions);
        }
        let mut dim_ids = Seen::new();
        let dimensions: Vec<Dimension> = t
            .dimensions
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                let p = format!("{path}.dimensions[{i}]");
                self.id(&mut dim_ids, format!("{p}.id"), &d.id);
                Dimension {
                    id: DimensionId::new(d.id),
                    name: self.text(format!("{p}.name"), d.name),
                    description: self.optional_text(format!("{p}.description"), d.description),
                }
            })
            .collect();

        let mut attr_ids = Seen::new();
        let attributes: Vec<Attribute> = t
            .attributes
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let p = format!("{path}.attributes[{i}]");
                self.id(&mut attr_ids, format!("{p}.id"), &a.id);
                if let Some(scale) = &a.scale {
                    if !scales.iter().any(|s| s.id.as_str() == scale) {
                        self.report(Problem::UnknownScale {
                            path: format!("{p}.scale"),
                            id: scale.clone(),
                        });
                    }
                }
                let dimension = a.dimension.map(DimensionId::new);
                if let Some(d) = &dimension {
                    if !dimensions.iter().any(|known| &known.id == d) {
                        self.report(Problem::UnknownDimension {
                            path: format!("{p}.dimension"),
                            id: d.to_string(),
                            track: id.to_string(),
                        });
                    }
                }
                Attribute {
                    id: AttributeId::new(a.id),
                    name: self.text(format!("{p}.name"), a.name),
                    scale: a.scale.map(ScaleId::new),
                    dimension,
                }
            })
            .collect();

        let competencies = self.facts(&format!("{path}.competencies"), t.competencies);
        self.non_empty(format!("{path}.levels"), &t.levels);
        self.at_most(format!("{path}.levels"), &t.levels, MAX_LEVELS_PER_TRACK);
        let mut track = Track {
            id,
            name,
            description,
            dimensions,
            attributes,
            competencies,
            shared: Vec::new(),
            process: t
                .process
                .map(|pr| self.process(&format!("{path}.process"), pr)),
            levels: Vec::new(),
        };
        let levels = t
            .levels
            .into_iter()
            .enumerate()
            .map(|(rank, l)| {
                let p = format!("{path}.levels[{rank}]");
                self.id(level_ids, format!("{p}.id"), &l.id);
                self.level(&p, rank, l, &track, scales, statement_ids)
            })
            .collect();
        track.levels = levels;
        track
    }

    fn level(
        &mut self,
        path: &str,
        rank: usize,
        l: wire::LevelFile,
        track: &Track,
        scales: &[Scale],
        statement_ids: &mut Seen,
    ) -> Level {
        let focus = l.focus.map(|f| Focus {
            operational: f.operational,
            strategic: f.strategic,
        });
        if let Some(focus) = focus {
            if u16::from(focus.operational) + u16::from(focus.strategic) != 100 {
                self.report(Problem::FocusNotHundred {
                    path: format!("{path}.focus"),
                    operational: focus.operational,
                    strategic: focus.strategic,
                });
            }
        }

        let mut by_dimension = l.expectations;
        for dimension in by_dimension.keys() {
            if track
                .dimension(&DimensionId::new(dimension.clone()))
                .is_none()
            {
                self.report(Problem::UnknownDimension {
                    path: format!("{path}.expectations.{}", clip(dimension)),
                    id: dimension.clone(),
                    track: track.id.to_string(),
                });
            }
        }
        if !self.outline && by_dimension.is_empty() {
            self.report(Problem::EmptyList {
                path: format!("{path}.expectations"),
            });
        }
        let expectations: Vec<Expectations> = track
            .dimensions
            .iter()
            .filter_map(|d| {
                let key = d.id.as_str();
                let list = by_dimension.remove(key)?;
                let p = format!("{path}.expectations.{}", clip(key));
                self.non_empty(p.clone(), &list);
                Some(Expectations {
                    dimension: d.id.clone(),
                    statements: self.statements(&p, list, statement_ids),
                })
            })
            .collect();

        let attributes = self.attribute_values(path, l.attributes, track, scales);
        Level {
            id: LevelId::new(l.id),
            track: track.id.clone(),
            rank,
            title: self.text(format!("{path}.title"), l.title),
            code: None,
            stage: l.stage.map(|s| self.text(format!("{path}.stage"), s)),
            roles: self.texts(&format!("{path}.roles"), l.roles),
            focus,
            summary: l
                .summary
                .map(|s| self.detail_text(format!("{path}.summary"), s)),
            expectations,
            attributes,
            span: self.facts(&format!("{path}.span"), l.span),
            background: self.texts(&format!("{path}.background"), l.background),
            success_indicators: self
                .texts(&format!("{path}.success_indicators"), l.success_indicators),
            development_areas: self
                .texts(&format!("{path}.development_areas"), l.development_areas),
            note: self.optional_text(format!("{path}.note"), l.note),
        }
    }

    fn statements(
        &mut self,
        path: &str,
        list: Vec<wire::StatementFile>,
        statement_ids: &mut Seen,
    ) -> Vec<Statement> {
        list.into_iter()
            .enumerate()
            .map(|(i, s)| {
                self.id(statement_ids, format!("{path}[{i}].id"), &s.id);
                let examples = s
                    .examples
                    .into_iter()
                    .enumerate()
                    .map(|(j, e)| self.text(format!("{path}[{i}].examples[{j}]"), e))
                    .collect();
                Statement {
                    id: StatementId::new(s.id),
                    text: self.text(format!("{path}[{i}].text"), s.text),
                    examples,
                }
            })
            .collect()
    }

    fn attribute_values(
        &mut self,
        path: &str,
        mut values: BTreeMap<String, String>,
        track: &Track,
        scales: &[Scale],
    ) -> Vec<AttributeValue> {
        for key in values.keys() {
            if !track.attributes.iter().any(|a| a.id.as_str() == key) {
                self.report(Problem::UnknownAttribute {
                    path: format!("{path}.attributes.{}", clip(key)),
                    id: key.clone(),
                    track: track.id.to_string(),
                });
            }
        }
        let mut out = Vec::new();
        for attribute in &track.attributes {
            let Some(value) = values.remove(attribute.id.as_str()) else {
                continue;
            };
            let p = format!("{path}.attributes.{}", attribute.id);
            let scale = attribute
                .scale
                .as_ref()
                .and_then(|id| scales.iter().find(|s| &s.id == id));
            if let Some(scale) = scale {
                if scale.position(&value).is_none() {
                    self.report(Problem::NotOnScale {
                        path: p.clone(),
                        value: value.clone(),
                        scale: scale.id.to_string(),
                    });
                }
            }
            out.push(AttributeValue {
                attribute: attribute.id.clone(),
                value: self.text(p, value),
            });
        }
        out
    }

    fn level_ref<'t>(&mut self, path: String, id: &str, tracks: &'t [Track]) -> Option<&'t Level> {
        let found = tracks
            .iter()
            .flat_map(|t| t.levels.iter())
            .find(|l| l.id.as_str() == id);
        if found.is_none() {
            self.report(Problem::UnknownLevel {
                path,
                id: id.to_string(),
            });
        }
        found
    }

    /// How a criterion is judged: its questions, each id given or derived (`{criterion}-q{n}`,
    /// counting from 1) and unique across the framework, or the verdict, or neither.
    fn judged(&mut self, path: &str, c: &wire::CriterionFile, ids: &mut Seen) -> Judged {
        if c.questions.len() > MAX_QUESTIONS {
            self.report(Problem::TooMany {
                path: format!("{path}.questions"),
                count: c.questions.len(),
                max: MAX_QUESTIONS,
            });
        }
        match c.judged_by {
            Some(wire::JudgedByFile::Verdict) if !c.questions.is_empty() => {
                self.report(Problem::JudgedTwice {
                    path: format!("{path}.judged_by"),
                });
                Judged::Verdict
            }
            Some(wire::JudgedByFile::Verdict) => Judged::Verdict,
            None if c.questions.is_empty() => Judged::ByManager,
            None => Judged::Questions(
                c.questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        let qpath = format!("{path}.questions[{i}]");
                        let id = q.id.clone().unwrap_or_else(|| {
                            // Room for "-q" and the number within an id's 64.
                            let stem = wire::prefix_of(&c.id, 56);
                            format!("{stem}-q{}", i + 1)
                        });
                        self.id(ids, format!("{qpath}.id"), &id);
                        let needs = match q.needs {
                            wire::NeedsFile::Months(n) => Needs::Months {
                                min: n,
                                once_ready: false,
                            },
                            wire::NeedsFile::MonthsOnceReady(n) => Needs::Months {
                                min: n,
                                once_ready: true,
                            },
                            wire::NeedsFile::Count(n) => Needs::Count(n),
                            wire::NeedsFile::Yes => Needs::Yes,
                        };
                        if let Needs::Months { min: n, .. } | Needs::Count(n) = needs {
                            let max = needs.max_answer();
                            self.bounded(format!("{qpath}.needs"), n, 0, u64::from(max));
                        }
                        Question {
                            id: QuestionId::new(id),
                            text: self.text(format!("{qpath}.question"), q.question.clone()),
                            needs,
                        }
                    })
                    .collect(),
            ),
        }
    }

    fn promotion(&mut self, p: wire::PromotionFile, tracks: &[Track]) -> Promotion {
        let mut criterion_ids = Seen::new();
        let mut question_ids = Seen::new();
        let criteria = p
            .criteria
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let path = format!("$.promotion.criteria[{i}]");
                self.id(&mut criterion_ids, format!("{path}.id"), &c.id);
                let judged = self.judged(&path, &c, &mut question_ids);
                Criterion {
                    id: c.id,
                    name: self.text(format!("{path}.name"), c.name),
                    description: self.text(format!("{path}.description"), c.description),
                    months: c.months.map(|m| self.months(format!("{path}.months"), m)),
                    judged,
                }
            })
            .collect();
        let mut steps = Seen::new();
        let timelines = p
            .timelines
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let path = format!("$.promotion.timelines[{i}]");
                let from = self.level_ref(format!("{path}.from"), &t.from, tracks);
                let to = self.level_ref(format!("{path}.to"), &t.to, tracks);
                if let (Some(from), Some(to)) = (from, to) {
                    let on_ladder = tracks.iter().find(|t| t.id == to.track).is_some_and(|t| {
                        from.track == to.track && from.rank < to.rank || t.shared.contains(&from.id)
                    });
                    if !on_ladder {
                        self.report(Problem::TimelineNotUpward {
                            path: path.clone(),
                            from: t.from.clone(),
                            to: t.to.clone(),
                        });
                    }
                }
                self.unique(&mut steps, path.clone(), &format!("{} to {}", t.from, t.to));
                Timeline {
                    from: LevelId::new(t.from),
                    to: LevelId::new(t.to),
                    months: self.months(format!("{path}.months"), t.months),
                    demonstrating: self.text(format!("{path}.demonstrating"), t.demonstrating),
                }
            })
            .collect();
        let process = p.process.map(|pr| self.process("$.promotion.process", pr));
        Promotion {
            principle: self.text("$.promotion.principle", p.principle),
            criteria,
            timelines,
            process,
            evidence: self.facts("$.promotion.evidence", p.evidence),
        }
    }

    /// Resolves each track's `branches_from` into the levels it shares: the ladder of the
    /// level's own track (itself perhaps shared in part) up to and including that level.
    fn shared_paths(&mut self, tracks: &mut [Track], branches: &[Option<String>]) {
        // Where each track branches: (index of the track it branches from, rank there).
        let mut from: Vec<Option<(usize, usize)>> = vec![None; tracks.len()];
        for (i, branch) in branches.iter().enumerate() {
            let Some(level) = branch else { continue };
            let path = format!("$.tracks[{i}].branches_from");
            let found = tracks.iter().enumerate().find_map(|(t, track)| {
                let rank = track.levels.iter().position(|l| l.id.as_str() == level)?;
                Some((t, rank))
            });
            match found {
                None => self.report(Problem::UnknownLevel {
                    path,
                    id: level.clone(),
                }),
                Some((t, _)) if t == i => self.report(Problem::BranchOwnTrack {
                    path,
                    level: level.clone(),
                }),
                Some(at) => from[i] = Some(at),
            }
        }
        for i in 0..tracks.len() {
            let mut shared: Vec<LevelId> = Vec::new();
            let mut at = from[i];
            let mut steps = 0;
            while let Some((t, rank)) = at {
                steps += 1;
                if steps > tracks.len() {
                    self.report(Problem::BranchCycle {
                        path: format!("$.tracks[{i}].branches_from"),
                    });
                    shared.clear();
                    break;
                }
                let own = tracks[t].levels[..=rank].iter().map(|l| l.id.clone());
                shared.splice(0..0, own);
                if shared.len() + tracks[i].levels.len() > MAX_LEVELS_PER_TRACK {
                    self.report(Problem::TooMany {
                        path: format!("$.tracks[{i}].branches_from"),
                        count: shared.len() + tracks[i].levels.len(),
                        max: MAX_LEVELS_PER_TRACK,
                    });
                    shared.clear();
                    break;
                }
                at = from[t];
            }
            tracks[i].shared = shared;
        }
    }

    fn process(&mut self, path: &str, pr: wire::ProcessFile) -> Process {
        if let Some(weeks) = pr.decision_weeks {
            self.bounded(format!("{path}.decision_weeks.min"), weeks.min, 0, 104);
            self.bounded(format!("{path}.decision_weeks.max"), weeks.max, 0, 104);
            if weeks.min > weeks.max {
                self.report(Problem::MinAboveMax {
                    path: format!("{path}.decision_weeks"),
                    min: weeks.min,
                    max: weeks.max,
                });
            }
        }
        Process {
            starts_by: pr.starts_by.map(|s| match s {
                wire::StartFile::Nomination => Start::Nomination,
                wire::StartFile::Round => Start::Round,
                wire::StartFile::Application => Start::Application,
            }),
            steps: self.facts(&format!("{path}.steps"), pr.steps),
            decision_weeks: pr.decision_weeks.map(|w| (w.min, w.max)),
            effective: pr.effective.map(|e| match e {
                wire::EffectiveFile::NextQuarterStart => Effective::NextQuarterStart,
                wire::EffectiveFile::NextMonthStart => Effective::NextMonthStart,
                wire::EffectiveFile::Immediately => Effective::Immediately,
            }),
        }
    }

    fn switch(&mut self, path: String, s: wire::TrackSwitchFile, tracks: &[Track]) -> TrackSwitch {
        for (field, id) in [("from_track", &s.from_track), ("to_track", &s.to_track)] {
            if !tracks.iter().any(|t| t.id.as_str() == id) {
                self.report(Problem::UnknownTrack {
                    path: format!("{path}.{field}"),
                    id: id.clone(),
                });
            }
        }
        let mut levels = |field: &str, ids: Vec<String>, track: &str| -> Vec<LevelId> {
            self.non_empty(format!("{path}.{field}"), &ids);
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| {
                    let p = format!("{path}.{field}[{i}]");
                    let track_known = tracks.iter().any(|t| t.id.as_str() == track);
                    if let Some(level) = self.level_ref(p.clone(), &id, tracks) {
                        if track_known && level.track.as_str() != track {
                            self.report(Problem::LevelOnOtherTrack {
                                path: p,
                                level: id.clone(),
                                track: track.to_string(),
                            });
                        }
                    }
                    LevelId::new(id)
                })
                .collect()
        };
        let from_levels = levels("from_levels", s.from_levels, &s.from_track);
        let to_levels = levels("to_levels", s.to_levels, &s.to_track);
        let requirements = s
            .requirements
            .into_iter()
            .enumerate()
            .map(|(i, r)| Requirement {
                text: self.text(format!("{path}.requirements[{i}].text"), r.text),
                min_months_in_role: r.min_months_in_role.inspect(|&m| {
                    self.bounded(
                        format!("{path}.requirements[{i}].min_months_in_role"),
                        m,
                        0,
                        u64::from(MAX_MONTHS),
                    )
                }),
            })
            .collect();
        TrackSwitch {
            from_track: TrackId::new(s.from_track),
            to_track: TrackId::new(s.to_track),
            from_levels,
            to_levels,
            path_note: self.optional_text(format!("{path}.path_note"), s.path_note),
            consider: self.texts(&format!("{path}.consider"), s.consider),
            requirements,
            process: s
                .process
                .map(|pr| self.process(&format!("{path}.process"), pr)),
        }
    }
}

/// `#rrggbb` as three bytes.
/// A BCP 47 tag's shape: a language of two or three letters, then subtags of one to eight
/// letters or digits (`en`, `de-CH`, `sr-Latn`, `en-XA`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn parse_colour(value: &str) -> Option<[u8; 3]> {
    let hex = value.strip_prefix('#').filter(|h| h.len() == 6)?;
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG contrast ratio of two sRGB colours, from 1 to 21.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}
