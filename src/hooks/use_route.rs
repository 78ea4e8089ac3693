//! The current route, read from the URL fragment and kept up to date on `hashchange`
//! (links, back and forward all fire it), plus `navigate` for code that changes views.

use crate::route::{compare_query, Route, MAX_FRAGMENT};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The route the address bar shows. A fragment longer than Ladder reads is refused by its
/// length alone, before it is copied out of the browser.
pub fn current_route() -> Route {
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
    let hash = location.hash().unwrap_or_default();
    if hash.len() <= 1 {
        // The published comparison form sends `?from=…&to=…`; the address becomes the view's
        // own, so moving on from it in the app leaves no stale pair behind.
        if let Some((route, rest)) = compare_query(&location.search().unwrap_or_default()) {
            let address = format!(
                "{}{rest}{}",
                location.pathname().unwrap_or_default(),
                route.fragment()
            );
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
            }
            return route;
        }
    }
    Route::parse(&hash)
}

/// The route the address bar shows now. Re-renders the caller when it changes.
#[hook]
pub fn use_route() -> Route {
    let route = use_state_eq(current_route);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let changed =
                    EventListener::new(&window, "hashchange", move |_| route.set(current_route()));
                let clicks = window.document().map(|document| {
                    EventListener::new_with_options(
                        &document,
                        "click",
                        EventListenerOptions::enable_prevent_default(),
                        follow_in_app_link,
                    )
                });
                (changed, clicks)
            });
            move || drop(listeners)
        });
    }
    (*route).clone()
}

/// A plain click on a link to another view of the app goes there at once. The browser would
/// get there too, but only after queueing its `hashchange` a task later; links with a modifier
/// key, a target or a download keep the browser's own behaviour.
fn follow_in_app_link(event: &web_sys::Event) {
    let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() else {
        return;
    };
    if click.default_prevented()
        || click.button() != 0
        || click.ctrl_key()
        || click.meta_key()
        || click.shift_key()
        || click.alt_key()
    {
        return;
    }
    let link = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href^='#/']").ok().flatten())
        .filter(|a| !a.has_attribute("target") && !a.has_attribute("download"));
    if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
        event.prevent_default();
        go(&href, false);
    }
}

/// Puts `fragment` in the address bar (a new history entry, or in place) and tells every
/// `use_route` at once.
fn go(fragment: &str, in_place: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let moved = if in_place {
        history.replace_state_with_url(&JsValue::NULL, "", Some(fragment))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(fragment))
    };
    if moved.is_ok() {
        if let Ok(event) = web_sys::Event::new("hashchange") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Goes to a view, adding a history entry as a followed link would.
pub fn navigate(route: &Route) {
    go(&route.fragment(), false);
}

/// Shows a view's state in the address without a new history entry (each pick of find my
/// level, say, is not a step back).
pub fn replace_address(route: &Route) {
    go(&route.fragment(), true);
}

/// Puts the canonical address of the view on screen in place of the one typed, without a new
/// history entry: a link that named a level in another case ends up with its exact code.
#[hook]
pub fn use_canonical_address(route: Option<Route>) {
    use_effect_with(route, |route| {
        if let Some(route) = route {
            go(&route.fragment(), true);
        }
    });
}

/// The whole address of a view, to send: the folder this page is in, the page the view lives
/// on, this page's query and the view's fragment.
pub fn address_of(route: &Route) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return route.fragment();
    };
    let part = |r: Result<String, _>| r.unwrap_or_default();
    let path = part(location.pathname());
    let folder = &path[..path.rfind('/').map_or(0, |at| at + 1)];
    format!(
        "{}{folder}{}{}{}",
        part(location.origin()),
        route.entry().page(),
        part(location.search()),
        route.fragment()
    )
}
