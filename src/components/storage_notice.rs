//! What happened to the answers kept in this tab or on this device, on whichever view the
//! person is: restored at start-up, found unreadable (with the text offered as a download), not
//! saved just now (naming what was not kept, with the answers offered as a download), written
//! by another tab since this one last saved (asking whose to keep), or changed by another tab.
//! Nothing here claims a save that did not happen.

use crate::hooks::{download_text, use_assessment, Kept, News, SaveState, SaveStatus, SavedNotice};
use crate::words::{changes, news, saved_notice};
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

    let download_mine = {
        let text = encode(handle.assessment());
        Callback::from(move |_: MouseEvent| {
            download_text(&t!("storage-download-answers-file"), "text/plain", &text);
        })
    };
    // Which place the sentences name: `device` or `tab` (a select in the catalogue).
    let where_kept = if status.as_ref().is_some_and(|s| s.remembering) {
        "device"
    } else {
        "tab"
    };
    let save_failure = failed.then(|| {
        let not_kept = status.as_ref().map(|s| changes(&s.not_kept)).unwrap_or_default();
        html! {
            <div class="problem" role="alert" data-testid="save-failed">
                <p>{ t!("storage-not-kept", place = where_kept, not_kept = not_kept) }</p>
                <button type="button" onclick={download_mine.clone()}>{ t!("storage-download-answers") }</button>
            </div>
        }
    });
    let stale = status.as_ref().and_then(|s| match &s.state {
        SaveState::Stale { theirs } => Some((s.clone(), theirs.clone())),
        _ => None,
    });
    let conflict = stale.map(|(status, theirs)| {
        let message = match &theirs {
            Some(_) => t!("storage-conflict-changed", place = where_kept, not_kept = changes(&status.not_kept)),
            None => t!("storage-conflict-removed", place = where_kept, not_kept = changes(&status.not_kept)),
        };
        let theirs_label = if theirs.is_some() { t!("storage-use-theirs") } else { t!("storage-start-afresh") };
        let (use_theirs, keep_mine) = (status.use_theirs.clone(), status.keep_mine.clone());
        html! {
            <div class="problem" role="alert" data-testid="answers-conflict">
                <p>{ message }</p>
                <p class="actions-row">
                    <button type="button" onclick={Callback::from(move |_: MouseEvent| keep_mine.emit(()))}>{ t!("storage-keep-mine") }</button>
                    <button type="button" onclick={Callback::from(move |_: MouseEvent| use_theirs.emit(()))}>{ theirs_label }</button>
                    <button type="button" class="link-button" onclick={download_mine.clone()}>{ t!("storage-download-mine") }</button>
                </p>
            </div>
        }
    });
    let told = status
        .as_ref()
        .and_then(|s| s.news.clone().map(|n| (s.clone(), n)));
    let news_notice = told.map(|(status, item)| {
        let dismiss = status.dismiss_news.clone();
        if item == News::RememberedElsewhereAsk {
            let (use_theirs, keep_mine) = (status.use_theirs.clone(), status.keep_mine.clone());
            return html! {
                <div class="callout" role="alert" data-testid="storage-news">
                    <p>{ news(&item) }</p>
                    <p class="actions-row">
                        <button type="button" onclick={Callback::from(move |_: MouseEvent| use_theirs.emit(()))}>{ t!("storage-show-remembered") }</button>
                        <button type="button" onclick={Callback::from(move |_: MouseEvent| keep_mine.emit(()))}>{ t!("storage-keep-mine-in-tab") }</button>
                        <button type="button" class="link-button" onclick={download_mine.clone()}>{ t!("storage-download-mine") }</button>
                    </p>
                </div>
            };
        }
        let failed = matches!(item, News::SwitchFailed { .. });
        html! {
            <div class="callout" role={if failed { "alert" } else { "status" }} data-testid="storage-news">
                <p>{ news(&item) }</p>
                <p class="actions-row">
                    if failed {
                        <button type="button" onclick={download_mine.clone()}>{ t!("storage-download-answers") }</button>
                    }
                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| dismiss.emit(()))}>{ t!("storage-dismiss") }</button>
                </p>
            </div>
        }
    });

    let startup = match (&notice, saved_notice(&notice)) {
        (_, None) => None,
        (SavedNotice::Unreadable { raw, kept, .. }, Some(message)) => {
            let raw = raw.clone();
            let download = Callback::from(move |_: MouseEvent| {
                download_text(&t!("storage-download-unreadable-file"), "text/plain", &raw);
            });
            let discard = status.as_ref().map(|s| {
                let callback = s.discard_unreadable.clone();
                Callback::from(move |_: MouseEvent| callback.emit(()))
            });
            Some(html! {
                <div class="callout" role="alert" data-testid="saved-notice">
                    <p>{ message }</p>
                    <p class="actions-row">
                        <button type="button" onclick={download}>{ t!("storage-download-unreadable") }</button>
                        if let (Kept::InPlace, true, Some(discard)) = (kept, paused, discard) {
                            <button type="button" class="link-button" onclick={discard}>{ t!("storage-discard-unreadable") }</button>
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
                    <button type="button" class="link-button" onclick={dismiss}>{ t!("storage-dismiss") }</button>
                </div>
            })
        }
    };
    html! { <>{ startup }{ news_notice }{ conflict }{ save_failure }</> }
}
