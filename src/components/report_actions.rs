//! What a person can do with a report: print it or save it as PDF (the browser's own dialog,
//! with a print layout of the report alone), save the assessment to a file to open later, or
//! share it by link. Hidden on paper.

use super::SharePanel;
use crate::hooks::{address_of, download_text, use_assessment, use_framework, use_today};
use crate::route::Route;
use ladder_core::file::save;
use ladder_core::share;
use ladder_core::Action;
use yew::prelude::*;

#[component]
pub fn ReportActions() -> Html {
    let handle = use_assessment();
    let fw = use_framework();
    let today = use_today();
    let save_file = {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| {
            let a = handle.assessment();
            let name = t!(
                "report-actions-file-name",
                current = a.current.to_string(),
                target = a.target.to_string(),
                date = today.to_string()
            );
            download_text(&name, "application/json", &save(a, today));
        })
    };
    let sharing = use_state(|| None::<String>);
    let share = {
        let (handle, sharing) = (handle.clone(), sharing.clone());
        Callback::from(move |_: MouseEvent| {
            let link = share::encode(handle.assessment(), today);
            let route = Route::Shared { link };
            sharing.set(Some(address_of(&route)));
        })
    };
    let asking = use_state(|| None::<String>);
    let ask = {
        let (handle, asking, fw) = (handle.clone(), asking.clone(), fw.clone());
        Callback::from(move |_: MouseEvent| {
            // The request carries the levels and dates only: the other person rates afresh. A
            // copy changes as the person's own does, through `apply`.
            let mut request = handle.assessment().clone();
            request.apply(&fw, Action::ClearAnswers);
            let link = share::encode(&request, today);
            asking.set(Some(address_of(&Route::RateRequest { link })));
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <div class="report-actions no-print" data-testid="report-actions">
            <button type="button" onclick={print}>{ t!("report-actions-print") }</button>
            <button type="button" onclick={save_file}>{ t!("report-actions-save") }</button>
            <button type="button" onclick={share} aria-expanded={sharing.is_some().to_string()}>{ t!("report-actions-share") }</button>
            <button type="button" onclick={ask} aria-expanded={asking.is_some().to_string()}>{ t!("report-actions-ask") }</button>
            if let Some(url) = (*asking).clone() {
                <SharePanel id="ask-panel" label={t!("report-actions-ask-label")} url={AttrValue::from(url)}
                    sentence={t!("report-actions-ask-sentence")} />
            }
            if let Some(url) = (*sharing).clone() {
                <SharePanel id="share-panel" label={t!("report-actions-share-label")} url={AttrValue::from(url)}
                    sentence={t!("report-actions-share-sentence")} />
            }
        </div>
    }
}
