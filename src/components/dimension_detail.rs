//! One dimension of the report in detail: its status, the statements rated below "Usually",
//! what is still unanswered, and the person's evidence note.

use crate::route::Route;
use crate::words::{rating, status};
use ladder_core::scoring::DimensionResult;
use yew::prelude::*;

/// `number` is the dimension's place in the questionnaire, from 1. A function rather than a
/// component: the result borrows the framework.
pub fn dimension_detail(number: usize, d: &DimensionResult, note: Option<&str>) -> Html {
    let heading = format!("detail-{}", number - 1);
    html! {
        <section class="dimension-detail" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ &d.dimension.name }{ " " }<span class={classes!("status", crate::components::status_class(d.status))}>{ status(d.status) }</span></h3>
            if d.to_work_on.is_empty() && d.unsure.is_empty() {
                <p>{ t!("dimension-detail-nothing-below") }</p>
            }
            if !d.to_work_on.is_empty() {
                <ul>{ for d.to_work_on.iter().map(|(s, r)| html! { <li><strong>{ t!("dimension-detail-rating", rating = rating(*r)) }</strong>{ &s.text }</li> }) }</ul>
            }
            if !d.unsure.is_empty() {
                <p class="hint">{ t!("dimension-detail-unsure", count = d.unsure.len()) }{ " " }
                    <a href={Route::AssessDimension { number }.href()}>{ t!("dimension-detail-answer-them", dimension = &d.dimension.name) }</a></p>
            }
            if let Some(note) = note {
                <p class="evidence"><strong>{ t!("dimension-detail-evidence") }</strong>{ note }</p>
            }
        </section>
    }
}
