//! "Keep this report as a snapshot": with remembering on, adds the report's readiness per
//! dimension, dated today, to the kept history (at most 20); otherwise says how to turn it on.

use crate::hooks::{
    read_history, use_assessment, use_framework, use_today, write_history, SaveStatus,
};
use crate::route::Route;
use crate::words::count;
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
        return html! {
            <p class="hint no-print" data-testid="snapshot-off">{ "To keep dated snapshots of this report and see your progress over time, turn on “Remember on this device” on the " }
                <a href={Route::AssessStart.href()}>{ "first page" }</a>{ "." }</p>
        };
    }
    let keep = {
        let (fw, handle, outcome) = (fw.clone(), handle.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(report) = score(&fw, handle.assessment()) else {
                return;
            };
            let result = match read_history() {
                Err((e, _)) => Err(format!("Your kept snapshots could not be read ({e}), so nothing was added: see them on the progress page.")),
                Ok(list) if list.len() >= MAX_SNAPSHOTS => Err(format!("You keep {MAX_SNAPSHOTS} snapshots, the most there can be: delete one on the progress page to keep this one.")),
                Ok(mut list) => {
                    list.push(snapshot(&report, today));
                    let n = list.len();
                    write_history(&list)
                        .map(|()| format!("Kept as a snapshot dated today; you have {}.", count(n as u64, "snapshot")))
                        .map_err(|_| "The browser refused to keep the snapshot; nothing was added.".to_string())
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
            <button type="button" onclick={keep}>{ "Keep this report as a snapshot" }</button>
            { " " }<a href={Route::AssessHistory.href()}>{ "Your progress over time" }</a>
            if let Some((ok, text)) = &*outcome {
                <p role="status" class={if *ok { "hint" } else { "error" }} data-testid="snapshot-outcome">{ text.clone() }</p>
            }
        </div>
    }
}
