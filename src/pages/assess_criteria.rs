//! Self-assessment: the promotion-criteria questions (time at the current and next level,
//! examples, peer feedback, the conversation with the manager).

use crate::components::{NumberField, UnansweredList};
use crate::hooks::{use_assessment, use_framework, use_page_title};
use crate::route::Route;
use ladder_core::{Action, CriteriaAnswers};
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
    use_page_title("Promotion criteria · Assess yourself".to_string());
    let c = handle.assessment().criteria;
    // Each control rewrites one field of the answers.
    let number = |id: &'static str,
                  label: &'static str,
                  value: u16,
                  max: u16,
                  set: fn(&mut CriteriaAnswers, u16)| {
        let on_valid = handle.callback(move |n: i32| {
            let mut next = c;
            set(&mut next, n.clamp(0, i32::from(max)) as u16);
            Some(Action::SetCriteria(next))
        });
        html! { <NumberField {id} {label} value={i32::from(value)} min={0} max={i32::from(max)} {on_valid} /> }
    };
    let check = |id: &'static str,
                 label: &'static str,
                 value: bool,
                 set: fn(&mut CriteriaAnswers, bool)| {
        let on_change = handle.callback(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = c;
            set(&mut next, input.checked());
            Some(Action::SetCriteria(next))
        });
        html! {
            <div class="check">
                <input {id} type="checkbox" checked={value} onchange={on_change} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <div class="assess-criteria" data-testid="assess-criteria">
            <h1>{ "Promotion criteria" }</h1>
            <p class="lead">{ "A few questions about the evidence behind a promotion case." }</p>
            <form class="criteria-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { number("months-current", "For how many months have you met or exceeded your current level?", c.months_meeting_current, 600, |c, v| c.months_meeting_current = v) }
                { number("months-next", "For how many months have you worked consistently at the next level?", c.months_at_next, 600, |c, v| c.months_at_next = v) }
                { number("examples", "How many concrete examples of next-level work could you cite?", c.examples.into(), 99, |c, v| c.examples = v as u8) }
                { check("peer-feedback", "I have gathered feedback from peers and stakeholders", c.peer_feedback, |c, v| c.peer_feedback = v) }
                { check("manager", "I have discussed promotion with my manager", c.discussed_with_manager, |c, v| c.discussed_with_manager = v) }
            </form>
            <UnansweredList />
            <nav class="pager" aria-label="Questionnaire">
                <a href={Route::AssessDimension { number: last }.href()} rel="prev">{ "← Back to the last dimension" }</a>
                <a class="button" href={Route::AssessReport.href()} rel="next">{ "See my report →" }</a>
            </nav>
        </div>
    }
}
