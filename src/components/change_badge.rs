//! How an attribute moved between two levels, in words first and an arrow second, so the
//! change reads without colour.

use crate::words::count;
use ladder_core::Change;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangeBadgeProps {
    pub change: Change,
}

#[component]
pub fn ChangeBadge(props: &ChangeBadgeProps) -> Html {
    let steps = |n: usize| count(n as u64, "step");
    let (class, text) = match props.change {
        Change::Same => ("same", "No change".to_string()),
        Change::Up(n) => ("up", format!("↑ {} up", steps(n))),
        Change::Down(n) => ("down", format!("↓ {} down", steps(n))),
        Change::Different => ("different", "Changes".to_string()),
        Change::OneSided => ("one-sided", "Only on one side".to_string()),
    };
    html! { <span class={classes!("change", class)}>{ text }</span> }
}
