//! One expectation statement with its five answers as a native radio group: Tab reaches the
//! group, arrow keys choose, and the statement is the group's legend. An untouched statement
//! has no answer chosen and says so, so it never looks answered; "Not sure" is a choice.

use super::statement_examples;
use crate::hooks::use_framework;
use crate::words::{not_sure, rating};
use ladder_core::assessment::Answer;
use ladder_core::{Rating, StatementId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingScaleProps {
    pub statement: StatementId,
    pub answer: Answer,
    /// `None` is "Not sure".
    pub on_rate: Callback<Option<Rating>>,
}

#[component]
pub fn RatingScale(props: &RatingScaleProps) -> Html {
    let fw = use_framework();
    let Some(statement) = fw.statement(&props.statement) else {
        return html! {};
    };
    let name = format!("rate-{}", statement.id);
    let option = |value: Option<Rating>, label: String, key: &'static str| {
        let id = format!("{name}-{key}");
        let on_rate = props.on_rate.clone();
        let checked = match (props.answer, value) {
            (Answer::Rated(r), Some(v)) => r == v,
            (Answer::NotSure, None) => true,
            _ => false,
        };
        html! {
            <label for={id.clone()} class={classes!("choice", checked.then_some("checked"))}>
                <input type="radio" id={id} name={name.clone()} {checked}
                    onchange={Callback::from(move |_: Event| on_rate.emit(value))} />
                { label }<span class="key" aria-hidden="true">{ if value.is_none() { t!("rating-key-not-sure") } else { key.to_string() } }</span>
            </label>
        }
    };
    let untouched = props.answer == Answer::Untouched;
    html! {
        <fieldset class={classes!("rating", untouched.then_some("untouched"))} data-testid={format!("rating-{}", statement.id)}
            data-statement={statement.id.to_string()}>
            <legend>{ &statement.text }</legend>
            { statement_examples(statement) }
            <div class="choices">
                { for Rating::ALL.iter().zip(["0", "1", "2", "3"]).map(|(r, key)| option(Some(*r), rating(*r), key)) }
                { option(None, not_sure(), "n") }
            </div>
            if untouched {
                <p class="not-answered">{ t!("rating-scale-not-answered") }</p>
            }
        </fieldset>
    }
}
