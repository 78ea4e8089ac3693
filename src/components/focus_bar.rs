//! The operational/strategic split of a level, as a bar with the numbers written out. The bar
//! is SVG whose widths are attributes, so it draws under a policy that forbids inline styles.

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
    let ops = u32::from(f.operational.min(100));
    html! {
        <div class="focus">
            <svg class="focus-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="ops" x="0" y="0" width={ops.to_string()} height="10" />
                <rect class="strat" x={ops.to_string()} y="0" width={(100 - ops).to_string()} height="10" />
            </svg>
            <span class="focus-text">{ focus(f) }</span>
        </div>
    }
}
