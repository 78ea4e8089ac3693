//! Two levels side by side, same track or not: what changes in every attribute and dimension.

use crate::components::{ChangeBadge, CompareForm, ExpectationList, LevelPicker};
use crate::hooks::{navigate, use_canonical_address, use_framework, use_page_title};
use crate::route::{compare_href, Route};
use crate::words::{excerpt, focus, level_short, month_span};
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
    use_page_title(t!(
        "compare-page-title",
        from = level_short(from),
        to = level_short(to)
    ));
    let comparison = compare(&fw, from, to);

    html! {
        <div class="compare-page" data-testid="compare-page">
            <h1>{ with_marks(&t!("compare-heading", from = mark(0), to = mark(1)), vec![short_name(from), short_name(to)]) }</h1>
            if !unknown.is_empty() {
                <div class="problem" role="alert" data-testid="unknown-in-link">
                    <p>{ t!(
                        "compare-unknown-in-link",
                        count = unknown.len(),
                        framework = &fw.name,
                        version = &fw.version,
                        codes = unknown_codes(&unknown),
                        from = level_short(from),
                        to = level_short(to)) }</p>
                </div>
            }
            if props.published {
                <p class="no-print">
                    <a href={compare_href(&fw, &to.id, &from.id)}>{ t!("compare-swap-link", from = &to_id, to = &from_id) }</a>
                </p>
                <CompareForm from={from.id.clone()} to={to.id.clone()} />
            } else {
                <form class="pickers no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <LevelPicker id="compare-from" label={t!("compare-from-label")} selected={from.id.clone()} on_change={on_from} />
                    <button type="button" class="swap" onclick={on_swap} aria-label={t!("compare-swap-label")}>{ t!("compare-swap") }</button>
                    <LevelPicker id="compare-to" label={t!("compare-to-label")} selected={to.id.clone()} on_change={on_to} />
                </form>
            }
            { summary(&fw, &comparison) }
            { attributes(&comparison) }
            <section aria-labelledby="by-dimension">
                <h2 id="by-dimension">{ t!("expectations-by-dimension") }</h2>
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
                                    None => html! { <p class="absent">{ t!("compare-not-a-dimension", track = &track.name) }</p> },
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
    let direction = match c.direction {
        Direction::Same => t!("compare-same-level"),
        // Up the ladder of the higher level, which holds the lower one (a track that splits off
        // climbs the levels it shares first).
        Direction::Up { steps } => t!("compare-levels-up", count = steps, track = &to_track.name),
        Direction::Down { steps } => {
            t!(
                "compare-levels-down",
                count = steps,
                track = &from_track.name
            )
        }
        Direction::OtherTrack => t!(
            "compare-other-track",
            from = &from_track.name,
            to = &to_track.name
        ),
    };
    // Focus, where both levels give one, counts as one more attribute, shown first in the table.
    let changed = c.attributes.iter().filter(|a| a.change.is_change()).count()
        + usize::from(c.strategic_shift.is_some_and(|n| n != 0));
    let total = c.attributes.len() + usize::from(c.strategic_shift.is_some());
    let shift = match (c.strategic_shift, c.from.focus, c.to.focus) {
        (Some(0), _, _) => Some(t!("compare-strategic-same")),
        (Some(n), Some(from), Some(to)) => Some(t!(
            "compare-strategic-shift",
            from = from.strategic,
            to = to.strategic,
            change = format!("{n:+}"),
            count = i64::from(n).abs()
        )),
        _ => None,
    };
    html! {
        <section class="summary" aria-labelledby="what-changes" data-testid="compare-summary">
            <h2 id="what-changes">{ t!("compare-what-changes") }</h2>
            <ul>
                <li>{ direction }</li>
                if let Some(months) = c.typical_time {
                    <li data-testid="typical-time">{ t!("compare-typical-time", time = month_span(months)) }</li>
                }
                if let Some(shift) = shift {
                    <li>{ shift }</li>
                }
                <li>{ t!("compare-attributes-differ", changed = changed, total = total) }</li>
            </ul>
        </section>
    }
}

fn attributes(c: &Comparison) -> Html {
    html! {
        <section aria-labelledby="attributes">
            <h2 id="attributes">{ t!("glance-heading") }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t!("compare-attributes-region")}>
            <table class="attribute-changes">
                <thead>
                    <tr>
                        <th scope="col">{ t!("compare-attribute") }</th>
                        <th scope="col">{ level_short(c.from) }</th>
                        <th scope="col">{ level_short(c.to) }</th>
                        <th scope="col">{ t!("compare-change") }</th>
                    </tr>
                </thead>
                <tbody>
                    if let (Some(shift), Some(from), Some(to)) = (c.strategic_shift, c.from.focus, c.to.focus) {
                        <tr class={classes!((shift != 0).then_some("changed"))}>
                            <th scope="row">{ t!("attribute-focus") }</th>
                            <td data-label={c.from.id.to_string()}>{ focus(from) }</td>
                            <td data-label={c.to.id.to_string()}>{ focus(to) }</td>
                            <td class="change-cell">{ match shift {
                                0 => html! { <span class="change same">{ t!("change-none") }</span> },
                                n if n > 0 => html! { <span class="change up">{ t!("compare-more-strategic", count = i32::from(n)) }</span> },
                                n => html! { <span class="change down">{ t!("compare-less-strategic", count = -i32::from(n)) }</span> },
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

/// The levels a link names that the framework lacks, quoted and listed.
fn unknown_codes(codes: &[String]) -> String {
    match codes {
        [one] => t!("compare-unknown-code", code = excerpt(one)),
        [first, second] => t!(
            "compare-unknown-codes",
            first = excerpt(first),
            second = excerpt(second)
        ),
        _ => String::new(),
    }
}

/// What `t!` is given in place of the `i`th piece of markup a sentence holds (a link, a code
/// badge), so the sentence stays whole in the catalogue and `with_marks` puts the markup there.
pub(crate) fn mark(i: usize) -> String {
    char::from_u32(0xE000 + i as u32)
        .expect("a private-use character")
        .to_string()
}

/// A sentence from the catalogue with its marks (`mark(i)`) replaced by `parts[i]`.
pub(crate) fn with_marks(sentence: &str, parts: Vec<Html>) -> Html {
    let mut parts: Vec<Option<Html>> = parts.into_iter().map(Some).collect();
    let mut out: Vec<Html> = Vec::new();
    let mut text = String::new();
    for c in sentence.chars() {
        let i = (c as u32).wrapping_sub(0xE000) as usize;
        match parts.get_mut(i) {
            Some(part) => {
                if !text.is_empty() {
                    out.push(html! { { std::mem::take(&mut text) } });
                }
                if let Some(part) = part.take() {
                    out.push(part);
                }
            }
            None => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(html! { { text } });
    }
    out.into_iter().collect::<Html>()
}
