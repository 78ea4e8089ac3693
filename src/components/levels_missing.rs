//! Shown by every self-assessment view whose assessment names a level the framework lacks:
//! says so and offers a fresh start on the framework's first level, keeping nothing hidden.

use crate::hooks::{use_assessment, use_framework};
use ladder_core::Action;
use yew::prelude::*;

#[component]
pub fn LevelsMissing() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let first = fw.levels().next().map(|l| l.id.clone());
    let a = handle.assessment();
    let restart = handle.callback(move |_: MouseEvent| first.clone().map(Action::SetCurrent));
    html! {
        <div class="problem" role="alert" data-testid="levels-missing">
            <p>{ t!("levels-missing", current = a.current.as_str(), target = a.target.as_str(), framework = &fw.name, version = &fw.version) }</p>
            <button type="button" onclick={restart}>{ t!("levels-missing-restart") }</button>
        </div>
    }
}
