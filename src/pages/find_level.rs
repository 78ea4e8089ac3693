//! Find my level: for each dimension of a track, pick the level whose expectations best match
//! the work today; the result follows the all-dimensions rule. Worded for "me" or, for hiring
//! managers, "the candidate".

use crate::hooks::{use_framework, use_page_title};
use crate::route::Route;
use crate::words::level_label;
use ladder_core::{place, DimensionId, LevelId, TrackId};
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindLevelPageProps {
    pub candidate: bool,
}

#[component]
pub fn FindLevelPage(props: &FindLevelPageProps) -> Html {
    let fw = use_framework();
    let track_id = use_state(|| fw.tracks[0].id.clone());
    let choices = use_state(BTreeMap::<DimensionId, LevelId>::new);
    let (whose, who) = if props.candidate {
        ("the candidate’s", "the candidate")
    } else {
        ("your", "you")
    };
    use_page_title(if props.candidate {
        "Level a candidate".to_string()
    } else {
        "Find my level".to_string()
    });
    let track = fw.track(&track_id).unwrap_or(&fw.tracks[0]);
    let placement = place(&fw, track, &choices);
    let name_of = |id: &DimensionId| {
        track
            .dimension(id)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };

    let on_track = {
        let (track_id, choices) = (track_id.clone(), choices.clone());
        move |id: TrackId| {
            let (track_id, choices) = (track_id.clone(), choices.clone());
            Callback::from(move |_: Event| {
                track_id.set(id.clone());
                choices.set(BTreeMap::new());
            })
        }
    };
    let on_pick = |dimension: DimensionId| {
        let choices = choices.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = (*choices).clone();
            next.insert(dimension.clone(), LevelId::new(input.value()));
            choices.set(next);
        })
    };

    html! {
        <div class="find-level" data-testid="find-level">
            <h1>{ if props.candidate { "Level a candidate" } else { "Find my level" } }</h1>
            <p class="lead">{ format!("One question per dimension: pick the level whose description best matches {whose} work today. The result is the level every dimension supports, as promotions require, with the typical level alongside.") }</p>
            <p class="hint">
                if props.candidate {
                    <a href={Route::Find { candidate: false }.href()}>{ "Assessing yourself instead?" }</a>
                } else {
                    <a href={Route::Find { candidate: true }.href()}>{ "Levelling a candidate instead?" }</a>
                }
            </p>
            <fieldset class="track-choice">
                <legend>{ "Track" }</legend>
                { for fw.tracks.iter().map(|t| html! {
                    <label class="choice">
                        <input type="radio" name="find-track" value={t.id.to_string()} checked={t.id == track.id} onchange={on_track(t.id.clone())} />
                        { &t.name }
                    </label>
                }) }
            </fieldset>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for track.dimensions.iter().map(|d| html! {
                    <fieldset class="find-dimension" data-testid={format!("find-{}", d.id)}>
                        <legend>{ format!("{}: which best describes {whose} work today?", d.name) }</legend>
                        { for track.levels.iter().map(|l| {
                            let id = format!("find-{}-{}", d.id, l.id);
                            let statements = l.expectations_for(&d.id).map_or(&[][..], |e| &e.statements[..]);
                            html! {
                                <div class="find-option">
                                    <input type="radio" id={id.clone()} name={format!("find-{}", d.id)} value={l.id.to_string()}
                                        checked={choices.get(&d.id) == Some(&l.id)} onchange={on_pick(d.id.clone())}
                                        aria-describedby={format!("{id}-text")} />
                                    <label for={id.clone()}><span class="code">{ l.id.as_str() }</span>{ " " }{ &l.title }</label>
                                    <ul id={format!("{id}-text")}>{ for statements.iter().map(|s| html! { <li>{ &s.text }</li> }) }</ul>
                                </div>
                            }
                        }) }
                    </fieldset>
                }) }
            </form>
            <section class="placement" aria-labelledby="placement" aria-live="polite" data-testid="placement">
                <h2 id="placement">{ "Result" }</h2>
                if let Some(overall) = placement.overall {
                    <p class="verdict-line">{ format!("Overall level: {}", level_label(overall)) }
                        if let Some(typical) = placement.typical.filter(|t| t.id != overall.id) {
                            { format!("; typical level: {}", level_label(typical)) }
                        }</p>
                    <p>{ format!("Why: a level needs every dimension, so the overall level is the lowest one chosen. {} at {}: {}.",
                        if placement.holding_back.len() == 1 { "This dimension is" } else { "These dimensions are" },
                        overall.id,
                        placement.holding_back.iter().map(name_of).collect::<Vec<_>>().join(", ")) }
                        if !placement.strongest.is_empty() {
                            { format!(" Stronger: {}.", placement.strongest.iter().map(name_of).collect::<Vec<_>>().join(", ")) }
                        }</p>
                    if !placement.complete {
                        <p class="hint">{ format!("{} of {} dimensions answered: the result may change.", placement.per_dimension.iter().filter(|(_, l)| l.is_some()).count(), placement.per_dimension.len()) }</p>
                    }
                    <p><a href={Route::level(overall.id.as_str()).href()}>{ format!("Read what {} expects", overall.id) }</a>
                        if let Some(next) = fw.next_level(overall) {
                            { " · " }<a href={Route::compare(overall.id.as_str(), next.id.as_str()).href()}>{ format!("What changes at {}", next.id) }</a>
                        }</p>
                } else {
                    <p>{ format!("Answer at least one dimension to see where {who} might land.") }</p>
                }
            </section>
        </div>
    }
}
