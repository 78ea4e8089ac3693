//! What changes between two levels: dimensions lined up by id, attributes compared on their
//! scales, the shift in strategic focus and the typical time the move takes.
//!
//! Levels can be on the same track or on different ones; dimensions and attributes that only
//! one side has are kept and marked, never dropped.

use crate::model::*;

/// The result of comparing level `from` with level `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'f> {
    pub from: &'f Level,
    pub to: &'f Level,
    pub direction: Direction,
    /// Change in strategic share, in percentage points (positive: more strategic).
    /// Points of strategic share gained (negative: lost); `None` unless both levels give a focus.
    pub strategic_shift: Option<i16>,
    /// Typical time for the move, summed over each step, when the framework gives every step.
    pub typical_time: Option<Months>,
    pub dimensions: Vec<DimensionPair<'f>>,
    pub attributes: Vec<AttributeChange<'f>>,
}

/// Where `to` sits relative to `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Same,
    /// `steps` levels up the same track.
    Up {
        steps: usize,
    },
    /// `steps` levels down the same track.
    Down {
        steps: usize,
    },
    /// A level on another track.
    OtherTrack,
}

/// One dimension as each side describes it; `None` where that side's track lacks it.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionPair<'f> {
    pub dimension: &'f Dimension,
    pub from: Option<&'f Expectations>,
    pub to: Option<&'f Expectations>,
}

/// One attribute as each side gives it, and how it moved.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeChange<'f> {
    pub attribute: &'f Attribute,
    pub from: Option<&'f str>,
    pub to: Option<&'f str>,
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    /// Further along the attribute's scale by this many steps.
    Up(usize),
    /// Back along the attribute's scale by this many steps.
    Down(usize),
    /// Different values with no scale to order them.
    Different,
    /// Only one side gives a value.
    OneSided,
}

impl Change {
    pub fn is_change(self) -> bool {
        self != Change::Same
    }
}

/// Compares two levels of a framework.
pub fn compare<'f>(framework: &'f Framework, from: &'f Level, to: &'f Level) -> Comparison<'f> {
    let from_track = framework.track_of(from);
    let to_track = framework.track_of(to);
    let direction = match framework.steps_between(from, to) {
        None => Direction::OtherTrack,
        Some(n) if n > 0 => Direction::Up { steps: n as usize },
        Some(n) if n < 0 => Direction::Down {
            steps: n.unsigned_abs(),
        },
        Some(_) => Direction::Same,
    };

    let dimensions = union_by(&from_track.dimensions, &to_track.dimensions, |d| &d.id)
        .into_iter()
        .map(|dimension| DimensionPair {
            dimension,
            from: from.expectations_for(&dimension.id),
            to: to.expectations_for(&dimension.id),
        })
        .collect();

    let attributes = union_by(&from_track.attributes, &to_track.attributes, |a| &a.id)
        .into_iter()
        .map(|attribute| {
            let a = from.attribute(&attribute.id);
            let b = to.attribute(&attribute.id);
            let scale = attribute.scale.as_ref().and_then(|s| framework.scale(s));
            AttributeChange {
                attribute,
                from: a,
                to: b,
                change: change(a, b, scale),
            }
        })
        .collect();

    Comparison {
        from,
        to,
        direction,
        strategic_shift: from
            .focus
            .zip(to.focus)
            .map(|(f, t)| i16::from(t.strategic) - i16::from(f.strategic)),
        typical_time: typical_time(framework, from, to, direction),
        dimensions,
        attributes,
    }
}

/// Items of `a` in order, then the items of `b` whose key `a` lacks.
fn union_by<'f, T, K: PartialEq>(a: &'f [T], b: &'f [T], key: impl Fn(&T) -> &K) -> Vec<&'f T> {
    let mut out: Vec<&T> = a.iter().collect();
    out.extend(b.iter().filter(|y| !a.iter().any(|x| key(x) == key(y))));
    out
}

fn change(a: Option<&str>, b: Option<&str>, scale: Option<&Scale>) -> Change {
    let (Some(a), Some(b)) = (a, b) else {
        return if a.is_none() && b.is_none() {
            Change::Same
        } else {
            Change::OneSided
        };
    };
    if a.eq_ignore_ascii_case(b) {
        return Change::Same;
    }
    match scale.and_then(|s| Some((s.position(a)?, s.position(b)?))) {
        Some((x, y)) if y > x => Change::Up(y - x),
        Some((x, y)) if y < x => Change::Down(x - y),
        _ => Change::Different,
    }
}

/// Sums the typical timelines of each step up the track; `None` if any step has none.
fn typical_time(
    framework: &Framework,
    from: &Level,
    to: &Level,
    direction: Direction,
) -> Option<Months> {
    let Direction::Up { .. } = direction else {
        return None;
    };
    let levels = framework.climb(&from.id, to)?;
    levels.windows(2).try_fold(
        Months {
            min: 0,
            max: Some(0),
        },
        |acc, pair| {
            let step = framework.timeline(&pair[0].id, &pair[1].id)?.months;
            // Checked: a sum too large to count is no typical time, never a wrapped one.
            Some(Months {
                min: acc.min.checked_add(step.min)?,
                max: acc.max.zip(step.max).and_then(|(x, y)| x.checked_add(y)),
            })
        },
    )
}

/// How far apart two levels of one track may be and still get a published comparison page.
pub const PUBLISHED_STEPS: usize = 2;

/// The pairs of levels the site publishes a comparison page for, in a stable order: each level
/// with every level up to `PUBLISHED_STEPS` steps away on each ladder that holds it (up and
/// down; a track that splits off climbs its shared levels first), then
/// every (from, to) pair of each track switch path. These are the comparisons people make when
/// they weigh the next step or a change of track; any other pair opens in the app. The count
/// grows with the number of levels, not with its square, so a big framework stays a small site.
pub fn published_pairs(framework: &Framework) -> Vec<(LevelId, LevelId)> {
    let mut pairs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |pair: (LevelId, LevelId), pairs: &mut Vec<(LevelId, LevelId)>| {
        if pair.0 != pair.1 && seen.insert(pair.clone()) {
            pairs.push(pair);
        }
    };
    // Each track's ladder, shared levels included: a level where a track splits off is
    // compared with the levels above it on both tracks (shared pairs are added once).
    for track in &framework.tracks {
        let ladder: Vec<&Level> = framework.ladder(track).collect();
        for (i, from) in ladder.iter().enumerate() {
            let near =
                i.saturating_sub(PUBLISHED_STEPS)..(i + PUBLISHED_STEPS + 1).min(ladder.len());
            for to in &ladder[near] {
                add((from.id.clone(), to.id.clone()), &mut pairs);
            }
        }
    }
    for switch in &framework.switches {
        for from in &switch.from_levels {
            for to in &switch.to_levels {
                add((from.clone(), to.clone()), &mut pairs);
            }
        }
    }
    pairs
}

/// Whether `published_pairs` holds (`from`, `to`), answered without building the list: what a
/// link to a comparison asks before it points at a page rather than at the app.
pub fn is_published_pair(framework: &Framework, from: &LevelId, to: &LevelId) -> bool {
    let (Some(a), Some(b)) = (framework.level(from), framework.level(to)) else {
        return false;
    };
    let near = framework
        .steps_between(a, b)
        .is_some_and(|steps| steps != 0 && steps.unsigned_abs() <= PUBLISHED_STEPS);
    near || from != to
        && framework
            .switches
            .iter()
            .any(|s| s.from_levels.contains(from) && s.to_levels.contains(to))
}
