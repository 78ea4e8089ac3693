//! The promotion criteria as a checklist: each met, missing, or to check with the manager.

use ladder_core::scoring::CriterionCheck;
use ladder_core::CriterionState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CriteriaChecklistProps {
    pub checks: Vec<CriterionCheck>,
}

#[component]
pub fn CriteriaChecklist(props: &CriteriaChecklistProps) -> Html {
    html! {
        <ul class="checklist" data-testid="criteria-checklist">
            { for props.checks.iter().map(|c| {
                let (mark, word, class) = match c.state {
                    CriterionState::Met => ("✓", "Met", "met"),
                    CriterionState::Missing => ("✗", "Missing", "missing"),
                    CriterionState::NotAssessed => ("?", "To check", "unknown"),
                };
                html! {
                    <li class={class}>
                        <span class="mark" aria-hidden="true">{ mark }</span>
                        <strong>{ format!("{}: {word}.", c.name) }</strong>{ " " }{ &c.detail }
                    </li>
                }
            }) }
        </ul>
    }
}
