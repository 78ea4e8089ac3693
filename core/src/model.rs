//! The validated career framework: the domain model every other part of Ladder works with.
//!
//! A `Framework` only exists once `load` (or `binary::decode`, which runs the same checks)
//! has validated it: it is `#[non_exhaustive]` and has no `Deserialize`, so no other crate can
//! build one. Code that holds one can rely on its invariants: ids are unique, every level
//! describes at least one dimension of its track, a track's shared levels are real and come
//! before its own, every timeline and track switch names real levels, and month ranges have
//! min <= max.
//!
//! The model holds data only; how it reads on screen is the app's business.

use std::collections::BTreeMap;
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A track id such as `ic` or `management`.
    TrackId
);
id_type!(
    /// A level code such as `IC04`, unique across the whole framework.
    LevelId
);
id_type!(
    /// A dimension id such as `scope`; tracks may share one to line dimensions up.
    DimensionId
);
id_type!(
    /// A comparison-matrix attribute id such as `planning`.
    AttributeId
);
id_type!(
    /// An expectation statement id, stable across framework versions.
    StatementId
);
id_type!(
    /// An ordered scale id such as `planning-horizon`.
    ScaleId
);
id_type!(
    /// A promotion-criteria question id such as `months-next`, the key its answer is kept under.
    QuestionId
);

#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub name: String,
    pub organisation: Option<String>,
    pub summary: String,
    /// The BCP 47 tag of the framework's language (`Framework::language` gives English when the
    /// file names none).
    pub language: Option<String>,
    /// The company's replacements for Ladder's sentences, by catalogue key (checked against the
    /// catalogue by the app's `words::catalogue`, which knows the keys).
    pub wording: BTreeMap<String, String>,
    pub scales: Vec<Scale>,
    pub tracks: Vec<Track>,
    pub promotion: Option<Promotion>,
    pub switches: Vec<TrackSwitch>,
    pub compensation: Option<Compensation>,
    pub settings: Settings,
    pub brand: Brand,
    /// Whether the details are here: each track's description, dimensions, attributes and
    /// competencies, each level's summary, roles, expectations and the rest. Only
    /// `binary::decode_outline` gives `false`: tracks and levels are named and ordered, and
    /// every detail is empty until the details file is read (`binary::decode`).
    pub complete: bool,
}

/// The organisation's brand: an accent colour checked for contrast, and a logo file name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Brand {
    /// `#rrggbb`, at least 4.5:1 against the light page and its panels.
    pub colour: Option<String>,
    pub logo: Option<String>,
}

impl Framework {
    /// The language the framework's pages speak: its own tag, else `en`.
    pub fn language(&self) -> &str {
        self.language.as_deref().unwrap_or("en")
    }

    pub fn track(&self, id: &TrackId) -> Option<&Track> {
        self.tracks.iter().find(|t| &t.id == id)
    }

    /// Every level of every track, tracks in order and levels junior to senior.
    pub fn levels(&self) -> impl Iterator<Item = &Level> {
        self.tracks.iter().flat_map(|t| t.levels.iter())
    }

    pub fn level(&self, id: &LevelId) -> Option<&Level> {
        self.levels().find(|l| &l.id == id)
    }

    /// Finds a level by its exact code, as links and saved answers give it.
    pub fn find_level(&self, code: &str) -> Option<&Level> {
        self.levels().find(|l| l.id.as_str() == code)
    }

    /// The level whose code matches ignoring case, to suggest when an exact lookup fails.
    /// Codes are unique ignoring case, so there is at most one.
    pub fn level_like(&self, code: &str) -> Option<&Level> {
        self.levels()
            .find(|l| l.id.as_str().eq_ignore_ascii_case(code.trim()))
    }

