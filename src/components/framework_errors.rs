//! Shown instead of the app when the framework cannot be loaded: every problem, with where it
//! is, so the author can fix the file in one pass.

use crate::words::count;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkErrorsProps {
    /// One plain-English message per problem, each starting with where it is.
    pub messages: Vec<String>,
}

#[component]
pub fn FrameworkErrors(props: &FrameworkErrorsProps) -> Html {
    let n = props.messages.len();
    html! {
        <main id="main" class="framework-errors" data-testid="framework-errors">
            <h1>{ "This career framework could not be loaded" }</h1>
            <p>{ format!("Ladder found {}. Each line says where and what is wrong.", count(n as u64, "problem")) }</p>
            <ul>{ for props.messages.iter().map(|m| html! { <li><code>{ m }</code></li> }) }</ul>
        </main>
    }
}
