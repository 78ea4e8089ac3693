//! Find my level: one dimension at a time, pick the level whose description best matches the
//! work today; the result follows the all-dimensions rule and stays in view. Worded for "me" or,
//! for hiring managers, "the candidate". The track and the picks are in the address, so a
//! result can be sent, bookmarked and reopened; picks are kept per track when switching.

use crate::hooks::{replace_address, use_framework, use_page_title};
use crate::route::{compare_href, Route};
use crate::words::{excerpt, level_label, level_short, placement_rule};
use ladder_core::{place, Dimension, DimensionId, LevelId, PlacementRule, TrackId};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindLevelPageProps {
    pub candidate: bool,
    /// The track in the address, if any (else the framework's first).
    #[prop_or_default]
    pub track: Option<String>,
    /// (dimension, level) picks from the address.
    #[prop_or_default]
    pub picks: Vec<(String, String)>,
    /// `framework-id@version` the picks were made against.
    #[prop_or_default]
    pub framework: Option<String>,
}

type Picks = BTreeMap<DimensionId, LevelId>;

#[component]
pub fn FindLevelPage(props: &FindLevelPageProps) -> Html {
    let fw = use_framework();
    let track = props
        .track
        .as_deref()
        .and_then(|t| fw.track(&TrackId::new(t)))
        .unwrap_or(&fw.tracks[0]);
    // Picks per track: the address gives the shown track's; others are kept while the page is.
    let kept = use_mut_ref(BTreeMap::<TrackId, Picks>::new);
    // The dimensions some level of this track's ladder describes; the others are not asked.
    let asked: Vec<&Dimension> = fw.asked_dimensions(track).collect();
    let picks: Picks = props
        .picks
        .iter()
        .map(|(d, l)| (DimensionId::new(d.as_str()), LevelId::new(l.as_str())))
        .filter(|(d, l)| track.dimension(d).is_some() && fw.position_on(track, l).is_some())
        .collect();
    kept.borrow_mut().insert(track.id.clone(), picks.clone());
    // The dimension on screen, for the track it was chosen on. A ref, not state: a pick changes
    // the address, and the one render that follows must show the pick and the next dimension
    // together (a render in between would show the old address's picks).
    let step = use_mut_ref(|| (track.id.clone(), 0usize));
    let redraw = use_force_update();
    let step_now = {
        let (on, n) = &*step.borrow();
        if on == &track.id {
            *n
        } else {
            0
        }
    }
    .min(asked.len().saturating_sub(1));
    let candidate = props.candidate;
    let heading = if candidate {
        t!("find-heading-candidate")
    } else {
        t!("find-heading")
    };
    use_page_title(heading.clone());
    let placement = place(&fw, track, &picks);
    let name_of = |id: &DimensionId| {
        track
            .dimension(id)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };
    let this_framework = format!("{}@{}", fw.id, fw.version);
    let made_elsewhere = props
        .framework
        .as_ref()
        .filter(|f| **f != this_framework)
        .cloned();
    let route_for = {
        let candidate = props.candidate;
        let framework = this_framework.clone();
        std::rc::Rc::new(move |track: &TrackId, picks: &Picks| Route::Find {
            candidate,
            track: Some(track.to_string()),
            picks: picks
                .iter()
                .map(|(d, l)| (d.to_string(), l.to_string()))
                .collect(),
            framework: (!picks.is_empty()).then(|| framework.clone()),
        })
    };
    let on_track = |id: TrackId| {
        let (kept, step, route_for) = (kept.clone(), step.clone(), route_for.clone());
        Callback::from(move |_: Event| {
            let picks = kept.borrow().get(&id).cloned().unwrap_or_default();
            *step.borrow_mut() = (id.clone(), 0);
            replace_address(&route_for(&id, &picks));
        })
    };
    let on_pick = |dimension: DimensionId, level: LevelId| {
        let (picks, track_id, step, route_for) = (
            picks.clone(),
            track.id.clone(),
            step.clone(),
            route_for.clone(),
        );
        let last = asked.len().saturating_sub(1);
        Callback::from(move |_: Event| {
            let mut next = picks.clone();
            next.insert(dimension.clone(), level.clone());
            // On to the next dimension.
            *step.borrow_mut() = (track_id.clone(), (step_now + 1).min(last));
            replace_address(&route_for(&track_id, &next));
        })
    };
    let go = |to: usize| {
        let (step, redraw, track_id) = (step.clone(), redraw.clone(), track.id.clone());
        Callback::from(move |_: MouseEvent| {
            *step.borrow_mut() = (track_id.clone(), to);
            redraw.force_update();
        })
    };
    let Some(dimension) = asked.get(step_now).copied() else {
        return html! {};
    };
    let total = asked.len();
    let rule = fw.settings.placement;
    let lead = if candidate {
        t!("find-lead-candidate", rule = placement_rule(rule))
    } else {
        t!("find-lead", rule = placement_rule(rule))
    };
    let names = |ids: &[DimensionId]| ids.iter().map(name_of).collect::<Vec<_>>().join(", ");

    html! {
        <div class="find-level" data-testid="find-level">
            <h1>{ heading }</h1>
            <p class="lead no-print">{ lead }</p>
            <p class="hint no-print">
                if props.candidate {
                    <a href={Route::find(false).href()}>{ t!("find-switch-to-self") }</a>
                } else {
                    <a href={Route::find(true).href()}>{ t!("find-switch-to-candidate") }</a>
                }
            </p>
            if let Some(other) = made_elsewhere {
                <p class="callout" data-testid="find-other-version">{ t!("find-other-version", other = excerpt(&other), this = &this_framework) }</p>
            }
            <fieldset class="track-choice no-print">
                <legend>{ t!("find-track") }</legend>
                { for fw.tracks.iter().map(|t| html! {
                    <label class="choice">
                        <input type="radio" name="find-track" value={t.id.to_string()} checked={t.id == track.id} onchange={on_track(t.id.clone())} />
                        { &t.name }
                    </label>
                }) }
            </fieldset>
            <nav class="steps no-print" aria-label={t!("find-dimensions")}>
                <p class="step-count" data-testid="find-step">{ t!("find-step", step = step_now + 1, total = total) }</p>
                <ol>
                    { for asked.iter().enumerate().map(|(i, d)| html! {
                        <li><button type="button" class="link-button" onclick={go(i)} aria-current={(i == step_now).then_some("step")}>
                            { d.name.clone() }</button>
                            { picks.get(&d.id).map(|l| format!(" ({})", fw.level(l).map_or(l.as_str(), level_short))).unwrap_or_default() }</li>
                    }) }
                </ol>
            </nav>
            <form class="no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <fieldset class="find-dimension" data-testid={format!("find-{}", dimension.id)}>
                    <legend>{ if candidate { t!("find-question-candidate", dimension = &dimension.name) } else { t!("find-question", dimension = &dimension.name) } }</legend>
                    { for fw.ladder(track).filter(|l| l.describes(&dimension.id)).map(|l| {
                        let id = format!("find-{}-{}", dimension.id, l.id);
                        let statements = l.expectations_for(&dimension.id).map_or(&[][..], |e| &e.statements[..]);
                        html! {
                            <div class="find-option">
                                <input type="radio" id={id.clone()} name={format!("find-{}", dimension.id)} value={l.id.to_string()}
                                    checked={picks.get(&dimension.id) == Some(&l.id)} onchange={on_pick(dimension.id.clone(), l.id.clone())}
                                    aria-describedby={format!("{id}-text")} />
                                <label for={id.clone()}>
                                    if let Some(code) = &l.code {
                                        <span class="code">{ code }</span>{ " " }
                                    }
                                    { &l.title }</label>
                                <p id={format!("{id}-text")} class="find-summary">{ statements.first().map(|s| s.text.clone()).unwrap_or_default() }</p>
                                if statements.len() > 1 {
                                    <details>
                                        <summary>{ t!("find-all-statements", count = statements.len(), level = level_short(l)) }</summary>
                                        <ul>{ for statements.iter().map(|s| html! { <li>{ &s.text }</li> }) }</ul>
                                    </details>
                                }
                            </div>
                        }
                    }) }
                </fieldset>
                <p class="pager">
                    if step_now > 0 {
                        <button type="button" onclick={go(step_now - 1)}>{ t!("find-previous") }</button>
                    }
                    if step_now + 1 < total {
                        <button type="button" onclick={go(step_now + 1)}>{ t!("find-next") }</button>
                    }
                </p>
            </form>
            // Always in view: it stays at the bottom of the screen while the questions scroll.
            <section class="placement" tabindex="0" aria-labelledby="placement" aria-live="polite" data-testid="placement">
                <h2 id="placement">{ if candidate { t!("find-result-candidate") } else { t!("find-result") } }</h2>
                if let (Some(lowest), Some(highest)) = (placement.lowest, placement.highest) {
                    if let Some(overall) = placement.overall {
                        <p class="verdict-line">{ match placement.typical.filter(|t| t.id != overall.id && rule == PlacementRule::Lowest) {
                            Some(typical) => t!("find-overall-typical", level = level_label(overall), typical = level_label(typical)),
                            None => t!("find-overall", level = level_label(overall)),
                        } }</p>
                    } else if lowest.id == highest.id {
                        <p class="verdict-line">{ t!("find-every-answer", level = level_label(lowest)) }</p>
                    } else {
                        <p class="verdict-line">{ t!("find-range", lowest = level_label(lowest), highest = level_label(highest)) }</p>
                    }
                    if rule == PlacementRule::Lowest {
                        <p>{ if placement.strongest.is_empty() {
                            t!("find-why", count = placement.holding_back.len(), level = level_short(lowest),
                                dimensions = names(&placement.holding_back))
                        } else {
                            t!("find-why-stronger", count = placement.holding_back.len(), level = level_short(lowest),
                                dimensions = names(&placement.holding_back), stronger = names(&placement.strongest))
                        } }</p>
                    }
                    if !placement.complete {
                        <p class="hint">{ t!("find-incomplete", answered = placement.per_dimension.iter().filter(|(_, l)| l.is_some()).count(), total = placement.per_dimension.len()) }</p>
                    }
                    <ul class={if rule == PlacementRule::None { "" } else { "print-only" }} data-testid="placement-per-dimension">
                        { for placement.per_dimension.iter().map(|(d, l)| html! {
                            <li>{ match l { Some(l) => t!("find-per-dimension", dimension = name_of(d), level = level_label(l)), None => t!("find-per-dimension-none", dimension = name_of(d)) } }</li>
                        }) }
                    </ul>
                    if let Some(overall) = placement.overall {
                        <p class="no-print"><a href={Route::level(overall.id.as_str()).href()}>{ t!("find-read-level", level = level_short(overall)) }</a>
                            if let Some(next) = fw.ladder(track).skip_while(|l| l.id != overall.id).nth(1) {
                                { " · " }<a href={compare_href(&fw, &overall.id, &next.id)}>{ t!("find-what-changes", level = level_short(next)) }</a>
                            }</p>
                    }
                } else {
                    <p>{ if candidate { t!("find-answer-first-candidate") } else { t!("find-answer-first") } }</p>
                }
            </section>
        </div>
    }
}
