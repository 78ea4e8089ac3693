//! In the app, a view that is published as a page of its own (the landing, a level, the
//! promotion guide): the app sends the browser there, so an old `#/levels/IC04` link opened on
//! the app still lands on the level.

use crate::hooks::use_framework;
use crate::pages::UnknownLevel;
use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PublishedPageProps {
    pub route: Route,
}

#[component]
pub fn PublishedPage(props: &PublishedPageProps) -> Html {
    let fw = use_framework();
    // A level named in another case goes to its exact page; an unknown one is said so here.
    let route = match &props.route {
        Route::Level { code } => match fw.find_level(code).or_else(|| fw.level_like(code)) {
            Some(level) => Route::level(level.id.as_str()),
            None => return html! { <UnknownLevel code={code.clone()} /> },
        },
        route => route.clone(),
    };
    let page = route.page();
    use_effect_with(page.clone(), |page| {
        if let (Some(page), Some(window)) = (page, web_sys::window()) {
            let _ = window.location().replace(page);
        }
    });
    html! {
        <p role="status">
            <a href={route.href()}>{ t!("opening-page") }</a>
        </p>
    }
}
