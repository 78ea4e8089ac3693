//! A level as a rung of its ladder: code, title, stage and focus, linking to the level page.

use super::FocusBar;
use crate::hooks::use_level;
use crate::route::Route;
use ladder_core::LevelId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelCardProps {
    pub id: LevelId,
}

#[component]
pub fn LevelCard(props: &LevelCardProps) -> Html {
    let Some(l) = use_level(&props.id) else {
        return html! {};
    };
    html! {
        <article class="level-card" data-testid={format!("level-card-{}", l.id)}>
            <h3>
                <a href={Route::level(l.id.as_str()).href()}>
                    <span class="code">{ l.id.as_str() }</span>{ " " }<span class="title">{ &l.title }</span>
                </a>
            </h3>
            <p class="stage">{ &l.stage }</p>
            <FocusBar focus={l.focus} />
        </article>
    }
}