    /// Every criteria question the framework asks, with its criterion, in the file's order.
    pub fn questions(&self) -> impl Iterator<Item = (&Criterion, &Question)> {
        self.promotion
            .iter()
            .flat_map(|p| &p.criteria)
            .flat_map(|c| c.questions().iter().map(move |q| (c, q)))
    }

    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| &q.id == id)
    }

    /// A track's ladder as people climb it: the levels it shares with the track it splits
    /// from (junior to senior), then its own.
    pub fn ladder<'f>(&'f self, track: &'f Track) -> impl Iterator<Item = &'f Level> + 'f {
        track
            .shared
            .iter()
            .filter_map(|id| self.level(id))
            .chain(track.levels.iter())
    }

    /// The tracks whose ladder holds this level: its own, then those that share it.
    pub fn tracks_with<'f>(&'f self, level: &'f Level) -> impl Iterator<Item = &'f Track> + 'f {
        self.tracks
            .iter()
            .filter(move |t| t.id == level.track || t.shared.contains(&level.id))
    }

    /// The levels from `from` up to `to` (both included) on `to`'s ladder, when `from` is on
    /// it at or below `to`: the path a run of promotions takes, across a split included.
    pub fn climb<'f>(&'f self, from: &LevelId, to: &'f Level) -> Option<Vec<&'f Level>> {
        let ladder: Vec<&Level> = self.ladder(self.track_of(to)).collect();
        let start = ladder.iter().position(|l| &l.id == from)?;
        let end = ladder.iter().position(|l| l.id == to.id)?;
        (start <= end).then(|| ladder[start..=end].to_vec())
    }

    /// The track's dimensions that some level on its ladder describes: the ones find my level
    /// asks about.
    pub fn asked_dimensions<'f>(
        &'f self,
        track: &'f Track,
    ) -> impl Iterator<Item = &'f Dimension> + 'f {
        track
            .dimensions
            .iter()
            .filter(move |d| self.ladder(track).any(|l| l.describes(&d.id)))
    }

    /// How many steps `to` is above `from` on a ladder they share (below: negative; the same
    /// level: 0), or `None` when no ladder holds both, so going there changes track.
    pub fn steps_between(&self, from: &Level, to: &Level) -> Option<isize> {
        if let Some(path) = self.climb(&from.id, to) {
            return Some(path.len() as isize - 1);
        }
        self.climb(&to.id, from).map(|path| 1 - path.len() as isize)
    }

    /// A level's position on a track's ladder, if the ladder holds it (0: the first level).
    pub fn position_on(&self, track: &Track, level: &LevelId) -> Option<usize> {
        self.ladder(track).position(|l| &l.id == level)
    }

    /// The process a move up to `to` follows: a track switch's own where the move is one and
    /// it gives one, else the process of `to`'s track, else the framework's.
    pub fn process_for(&self, from: &Level, to: &Level) -> Option<&Process> {
        let switch = self
            .switches
            .iter()
            .find(|s| s.from_levels.contains(&from.id) && s.to_levels.contains(&to.id))
            .and_then(|s| s.process.as_ref());
        switch
            .or(self.track_of(to).process.as_ref())
            .or(self.promotion.as_ref().and_then(|p| p.process.as_ref()))
    }

    pub fn track_of(&self, level: &Level) -> &Track {
        self.track(&level.track)
            .expect("a validated level belongs to one of the framework's tracks")
    }

    pub fn scale(&self, id: &ScaleId) -> Option<&Scale> {
        self.scales.iter().find(|s| &s.id == id)
    }

    /// The typical timeline for the step between two levels, if the framework gives one.
    /// Whether the framework gives any typical timeline, the only source of a dated plan.
    pub fn has_timelines(&self) -> bool {
        self.promotion
            .as_ref()
            .is_some_and(|p| !p.timelines.is_empty())
    }

    pub fn timeline(&self, from: &LevelId, to: &LevelId) -> Option<&Timeline> {
        self.promotion
            .as_ref()?
            .timelines
            .iter()
            .find(|t| &t.from == from && &t.to == to)
    }

    /// The level directly above this one on the same track.
    pub fn next_level(&self, level: &Level) -> Option<&Level> {
        self.track_of(level).levels.get(level.rank + 1)
    }

    /// Every level directly above this one: the next on its own track, then the first level
    /// of each track that splits off here.
    pub fn next_levels<'f>(&'f self, level: &'f Level) -> Vec<&'f Level> {
        let branches = self
            .tracks
            .iter()
            .filter(|t| t.shared.last() == Some(&level.id))
            .filter_map(|t| t.levels.first());
        self.next_level(level).into_iter().chain(branches).collect()
    }

    /// The level directly below this one on its ladder: the one before it on its own track,
    /// or, for a track's first own level, the last level it shares.
    pub fn previous_level(&self, level: &Level) -> Option<&Level> {
        match level.rank.checked_sub(1) {
            Some(rank) => self.track_of(level).levels.get(rank),
            None => self.level(self.track_of(level).shared.last()?),
        }
    }

    /// An expectation statement of any level, by its stable id.
    pub fn statement(&self, id: &StatementId) -> Option<&Statement> {
        self.levels()
            .flat_map(|l| l.expectations.iter())
            .flat_map(|e| e.statements.iter())
            .find(|s| &s.id == id)
    }

    pub fn statement_count(&self) -> usize {
        self.levels()
            .flat_map(|l| l.expectations.iter())
            .map(|e| e.statements.len())
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub id: ScaleId,
    pub name: String,
    pub steps: Vec<String>,
}

