//! Shown instead of the app when the framework cannot be loaded: every problem, with where it
//! is, so the author can fix the file in one pass.

use crate::words::catalogue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkErrorsProps {
    /// One message per problem, in the page's language, each starting with where it is.
    pub messages: Vec<String>,
}

#[component]
pub fn FrameworkErrors(props: &FrameworkErrorsProps) -> Html {
    let n = props.messages.len();
    // Without a catalogue (the page's words could not be read) the message says so alone.
    if catalogue::current().is_none() {
        return html! {
            <main id="main" class="framework-errors" data-testid="framework-errors">
                <ul>{ for props.messages.iter().map(|m| html! { <li><code>{ m }</code></li> }) }</ul>
            </main>
        };
    }
    html! {
        <main id="main" class="framework-errors" data-testid="framework-errors">
            <h1>{ t!("framework-errors-heading") }</h1>
            <p>{ t!("framework-errors-found", count = n) }</p>
            <ul>{ for props.messages.iter().map(|m| html! { <li><code>{ m }</code></li> }) }</ul>
        </main>
    }
}
