//! On the report, after a saved file was opened: when and against which framework version it
//! was made, the statements that are new since (unanswered), and the answers that no longer
//! apply.

use crate::hooks::{use_framework, OpenedFile};
use crate::words::{date, list};
use yew::prelude::*;

#[component]
pub fn OpenedFileNote() -> Html {
    let fw = use_framework();
    let Some(summary) = use_context::<OpenedFile>().and_then(|o| o.summary) else {
        return html! {};
    };
    html! {
        <section class="callout opened-file" aria-labelledby="opened-file" data-testid="opened-file">
            <h2 id="opened-file">{ t!("opened-file-heading") }</h2>
            <p>{ t!("opened-file-saved", file = &summary.file_name, date = date(summary.saved_on), made_against = &summary.made_against) }</p>
            if !summary.new_statements.is_empty() {
                <details>
                    <summary>{ t!("opened-file-new-statements", count = summary.new_statements.len()) }</summary>
                    <ul>{ for summary.new_statements.iter().map(|id| html! {
                        <li>{ fw.statement(id).map_or(id.to_string(), |s| s.text.clone()) }</li>
                    }) }</ul>
                </details>
            }
            if !summary.no_longer_apply.is_empty() {
                <p>{ t!("opened-file-no-longer-apply", count = summary.no_longer_apply.len(), items = list(&summary.no_longer_apply)) }</p>
            }
        </section>
    }
}
