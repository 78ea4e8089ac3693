//! A labelled drop-down of levels: every level grouped by track, or the groups a view offers.

use crate::hooks::use_framework;
use crate::words::level_label;
use ladder_core::LevelId;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One `<optgroup>`: a label and the levels under it, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelGroup {
    pub label: String,
    pub levels: Vec<LevelId>,
}

#[derive(Properties, PartialEq)]
pub struct LevelPickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub selected: LevelId,
    pub on_change: Callback<LevelId>,
    /// The levels to offer; empty offers every level, grouped by track.
    #[prop_or_default]
    pub groups: Vec<LevelGroup>,
    /// Shown, and not choosable, while `selected` is none of the levels offered.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// The id of a hint that describes the choice.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

#[component]
pub fn LevelPicker(props: &LevelPickerProps) -> Html {
    let fw = use_framework();
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(LevelId::new(select.value()));
    });
    let groups = if props.groups.is_empty() {
        fw.tracks
            .iter()
            .map(|t| LevelGroup {
                label: t.name.clone(),
                levels: t.levels.iter().map(|l| l.id.clone()).collect(),
            })
            .collect()
    } else {
        props.groups.clone()
    };
    let offered = groups.iter().any(|g| g.levels.contains(&props.selected));
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange} aria-describedby={props.describedby.clone()}>
                if let Some(placeholder) = props.placeholder.clone().filter(|_| !offered) {
                    <option value="" disabled=true selected=true>{ placeholder }</option>
                }
                { for groups.iter().map(|g| html! {
                    <optgroup label={g.label.clone()}>
                        { for g.levels.iter().filter_map(|id| fw.level(id)).map(|l| html! {
                            <option value={l.id.to_string()} selected={l.id == props.selected}>
                                { level_label(l) }
                            </option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </div>
    }
}
