//! What a person can do with a report: print it or save it as PDF (the browser's own dialog,
//! with a print layout of the report alone). Hidden on paper.

use yew::prelude::*;

#[component]
pub fn ReportActions() -> Html {
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <div class="report-actions no-print" data-testid="report-actions">
            <button type="button" onclick={print}>{ "Print or save as PDF" }</button>
        </div>
    }
}
