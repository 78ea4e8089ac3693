//! A level's comparison-matrix attributes at a glance.

use crate::hooks::use_framework;
use ladder_core::Level;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AttributeTableProps {
    pub level: Level,
}

#[component]
pub fn AttributeTable(props: &AttributeTableProps) -> Html {
    let fw = use_framework();
    let track = fw.track_of(&props.level);
    html! {
        <table class="attributes">
            <caption>{ format!("{} at a glance", props.level.id) }</caption>
            <tbody>
                <tr><th scope="row">{ "Focus" }</th><td>{ props.level.focus.to_string() }</td></tr>
                { for track.attributes.iter().filter_map(|a| {
                    let value = props.level.attribute(&a.id)?;
                    Some(html! { <tr><th scope="row">{ &a.name }</th><td>{ value }</td></tr> })
                }) }
            </tbody>
        </table>
    }
}
