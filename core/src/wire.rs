//! The framework file exactly as it is written: serde types that mirror `framework.json`.
//!
//! Nothing here is trusted. These types only say what shape the JSON has; `load` turns them
//! into the validated domain model in `model.rs`, reporting every problem it finds. The
//! binary form the app fetches (`binary.rs`) is these same types, so decoding it runs the same checks.
//! Keep field names and doc comments in step with `docs/framework-format.md`: the JSON Schema
//! in `framework.schema.json` is generated from these types and a test keeps it in sync.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The only schema version this build of Ladder reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole career framework: tracks of levels, what each level expects, and how people move.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FrameworkFile {
    /// Version of this file format. Ladder 1.x reads version 1.
    pub schema_version: u32,
    /// Stable identifier of the framework, such as `acme-engineering`.
    pub id: String,
    /// The framework's own version, such as `2025.1`. Saved assessments record it.
    pub version: String,
    /// The language the framework is written in, as a BCP 47 tag (`en`, `de`, `hr`): its pages
    /// say every word of their own in it, and date and count as it does. English when absent.
    #[serde(default)]
    pub language: Option<String>,
    /// The company's own wording of Ladder's sentences, by catalogue key, for example
    /// `assess-yourself: Check your readiness`. Each keeps the arguments (`{ $count }`) of the
    /// sentence it replaces.
    #[serde(default)]
    pub wording: BTreeMap<String, String>,
    /// Display name of the framework.
    pub name: String,
    /// Who publishes it, such as a company name.
    #[serde(default)]
    pub organisation: Option<String>,
    /// A short introduction shown on the landing page.
    pub summary: String,
    /// Whether level ids are codes people use (`IC04`): then pages show them beside the titles.
    /// Without it pages name levels by their titles alone.
    #[serde(default)]
    pub level_codes: bool,
    /// Optional ordered scales that attributes can point at (for example scope: tasks to company).
    #[serde(default)]
    pub scales: Vec<ScaleFile>,
    /// The career tracks, in the order they should be shown.
    pub tracks: Vec<TrackFile>,
    /// How promotion works: criteria, typical timelines and the process. Optional.
    #[serde(default)]
    pub promotion: Option<PromotionFile>,
    /// Moves between tracks that the framework describes. Optional.
    #[serde(default)]
    pub track_switches: Vec<TrackSwitchFile>,
    /// Pay and levelling information, shown as information only. Optional.
    #[serde(default)]
    pub compensation: Option<CompensationFile>,
    /// Thresholds for scoring self-assessments and dating plans. Optional: every field has
    /// a default (see docs/framework-format.md).
    #[serde(default)]
    pub assessment: Option<AssessmentSettingsFile>,
    /// How the published pages carry the organisation's identity. Optional.
    #[serde(default)]
    pub brand: Option<BrandFile>,
}

/// The organisation's brand on the published pages and inside an embed.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BrandFile {
    /// The accent for links, buttons and ladders in the light scheme, as `#rrggbb`. It must
    /// contrast with the page at least 4.5:1, as text does; the dark scheme keeps its own.
    #[serde(default)]
    pub colour: Option<String>,
    /// A logo shown above the framework's name on the landing: a file name beside the
    /// framework file, ending in `.svg`, `.png` or `.webp`. The build copies it into the site.
    #[serde(default)]
    pub logo: Option<String>,
}

/// How Ladder scores a self-assessment against this framework. Omit any field for its default.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssessmentSettingsFile {
    /// Readiness (mean rating as a share of the top rating) at or above which a dimension is
    /// ready, if no statement is rated "Not yet". Default 80.
    #[serde(default)]
    pub ready_percent: Option<u8>,
    /// Readiness at or above which a dimension is close. Default 50.
    #[serde(default)]
    pub close_percent: Option<u8>,
    /// Fewer answered statements than this leave a dimension incomplete. Default 3.
    #[serde(default)]
    pub min_answered: Option<u8>,
    /// Months a dimension typically takes to close, by status. Defaults 0, 3, 6, 6.
    #[serde(default)]
    pub closing_months: Option<ClosingMonthsFile>,
    /// No longer read: a `months` question on a promotion criterion states it. A file that
    /// gives it is refused with a message saying so.
    #[serde(default)]
    pub consistency_months: Option<u16>,
    /// No longer read: a `months` question on a promotion criterion states it. A file that
    /// gives it is refused with a message saying so.
    #[serde(default)]
    pub performance_months: Option<u16>,
    /// No longer read: a `count` question on a promotion criterion states it. A file that
    /// gives it is refused with a message saying so.
    #[serde(default)]
    pub min_examples: Option<u8>,
    /// How readiness per dimension becomes an overall verdict. Without it the report gives
    /// none: readiness per dimension and what to work on, nothing "blocks".
    #[serde(default)]
    pub verdict: Option<VerdictFile>,
    /// How find my level combines the level picked per dimension into one: `"lowest"` (every
    /// dimension supports it) or `"median"`. Without it find my level shows each dimension's
    /// level and their range, and names no overall level.
    #[serde(default)]
    pub placement: Option<PlacementFile>,
}

