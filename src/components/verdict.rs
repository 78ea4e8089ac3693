//! The report's verdict: ready in every dimension, or not yet and which dimensions block it.

use crate::words::count;
use ladder_core::Report;
use yew::prelude::*;

/// A function rather than a component: the report borrows the framework. Shown only for a
/// complete report, so every dimension has a status of its own.
pub fn verdict(report: &Report) -> Html {
    let target = &report.target.id;
    let blocking = report.blocking.len();
    html! {
        <section class={classes!("verdict", report.ready.then_some("is-ready"))} aria-labelledby="verdict" data-testid="verdict">
            <h2 id="verdict">{ if report.ready { format!("Ready for {target} in every dimension") } else { format!("Not yet ready for {target}") } }</h2>
            if report.ready {
                <p>{ "Every dimension is at the ready level. Keep gathering evidence and talk to your manager about nominating yourself." }</p>
            } else {
                <p>{ format!("A promotion needs consistent next-level work in every dimension, so {} block{} it, however strong the others are: ",
                    if blocking == 1 { "one dimension".to_string() } else { count(blocking as u64, "dimension") },
                    if blocking == 1 { "s" } else { "" }) }
                   { report.blocking.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", ") }{ "." }</p>
            }
        </section>
    }
}
