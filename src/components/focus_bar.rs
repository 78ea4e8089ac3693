//! The operational/strategic split of a level, as a bar with the numbers written out.

use crate::words::focus;
use ladder_core::Focus;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FocusBarProps {
    pub focus: Focus,
}

#[component]
pub fn FocusBar(props: &FocusBarProps) -> Html {
    let f = props.focus;
    html! {
        <div class="focus">
            <div class="focus-bar" aria-hidden="true">
                <span class="ops" style={format!("width:{}%", f.operational)}></span>
                <span class="strat" style={format!("width:{}%", f.strategic)}></span>
            </div>
            <span class="focus-text">{ focus(f) }</span>
        </div>
    }
}
