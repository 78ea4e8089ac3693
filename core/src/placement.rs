//! "Find my level": for each dimension of a track, the level whose expectations best describe
//! someone's work today; overall, the lowest of them (the all-dimensions rule) and the median.

use crate::model::{DimensionId, Framework, Level, LevelId, PlacementRule, Track};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Placement<'f> {
    /// Per dimension the track's levels describe, in order: the chosen level, if one was chosen.
    pub per_dimension: Vec<(DimensionId, Option<&'f Level>)>,
    /// The overall level by the framework's rule (`Settings::placement`): the lowest chosen
    /// level or the median one; `None` without a rule or a choice.
    pub overall: Option<&'f Level>,
    /// The lowest and highest chosen levels, on the track's ladder.
    pub lowest: Option<&'f Level>,
    pub highest: Option<&'f Level>,
    /// The median chosen level (the lower one of the middle two for an even count).
    pub typical: Option<&'f Level>,
    /// Dimensions whose level is above the lowest one, which the person could lead with.
    pub strongest: Vec<DimensionId>,
    /// Dimensions at the lowest level, which hold it there.
    pub holding_back: Vec<DimensionId>,
    pub complete: bool,
}

/// Places someone on `track` from their choices, dimension id to level id. Choices naming a
/// level off the track's ladder, a level that does not describe the dimension, or an unknown
/// dimension are ignored; dimensions no level of the ladder describes are not asked.
pub fn place<'f>(
    framework: &'f Framework,
    track: &'f Track,
    choices: &BTreeMap<DimensionId, LevelId>,
) -> Placement<'f> {
    let ladder: Vec<&Level> = framework.ladder(track).collect();
    let position = |l: &Level| ladder.iter().position(|on| on.id == l.id);
    let per_dimension: Vec<(DimensionId, Option<&Level>)> = framework
        .asked_dimensions(track)
        .map(|d| {
            let level = choices
                .get(&d.id)
                .and_then(|id| framework.level(id))
                .filter(|l| position(l).is_some() && l.describes(&d.id));
            (d.id.clone(), level)
        })
        .collect();
    let mut chosen: Vec<&Level> = per_dimension.iter().filter_map(|(_, l)| *l).collect();
    chosen.sort_by_key(|l| position(l));
    let lowest = chosen.first().copied();
    let highest = chosen.last().copied();
    let typical = (!chosen.is_empty()).then(|| chosen[(chosen.len() - 1) / 2]);
    let overall = match framework.settings.placement {
        PlacementRule::Lowest => lowest,
        PlacementRule::Median => typical,
        PlacementRule::None => None,
    };
    let rank = |l: Option<&Level>| l.and_then(&position);
    let strongest = per_dimension
        .iter()
        .filter(|(_, l)| rank(*l) > rank(lowest))
        .map(|(d, _)| d.clone())
        .collect();
    let holding_back = per_dimension
        .iter()
        .filter(|(_, l)| l.is_some() && rank(*l) == rank(lowest))
        .map(|(d, _)| d.clone())
        .collect();
    Placement {
        complete: chosen.len() == per_dimension.len(),
        per_dimension,
        overall,
        lowest,
        highest,
        typical,
        strongest,
        holding_back,
    }
}
