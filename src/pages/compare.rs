//! Two levels side by side, same track or not: what changes in every attribute and dimension.

use crate::components::{ChangeBadge, CompareForm, ExpectationList, LevelPicker};
use crate::hooks::{navigate, use_canonical_address, use_framework, use_page_title};
use crate::route::{compare_href, Route};
use crate::words::{count, excerpt, focus, level_short, month_span};
use ladder_core::{compare, Comparison, Direction, Framework, Level, LevelId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Rendered at build time as a page of its own: links take the place of the pickers, which
    /// need the app.
    #[prop_or_default]
    pub published: bool,
}

#[component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    let fw = use_framework();
    let (default_from, default_to) = default_pair(&fw);

    // A code that isn't in the framework is reported, and the view falls back to a real level
    // so the pickers stay usable.
    // Codes typed in another case find their level, and the address gets the exact codes.
    let resolve = |code: &Option<String>, fallback| match code {
        None => (fallback, None),
        Some(code) => match fw.find_level(code).or_else(|| fw.level_like(code)) {
            Some(level) => (level, None),
            None => (fallback, Some(code.clone())),
        },
    };
    let (from, bad_from) = resolve(&props.from, default_from);
    let (to, bad_to) = resolve(&props.to, default_to);
    let typed = (props.from.as_deref(), props.to.as_deref());
    let canonical = (Some(from.id.as_str()), Some(to.id.as_str()));
    use_canonical_address(
        (bad_from.is_none() && bad_to.is_none() && typed.0.is_some() && typed != canonical)
            .then(|| Route::compare(from.id.as_str(), to.id.as_str())),
    );
    let unknown: Vec<String> = bad_from.into_iter().chain(bad_to).collect();
    let (from_id, to_id) = (from.id.to_string(), to.id.to_string());

    let go = |from: String, to: String| navigate(&Route::Compare { from, to });
    let on_from = {
        let to_id = to_id.clone();
        Callback::from(move |from: LevelId| go(from.to_string(), to_id.clone()))
    };
    let on_to = {
        let from_id = from_id.clone();
        Callback::from(move |to: LevelId| go(from_id.clone(), to.to_string()))
    };
    let on_swap = {
        let (from_id, to_id) = (from_id.clone(), to_id.clone());
        Callback::from(move |_: MouseEvent| go(to_id.clone(), from_id.clone()))
    };
    use_page_title(format!(
        "{} compared with {}",
        level_short(from),
        level_short(to)
    ));
    let comparison = compare(&fw, from, to);

    html! {
        <div class="compare-page" data-testid="compare-page">
            <h1>{ "Compare " }{ short_name(from) }{ " with " }{ short_name(to) }</h1>
            if !unknown.is_empty() {
                <div class="problem" role="alert" data-testid="unknown-in-link">
                    <p>{ format!(
                        "This link names {} that {} (version {}) does not have: {}. Showing {} and {} instead; pick the levels you meant below.",
                        if unknown.len() == 1 { "a level" } else { "levels" }, fw.name, fw.version,
                        unknown.iter().map(|c| format!("“{}”", excerpt(c))).collect::<Vec<_>>().join(" and "),
                        level_short(from), level_short(to)) }</p>
                </div>
            }
            if props.published {
                <p class="no-print">
                    <a href={compare_href(&fw, &to.id, &from.id)}>{ format!("⇄ Swap: {to_id} compared with {from_id}") }</a>
                </p>
                <CompareForm from={from.id.clone()} to={to.id.clone()} />
            } else {
                <form class="pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <LevelPicker id="compare-from" label="From level" selected={from.id.clone()} on_change={on_from} />
                    <button type="button" class="swap" onclick={on_swap} aria-label="Swap the two levels">{ "⇄ Swap" }</button>
                    <LevelPicker id="compare-to" label="To level" selected={to.id.clone()} on_change={on_to} />
                </form>
            }
            { summary(&fw, &comparison) }
            { attributes(&comparison) }
            <section aria-labelledby="by-dimension">
                <h2 id="by-dimension">{ "Expectations by dimension" }</h2>
                { for comparison.dimensions.iter().map(|pair| {
                    let id = format!("dimension-{}", pair.dimension.id);
                    let side = |level: &Level, e: Option<&ladder_core::Expectations>| {
                        let track = fw.track_of(level);
                        html! {
                            <div class="side">
                                <h4>
                                    if let Some(code) = &level.code {
                                        <span class="code">{ code }</span>{ " " }
                                    }
                                    { &level.title }</h4>
                                { match e {
                                    Some(e) => html! { <ExpectationList level={level.id.clone()} dimension={e.dimension.clone()} /> },
                                    None => html! { <p class="absent">{ format!("Not a dimension of the {} track.", track.name) }</p> },
                                } }
                            </div>
                        }
                    };
                    html! {
                        <section class="dimension-pair" aria-labelledby={id.clone()}>
                            <h3 {id}>{ &pair.dimension.name }</h3>
                            <div class="sides">
                                { side(comparison.from, pair.from) }
                                { side(comparison.to, pair.to) }
                            </div>
                        </section>
                    }
                }) }
            </section>
        </div>
    }
}

