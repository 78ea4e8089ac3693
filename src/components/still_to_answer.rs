//! What an unfinished report shows instead of a verdict: each dimension that still needs
//! answers, with a link straight to it, and the dimensions already complete, marked partial.

use crate::route::Route;
use crate::words::{count, readiness, status};
use ladder_core::{Report, Status};
use yew::prelude::*;

/// A function rather than a component: the report borrows the framework.
pub fn still_to_answer(report: &Report, min_answered: u8) -> Html {
    let total = report.dimensions.len();
    let missing: Vec<_> = report
        .dimensions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.status == Status::Incomplete)
        .collect();
    let complete: Vec<_> = report
        .dimensions
        .iter()
        .filter(|d| d.status != Status::Incomplete)
        .collect();
    html! {
        <>
            <section class="callout still-to-answer" aria-labelledby="still-to-answer" data-testid="still-to-answer">
                <h2 id="still-to-answer">{ format!("Not enough answers yet: {} of {total} to go", count(missing.len() as u64, "dimension")) }</h2>
                <p>{ format!("A verdict, focus areas and dates need at least {min_answered} answered statements in every dimension. “Not sure” does not count.") }</p>
                <ul>
                    { for missing.iter().map(|(i, d)| html! {
                        <li>
                            <a href={Route::AssessDimension { number: i + 1 }.href()}>{ format!("Answer {}", d.dimension.name) }</a>
                            { format!(" ({} of {} answered)", d.answered, d.total) }
                        </li>
                    }) }
                </ul>
            </section>
            if !complete.is_empty() {
                <section aria-labelledby="partial" data-testid="partial-report">
                    <h2 id="partial">{ format!("Partial report: {} of {total} complete", count(complete.len() as u64, "dimension")) }</h2>
                    <p class="hint">{ "These dimensions have enough answers. Until every dimension does, there is no verdict." }</p>
                    <ul class="partial-list">
                        { for complete.iter().map(|d| html! {
                            <li>
                                <strong>{ &d.dimension.name }</strong>{ ": " }
                                { readiness(d.readiness, d.status) }{ " " }
                                <span class={classes!("status", crate::components::status_class(d.status))}>{ status(d.status) }</span>
                            </li>
                        }) }
                    </ul>
                </section>
            }
        </>
    }
}
