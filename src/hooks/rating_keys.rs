//! Rating by keyboard on a questionnaire page: 0–3 rate a statement (the catalogue's key for
//! "Not sure", N in the languages Ladder speaks) and move
//! focus to the next one; after the last, focus is on the link onwards, so Enter goes on. The
//! statement rated is the one with focus, or else the first one not yet answered. Keys typed in
//! a text field, or with a modifier, are left alone.

use super::AssessmentHandle;
use gloo_events::{EventListener, EventListenerOptions};
use ladder_core::{Action, Rating, StatementId};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// What a key means on the rating scale, if anything.
fn rating_for(key: &str) -> Option<Option<Rating>> {
    match key {
        "0" => Some(Some(Rating::NotYet)),
        "1" => Some(Some(Rating::Sometimes)),
        "2" => Some(Some(Rating::Usually)),
        "3" => Some(Some(Rating::Consistently)),
        // The key for "Not sure" is the catalogue's (N in English, German and Croatian).
        _ if key.to_lowercase() == t!("rating-key-not-sure").to_lowercase() => Some(None),
        _ => None,
    }
}

fn focus(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// `statements` in page order with whether each is answered yet.
#[hook]
pub fn use_rating_keys(statements: Vec<(StatementId, bool)>, handle: AssessmentHandle) {
    use_effect_with(statements, move |statements| {
        let statements = statements.clone();
        let document = web_sys::window().and_then(|w| w.document());
        let listener = document.map(|document| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() || event.alt_key() {
                    return;
                }
                let Some(rating) = rating_for(&event.key()) else {
                    return;
                };
                let active = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
                let typing = active.as_ref().is_some_and(|e| {
                    matches!(e.tag_name().as_str(), "TEXTAREA" | "SELECT")
                        || (e.tag_name() == "INPUT"
                            && e.get_attribute("type").as_deref() != Some("radio"))
                });
                if typing {
                    return;
                }
                let focused = active
                    .and_then(|e| e.closest("fieldset[data-statement]").ok().flatten())
                    .and_then(|f: Element| f.get_attribute("data-statement"));
                let index = focused
                    .and_then(|id| statements.iter().position(|(s, _)| s.as_str() == id))
                    .or_else(|| statements.iter().position(|(_, answered)| !answered));
                let Some(index) = index else {
                    return;
                };
                event.prevent_default();
                handle.dispatch(Action::Rate(statements[index].0.clone(), rating));
                match statements.get(index + 1) {
                    Some((next, _)) => focus(&format!("fieldset[data-statement=\"{next}\"] input")),
                    None => focus(".pager a[rel=next]"),
                }
            })
        });
        move || drop(listener)
    });
}
