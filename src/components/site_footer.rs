//! The footer: which framework and version the page shows, and the privacy promise.

use crate::hooks::use_framework;
use yew::prelude::*;

#[component]
pub fn SiteFooter() -> Html {
    let fw = use_framework();
    html! {
        <footer class="site-footer">
            <p>
                { t!("footer-version", framework = &fw.name, version = &fw.version) }
            </p>
            <p>{ t!("footer-privacy") }</p>
        </footer>
    }
}
