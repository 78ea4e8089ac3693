//! What is still unanswered in the questionnaire, dimension by dimension, each with a link
//! straight to it; nothing when every statement has an answer.

use crate::hooks::{use_assessment, use_framework};
use crate::route::Route;
use ladder_core::assessment::Answer;
use yew::prelude::*;

#[component]
pub fn UnansweredList() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let a = handle.assessment();
    let Some(target) = fw.level(&a.target) else {
        return html! {};
    };
    let track = fw.track_of(target);
    let open: Vec<(usize, &str, usize)> = target
        .expectations
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let left = e
                .statements
                .iter()
                .filter(|s| !matches!(a.answer(&s.id), Answer::Rated(_)))
                .count();
            let name = track.dimension(&e.dimension)?.name.as_str();
            (left > 0).then_some((i + 1, name, left))
        })
        .collect();
    if open.is_empty() {
        return html! {};
    }
    html! {
        <section class="unanswered" aria-labelledby="unanswered" data-testid="unanswered">
            <h2 id="unanswered">{ t!("unanswered-heading") }</h2>
            <ul>
                { for open.iter().map(|(number, name, left)| html! {
                    <li><a href={Route::AssessDimension { number: *number }.href()}>{ *name }</a>
                        { ": " }{ t!("unanswered-not-rated", count = *left) }</li>
                }) }
            </ul>
        </section>
    }
}