impl Scale {
    /// Where a value sits on the scale, comparing without regard to case.
    pub fn position(&self, value: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.eq_ignore_ascii_case(value))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub id: TrackId,
    pub name: String,
    pub description: String,
    pub dimensions: Vec<Dimension>,
    pub attributes: Vec<Attribute>,
    /// Skills expected at every level of the track.
    pub competencies: Vec<Fact>,
    /// The levels of other tracks this track shares before it splits off, junior to senior
    /// (empty for a track that starts on its own). `Framework::ladder` puts them first.
    pub shared: Vec<LevelId>,
    /// How a move to one of this track's own levels works, where the framework says.
    pub process: Option<Process>,
    /// Its own levels, junior to senior; a level's `rank` is its index here.
    pub levels: Vec<Level>,
}

impl Track {
    pub fn dimension(&self, id: &DimensionId) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| &d.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: DimensionId,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    pub id: AttributeId,
    pub name: String,
    pub scale: Option<ScaleId>,
    /// The dimension of the track this attribute describes, if the framework links one: a
    /// shift in it is a suggestion for that dimension and no other.
    pub dimension: Option<DimensionId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Level {
    pub id: LevelId,
    pub track: TrackId,
    /// Position within the track, 0 for the most junior level.
    pub rank: usize,
    pub title: String,
    /// The short code people use for the level (its id), when the framework says its ids are
    /// codes (`level_codes`); otherwise `None` and the title alone names it.
    pub code: Option<String>,
    /// Career stage, where the framework gives one.
    pub stage: Option<String>,
    pub roles: Vec<String>,
    /// Operational and strategic shares, where the framework gives them.
    pub focus: Option<Focus>,
    /// One line that says what the level is, where the framework gives one.
    pub summary: Option<String>,
    /// One entry per dimension of the track that the level describes, in the track's
    /// dimension order (every dimension, in most frameworks).
    pub expectations: Vec<Expectations>,
    /// One entry per attribute of the track that this level gives a value for, in track order.
    pub attributes: Vec<AttributeValue>,
    pub span: Vec<Fact>,
    pub background: Vec<String>,
    pub success_indicators: Vec<String>,
    pub development_areas: Vec<String>,
    pub note: Option<String>,
}

impl Level {
    /// Whether the level states expectations for this dimension (a framework may leave a
    /// dimension out at some levels: there it is not shown, asked or counted).
    pub fn describes(&self, dimension: &DimensionId) -> bool {
        self.expectations_for(dimension).is_some()
    }

    pub fn expectations_for(&self, dimension: &DimensionId) -> Option<&Expectations> {
        self.expectations.iter().find(|e| &e.dimension == dimension)
    }

    pub fn attribute(&self, id: &AttributeId) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| &a.attribute == id)
            .map(|a| a.value.as_str())
    }
}