/// How find my level combines its picks.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlacementFile {
    Lowest,
    Median,
}

/// The framework's rule for an overall verdict: `"every_dimension"`, `{ "at_least": 5 }`
/// (that many dimensions ready), `{ "share": 80 }` (that percentage of dimensions ready) or
/// `"none"`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VerdictFile {
    EveryDimension,
    AtLeast(u8),
    Share(u8),
    None,
}

/// Months a dimension typically takes to close, by its status.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClosingMonthsFile {
    pub ready: u16,
    pub close: u16,
    pub gap: u16,
    pub incomplete: u16,
}

/// An ordered scale: each step is further along than the one before it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub id: String,
    pub name: String,
    /// The steps from lowest to highest, as they appear in attribute values.
    pub steps: Vec<String>,
}

/// One career track, such as Individual Contributor or Management.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrackFile {
    pub id: String,
    pub name: String,
    /// What people on this track achieve and how.
    pub description: String,
    /// The dimensions every level of this track is described by.
    pub dimensions: Vec<DimensionFile>,
    /// The attributes of the track's comparison matrix (span, planning horizon, ...).
    #[serde(default)]
    pub attributes: Vec<AttributeFile>,
    /// Skills expected at every level of the track, whatever the level.
    #[serde(default)]
    pub competencies: Vec<FactFile>,
    /// The id of a level on another track where this track splits off: that track's levels up
    /// to and including it are this track's first levels too, written once there. This
    /// track's own `levels` follow it.
    #[serde(default)]
    pub branches_from: Option<String>,
    /// How a move to one of this track's own levels works, where it differs from
    /// `promotion.process` (for example: manager roles are filled by application). Optional.
    #[serde(default)]
    pub process: Option<ProcessFile>,
    /// Levels from the most junior to the most senior.
    pub levels: Vec<LevelFile>,
}

/// A dimension of performance. Give dimensions that mean the same on two tracks the same id,
/// so that comparisons across tracks line them up.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DimensionFile {
    pub id: String,
    pub name: String,
    /// One sentence on what this dimension is about.
    #[serde(default)]
    pub description: Option<String>,
}

/// A comparison-matrix attribute. With `scale`, every level's value must be a step of it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AttributeFile {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub scale: Option<String>,
    /// The id of the track's dimension this attribute describes, if any. A self-assessment
    /// suggests a shift in this attribute to someone working on that dimension.
    #[serde(default)]
    pub dimension: Option<String>,
}

/// One level of a track.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelFile {
    /// The level's id, unique across the framework, such as `IC04`; it is in every address
    /// and saved answer. Optional: derived from the title when absent (see the format guide).
    #[serde(default)]
    pub id: String,
    pub title: String,
    /// Career stage, such as `Entry` or `Expert`: optional, shown only where given.
    #[serde(default)]
    pub stage: Option<String>,
    /// Job titles typically held at this level.
    #[serde(default)]
    pub roles: Vec<String>,
    /// How the level's time splits between operational and strategic work: optional, shown
    /// (and compared) only where given.
    #[serde(default)]
    pub focus: Option<FocusFile>,
    /// One line that says what the level is: optional, shown only where given.
    #[serde(default)]
    pub summary: Option<String>,
    /// Expectations per dimension id. A dimension left out is not shown, asked or counted at
    /// this level; every level describes at least one.
    pub expectations: BTreeMap<String, Vec<StatementFile>>,
    /// Comparison-matrix values per attribute id.
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    /// Facts about the team a manager at this level leads (direct reports, budget, ...).
    #[serde(default)]
    pub span: Vec<FactFile>,
    #[serde(default)]
    pub background: Vec<String>,
    #[serde(default)]
    pub success_indicators: Vec<String>,
    #[serde(default)]
    pub development_areas: Vec<String>,
    /// A caution or piece of advice specific to this level.
    #[serde(default)]
    pub note: Option<String>,
}

