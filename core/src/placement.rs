//! "Find my level": for each dimension of a track, the level whose expectations best describe
//! someone's work today; overall, the lowest of them (the all-dimensions rule) and the median.

use crate::model::{DimensionId, Framework, Level, LevelId, Track};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Placement<'f> {
    /// Per dimension of the track, in order: the chosen level, if one was chosen.
    pub per_dimension: Vec<(DimensionId, Option<&'f Level>)>,
    /// The lowest chosen level: the level every dimension supports.
    pub overall: Option<&'f Level>,
    /// The median chosen level (the lower one of the middle two for an even count).
    pub typical: Option<&'f Level>,
    /// Dimensions whose level is above the overall one, which the person could lead with.
    pub strongest: Vec<DimensionId>,
    /// Dimensions at the overall level, which hold it there.
    pub holding_back: Vec<DimensionId>,
    pub complete: bool,
}

/// Places someone on `track` from their choices, dimension id to level id. Choices naming
/// another track's level or an unknown dimension are ignored.
pub fn place<'f>(
    framework: &'f Framework,
    track: &'f Track,
    choices: &BTreeMap<DimensionId, LevelId>,
) -> Placement<'f> {
    let per_dimension: Vec<(DimensionId, Option<&Level>)> = track
        .dimensions
        .iter()
        .map(|d| {
            let level = choices
                .get(&d.id)
                .and_then(|id| framework.level(id))
                .filter(|l| l.track == track.id);
            (d.id.clone(), level)
        })
        .collect();
    let mut chosen: Vec<&Level> = per_dimension.iter().filter_map(|(_, l)| *l).collect();
    chosen.sort_by_key(|l| l.rank);
    let overall = chosen.first().copied();
    let typical = (!chosen.is_empty()).then(|| chosen[(chosen.len() - 1) / 2]);
    let rank = |l: Option<&Level>| l.map(|l| l.rank);
    let strongest = per_dimension
        .iter()
        .filter(|(_, l)| rank(*l) > rank(overall))
        .map(|(d, _)| d.clone())
        .collect();
    let holding_back = per_dimension
        .iter()
        .filter(|(_, l)| l.is_some() && rank(*l) == rank(overall))
        .map(|(d, _)| d.clone())
        .collect();
    Placement {
        complete: chosen.len() == per_dimension.len(),
        per_dimension,
        overall,
        typical,
        strongest,
        holding_back,
    }
}