/// Share of operational and strategic work, in percent; the two add up to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus {
    pub operational: u8,
    pub strategic: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expectations {
    pub dimension: DimensionId,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: StatementId,
    pub text: String,
    /// What meeting it can look like, in the framework's words (often none).
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AttributeValue {
    pub attribute: AttributeId,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A span of months; `max: None` means open-ended, as in "36+ months". Invariant: min <= max.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Months {
    pub min: u16,
    pub max: Option<u16>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Promotion {
    pub principle: String,
    pub criteria: Vec<Criterion>,
    pub timelines: Vec<Timeline>,
    pub process: Option<Process>,
    pub evidence: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The span the criterion speaks of, shown on the promotion page; it judges nothing.
    pub months: Option<Months>,
    pub judged: Judged,
}

/// How a self-assessment judges a criterion, as the framework states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judged {
    /// Met when every question is met. Never empty.
    Questions(Vec<Question>),
    /// Met when the self-assessment's verdict is "ready"; the framework has a verdict rule.
    Verdict,
    /// Nothing Ladder can judge: listed for the person to check with their manager.
    ByManager,
}

impl Criterion {
    pub fn questions(&self) -> &[Question] {
        match &self.judged {
            Judged::Questions(questions) => questions,
            Judged::Verdict | Judged::ByManager => &[],
        }
    }
}

/// One question about a criterion, in the framework's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    pub needs: Needs,
}

/// The answer that meets a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// At least this many months. With `once_ready`, the months only start to count once every
    /// dimension is ready, so a plan made before that dates them from when it should be.
    Months { min: u16, once_ready: bool },
    /// At least this many.
    Count(u16),
    /// A box that must be ticked.
    Yes,
}

impl Needs {
    /// The largest number a person may give: months as any month count, counts up to 999.
    pub fn max_answer(self) -> u16 {
        match self {
            Needs::Months { .. } => 600,
            Needs::Count(_) => 999,
            Needs::Yes => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub from: LevelId,
    pub to: LevelId,
    pub months: Months,
    pub demonstrating: String,
}

/// How a move is made; each part only where the framework states it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Process {
    pub starts_by: Option<Start>,
    pub steps: Vec<Fact>,
    /// Weeks from the move being put forward to the decision, min <= max.
    pub decision_weeks: Option<(u16, u16)>,
    pub effective: Option<Effective>,
}

/// How a move starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Nomination,
    Round,
    Application,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effective {
    NextQuarterStart,
    NextMonthStart,
    Immediately,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrackSwitch {
    pub from_track: TrackId,
    pub to_track: TrackId,
    pub from_levels: Vec<LevelId>,
    pub to_levels: Vec<LevelId>,
    pub path_note: Option<String>,
    pub consider: Vec<String>,
    pub requirements: Vec<Requirement>,
    /// How this move works, where the framework says so for the move itself.
    pub process: Option<Process>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub text: String,
    pub min_months_in_role: Option<u16>,
}

/// Scoring and planning thresholds; each one a framework setting with a default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub ready_percent: u8,
    pub close_percent: u8,
    pub min_answered: u8,
    pub closing_months: ClosingMonths,
    pub verdict: VerdictRule,
    pub placement: PlacementRule,
}

/// How find my level combines the level picked for each dimension, as the framework states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlacementRule {
    /// The lowest level picked: every dimension supports it.
    Lowest,
    /// The median level picked (the lower of the middle two).
    Median,
    /// The framework states no rule: each dimension's level and their range, no overall one.
    #[default]
    None,
}

/// How readiness per dimension becomes an overall verdict, as the framework states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VerdictRule {
    /// Ready only when every dimension is ready: one gap holds the promotion back.
    EveryDimension,
    /// Ready when at least this many dimensions are (all of them, where there are fewer).
    AtLeast(u8),
    /// Ready when at least this percentage of the dimensions are.
    Share(u8),
    /// The framework states no rule: no verdict, nothing holds anything back.
    #[default]
    None,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ready_percent: 80,
            close_percent: 50,
            min_answered: 3,
            closing_months: ClosingMonths {
                ready: 0,
                close: 3,
                gap: 6,
                incomplete: 6,
            },
            verdict: VerdictRule::None,
            placement: PlacementRule::None,
        }
    }
}

/// Months a dimension typically needs to close, by its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosingMonths {
    pub ready: u16,
    pub close: u16,
    pub gap: u16,
    pub incomplete: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Compensation {
    pub philosophy: String,
    pub components: Vec<Fact>,
    pub leveling_factors: Vec<Fact>,
    pub review: Option<String>,
}
