//! Readiness per dimension as a table: the chart's figures for screen readers and for print.

use crate::words::status;
use ladder_core::Report;
use yew::prelude::*;

/// A function rather than a component: the report borrows the framework.
pub fn readiness_table(report: &Report) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Readiness by dimension (scrolls sideways)">
        <table data-testid="readiness-table">
            <caption class="visually-hidden">{ "Readiness by dimension" }</caption>
            <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Readiness" }</th><th scope="col">{ "Answered" }</th></tr></thead>
            <tbody>
                { for report.dimensions.iter().map(|d| html! {
                    <tr>
                        <th scope="row">{ &d.dimension.name }</th>
                        <td>{ d.readiness.map(|r| format!("{r}% ")).unwrap_or_default() }<span class={classes!("status", crate::components::status_class(d.status))}>{ status(d.status) }</span></td>
                        <td>{ format!("{} of {}", d.answered, d.total) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
