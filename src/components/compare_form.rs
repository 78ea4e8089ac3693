//! The published pages' way to any comparison: two level drop-downs and a button, a plain GET
//! form to the app, so it works with JavaScript off and the pair ends up in the address.

use crate::hooks::use_framework;
use crate::words::level_label;
use ladder_core::LevelId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareFormProps {
    pub from: LevelId,
    pub to: LevelId,
}

/// Only some pairs are published as pages; this opens every other one in the app
/// (`app.html?from=…&to=…`, read by `route::compare_query`).
#[component]
pub fn CompareForm(props: &CompareFormProps) -> Html {
    let fw = use_framework();
    let select = |name: &'static str, label: String, selected: &LevelId| {
        let id = format!("compare-form-{name}");
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                <select {id} {name}>
                    { for fw.tracks.iter().map(|t| html! {
                        <optgroup label={t.name.clone()}>
                            { for t.levels.iter().map(|l| html! {
                                <option value={l.id.to_string()} selected={&l.id == selected}>{ level_label(l) }</option>
                            }) }
                        </optgroup>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <form class="pickers compare-form no-print" method="get" action="app.html" data-testid="compare-form">
            { select("from", t!("compare-from-label"), &props.from) }
            { select("to", t!("compare-to-label"), &props.to) }
            <button type="submit">{ t!("compare-form-submit") }</button>
        </form>
    }
}
