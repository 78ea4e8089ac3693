//! The footer: which framework and version the page shows, and the privacy promise.

use crate::hooks::use_framework;
use yew::prelude::*;

#[component]
pub fn SiteFooter() -> Html {
    let fw = use_framework();
    html! {
        <footer class="site-footer">
            <p>
                { format!("{} · framework version {}", fw.name, fw.version) }
            </p>
            <p>{ "Ladder runs entirely in your browser. Nothing you look at or enter is sent anywhere." }</p>
        </footer>
    }
}
