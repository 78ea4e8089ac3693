//! Browser side effects at the edge: the document title, focus after navigation, and the
//! performance mark the benchmark waits for. All of them run in effects, never during render.

use crate::route::Route;
use yew::prelude::*;

/// Sets the tab title, so history entries and bookmarks say which view they are.
#[hook]
pub fn use_page_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&t!("page-title", title = title));
        }
    });
}

/// Moves keyboard and screen-reader focus to the main content when the route changes (not on
/// the first load), as a full page load would.
#[hook]
pub fn use_focus_on_navigation(route: Route) {
    let first = use_mut_ref(|| true);
    use_effect_with(route, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        focus_main();
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

pub fn focus_main() {
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// Marks the moment the first real view is on screen (`shown`, once), not a loading line; the
/// browser journeys wait for it.
#[hook]
pub fn use_ready_mark(shown: bool) {
    let marked = use_mut_ref(|| false);
    use_effect_with(shown, move |shown| {
        if *shown && !std::mem::replace(&mut *marked.borrow_mut(), true) {
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("ladder-ready");
            }
        }
    });
}

/// The meta tag `ladder-site` puts in `app.html` when the framework is one of several on its
/// site: its content is the address of the list of them.
pub const INDEX_META: &str = "ladder-index";

/// Where the site's list of frameworks is, when the page names one (read once, by the shell).
pub fn read_site_index() -> Option<AttrValue> {
    let meta = web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name=\"{INDEX_META}\"]"))
        .ok()??;
    meta.get_attribute("content")
        .filter(|href| !href.is_empty())
        .map(AttrValue::from)
}
