//! A level of the shared framework, found by id, for the components that show one level and
//! show nothing when the framework has no such level.

use super::use_framework;
use ladder_core::{Framework, Level, LevelId};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// A level known to be in the framework it holds; reads as the `Level` itself.
pub struct FoundLevel {
    framework: Rc<Framework>,
    track: usize,
    rank: usize,
}

impl FoundLevel {
    pub fn framework(&self) -> &Framework {
        &self.framework
    }
}

impl Deref for FoundLevel {
    type Target = Level;

    fn deref(&self) -> &Level {
        // Both indices were found in this very framework, which never changes.
        &self.framework.tracks[self.track].levels[self.rank]
    }
}

/// The level with this id, or `None` when the framework does not have it.
#[hook]
pub fn use_level(id: &LevelId) -> Option<FoundLevel> {
    let framework = use_framework();
    let (track, rank) = framework.tracks.iter().enumerate().find_map(|(t, track)| {
        let rank = track.levels.iter().position(|l| &l.id == id)?;
        Some((t, rank))
    })?;
    Some(FoundLevel {
        framework,
        track,
        rank,
    })
}
