//! The promotion criteria as a checklist: each met, missing, or to check with the manager, with
//! what the answers to its questions say.

use crate::words::{finding, judgement_note};
use ladder_core::scoring::{CriterionCheck, Judgement};
use ladder_core::CriterionState;
use yew::prelude::*;

/// A function rather than a component: the checks borrow the framework's criteria.
pub fn criteria_checklist(checks: &[CriterionCheck]) -> Html {
    html! {
        <ul class="checklist" data-testid="criteria-checklist">
            { for checks.iter().map(|c| {
                let name = &c.criterion.name;
                let (mark, word, class) = match c.state() {
                    CriterionState::Met => ("✓", t!("criteria-checklist-met", criterion = name), "met"),
                    CriterionState::Missing => ("✗", t!("criteria-checklist-missing", criterion = name), "missing"),
                    CriterionState::NotAssessed => ("?", t!("criteria-checklist-to-check", criterion = name), "unknown"),
                };
                let findings: Vec<String> = match &c.judgement {
                    Judgement::Questions(findings) => findings.iter().map(|f| finding(*f)).collect(),
                    other => judgement_note(other).into_iter().collect(),
                };
                html! {
                    <li class={class}>
                        <span class="mark" aria-hidden="true">{ mark }</span>
                        <strong>{ word }</strong>{ " " }{ findings.join(" ") }
                    </li>
                }
            }) }
        </ul>
    }
}
