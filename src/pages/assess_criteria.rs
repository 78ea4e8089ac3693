//! Self-assessment: the framework's promotion-criteria questions, a number field for months or
//! a count and a checkbox for a yes, each labelled with the question as the framework asks it.

use crate::components::{NumberField, UnansweredList};
use crate::hooks::{use_assessment, use_framework, use_page_title};
use crate::route::Route;
use ladder_core::{Action, Needs};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn AssessCriteriaPage() -> Html {
    let handle = use_assessment();
    let fw = use_framework();
    let last = fw
        .level(&handle.assessment().target)
        .map(|t| t.expectations.len())
        .unwrap_or(1);
    use_page_title(t!("assess-criteria-title"));
    let answers = handle.assessment().criteria.clone();
    let questions = fw.questions().map(|(_, q)| {
        let id = q.id.clone();
        let html_id = AttrValue::from(q.id.to_string());
        let label = AttrValue::from(q.text.clone());
        let value = answers.get(&q.id);
        match q.needs {
            Needs::Months { .. } | Needs::Count(_) => {
                let max = q.needs.max_answer();
                let on_valid = handle.callback(move |n: i32| {
                    let n = u16::try_from(n.clamp(0, i32::from(max))).unwrap_or(0);
                    Some(Action::SetCriterion(id.clone(), n))
                });
                html! {
                    <NumberField key={q.id.to_string()} id={html_id} {label} value={i32::from(value)} min={0} max={i32::from(max)} {on_valid} />
                }
            }
            Needs::Yes => {
                let on_change = handle.callback(move |e: Event| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    Some(Action::SetCriterion(id.clone(), u16::from(input.checked())))
                });
                html! {
                    <div class="check" key={q.id.to_string()}>
                        <input id={html_id.clone()} type="checkbox" checked={value > 0} onchange={on_change} />
                        <label for={html_id}>{ label }</label>
                    </div>
                }
            }
        }
    });
    let asks = fw.questions().next().is_some();
    html! {
        <div class="assess-criteria" data-testid="assess-criteria">
            <h1>{ t!("assess-criteria-heading") }</h1>
            if asks {
                <p class="lead">{ t!("assess-criteria-lead") }</p>
                <form class="criteria-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for questions }
                </form>
            } else {
                <p class="lead">{ t!("assess-criteria-none") }</p>
            }
            <UnansweredList />
            <nav class="pager" aria-label={t!("assess-nav-questionnaire")}>
                <a href={Route::AssessDimension { number: last }.href()} rel="prev">{ t!("assess-back-to-last-dimension") }</a>
                <a class="button" href={Route::AssessReport.href()} rel="next">{ t!("assess-see-report") }</a>
            </nav>
        </div>
    }
}
