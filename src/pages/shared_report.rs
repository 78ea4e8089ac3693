//! Someone's self-assessment, opened from a link they shared: the same report, read-only,
//! headed with when and against which framework version it was made. The receiver can make it
//! their own (after confirming, if they have answers of their own). A link that cannot be read
//! gets a page that says why, echoing none of it.

use super::assess_report::full_report;
use crate::components::LinkProblem;
use crate::hooks::{navigate, use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use crate::words::errors::share_error;
use crate::words::{date, excerpt, level_short, sent_by_link, still_to_answer_note};
use ladder_core::share::decode;
use ladder_core::{score, Action, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedReportPageProps {
    pub link: AttrValue,
}

#[component]
pub fn SharedReportPage(props: &SharedReportPageProps) -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let today = use_today();
    let asking = use_state(|| false);
    use_page_title(t!("shared-title"));
    let shared = match decode(&fw, &props.link) {
        Ok(shared) => shared,
        Err(e) => {
            return html! {
                <LinkProblem testid="shared-broken" title={t!("shared-broken")}
                    message={t!("shared-broken-reason", reason = share_error(&e))} />
            };
        }
    };
    let a = &shared.assessment;
    let Some(report) = score(&fw, a) else {
        return html! { <p class="problem" role="alert">{ t!("shared-unknown-levels") }</p> };
    };
    let complete = report
        .dimensions
        .iter()
        .all(|d| d.status != Status::Incomplete);
    let make_own = {
        let (handle, asking, assessment) = (handle.clone(), asking.clone(), a.clone());
        let has_own = handle.assessment().has_answers();
        Callback::from(move |_: MouseEvent| {
            if has_own && !*asking {
                asking.set(true);
                return;
            }
            handle.dispatch(Action::Replace(Box::new(assessment.clone())));
            navigate(&Route::AssessReport);
        })
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    html! {
        <div class="assess-report shared-report" data-testid="shared-report">
            <p class="shared-banner" data-testid="shared-banner">{ t!("shared-banner", date = date(shared.made_on), framework = &fw.name, version = excerpt(&a.framework_version)) }</p>
            <h1>{ t!("shared-heading", current = level_short(report.current), target = level_short(report.target)) }</h1>
            <p class="hint" data-testid="sent-by-link">{ sent_by_link() }</p>
            <p class="hint">
                if a.framework_id != fw.id || a.framework_version != fw.version {
                    { t!("shared-read-only-other-version", framework = excerpt(&a.framework_id), version = excerpt(&a.framework_version)) }
                } else {
                    { t!("shared-read-only") }
                }
            </p>
            if !shared.no_longer_apply.is_empty() {
                <p class="callout">{ t!("shared-no-longer-apply", count = shared.no_longer_apply.len(), ids = shared.no_longer_apply.join(", ")) }</p>
            }
            <div class="report-actions no-print">
                if *asking {
                    <p class="confirm" role="group" aria-label={t!("shared-replace")}>
                        <span role="status">{ t!("shared-replace-question") }</span>
                        <button type="button" onclick={make_own.clone()}>{ t!("shared-replace-yes") }</button>
                        <button type="button" class="link-button" onclick={keep}>{ t!("shared-keep") }</button>
                    </p>
                } else {
                    <button type="button" onclick={make_own}>{ t!("shared-make-own") }</button>
                }
            </div>
            if complete {
                { full_report(&fw, a, &report, today, false) }
            } else {
                <p class="callout" data-testid="shared-incomplete">{ still_to_answer_note(&report) }</p>
            }
        </div>
    }
}
