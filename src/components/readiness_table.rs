//! Readiness per dimension as a table: the chart's figures for screen readers and for print.

use crate::words::status;
use ladder_core::Report;
use yew::prelude::*;

/// A function rather than a component: the report borrows the framework.
pub fn readiness_table(report: &Report) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={t!("readiness-table-region")}>
        <table data-testid="readiness-table">
            <caption class="visually-hidden">{ t!("readiness-table-caption") }</caption>
            <thead><tr><th scope="col">{ t!("readiness-table-dimension") }</th><th scope="col">{ t!("readiness-table-readiness") }</th><th scope="col">{ t!("readiness-table-answered") }</th></tr></thead>
            <tbody>
                { for report.dimensions.iter().map(|d| html! {
                    <tr>
                        <th scope="row">{ &d.dimension.name }</th>
                        <td>{ d.readiness.map(|r| format!("{} ", t!("percent", value = r))).unwrap_or_default() }<span class={classes!("status", crate::components::status_class(d.status))}>{ status(d.status) }</span></td>
                        <td>{ t!("readiness-table-answered-count", answered = d.answered, total = d.total) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
