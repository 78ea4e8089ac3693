//! The app shell: decodes the embedded framework once, provides it to every view, and shows
//! the view the address names.

use crate::components::{FrameworkErrors, SiteFooter, SiteHeader};
use crate::hooks::{
    focus_main, read_saved, read_today, use_focus_on_navigation, use_ready_mark, use_route,
    AssessmentProvider, SavedAnswers, SharedFramework, Today,
};
use crate::pages::*;
use crate::route::Route;
use ladder_core::binary::decode;
use ladder_core::{Assessment, Framework, NaiveDate, YearMonth};
use std::rc::Rc;
use yew::prelude::*;

/// The framework this build ships with: `framework.json`, validated and encoded by `build.rs`.
const FRAMEWORK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/framework.bin"));

#[component]
pub fn App() -> Html {
    // Decoding happens once per page load; the result never changes while the page is open.
    let loaded = use_memo((), |_| decode(FRAMEWORK).map(Rc::new));
    // The clock is read here, once; everything below gets a plain date.
    let today = *use_memo((), |_| read_today());
    // Answers saved earlier in this tab, read once.
    let saved = use_memo((), |_| match &*loaded {
        Ok(framework) => read_saved(framework),
        Err(_) => SavedAnswers::Nothing,
    });
    use_ready_mark();
    match &*loaded {
        Ok(framework) => html! {
            <FrameworkProvider framework={framework.clone()}>
                <ContextProvider<Today> context={Today(today)}>
                    <AssessmentProvider framework={framework.clone()} initial={initial_assessment(framework, &saved, today)}>
                        <ContextProvider<SavedNotice> context={SavedNotice(saved.notice())}>
                            <Shell />
                        </ContextProvider<SavedNotice>>
                    </AssessmentProvider>
                </ContextProvider<Today>>
            </FrameworkProvider>
        },
        Err(error) => html! { <FrameworkErrors messages={vec![error.to_string()]} /> },
    }
}

/// What start-up found in session storage, said once on the assessment views.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedNotice(pub Option<String>);

fn initial_assessment(framework: &Framework, saved: &SavedAnswers, today: NaiveDate) -> Assessment {
    match saved {
        SavedAnswers::Restored(r) => r.assessment.clone(),
        _ => first_assessment(framework, today),
    }
}

/// A new assessment starts a year into the current level, a common point to take stock.
pub fn first_assessment(framework: &Framework, today: NaiveDate) -> Assessment {
    use ladder_core::chrono_datelike::Datelike;
    let since = YearMonth::new(today.year() - 1, today.month()).or(YearMonth::new(2000, 1));
    Assessment::new(framework, since.expect("2000-01 is a valid month"))
}

#[derive(Properties)]
pub struct FrameworkProviderProps {
    pub framework: Rc<Framework>,
    pub children: Html,
}

impl PartialEq for FrameworkProviderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework) && self.children == other.children
    }
}

/// Makes the framework available to `use_framework()` below it.
#[component]
pub fn FrameworkProvider(props: &FrameworkProviderProps) -> Html {
    html! {
        <ContextProvider<SharedFramework> context={SharedFramework(props.framework.clone())}>
            { props.children.clone() }
        </ContextProvider<SharedFramework>>
    }
}

#[component]
fn Shell() -> Html {
    let route = use_route();
    use_focus_on_navigation(route.clone());
    // With fragment routing a plain `#main` link would be read as an address; move focus instead.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ "Skip to content" }</a>
            <SiteHeader route={route.clone()} />
            <main id="main" tabindex="-1">{ view(route) }</main>
            <SiteFooter />
        </>
    }
}

/// The page for a route.
pub fn view(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Level { code } => html! { <LevelPage {code} /> },
        Route::ComparePick => html! { <ComparePage from={None::<String>} to={None::<String>} /> },
        Route::Compare { from, to } => html! { <ComparePage from={Some(from)} to={Some(to)} /> },
        Route::Promotion => html! { <PromotionPage /> },
        Route::AssessStart => html! { <AssessStartPage /> },
        Route::AssessDimension { number } => html! { <AssessDimensionPage {number} /> },
        Route::AssessCriteria => html! { <AssessCriteriaPage /> },
        Route::AssessReport => html! { <AssessReportPage /> },
        Route::Find { candidate } => html! { <FindLevelPage {candidate} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
