//! "Keep this report as a snapshot": with remembering on, adds the report's readiness per
//! dimension, dated today, to the kept history (at most 20); otherwise says how to turn it on.

use crate::hooks::{
    read_history, use_assessment, use_framework, use_today, write_history, SaveStatus,
};
use crate::route::Route;
use ladder_core::history::{snapshot, MAX_SNAPSHOTS};
use ladder_core::score;
use yew::prelude::*;

#[component]
pub fn KeepSnapshot() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let today = use_today();
    let outcome = use_state(|| None::<(bool, String)>);
    let remembering = use_context::<SaveStatus>().is_some_and(|s| s.remembering);
    if !remembering {
        // One sentence with the link inside it, wherever the language puts it.
        let link = t!("keep-snapshot-first-page");
        let sentence = t!("keep-snapshot-off", link = &link);
        let (before, after) = sentence
            .split_once(link.as_str())
            .map(|(b, a)| (b.to_string(), a.to_string()))
            .unwrap_or((sentence.clone(), String::new()));
        return html! {
            <p class="hint no-print" data-testid="snapshot-off">{ before }
                <a href={Route::AssessStart.href()}>{ link }</a>{ after }</p>
        };
    }
    let keep = {
        let (fw, handle, outcome) = (fw.clone(), handle.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(report) = score(&fw, handle.assessment()) else {
                return;
            };
            let result = match read_history() {
                Err((e, _)) => Err(t!(
                    "keep-snapshot-unreadable",
                    error = crate::words::problems::history(&e)
                )),
                Ok(list) if list.len() >= MAX_SNAPSHOTS => {
                    Err(t!("keep-snapshot-full", count = MAX_SNAPSHOTS))
                }
                Ok(mut list) => {
                    list.push(snapshot(&report, today));
                    let n = list.len();
                    write_history(&list)
                        .map(|()| t!("keep-snapshot-kept", count = n))
                        .map_err(|_| t!("keep-snapshot-refused"))
                }
            };
            outcome.set(Some(match result {
                Ok(text) => (true, text),
                Err(text) => (false, text),
            }));
        })
    };
    html! {
        <div class="keep-snapshot no-print">
            <button type="button" onclick={keep}>{ t!("keep-snapshot-button") }</button>
            { " " }<a href={Route::AssessHistory.href()}>{ t!("keep-snapshot-progress") }</a>
            if let Some((ok, text)) = &*outcome {
                <p role="status" class={if *ok { "hint" } else { "error" }} data-testid="snapshot-outcome">{ text.clone() }</p>
            }
        </div>
    }
}
