//! A person's self-assessment: what they chose at the start, how they rated each expectation,
//! and their answers to the promotion-criteria questions. Changed only through `apply`.

use crate::model::{DimensionId, Framework, LevelId, QuestionId, StatementId};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// How consistently someone meets an expectation today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    NotYet = 0,
    Sometimes = 1,
    Usually = 2,
    Consistently = 3,
}

impl Rating {
    pub const ALL: [Rating; 4] = [
        Rating::NotYet,
        Rating::Sometimes,
        Rating::Usually,
        Rating::Consistently,
    ];

    pub fn value(self) -> u32 {
        self as u32
    }
}

/// A month of a year, as people remember when they started a role. Month is 1–12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// `None` for a month outside 1–12 or a year outside 1900–2200.
    pub fn new(year: i32, month: u32) -> Option<Self> {
        ((1..=12).contains(&month) && (1900..=2200).contains(&year)).then_some(Self { year, month })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("validated year and month")
    }

    /// Whole months from this month to the month `today` is in (0 if `today` is earlier).
    pub fn months_until(self, today: NaiveDate) -> u32 {
        use chrono::Datelike;
        let from = self.year * 12 + self.month as i32;
        let to = today.year() * 12 + today.month() as i32;
        (to - from).max(0) as u32
    }
}

/// What a person chose for one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Untouched,
    NotSure,
    Rated(Rating),
}

/// An answer a person gave: a rating or "Not sure". One per statement, so nothing (a link, a
/// file, saved text) can say a statement is both rated and "Not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    Rated(Rating),
    NotSure,
}

/// Answers to the framework's promotion-criteria questions, keyed by question id: a number of
/// months, a count, or 1 for a ticked box. Zero (and an unticked box) is not kept, so answers
/// that say nothing equal no answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CriteriaAnswers(BTreeMap<QuestionId, u16>);

/// The question ids that the five answers of the first formats (months meeting the current
/// level, months at the next, examples, peer feedback, the manager) are read under: the default
/// framework's questions.
pub const LEGACY_QUESTIONS: [&str; 5] = [
    "months-current",
    "months-next",
    "examples",
    "peer-feedback",
    "manager",
];

impl CriteriaAnswers {
    /// The answer to a question: 0 when not answered.
    pub fn get(&self, id: &QuestionId) -> u16 {
        self.0.get(id).copied().unwrap_or(0)
    }

    pub fn ticked(&self, id: &QuestionId) -> bool {
        self.get(id) > 0
    }

    pub fn set(&mut self, id: QuestionId, value: u16) {
        if value == 0 {
            self.0.remove(&id);
        } else {
            self.0.insert(id, value);
        }
    }

    /// Every answer given, by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&QuestionId, u16)> {
        self.0.iter().map(|(id, v)| (id, *v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The five numbers of the first formats, under `LEGACY_QUESTIONS`; a box counts as ticked
    /// only when its number is 1, as those formats read it.
    pub fn from_legacy(numbers: [u16; 5]) -> Self {
        let mut answers = CriteriaAnswers::default();
        for (i, (id, n)) in LEGACY_QUESTIONS.iter().zip(numbers).enumerate() {
            let n = if i >= 3 { u16::from(n == 1) } else { n };
            answers.set(QuestionId::new(*id), n);
        }
        answers
    }

    /// The five numbers of the first formats, read from `LEGACY_QUESTIONS`.
    pub fn legacy(&self) -> [u16; 5] {
        LEGACY_QUESTIONS.map(|id| self.get(&QuestionId::new(id)))
    }

    /// Splits off the answers to questions the framework does not ask, to be reported as left
    /// out; what stays fits each question (a box is 0 or 1, a number at most its maximum).
    pub fn keep_known(&mut self, framework: &Framework) -> Vec<QuestionId> {
        let mut dropped = Vec::new();
        let answers = std::mem::take(&mut self.0);
        for (id, value) in answers {
            match framework.question(&id) {
                Some(q) => self.set(id, value.min(q.needs.max_answer())),
                None => dropped.push(id),
            }
        }
        dropped
    }
}

/// Everything a person has entered. The framework id and version it was made against are kept
/// so that an assessment can say which version of the framework it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub framework_id: String,
    pub framework_version: String,
    pub current: LevelId,
    pub target: LevelId,
    pub in_level_since: YearMonth,
    /// Shown on the page only; never leaves it.
    pub name: String,
    /// The statements answered. "Not sure" counts as unanswered in the report, but was chosen;
    /// a statement without an entry is untouched.
    pub answers: BTreeMap<StatementId, Given>,
    pub notes: BTreeMap<DimensionId, String>,
    pub criteria: CriteriaAnswers,
}

/// The longest evidence note kept, in characters: room for several concrete examples.
pub const MAX_NOTE_CHARS: usize = 4000;
/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// A change a person makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetCurrent(LevelId),
    SetTarget(LevelId),
    SetSince(YearMonth),
    /// Refused (no change) when longer than `MAX_NAME_CHARS`.
    SetName(String),
    /// `None` is "Not sure": the statement is left unanswered and flagged in the report.
    Rate(StatementId, Option<Rating>),
    /// Back to untouched: neither rated nor marked "Not sure".
    Unrate(StatementId),
    /// Refused (no change) when longer than `MAX_NOTE_CHARS`: a note is never cut.
    SetNote(DimensionId, String),
    /// The answer to one criteria question: months, a count, or 1 for a ticked box (0 clears
    /// it). Refused (no change) for a question the framework does not ask, or a number above
    /// what the question allows.
    SetCriterion(QuestionId, u16),
    /// Forget every answer, the name and the notes; keep the levels and the date.
    ClearAnswers,
    /// Take everything from another assessment (one opened from a file). Refused when it names
    /// a level this framework does not have.
    Replace(Box<Assessment>),
}

