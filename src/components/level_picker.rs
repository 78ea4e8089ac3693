//! A labelled drop-down of every level, grouped by track.

use crate::hooks::use_framework;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelPickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub selected: AttrValue,
    pub on_change: Callback<String>,
}

#[component]
pub fn LevelPicker(props: &LevelPickerProps) -> Html {
    let fw = use_framework();
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(select.value());
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange}>
                { for fw.tracks.iter().map(|t| html! {
                    <optgroup label={t.name.clone()}>
                        { for t.levels.iter().map(|l| html! {
                            <option value={l.id.to_string()} selected={l.id.as_str() == props.selected.as_str()}>
                                { format!("{} {}", l.id, l.title) }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </div>
    }
}
