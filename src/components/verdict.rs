//! The report's verdict under the framework's own rule (every dimension ready, a number or a
//! share of them), with what holds it back; or, where the framework states no rule, how many
//! dimensions are ready and no verdict at all.

use crate::words::{verdict_heading, verdict_text};
use ladder_core::{Report, VerdictRule};
use yew::prelude::*;

/// A function rather than a component: the report borrows the framework. Shown only for a
/// complete report, so every dimension has a status of its own.
pub fn verdict(report: &Report) -> Html {
    let ruled = report.rule != VerdictRule::None;
    html! {
        <section class={classes!("verdict", report.ready.then_some("is-ready"), (!ruled).then_some("no-rule"))} aria-labelledby="verdict" data-testid="verdict">
            <h2 id="verdict">{ verdict_heading(report) }</h2>
            <p>{ verdict_text(report) }</p>
        </section>
    }
}
