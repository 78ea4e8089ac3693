//! A level's own page: everything the framework says about it, grouped by dimension, and the
//! ways on from it. Laid out to print cleanly.

use super::compare::{mark, with_marks};
use super::UnknownLevel;
use crate::components::{fact_list, AttributeTable, ExpectationList, FocusBar};
use crate::hooks::{use_canonical_address, use_framework, use_page_title};
use crate::route::{compare_href, Route};
use crate::words::{level_label, level_short, month_span};
use ladder_core::{Framework, Level, LevelId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelPageProps {
    pub code: AttrValue,
}

#[component]
pub fn LevelPage(props: &LevelPageProps) -> Html {
    let fw = use_framework();
    // Lookups are exact; a code typed in another case names one level at most (codes are
    // unique ignoring case), so the page shows it and puts the exact code in the address.
    let exact = fw.find_level(&props.code);
    let like = exact.or_else(|| fw.level_like(&props.code));
    use_canonical_address(
        like.filter(|_| exact.is_none())
            .map(|l| Route::level(l.id.as_str())),
    );
    match like {
        Some(level) => html! { <LevelDetails id={level.id.clone()} /> },
        None => html! { <UnknownLevel code={props.code.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct LevelDetailsProps {
    id: LevelId,
}

#[component]
fn LevelDetails(props: &LevelDetailsProps) -> Html {
    let fw = use_framework();
    let level = fw
        .level(&props.id)
        .expect("LevelPage passes a level of the framework");
    let track = fw.track_of(level);
    use_page_title(level_label(level));
    let nexts = fw.next_levels(level);
    let previous = fw.previous_level(level);
    let on_tracks: Vec<&str> = fw.tracks_with(level).map(|t| t.name.as_str()).collect();
    html! {
        <article class="level-page" data-testid="level-page">
            <nav class="breadcrumb" aria-label={t!("level-page-breadcrumb")}>
                <ol>
                    <li><a href={Route::Home.href()}>{ t!("level-page-levels") }</a></li>
                    <li>{ &track.name }</li>
                    <li aria-current="page">{ level_short(level) }</li>
                </ol>
            </nav>
            <header class="level-header">
                <h1>
                    if let Some(code) = &level.code {
                        <span class="code">{ code }</span>{ " " }
                    }
                    { &level.title }</h1>
                if let Some(summary) = &level.summary {
                    <p class="lead">{ summary }</p>
                }
                <dl class="level-facts">
                    <div><dt>{ t!("level-page-tracks", count = on_tracks.len()) }</dt><dd>{ on_tracks.join(", ") }</dd></div>
                    if let Some(stage) = &level.stage {
                        <div><dt>{ t!("level-page-stage") }</dt><dd>{ stage }</dd></div>
                    }
                    if !level.roles.is_empty() {
                        <div><dt>{ t!("level-page-roles") }</dt><dd>{ level.roles.join(", ") }</dd></div>
                    }
                    if let Some(focus) = level.focus {
                        <div><dt>{ t!("attribute-focus") }</dt><dd><FocusBar {focus} /></dd></div>
                    }
                </dl>
                <ul class="actions no-print">
                    { for nexts.iter().map(|next| html! {
                        <li><a href={compare_href(&fw, &level.id, &next.id)}>
                            { t!("level-page-what-changes-at", level = level_label(next)) }
                        </a></li>
                    }) }
                    if let Some(previous) = previous {
                        <li><a href={compare_href(&fw, &previous.id, &level.id)}>
                            { t!("level-page-what-changed-from", level = level_label(previous)) }
                        </a></li>
                    }
                    // Published pages carry no WebAssembly: ladder-pages.js shows and wires it.
                    <li hidden=true data-enhance="print"><button type="button" class="link-button">{ t!("level-page-print") }</button></li>
                </ul>
            </header>

            { next_step(&fw, level) }

            <section aria-labelledby="expectations">
                <h2 id="expectations">{ t!("expectations-by-dimension") }</h2>
                { for level.expectations.iter().map(|e| {
                    let dimension = track.dimension(&e.dimension);
                    let name = dimension.map(|d| d.name.clone()).unwrap_or_else(|| e.dimension.to_string());
                    let id = format!("dimension-{}", e.dimension);
                    html! {
                        <section class="dimension" aria-labelledby={id.clone()}>
                            <h3 {id}>{ name }</h3>
                            if let Some(description) = dimension.and_then(|d| d.description.clone()) {
                                <p class="dimension-description">{ description }</p>
                            }
                            <ExpectationList level={level.id.clone()} dimension={e.dimension.clone()} />
                        </section>
                    }
                }) }
            </section>

            <div class="level-extras">
                <section aria-labelledby="glance">
                    <h2 id="glance">{ t!("glance-heading") }</h2>
                    <AttributeTable id={level.id.clone()} />
                    if !level.span.is_empty() {
                        <h3>{ t!("level-page-span") }</h3>
                        { fact_list(&level.span) }
                    }
                </section>
                if !track.competencies.is_empty() {
                    <section aria-labelledby="competencies">
                        <h2 id="competencies">{ t!("level-page-competencies", track = &track.name) }</h2>
                        { fact_list(&track.competencies) }
                    </section>
                }
                { list_section("background", t!("level-page-background"), &level.background) }
                { list_section("success", t!("level-page-success"), &level.success_indicators) }
                { list_section("develop", t!("level-page-develop"), &level.development_areas) }
                if let Some(note) = &level.note {
                    <aside class="note" aria-label={t!("level-page-about", level = level_short(level))}><p>{ note }</p></aside>
                }
            </div>
            { switches_from(&fw, level) }
        </article>
    }
}

fn next_step(fw: &Framework, level: &Level) -> Html {
    let nexts = fw.next_levels(level);
    if nexts.is_empty() {
        return html! {
            <p class="callout">{ t!("level-page-most-senior", level = level_short(level)) }</p>
        };
    }
    html! {
        { for nexts.into_iter().filter_map(|next| {
            let t = fw.timeline(&level.id, &next.id)?;
            Some(html! {
                <p class="callout" data-testid="typical-time">
                    { t!("level-page-typical-time", from = level_short(level), to = level_short(next), time = month_span(t.months), demonstrating = &t.demonstrating) }
                </p>
            })
        }) }
    }
}

fn list_section(id: &'static str, title: String, items: &[String]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby={id}>
            <h2 {id}>{ title }</h2>
            <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        </section>
    }
}

/// Track switches the framework describes from this level.
fn switches_from(fw: &Framework, level: &Level) -> Html {
    let switches: Vec<_> = fw
        .switches
        .iter()
        .filter(|s| s.from_levels.contains(&level.id))
        .collect();
    if switches.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="switching" class="no-print-break">
            <h2 id="switching">{ t!("level-page-switching") }</h2>
            { for switches.iter().map(|s| {
                let to_track = fw.track(&s.to_track).map(|t| t.name.clone()).unwrap_or_default();
                // Each level to compare with is a link; the sentence lists them.
                let links: Vec<Html> = s.to_levels.iter().map(|to| html! {
                    <a href={compare_href(fw, &level.id, to)}>{ t!("level-page-compare-with", level = fw.level(to).map_or(to.as_str(), level_short)) }</a>
                }).collect();
                let list = (1..links.len()).fold(mark(0), |list, i| t!("level-page-switch-or", first = list, second = mark(i)));
                let sentence = match &s.path_note {
                    Some(note) => t!("level-page-switch-noted", level = level_short(level), track = &to_track, note = note, links = list),
                    None => t!("level-page-switch", level = level_short(level), track = &to_track, links = list),
                };
                html! {
                    <div class="switch">
                        <p>{ with_marks(&sentence, links) }</p>
                    </div>
                }
            }) }
            <p><a href={Route::Promotion.href()}>{ t!("level-page-switch-guide") }</a></p>
        </section>
    }
}
