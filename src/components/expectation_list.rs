//! The expectation statements of one dimension at one level.

use super::statement_examples;
use crate::hooks::use_level;
use ladder_core::{DimensionId, LevelId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExpectationListProps {
    pub level: LevelId,
    pub dimension: DimensionId,
}

#[component]
pub fn ExpectationList(props: &ExpectationListProps) -> Html {
    let level = use_level(&props.level);
    let Some(expectations) = level
        .as_ref()
        .and_then(|l| l.expectations_for(&props.dimension))
    else {
        return html! {};
    };
    html! {
        <ul class="expectations">
            { for expectations.statements.iter().map(|s| html! {
                <li id={s.id.to_string()}>{ &s.text }{ statement_examples(s) }</li>
            }) }
        </ul>
    }
}
