//! The questionnaire's progress: "Dimension 2 of 6" and a link to every dimension, each with
//! how many of its statements are answered.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DimensionStepsProps {
    /// Dimension names in the target level's order.
    pub names: Vec<String>,
    /// Answered statements per dimension, same order.
    pub answered: Vec<usize>,
    /// Statements per dimension, same order.
    pub totals: Vec<usize>,
    /// 1-based number of the dimension on screen.
    pub current: usize,
    /// Whether the framework asks criteria questions, so that there is a criteria step.
    pub criteria_step: bool,
}

#[component]
pub fn DimensionSteps(props: &DimensionStepsProps) -> Html {
    let total = props.names.len();
    html! {
        <nav class="steps" aria-label={t!("dimension-steps-label")}>
            <p class="step-count" data-testid="step-count">{ t!("dimension-steps-count", current = props.current, total = total) }</p>
            <progress max={total.to_string()} value={props.current.to_string()} aria-hidden="true"></progress>
            <ol>
                { for props.names.iter().enumerate().map(|(i, name)| {
                    let number = i + 1;
                    let of = props.totals.get(i).copied().unwrap_or(0);
                    html! {
                        <li>
                            <a href={Route::AssessDimension { number }.href()}
                               aria-current={(number == props.current).then_some("step")}>
                                { name.clone() }
                            </a>
                            <span class="step-answered">{ format!(" {}/{}", props.answered.get(i).copied().unwrap_or(0), of) }</span>
                        </li>
                    }
                }) }
                if props.criteria_step {
                    <li><a href={Route::AssessCriteria.href()}>{ t!("assess-criteria-heading") }</a></li>
                }
            </ol>
        </nav>
    }
}
