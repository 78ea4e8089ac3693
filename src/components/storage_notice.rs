//! What happened to the answers kept in this tab, on whichever view the person is: restored at
//! start-up, found unreadable (with the text offered as a download), or not saved just now
//! (with the answers offered as a download). Nothing here claims a save that did not happen.

use crate::hooks::{download_text, use_assessment, Kept, SaveState, SaveStatus, SavedNotice};
use crate::words::saved_notice;
use ladder_core::storage::encode;
use yew::prelude::*;

#[component]
pub fn StorageNotice() -> Html {
    let notice = use_context::<SavedNotice>().unwrap_or_default();
    let status = use_context::<SaveStatus>();
    let handle = use_assessment();
    let dismissed = use_state(|| false);
    let failed = status
        .as_ref()
        .is_some_and(|s| s.state == SaveState::Failed);
    let paused = status
        .as_ref()
        .is_some_and(|s| s.state == SaveState::Paused);

    let save_failure = failed.then(|| {
        let text = encode(handle.assessment());
        let download = Callback::from(move |_: MouseEvent| {
            download_text("ladder-answers.txt", "text/plain", &text);
        });
        html! {
            <div class="problem" role="alert" data-testid="save-failed">
                <p>{ "Your latest change could not be kept in this tab: the browser refused to store it. Everything is still on this page, but a reload would lose it. Download your answers to keep them." }</p>
                <button type="button" onclick={download}>{ "Download your answers" }</button>
            </div>
        }
    });

    let startup = match (&notice, saved_notice(&notice)) {
        (_, None) => None,
        (SavedNotice::Unreadable { raw, kept, .. }, Some(message)) => {
            let raw = raw.clone();
            let download = Callback::from(move |_: MouseEvent| {
                download_text("ladder-unreadable-answers.txt", "text/plain", &raw);
            });
            let discard = status.as_ref().map(|s| {
                let callback = s.discard_unreadable.clone();
                Callback::from(move |_: MouseEvent| callback.emit(()))
            });
            Some(html! {
                <div class="callout" role="alert" data-testid="saved-notice">
                    <p>{ message }</p>
                    <p class="actions-row">
                        <button type="button" onclick={download}>{ "Download the unreadable answers" }</button>
                        if let (Kept::InPlace, true, Some(discard)) = (kept, paused, discard) {
                            <button type="button" class="link-button" onclick={discard}>{ "Discard them and save new answers" }</button>
                        }
                    </p>
                </div>
            })
        }
        (_, Some(message)) => {
            let dismiss = {
                let dismissed = dismissed.clone();
                Callback::from(move |_: MouseEvent| dismissed.set(true))
            };
            (!*dismissed).then(|| html! {
                <div class="callout" role="status" data-testid="saved-notice">
                    <p>{ message }</p>
                    <button type="button" class="link-button" onclick={dismiss}>{ "Dismiss" }</button>
                </div>
            })
        }
    };
    html! { <>{ startup }{ save_failure }</> }
}
