//! A statement's examples, folded beneath it: what meeting it can look like, in the framework's
//! own words. Nothing shows for a statement without any.

use ladder_core::Statement;
use yew::prelude::*;

/// A function rather than a component: it borrows the statement for one render.
pub fn statement_examples(statement: &Statement) -> Html {
    if statement.examples.is_empty() {
        return html! {};
    }
    html! {
        <details class="examples">
            <summary>{ t!("statement-examples", count = statement.examples.len()) }</summary>
            <ul>{ for statement.examples.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
        </details>
    }
}
