//! The banner on every view: the product name and the main navigation, with the current
//! section marked for assistive technology (`aria-current="page"`), and, on a site that
//! carries several frameworks, a way back to the list of them.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub route: Route,
    /// The address of the site's list of frameworks, when this one is among several.
    #[prop_or_default]
    pub index: Option<AttrValue>,
}

#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let current = |section: &Route| -> Option<&'static str> {
        let same = matches!(
            (&props.route, section),
            (Route::Home | Route::Level { .. }, Route::Home)
                | (
                    Route::Compare { .. } | Route::ComparePick,
                    Route::ComparePick
                )
                | (Route::Promotion, Route::Promotion)
                | (
                    Route::AssessStart
                        | Route::AssessDimension { .. }
                        | Route::AssessCriteria
                        | Route::AssessReport,
                    Route::AssessStart
                )
                | (Route::Find { .. }, Route::Find { .. })
        );
        same.then_some("page")
    };
    let item = |route: Route, label: String| {
        html! { <li><a href={route.href()} aria-current={current(&route)}>{ label }</a></li> }
    };
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.href()}>
                <span class="brand-mark" aria-hidden="true">{ "▤" }</span>{ t!("product-name") }
            </a>
            if let Some(index) = &props.index {
                <a class="site-index" href={index.clone()}>{ t!("header-all-frameworks") }</a>
            }
            <nav aria-label={t!("header-nav")}>
                <ul>
                    { item(Route::Home, t!("header-levels")) }
                    { item(Route::ComparePick, t!("header-compare")) }
                    { item(Route::Promotion, t!("header-promotion")) }
                    { item(Route::find(false), t!("header-find")) }
                    { item(Route::AssessStart, t!("header-assess")) }
                </ul>
            </nav>
        </header>
    }
}
