//! A level as a rung of its ladder: code, title, stage, typical job titles, focus and where the
//! framework says people switch tracks from it. The whole card links to the level page.

use super::FocusBar;
use crate::hooks::{use_framework, use_level};
use crate::route::Route;
use crate::words::either;
use ladder_core::LevelId;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelCardProps {
    pub id: LevelId,
}

#[component]
pub fn LevelCard(props: &LevelCardProps) -> Html {
    let fw = use_framework();
    let Some(l) = use_level(&props.id) else {
        return html! {};
    };
    // Levels on other tracks the framework names as a typical next step from this one.
    let switches: Vec<String> = fw
        .switches
        .iter()
        .filter(|s| s.from_levels.contains(&l.id))
        .filter_map(|s| {
            Some(t!(
                "level-card-switch-item",
                levels = either(&fw, &s.to_levels),
                track = &fw.track(&s.to_track)?.name
            ))
        })
        .collect();
    html! {
        <article class="level-card" data-testid={format!("level-card-{}", l.id)}>
            <h3>
                <a href={Route::level(l.id.as_str()).href()}>
                    if let Some(code) = &l.code {
                        <span class="code">{ code }</span>{ " " }
                    }
                    <span class="title">{ &l.title }</span>
                </a>
            </h3>
            if let Some(stage) = &l.stage {
                <p class="stage">{ stage }</p>
            }
            if !l.roles.is_empty() {
                <p class="roles">{ l.roles.join(" · ") }</p>
            }
            if let Some(focus) = l.focus {
                <FocusBar {focus} />
            }
            if !switches.is_empty() {
                <p class="switch-note">{ t!("level-card-switch", switches = switches.join("; ")) }</p>
            }
        </article>
    }
}
