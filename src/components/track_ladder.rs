//! One track drawn as a ladder: its most senior level at the top.

use super::LevelCard;
use crate::hooks::use_framework;
use crate::words::shared_levels;
use ladder_core::{Framework, Track, TrackId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackLadderProps {
    pub id: TrackId,
}

#[component]
pub fn TrackLadder(props: &TrackLadderProps) -> Html {
    let fw = use_framework();
    let Some(t) = fw.track(&props.id) else {
        return html! {};
    };
    let heading = format!("track-{}", t.id);
    html! {
        <section class="ladder" aria-labelledby={heading.clone()} data-testid={format!("ladder-{}", t.id)}>
            <h2 id={heading}>{ &t.name }</h2>
            <p class="track-description">{ &t.description }</p>
            <ol class="rungs" reversed=true>
                { for fw.ladder(t).collect::<Vec<_>>().into_iter().rev().map(|l| html! {
                    <li><LevelCard id={l.id.clone()} /></li>
                }) }
            </ol>
            if let Some(note) = shared_note(&fw, t) {
                <p class="hint" data-testid={format!("shared-{}", t.id)}>{ note }</p>
            }
        </section>
    }
}

/// For a track that splits off another, which of its levels it shares.
fn shared_note(fw: &Framework, t: &Track) -> Option<String> {
    let first = fw.level(t.shared.first()?)?;
    let last = fw.level(t.shared.last()?)?;
    Some(shared_levels(first, last, fw.track_of(last)))
}
