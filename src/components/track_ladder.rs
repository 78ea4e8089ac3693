//! One track drawn as a ladder: its most senior level at the top.

use super::LevelCard;
use ladder_core::Track;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrackLadderProps {
    pub track: Track,
}

#[component]
pub fn TrackLadder(props: &TrackLadderProps) -> Html {
    let t = &props.track;
    let heading = format!("track-{}", t.id);
    html! {
        <section class="ladder" aria-labelledby={heading.clone()} data-testid={format!("ladder-{}", t.id)}>
            <h2 id={heading}>{ &t.name }</h2>
            <p class="track-description">{ &t.description }</p>
            <ol class="rungs" reversed=true>
                { for t.levels.iter().rev().map(|l| html! {
                    <li><LevelCard level={l.clone()} /></li>
                }) }
            </ol>
        </section>
    }
}
