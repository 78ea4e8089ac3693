//! The banner on every view: the product name and the main navigation, with the current
//! section marked for assistive technology (`aria-current`), which yew-router's `Link` can't do.

use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn SiteHeader() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let section = match route {
        Route::Home | Route::Level { .. } => Some(Section::Levels),
        Route::Compare { .. } | Route::ComparePick => Some(Section::Compare),
        Route::Promotion => Some(Section::Promotion),
        Route::NotFound => None,
    };
    html! {
        <header class="site-header">
            <Link<Route> to={Route::Home} classes="brand">
                <span class="brand-mark" aria-hidden="true">{ "▤" }</span>{ "Ladder" }
            </Link<Route>>
            <nav aria-label="Main">
                <ul>
                    <li><NavLink to={Route::Home} current={section == Some(Section::Levels)}>{ "Levels" }</NavLink></li>
                    <li><NavLink to={Route::ComparePick} current={section == Some(Section::Compare)}>{ "Compare" }</NavLink></li>
                    <li><NavLink to={Route::Promotion} current={section == Some(Section::Promotion)}>{ "Promotion" }</NavLink></li>
                </ul>
            </nav>
        </header>
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Section {
    Levels,
    Compare,
    Promotion,
}

#[derive(Properties, PartialEq)]
struct NavLinkProps {
    to: Route,
    current: bool,
    children: Html,
}

#[component]
fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            if let Some(navigator) = &navigator {
                e.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a href={format!("#{}", props.to.to_path())} {onclick}
           aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
