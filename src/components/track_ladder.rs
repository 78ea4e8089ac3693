//! One track drawn as a ladder: its most senior level at the top.

use super::LevelCard;
use crate::hooks::use_framework;
use ladder_core::TrackId;
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
                { for t.levels.iter().rev().map(|l| html! {
                    <li><LevelCard id={l.id.clone()} /></li>
                }) }
            </ol>
        </section>
    }
}