impl Assessment {
    /// A fresh assessment: the first level of the first track, aiming at the next one.
    pub fn new(framework: &Framework, in_level_since: YearMonth) -> Self {
        let current = framework
            .levels()
            .next()
            .expect("a validated framework has a level");
        // The next level on its track, or, at a track's top where another splits off, the
        // first level of that one.
        let target = framework
            .next_levels(current)
            .first()
            .copied()
            .unwrap_or(current);
        Assessment {
            framework_id: framework.id.clone(),
            framework_version: framework.version.clone(),
            current: current.id.clone(),
            target: target.id.clone(),
            in_level_since,
            name: String::new(),
            answers: BTreeMap::new(),
            notes: BTreeMap::new(),
            criteria: CriteriaAnswers::default(),
        }
    }

    /// Applies a change. Choosing a new current level also moves the target to the next level
    /// of that track when the old target is no longer above it, so the pair stays sensible.
    pub fn apply(&mut self, framework: &Framework, action: Action) {
        match action {
            Action::SetCurrent(id) => {
                let Some(level) = framework.level(&id) else {
                    return;
                };
                let target_still_fits = framework
                    .level(&self.target)
                    .is_some_and(|t| framework.steps_between(level, t).is_none_or(|n| n > 0));
                if !target_still_fits {
                    self.target = framework
                        .next_levels(level)
                        .first()
                        .copied()
                        .unwrap_or(level)
                        .id
                        .clone();
                }
                self.current = id;
            }
            Action::SetTarget(id) => {
                if framework.level(&id).is_some() {
                    self.target = id;
                }
            }
            Action::SetSince(since) => self.in_level_since = since,
            Action::SetName(name) => {
                if name.chars().count() <= MAX_NAME_CHARS {
                    self.name = name;
                }
            }
            Action::Rate(statement, Some(rating)) => {
                self.answers.insert(statement, Given::Rated(rating));
            }
            Action::Rate(statement, None) => {
                self.answers.insert(statement, Given::NotSure);
            }
            Action::Unrate(statement) => {
                self.answers.remove(&statement);
            }
            Action::SetNote(dimension, note) => {
                if note.chars().count() > MAX_NOTE_CHARS {
                    return;
                }
                if note.trim().is_empty() {
                    self.notes.remove(&dimension);
                } else {
                    self.notes.insert(dimension, note);
                }
            }
            Action::SetCriterion(id, value) => {
                if framework
                    .question(&id)
                    .is_some_and(|q| value <= q.needs.max_answer())
                {
                    self.criteria.set(id, value);
                }
            }
            Action::Replace(other) => {
                if framework.level(&other.current).is_some()
                    && framework.level(&other.target).is_some()
                {
                    *self = *other;
                }
            }
            Action::ClearAnswers => {
                self.answers.clear();
                self.notes.clear();
                self.name.clear();
                self.criteria = CriteriaAnswers::default();
            }
        }
    }

    /// Whether the person has entered anything beyond the levels and dates: a rating, a note,
    /// a name or a criteria answer.
    pub fn has_answers(&self) -> bool {
        !self.answers.is_empty()
            || !self.notes.is_empty()
            || !self.name.is_empty()
            || !self.criteria.is_empty()
    }

    pub fn rating(&self, statement: &StatementId) -> Option<Rating> {
        match self.answers.get(statement) {
            Some(Given::Rated(rating)) => Some(*rating),
            _ => None,
        }
    }

    /// What the person chose for a statement: a rating, "Not sure", or nothing yet.
    pub fn answer(&self, statement: &StatementId) -> Answer {
        match self.answers.get(statement) {
            Some(Given::Rated(rating)) => Answer::Rated(*rating),
            Some(Given::NotSure) => Answer::NotSure,
            None => Answer::Untouched,
        }
    }

    /// The rated statements, in id order.
    pub fn ratings(&self) -> impl Iterator<Item = (&StatementId, Rating)> {
        self.answers.iter().filter_map(|(id, given)| match given {
            Given::Rated(rating) => Some((id, *rating)),
            Given::NotSure => None,
        })
    }

    /// The statements marked "Not sure", in id order.
    pub fn not_sure(&self) -> impl Iterator<Item = &StatementId> {
        self.answers
            .iter()
            .filter(|(_, given)| **given == Given::NotSure)
            .map(|(id, _)| id)
    }
}

/// How one assessment differs from an earlier one, counted: what a notice names when a change
/// could not be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changes {
    /// Statements whose answer (a rating, "Not sure", or none) differs.
    pub answers: usize,
    /// Dimensions whose evidence note differs.
    pub notes: usize,
    pub name: bool,
    /// The current or target level, or the date in the current level.
    pub levels: bool,
    pub criteria: bool,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }
}

impl Assessment {
    /// What this assessment holds that `earlier` did not hold the same way.
    pub fn changes_since(&self, earlier: &Assessment) -> Changes {
        let statements: std::collections::BTreeSet<&StatementId> = [self, earlier]
            .into_iter()
            .flat_map(|a| a.answers.keys())
            .collect();
        let dimensions: std::collections::BTreeSet<&DimensionId> =
            self.notes.keys().chain(earlier.notes.keys()).collect();
        Changes {
            answers: statements
                .into_iter()
                .filter(|id| self.answer(id) != earlier.answer(id))
                .count(),
            notes: dimensions
                .into_iter()
                .filter(|id| self.notes.get(*id) != earlier.notes.get(*id))
                .count(),
            name: self.name != earlier.name,
            levels: (&self.current, &self.target, self.in_level_since)
                != (&earlier.current, &earlier.target, earlier.in_level_since),
            criteria: self.criteria != earlier.criteria,
        }
    }
}
