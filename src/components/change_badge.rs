//! How an attribute moved between two levels, in words first and an arrow second, so the
//! change reads without colour.

use ladder_core::Change;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangeBadgeProps {
    pub change: Change,
}

#[component]
pub fn ChangeBadge(props: &ChangeBadgeProps) -> Html {
    let (class, text) = match props.change {
        Change::Same => ("same", t!("change-none")),
        Change::Up(n) => ("up", t!("change-up", count = n)),
        Change::Down(n) => ("down", t!("change-down", count = n)),
        Change::Different => ("different", t!("change-different")),
        Change::OneSided => ("one-sided", t!("change-one-sided")),
    };
    html! { <span class={classes!("change", class)}>{ text }</span> }
}
