//! On the report, after a saved file was opened: when and against which framework version it
//! was made, the statements that are new since (unanswered), and the answers that no longer
//! apply.

use crate::hooks::{use_framework, OpenedFile};
use crate::words::{count, date};
use yew::prelude::*;

#[component]
pub fn OpenedFileNote() -> Html {
    let fw = use_framework();
    let Some(summary) = use_context::<OpenedFile>().and_then(|o| o.summary) else {
        return html! {};
    };
    html! {
        <section class="callout opened-file" aria-labelledby="opened-file" data-testid="opened-file">
            <h2 id="opened-file">{ "From the file you opened" }</h2>
            <p>{ format!("“{}” was saved on {} against {}.", summary.file_name, date(summary.saved_on), summary.made_against) }</p>
            if !summary.new_statements.is_empty() {
                <details>
                    <summary>{ format!("{} new since then, unanswered", count(summary.new_statements.len() as u64, "statement")) }</summary>
                    <ul>{ for summary.new_statements.iter().map(|id| html! {
                        <li>{ fw.statement(id).map_or(id.to_string(), |s| s.text.clone()) }</li>
                    }) }</ul>
                </details>
            }
            if !summary.no_longer_apply.is_empty() {
                <p>{ format!("{} no longer apply, because this version of the framework does not have them: {}.",
                    count(summary.no_longer_apply.len() as u64, "answer"), summary.no_longer_apply.join(", ")) }</p>
            }
        </section>
    }
}
