//! What a person can do with a report: print it or save it as PDF (the browser's own dialog,
//! with a print layout of the report alone), or save the assessment to a file to open later.
//! Hidden on paper.

use crate::hooks::{download_text, use_assessment, use_today};
use ladder_core::file::save;
use yew::prelude::*;

#[component]
pub fn ReportActions() -> Html {
    let handle = use_assessment();
    let today = use_today();
    let save_file = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| {
            let a = handle.assessment();
            let name = format!("ladder-assessment-{}-{}-{today}.json", a.current, a.target);
            download_text(&name, "application/json", &save(a, today));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <div class="report-actions no-print" data-testid="report-actions">
            <button type="button" onclick={print}>{ "Print or save as PDF" }</button>
            <button type="button" onclick={save_file}>{ "Save to a file" }</button>
        </div>
    }
}
