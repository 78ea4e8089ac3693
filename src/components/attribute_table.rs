//! A level's comparison-matrix attributes at a glance.

use crate::hooks::use_level;
use crate::words::{focus, level_short};
use ladder_core::LevelId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AttributeTableProps {
    pub id: LevelId,
}

#[component]
pub fn AttributeTable(props: &AttributeTableProps) -> Html {
    let Some(level) = use_level(&props.id) else {
        return html! {};
    };
    let track = level.framework().track_of(&level);
    html! {
        <table class="attributes">
            <caption>{ t!("attribute-table-caption", level = level_short(&level)) }</caption>
            <tbody>
                if let Some(f) = level.focus {
                    <tr><th scope="row">{ t!("attribute-focus") }</th><td>{ focus(f) }</td></tr>
                }
                { for track.attributes.iter().filter_map(|a| {
                    let value = level.attribute(&a.id)?;
                    Some(html! { <tr><th scope="row">{ &a.name }</th><td>{ value }</td></tr> })
                }) }
            </tbody>
        </table>
    }
}
