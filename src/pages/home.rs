//! The landing view, careers page first: the company and its framework, every track as a
//! ladder within the first screen, then what Ladder offers each audience.

use super::compare::{mark, with_marks};
use crate::components::{CompareForm, TrackLadder};
use crate::hooks::{use_framework, use_page_title};
use crate::route::{compare_href, Route};
use yew::prelude::*;

#[component]
pub fn HomePage() -> Html {
    let fw = use_framework();
    use_page_title(t!("home-title"));
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
                <h2 id="for-you" class="visually-hidden">{ t!("home-for-you") }</h2>
                <ul class="audiences">
                    <li>
                        <h2>{ t!("home-joining-heading") }</h2>
                        <p>{ with_marks(
                            &t!("home-joining", find = mark(0)),
                            vec![html! { <a href={Route::find(false).href()}>{ t!("home-joining-find") }</a> }],
                        ) }</p>
                    </li>
                    <li>
                        <h2>{ t!("home-planning-heading") }</h2>
                        <p>{ with_marks(
                            &if fw.has_timelines() {
                                t!("home-planning-timelines", assess = mark(0), compare = mark(1))
                            } else {
                                t!("home-planning", assess = mark(0), compare = mark(1))
                            },
                            vec![
                                html! { <a href={Route::AssessStart.href()}>{ t!("home-planning-assess") }</a> },
                                match example.clone() {
                                    Some((from, to)) => html! { <a href={compare_href(&fw, &from, &to)}>{ t!("home-planning-compare") }</a> },
                                    None => html! { { t!("home-planning-compare") } },
                                },
                            ],
                        ) }</p>
                        if let Some((from, to)) = example.clone() {
                            <CompareForm {from} {to} />
                        }
                    </li>
                    <li>
                        <h2>{ t!("home-hiring-heading") }</h2>
                        <p>{ with_marks(
                            &t!("home-hiring", level = mark(0), send = mark(1)),
                            vec![
                                html! { <a href={Route::find(true).href()}>{ t!("home-hiring-level") }</a> },
                                html! { <a href={Route::Role { role: None, answers: None }.href()}>{ t!("home-hiring-send") }</a> },
                            ],
                        ) }</p>
                    </li>
                </ul>
            </section>
            if let Some(p) = &fw.promotion {
                <section class="promotion-teaser">
                    <h2>{ t!("home-promotion-heading") }</h2>
                    <p>{ &p.principle }</p>
                    <p><a href={Route::Promotion.href()}>{ crate::words::promotion_guide_link(&fw) }</a></p>
                </section>
            }
        </div>
    }
}
