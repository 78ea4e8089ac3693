//! Shown instead of the app when the framework file cannot be loaded: every problem, with
//! where it is, so the author can fix the file in one pass.

use ladder_core::LoadError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkErrorsProps {
    pub error: LoadError,
}

#[component]
pub fn FrameworkErrors(props: &FrameworkErrorsProps) -> Html {
    let items: Vec<String> = match &props.error {
        LoadError::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    };
    html! {
        <main id="main" class="framework-errors" data-testid="framework-errors">
            <h1>{ "This career framework could not be loaded" }</h1>
            <p>{ format!("Ladder found {} problem{} in framework.json. Each line says where (as a JSON path) and what is wrong.",
                items.len(), if items.len() == 1 { "" } else { "s" }) }</p>
            <ul>{ for items.iter().map(|m| html! { <li><code>{ m }</code></li> }) }</ul>
        </main>
    }
}
