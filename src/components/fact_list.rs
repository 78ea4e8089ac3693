//! Labelled facts (a team's span, a process step, a competency) as a description list.

use ladder_core::Fact;
use yew::prelude::*;

/// A function rather than a component: the facts are borrowed from the framework.
pub fn fact_list(items: &[Fact]) -> Html {
    html! {
        <dl class="facts">
            { for items.iter().map(|f| html! { <div><dt>{ &f.label }</dt><dd>{ &f.value }</dd></div> }) }
        </dl>
    }
}