/// Percentages of operational and strategic work; they add up to 100.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FocusFile {
    pub operational: u8,
    pub strategic: u8,
}

/// One expectation statement with an id that never changes once published.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatementFile {
    /// Optional: derived from the level, the dimension and the text when absent (see the
    /// format guide), so rewording one statement changes no other statement's id.
    #[serde(default)]
    pub id: String,
    pub text: String,
    /// What meeting the statement can look like: shown folded beneath it, never asked.
    #[serde(default)]
    pub examples: Vec<String>,
}

/// A labelled fact, such as `Direct reports: 3–8 individual contributors`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FactFile {
    pub label: String,
    pub value: String,
}

/// How promotions work in this framework.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PromotionFile {
    /// A one-line rule that governs every promotion.
    pub principle: String,
    #[serde(default)]
    pub criteria: Vec<CriterionFile>,
    /// Typical time from one level to the next. Optional: some frameworks give none.
    #[serde(default)]
    pub timelines: Vec<TimelineFile>,
    #[serde(default)]
    pub process: Option<ProcessFile>,
    /// What a strong promotion case contains.
    #[serde(default)]
    pub evidence: Vec<FactFile>,
}

/// One promotion criterion. How a self-assessment judges it is the framework's to say: by the
/// questions it asks (`questions`), by the self-assessment's own verdict (`judged_by`), or,
/// with neither, not at all: it is listed for the person to check with their manager.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CriterionFile {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The span of months the criterion speaks of, as shown on the promotion page. It judges
    /// nothing: a months question states the threshold.
    #[serde(default)]
    pub months: Option<MonthsFile>,
    /// The questions a self-assessment asks about this criterion; it is met when every one is.
    #[serde(default)]
    pub questions: Vec<QuestionFile>,
    /// `"verdict"`: met when the self-assessment's verdict is "ready". Only with an
    /// `assessment.verdict` rule other than `"none"`, and without `questions`.
    #[serde(default)]
    pub judged_by: Option<JudgedByFile>,
}

/// What else than questions may judge a criterion.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum JudgedByFile {
    Verdict,
}

/// One question about a criterion, as the person reads it, and the answer that meets it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    /// Stable id under which answers are kept. Optional: without it the id is the criterion's
    /// id, `-q`, and the question's position from 1 (`impact-q1`).
    #[serde(default)]
    pub id: Option<String>,
    /// The question as the person reads it.
    pub question: String,
    pub needs: NeedsFile,
}

/// The answer that meets a question: `{ "months": 6 }` (at least 6 months),
/// `{ "months_once_ready": 6 }` (at least 6 months, which only start to count once every
/// dimension is ready), `{ "count": 3 }` (at least 3) or `"yes"` (a box that must be ticked).
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NeedsFile {
    Months(u16),
    MonthsOnceReady(u16),
    Count(u16),
    Yes,
}

/// A span of months. Without `max` it is open-ended ("36+ months").
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MonthsFile {
    pub min: u16,
    #[serde(default)]
    pub max: Option<u16>,
}

/// The typical time from one level to another.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    pub from: String,
    pub to: String,
    pub months: MonthsFile,
    /// What the person shows during that time.
    pub demonstrating: String,
}

/// How a move is made: how it starts, its steps and the timing Ladder dates a plan by.
/// Every field is optional; Ladder says nothing about a part the framework does not give.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProcessFile {
    /// How a move starts: `"nomination"` (a manager puts the person forward), `"round"` (a
    /// promotion round decides) or `"application"` (the person applies and is interviewed).
    #[serde(default)]
    pub starts_by: Option<StartFile>,
    #[serde(default)]
    pub steps: Vec<FactFile>,
    /// How long after the move is put forward the decision usually comes, in weeks.
    #[serde(default)]
    pub decision_weeks: Option<WeeksFile>,
    /// When a move takes effect once decided.
    #[serde(default)]
    pub effective: Option<EffectiveFile>,
}

/// How a move starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StartFile {
    /// A manager nominates the person.
    Nomination,
    /// A promotion round (yearly, say) decides.
    Round,
    /// The person applies and is interviewed.
    Application,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WeeksFile {
    pub min: u16,
    pub max: u16,
}

/// When a decided promotion takes effect.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EffectiveFile {
    /// The first day of the next calendar quarter after the decision.
    NextQuarterStart,
    /// The first day of the next month after the decision.
    NextMonthStart,
    /// On the day of the decision.
    Immediately,
}

