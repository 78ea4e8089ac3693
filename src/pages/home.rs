//! The landing view, careers page first: the company and its framework, every track as a
//! ladder within the first screen, then what Ladder offers each audience.

use crate::components::{CompareForm, TrackLadder};
use crate::hooks::{use_framework, use_page_title};
use crate::route::{compare_href, Route};
use yew::prelude::*;

#[component]
pub fn HomePage() -> Html {
    let fw = use_framework();
    use_page_title("Career levels".to_string());
    // A first comparison worth showing: the most common promotion, the first step of track one.
    let example = fw.tracks.first().and_then(|t| {
        let from = t.levels.get(1).or(t.levels.first())?;
        let to = fw.next_level(from).unwrap_or(from);
        Some((from.id.clone(), to.id.clone()))
    });
    html! {
        <div class="home" data-testid="home">
            <section class="intro">
                if let Some(logo) = &fw.brand.logo {
                    <img class="logo" src={logo.clone()} alt={fw.organisation.clone().unwrap_or_else(|| fw.name.clone())} height="48" />
                }
                if let Some(organisation) = &fw.organisation {
                    <p class="organisation">{ organisation }</p>
                }
                <h1>{ &fw.name }</h1>
                <p class="lead">{ &fw.summary }</p>
            </section>
            <div class="ladders">
                { for fw.tracks.iter().map(|t| html! { <TrackLadder id={t.id.clone()} /> }) }
            </div>
            <section class="for-you" aria-labelledby="for-you">
                <h2 id="for-you" class="visually-hidden">{ "What you can do here" }</h2>
                <ul class="audiences">
                    <li>
                        <h2>{ "Thinking of joining?" }</h2>
                        <p>{ "Open any level to read what it expects in each dimension of the work, or " }
                           <a href={Route::find(false).href()}>{ "find the level that fits you" }</a>{ "." }</p>
                    </li>
                    <li>
                        <h2>{ "Planning your next step?" }</h2>
                        <p><a href={Route::AssessStart.href()}>{ "Assess yourself" }</a>{ if fw.has_timelines() { " privately against the next level: a gap report and a dated timeline, computed in this tab. Or " } else { " privately against the next level: a gap report with what to work on, computed in this tab. Or " } }
                        if let Some((from, to)) = example.clone() {
                            <a href={compare_href(&fw, &from, &to)}>{ "compare two levels" }</a>
                        }{ " to see exactly what changes." }</p>
                        if let Some((from, to)) = example.clone() {
                            <CompareForm {from} {to} />
                        }
                    </li>
                    <li>
                        <h2>{ "Hiring or levelling?" }</h2>
                        <p>{ "Every level and every comparison has its own address: paste it into an email and it opens on that view. " }
                           <a href={Route::find(true).href()}>{ "Level a candidate" }</a>{ " in one question per dimension, or " }
                           <a href={Route::Role { role: None, answers: None }.href()}>{ "send a role’s expectations" }</a>{ " to a candidate." }</p>
                    </li>
                </ul>
            </section>
            if let Some(p) = &fw.promotion {
                <section class="promotion-teaser">
                    <h2>{ "How promotion works" }</h2>
                    <p>{ &p.principle }</p>
                    <p><a href={Route::Promotion.href()}>{ crate::words::promotion_guide_link(&fw) }</a></p>
                </section>
            }
        </div>
    }
}
