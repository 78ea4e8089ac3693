//! The app shell: loads the embedded framework once, provides it to every view, and routes.

use crate::components::{FrameworkErrors, SiteFooter, SiteHeader};
use crate::pages::{ComparePage, HomePage, LevelPage, NotFoundPage, PromotionPage};
use crate::route::Route;
use ladder_core::{load, Framework};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The framework this build of Ladder ships with, checked by the core's tests.
pub const FRAMEWORK_JSON: &str = include_str!("../framework.json");

#[component]
pub fn App() -> Html {
    // Parsing happens once per page load; the result never changes while the page is open.
    let loaded = use_memo((), |_| load(FRAMEWORK_JSON).map(Rc::new));
    crate::hooks::use_ready_mark();
    match &*loaded {
        Ok(framework) => html! {
            <HashRouter>
                <FrameworkProvider framework={framework.clone()}>
                    <Shell><Switch<Route> render={switch} /></Shell>
                </FrameworkProvider>
            </HashRouter>
        },
        Err(error) => html! { <FrameworkErrors error={error.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameworkProviderProps {
    pub framework: Rc<Framework>,
    pub children: Html,
}

/// Makes the framework available to `use_framework()` below it.
#[component]
pub fn FrameworkProvider(props: &FrameworkProviderProps) -> Html {
    html! {
        <ContextProvider<Rc<Framework>> context={props.framework.clone()}>
            { props.children.clone() }
        </ContextProvider<Rc<Framework>>>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    children: Html,
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    crate::hooks::use_focus_on_navigation();
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ "Skip to content" }</a>
            <SiteHeader />
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <SiteFooter />
        </>
    }
}

/// With hash routing, a plain `#main` link would be taken for a route; move focus instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::hooks::focus_main();
    })
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Level { code } => html! { <LevelPage {code} /> },
        Route::ComparePick => html! { <ComparePage from={None::<String>} to={None::<String>} /> },
        Route::Compare { from, to } => html! { <ComparePage from={Some(from)} to={Some(to)} /> },
        Route::Promotion => html! { <PromotionPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
