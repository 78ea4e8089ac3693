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
            download_text("ladder-answers.txt", "text/plain", &text);
        })
    };
    let where_kept = if status.as_ref().is_some_and(|s| s.remembering) {
        "on this device"
    } else {
        "in this tab"
    };
    let save_failure = failed.then(|| {
        let not_kept = status.as_ref().map(|s| changes(&s.not_kept)).unwrap_or_default();
        html! {
            <div class="problem" role="alert" data-testid="save-failed">
                <p>{ format!("Not kept {where_kept}: {not_kept}. The browser refused the write (its storage is probably full). Everything is still on this page, but a reload would lose what was not kept: download your answers to keep them.") }</p>
                <button type="button" onclick={download_mine.clone()}>{ "Download your answers" }</button>
            </div>
        }
    });
    let stale = status.as_ref().and_then(|s| match &s.state {
        SaveState::Stale { theirs } => Some((s.clone(), theirs.clone())),
        _ => None,
    });
    let conflict = stale.map(|(status, theirs)| {
        let message = match &theirs {
            Some(_) => format!("Another tab changed the answers kept {where_kept} since this tab last saved, so this tab’s change was not written over them. Not kept yet: {}. Choose whose answers to keep.", changes(&status.not_kept)),
            None => format!("Another tab removed the answers kept {where_kept}, or wrote them in a form this tab cannot read, since this tab last saved. Not kept yet: {}. Choose whose answers to keep.", changes(&status.not_kept)),
        };
        let theirs_label = if theirs.is_some() { "Use the other tab’s answers" } else { "Start afresh as the other tab did" };
        let (use_theirs, keep_mine) = (status.use_theirs.clone(), status.keep_mine.clone());
        html! {
            <div class="problem" role="alert" data-testid="answers-conflict">
                <p>{ message }</p>
                <p class="actions-row">
                    <button type="button" onclick={Callback::from(move |_: MouseEvent| keep_mine.emit(()))}>{ "Keep this tab’s answers" }</button>
                    <button type="button" onclick={Callback::from(move |_: MouseEvent| use_theirs.emit(()))}>{ theirs_label }</button>
                    <button type="button" class="link-button" onclick={download_mine.clone()}>{ "Download this tab’s answers" }</button>
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
                        <button type="button" onclick={Callback::from(move |_: MouseEvent| use_theirs.emit(()))}>{ "Show the remembered answers here" }</button>
                        <button type="button" onclick={Callback::from(move |_: MouseEvent| keep_mine.emit(()))}>{ "Keep this tab’s answers in this tab" }</button>
                        <button type="button" class="link-button" onclick={download_mine.clone()}>{ "Download this tab’s answers" }</button>
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
                        <button type="button" onclick={download_mine.clone()}>{ "Download your answers" }</button>
                    }
                    <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| dismiss.emit(()))}>{ "Dismiss" }</button>
                </p>
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
    html! { <>{ startup }{ news_notice }{ conflict }{ save_failure }</> }
}