/// The pair shown when a link names no levels: the first step of the first track.
fn default_pair(fw: &Framework) -> (&Level, &Level) {
    let first = fw
        .levels()
        .next()
        .expect("a validated framework has at least one level");
    (first, fw.next_level(first).unwrap_or(first))
}

fn summary(fw: &Framework, c: &Comparison) -> Html {
    let from_track = fw.track_of(c.from);
    let to_track = fw.track_of(c.to);
    let levels = |n: usize| count(n as u64, "level");
    let direction = match c.direction {
        Direction::Same => "The same level on both sides.".to_string(),
        // Up the ladder of the higher level, which holds the lower one (a track that splits off
        // climbs the levels it shares first).
        Direction::Up { steps } => format!("{} up the {} track.", levels(steps), to_track.name),
        Direction::Down { steps } => {
            format!("{} down the {} track.", levels(steps), from_track.name)
        }
        Direction::OtherTrack => format!(
            "A move from the {} track to the {} track.",
            from_track.name, to_track.name
        ),
    };
    // Focus, where both levels give one, counts as one more attribute, shown first in the table.
    let changed = c.attributes.iter().filter(|a| a.change.is_change()).count()
        + usize::from(c.strategic_shift.is_some_and(|n| n != 0));
    let total = c.attributes.len() + usize::from(c.strategic_shift.is_some());
    let shift = match (c.strategic_shift, c.from.focus, c.to.focus) {
        (Some(0), _, _) => Some("Strategic share of the work stays the same.".to_string()),
        (Some(n), Some(from), Some(to)) => Some(format!(
            "Strategic share of the work: {}% → {}% ({:+} points).",
            from.strategic, to.strategic, n
        )),
        _ => None,
    };
    html! {
        <section class="summary" aria-labelledby="what-changes" data-testid="compare-summary">
            <h2 id="what-changes">{ "What changes" }</h2>
            <ul>
                <li>{ direction }</li>
                if let Some(months) = c.typical_time {
                    <li data-testid="typical-time">{ format!("Typical time: {}.", month_span(months)) }</li>
                }
                if let Some(shift) = shift {
                    <li>{ shift }</li>
                }
                <li>{ format!("{changed} of {total} attributes differ.") }</li>
            </ul>
        </section>
    }
}

fn attributes(c: &Comparison) -> Html {
    html! {
        <section aria-labelledby="attributes">
            <h2 id="attributes">{ "At a glance" }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Attributes compared (scrolls sideways)">
            <table class="attribute-changes">
                <thead>
                    <tr>
                        <th scope="col">{ "Attribute" }</th>
                        <th scope="col">{ level_short(c.from) }</th>
                        <th scope="col">{ level_short(c.to) }</th>
                        <th scope="col">{ "Change" }</th>
                    </tr>
                </thead>
                <tbody>
                    if let (Some(shift), Some(from), Some(to)) = (c.strategic_shift, c.from.focus, c.to.focus) {
                        <tr class={classes!((shift != 0).then_some("changed"))}>
                            <th scope="row">{ "Focus" }</th>
                            <td data-label={c.from.id.to_string()}>{ focus(from) }</td>
                            <td data-label={c.to.id.to_string()}>{ focus(to) }</td>
                            <td class="change-cell">{ match shift {
                                0 => html! { <span class="change same">{ "No change" }</span> },
                                n if n > 0 => html! { <span class="change up">{ format!("↑ {n} points more strategic") }</span> },
                                n => html! { <span class="change down">{ format!("↓ {} points less strategic", -n) }</span> },
                            } }</td>
                        </tr>
                    }
                    { for c.attributes.iter().map(|a| html! {
                        <tr class={classes!(a.change.is_change().then_some("changed"))}>
                            <th scope="row">{ &a.attribute.name }</th>
                            <td data-label={c.from.id.to_string()}>{ a.from.unwrap_or("—") }</td>
                            <td data-label={c.to.id.to_string()}>{ a.to.unwrap_or("—") }</td>
                            <td class="change-cell"><ChangeBadge change={a.change} /></td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// A level named briefly in a heading: its code as a badge where the framework has codes, else
/// its title as plain text.
fn short_name(level: &Level) -> Html {
    match &level.code {
        Some(code) => html! { <span class="code">{ code }</span> },
        None => html! { { &level.title } },
    }
}
