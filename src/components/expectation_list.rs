//! The expectation statements of one dimension at one level.

use ladder_core::Expectations;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExpectationListProps {
    pub expectations: Expectations,
}

#[component]
pub fn ExpectationList(props: &ExpectationListProps) -> Html {
    html! {
        <ul class="expectations">
            { for props.expectations.statements.iter().map(|s| html! {
                <li id={s.id.to_string()}>{ &s.text }</li>
            }) }
        </ul>
    }
}
