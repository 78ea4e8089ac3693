//! "Clear all answers", which asks first: the answers go only once the person confirms, and
//! the question says how many would go.

use crate::hooks::use_assessment;
use ladder_core::Action;
use yew::prelude::*;

#[component]
pub fn ClearAnswers() -> Html {
    let handle = use_assessment();
    let asking = use_state(|| false);
    let a = handle.assessment();
    if !a.has_answers() {
        return html! {};
    }
    let answers = a.answers.len() + a.notes.len();
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let clear = {
        let (asking, handle) = (asking.clone(), handle.clone());
        Callback::from(move |_: MouseEvent| {
            handle.dispatch(Action::ClearAnswers);
            asking.set(false);
        })
    };
    if !*asking {
        return html! { <button type="button" class="link-button" onclick={ask}>{ t!("clear-answers-button") }</button> };
    }
    html! {
        <span class="confirm" role="group" aria-label={t!("clear-answers-question")}>
            <span role="status">{ t!("clear-answers-confirm", count = answers) }</span>
            <button type="button" onclick={clear}>{ t!("clear-answers-yes") }</button>
            <button type="button" class="link-button" onclick={keep}>{ t!("clear-answers-keep") }</button>
        </span>
    }
}
