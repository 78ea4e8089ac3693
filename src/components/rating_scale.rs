//! One expectation statement with its five answers as a native radio group: Tab reaches the
//! group, arrow keys choose, and the statement is the group's legend.

use crate::hooks::use_framework;
use crate::words::{rating, NOT_SURE};
use ladder_core::{Rating, StatementId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingScaleProps {
    pub statement: StatementId,
    /// `None` is "Not sure", which is also where every statement starts.
    pub rating: Option<Rating>,
    pub on_rate: Callback<Option<Rating>>,
}

#[component]
pub fn RatingScale(props: &RatingScaleProps) -> Html {
    let fw = use_framework();
    let Some(statement) = fw.statement(&props.statement) else {
        return html! {};
    };
    let name = format!("rate-{}", statement.id);
    let option = |value: Option<Rating>, label: &'static str| {
        let id = format!(
            "{name}-{}",
            value
                .map(|r| r.value().to_string())
                .unwrap_or_else(|| "unsure".into())
        );
        let on_rate = props.on_rate.clone();
        let checked = props.rating == value;
        html! {
            <label for={id.clone()} class={classes!("choice", checked.then_some("checked"))}>
                <input type="radio" id={id} name={name.clone()} {checked}
                    onchange={Callback::from(move |_: Event| on_rate.emit(value))} />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class="rating" data-testid={format!("rating-{}", statement.id)}>
            <legend>{ &statement.text }</legend>
            <div class="choices">
                { for Rating::ALL.iter().map(|r| option(Some(*r), rating(*r))) }
                { option(None, NOT_SURE) }
            </div>
        </fieldset>
    }
}
