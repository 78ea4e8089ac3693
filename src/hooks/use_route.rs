//! The current route, read from the URL fragment and kept up to date on `hashchange`
//! (links, back and forward all fire it), plus `navigate` for code that changes views.

use crate::route::{Route, MAX_FRAGMENT};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The route the address bar shows. A fragment longer than Ladder reads is refused by its
/// length alone, before it is copied out of the browser.
fn current_route() -> Route {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Route::Home;
    };
    let long = js_sys::Reflect::get(&location, &"hash".into())
        .ok()
        .and_then(|hash| hash.dyn_into::<js_sys::JsString>().ok())
        .is_some_and(|hash| hash.length() as usize > MAX_FRAGMENT);
    if long {
        return Route::NotFound;
    }
    Route::parse(&location.hash().unwrap_or_default())
}

/// The route the address bar shows now. Re-renders the caller when it changes.
#[hook]
pub fn use_route() -> Route {
    let route = use_state(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| route.set(current_route()))
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Goes to a view, adding a history entry as a followed link would.
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.to_string());
    }
}

/// Puts the canonical address of the view on screen in place of the one typed, without a new
/// history entry: a link that named a level in another case ends up with its exact code.
#[hook]
pub fn use_canonical_address(route: Option<Route>) {
    use_effect_with(route, |route| {
        if let (Some(route), Some(window)) = (route, web_sys::window()) {
            let _ = window.location().replace(&route.fragment());
        }
    });
}

/// The page's own address without its fragment, to put another view's fragment on when
/// making a link to send.
pub fn page_address() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            let part = |r: Result<String, _>| r.unwrap_or_default();
            format!(
                "{}{}{}",
                part(l.origin()),
                part(l.pathname()),
                part(l.search())
            )
        })
        .unwrap_or_default()
}
