//! Helpful dead ends: an address that matches no view, or a level code the framework lacks.

use crate::hooks::{use_framework, use_page_title};
use crate::route::Route;
use crate::words::{excerpt, level_label};
use yew::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    use_page_title(t!("not-found-title"));
    html! {
        <div class="not-found" data-testid="not-found">
            <h1>{ t!("not-found-heading") }</h1>
            <p>{ t!("not-found-lead") }</p>
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
    use_page_title(t!("unknown-level-title", code = &code));
    html! {
        <div class="not-found" data-testid="unknown-level">
            <h1>{ t!("unknown-level-heading", code = &code) }</h1>
            <p>{ t!("unknown-level-lead", framework = &fw.name, version = &fw.version) }</p>
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
            <p><a href={Route::Home.href()}>{ t!("not-found-back") }</a></p>
        </div>
    }
}
