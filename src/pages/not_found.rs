//! Helpful dead ends: an address that matches no view, or a level code the framework lacks.

use crate::hooks::{use_framework, use_page_title};
use crate::route::Route;
use crate::words::{excerpt, level_label};
use yew::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    use_page_title("Page not found".to_string());
    html! {
        <div class="not-found" data-testid="not-found">
            <h1>{ "There is no page at this address" }</h1>
            <p>{ "The link may be mistyped or out of date. Every level of the framework is listed below." }</p>
            <LevelIndex />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnknownLevelProps {
    pub code: AttrValue,
}

/// Says which code was not found and lists the ones that exist.
#[component]
pub fn UnknownLevel(props: &UnknownLevelProps) -> Html {
    let fw = use_framework();
    let code = excerpt(&props.code);
    use_page_title(format!("No level {code}"));
    html! {
        <div class="not-found" data-testid="unknown-level">
            <h1>{ format!("There is no level “{code}”") }</h1>
            <p>{ format!("{} (version {}) has no level with that code. It may have been renamed in a newer version of the framework, or the link may be mistyped. These are its levels:", fw.name, fw.version) }</p>
            <LevelIndex />
        </div>
    }
}

#[component]
fn LevelIndex() -> Html {
    let fw = use_framework();
    html! {
        <div class="level-index">
            { for fw.tracks.iter().map(|t| html! {
                <section>
                    <h2>{ &t.name }</h2>
                    <ul>
                        { for t.levels.iter().map(|l| html! {
                            <li><a href={Route::level(l.id.as_str()).href()}>{ level_label(l) }</a></li>
                        }) }
                    </ul>
                </section>
            }) }
            <p><a href={Route::Home.href()}>{ "Back to all levels" }</a></p>
        </div>
    }
}
