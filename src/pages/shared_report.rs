//! Someone's self-assessment, opened from a link they shared: the same report, read-only,
//! headed with when and against which framework version it was made. The receiver can make it
//! their own (after confirming, if they have answers of their own). A link that cannot be read
//! gets a page that says why, echoing none of it.

use super::assess_report::full_report;
use crate::components::LinkProblem;
use crate::hooks::{navigate, use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use crate::words::{count, date, excerpt, level_short, sent_by_link, still_to_answer_note};
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
    use_page_title("Shared with you · Assess yourself".to_string());
    let shared = match decode(&fw, &props.link) {
        Ok(shared) => shared,
        Err(e) => {
            return html! {
                <LinkProblem testid="shared-broken" title="This shared link cannot be opened"
                    message={format!("The link to a shared assessment cannot be read: {e}. Ask the person who sent it for a new one.")} />
            };
        }
    };
    let a = &shared.assessment;
    let Some(report) = score(&fw, a) else {
        return html! { <p class="problem" role="alert">{ "This shared assessment names levels the framework does not have." }</p> };
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
            <p class="shared-banner" data-testid="shared-banner">{ format!("Shared with you: made on {} against {} version {}", date(shared.made_on), fw.name, excerpt(&a.framework_version)) }</p>
            <h1>{ format!("Shared report: {} → {}", level_short(report.current), level_short(report.target)) }</h1>
            <p class="hint" data-testid="sent-by-link">{ sent_by_link() }</p>
            <p class="hint">{ "Read-only: this is someone else’s self-assessment. It carries no name and no notes." }
                if a.framework_id != fw.id || a.framework_version != fw.version {
                    { format!(" It was made against {} version {}; answers are matched to this version by statement id.", excerpt(&a.framework_id), excerpt(&a.framework_version)) }
                }
            </p>
            if !shared.no_longer_apply.is_empty() {
                <p class="callout">{ format!("{} no longer apply, because this version of the framework does not have them: {}.",
                    count(shared.no_longer_apply.len() as u64, "answer"), shared.no_longer_apply.join(", ")) }</p>
            }
            <div class="report-actions no-print">
                if *asking {
                    <p class="confirm" role="group" aria-label="Replace your answers?">
                        <span role="status">{ "Replace the answers you have in this browser with this shared assessment? This cannot be undone." }</span>
                        <button type="button" onclick={make_own.clone()}>{ "Yes, make it my own" }</button>
                        <button type="button" class="link-button" onclick={keep}>{ "Keep my answers" }</button>
                    </p>
                } else {
                    <button type="button" onclick={make_own}>{ "Make this my own" }</button>
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