/// A move from one track to another that the framework describes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TrackSwitchFile {
    pub from_track: String,
    pub to_track: String,
    /// Levels people typically switch from.
    pub from_levels: Vec<String>,
    /// Levels people typically land on.
    pub to_levels: Vec<String>,
    /// Extra words on the typical path, such as "often after a shadowing period".
    #[serde(default)]
    pub path_note: Option<String>,
    /// Signs that the move may suit someone, asked as reflection questions.
    #[serde(default)]
    pub consider: Vec<String>,
    #[serde(default)]
    pub requirements: Vec<RequirementFile>,
    /// How this move works, where it differs from the process of the track it leads to.
    #[serde(default)]
    pub process: Option<ProcessFile>,
}

/// A requirement for a track switch; `min_months_in_role` makes it a dated one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RequirementFile {
    pub text: String,
    #[serde(default)]
    pub min_months_in_role: Option<u16>,
}

/// Pay and levelling information.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CompensationFile {
    pub philosophy: String,
    #[serde(default)]
    pub components: Vec<FactFile>,
    #[serde(default)]
    pub leveling_factors: Vec<FactFile>,
    #[serde(default)]
    pub review: Option<String>,
}

impl FrameworkFile {
    /// Gives every level and statement that has no id the one derived from its content, in
    /// file order, so the same file always gets the same ids:
    /// - a level: its title in lower-case ASCII letters and digits joined by `-` (at most 48
    ///   characters; `level` when nothing is left), with `-2`, `-3`, … when that id is taken;
    /// - a statement: `<level id>-<dimension id>-<hash>`, the hash being the first six hex
    ///   digits of the FNV-1a checksum of its text, with `-2`, … for the same text given twice.
    ///
    /// Rewording a statement or adding one changes no other statement's id; renaming a level
    /// without an id changes its id (give levels ids to keep links across renames).
    pub fn derive_ids(&mut self) {
        use std::collections::{HashMap, HashSet};
        // Given ids, compared as the loader compares them (ignoring case), are never taken
        // by a derived one; a suffix is added instead.
        let mut taken: HashSet<String> = self
            .tracks
            .iter()
            .flat_map(|t| t.levels.iter())
            .filter(|l| !l.id.is_empty())
            .map(|l| l.id.to_ascii_lowercase())
            .collect();
        // The next suffix to try per base, so many levels of one title stay linear.
        let mut next: HashMap<String, usize> = HashMap::new();
        let mut unique = |base: String, taken: &mut HashSet<String>| {
            let n = next.entry(base.clone()).or_insert(1);
            let mut id = if *n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            while taken.contains(&id.to_ascii_lowercase()) {
                *n += 1;
                id = format!("{base}-{n}");
            }
            *n += 1;
            taken.insert(id.to_ascii_lowercase());
            id
        };
        for level in self.tracks.iter_mut().flat_map(|t| t.levels.iter_mut()) {
            if level.id.is_empty() {
                level.id = unique(slug(&level.title), &mut taken);
            }
        }
        let mut statements_taken: HashSet<String> = self
            .tracks
            .iter()
            .flat_map(|t| t.levels.iter())
            .flat_map(|l| l.expectations.values().flatten())
            .filter(|s| !s.id.is_empty())
            .map(|s| s.id.to_ascii_lowercase())
            .collect();
        for level in self.tracks.iter_mut().flat_map(|t| t.levels.iter_mut()) {
            for (dimension, statements) in level.expectations.iter_mut() {
                for statement in statements.iter_mut().filter(|s| s.id.is_empty()) {
                    let base = derived_statement_id(&level.id, dimension, &statement.text);
                    statement.id = unique(base, &mut statements_taken);
                }
            }
        }
    }
}

/// The id a statement without one gets (see `FrameworkFile::derive_ids`): its level and
/// dimension, cut to leave room within the 64 characters of an id for the hash and a suffix.
pub fn derived_statement_id(level: &str, dimension: &str, text: &str) -> String {
    let prefix = format!("{level}-{dimension}");
    // 64 less "-" and 6 hex digits, less room for a "-NN" suffix.
    let prefix = prefix_of(&prefix, 64 - 7 - 4).trim_end_matches(['-', '.', '_']);
    format!("{prefix}-{}", &crate::share::checksum(text)[..6])
}

/// At most `bytes` bytes of `text`, cut at a character boundary.
pub fn prefix_of(text: &str, bytes: usize) -> &str {
    let cut = (0..=bytes.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    &text[..cut]
}

/// A level title as an id: lower-case ASCII letters and digits, other runs as one `-`.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "level".to_string()
    } else {
        out.to_string()
    }
}
