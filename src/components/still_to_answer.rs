//! What an unfinished report shows instead of a verdict: each dimension that still needs
//! answers, with a link straight to it, and the dimensions already complete, marked partial.

use crate::route::Route;
use crate::words::{readiness, status};
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
                <h2 id="still-to-answer">{ t!("still-to-answer-heading", count = missing.len(), total = total) }</h2>
                <p>{ t!("still-to-answer-rule", count = min_answered) }</p>
                <ul>
                    { for missing.iter().map(|(i, d)| html! {
                        <li>
                            <a href={Route::AssessDimension { number: i + 1 }.href()}>{ t!("still-to-answer-link", dimension = &d.dimension.name) }</a>
                            { " " }{ t!("still-to-answer-answered", answered = d.answered, total = d.total) }
                        </li>
                    }) }
                </ul>
            </section>
            if !complete.is_empty() {
                <section aria-labelledby="partial" data-testid="partial-report">
                    <h2 id="partial">{ t!("still-to-answer-partial", count = complete.len(), total = total) }</h2>
                    <p class="hint">{ t!("still-to-answer-partial-hint") }</p>
                    <ul class="partial-list">
                        { for complete.iter().map(|d| html! {
                            <li>
                                <strong>{ &d.dimension.name }</strong>{ t!("label-separator") }
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
