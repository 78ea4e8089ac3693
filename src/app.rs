//! The app shell: fetches the page's framework once, provides it to every view, and shows
//! the view the address names.

use crate::components::{CopyLink, FrameworkErrors, SiteFooter, SiteHeader, StorageNotice};
use crate::hooks::{
    answers_kept, current_route, focus_main, read_saved, read_site_index, read_today,
    use_focus_on_navigation, use_framework, use_framework_file, use_ready_mark, use_route,
    AssessmentProvider, Found, FrameworkFile, FrameworkFiles, SavedAnswers, SavedNotice,
    SharedFramework, Today,
};
use crate::pages::*;
use crate::route::{Entry, Route};
use chrono::Datelike;
use ladder_core::{Assessment, Framework, NaiveDate, YearMonth};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let FrameworkFiles { file, load_details } = use_framework_file();
    // Answers in storage are read against the whole framework, so they wait for its details;
    // so does a first view that shows them. Otherwise the details follow the first view.
    let (restore_first, eager) = *use_memo((), |_| {
        let restore = answers_kept();
        (restore, restore || current_route().needs_details())
    });
    {
        let load_details = load_details.clone();
        use_effect_with((), move |_| {
            if eager {
                load_details.emit(());
            }
        });
    }
    match file {
        FrameworkFile::Loading => loading(),
        FrameworkFile::Outline { problem: None, .. } if restore_first => loading(),
        FrameworkFile::Outline {
            problem: Some(problem),
            ..
        } if restore_first => html! { <FrameworkErrors messages={vec![problem.to_string()]} /> },
        FrameworkFile::Outline { framework, problem } => {
            html! { <Loaded {framework} details_problem={problem} {load_details} /> }
        }
        FrameworkFile::Ready(framework) => {
            html! { <Loaded {framework} details_problem={None::<AttrValue>} {load_details} /> }
        }
        FrameworkFile::Failed(message) => html! { <FrameworkErrors messages={vec![message]} /> },
    }
}

fn loading() -> Html {
    html! {
        <main id="main" class="loading"><p role="status">{ t!("app-loading") }</p></main>
    }
}

#[derive(Properties)]
struct LoadedProps {
    framework: Rc<Framework>,
    /// Why the framework's details could not be had, when they could not.
    details_problem: Option<AttrValue>,
    /// Fetches the details (once), asked after the first view is on screen.
    load_details: Callback<()>,
}

impl PartialEq for LoadedProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
            && self.details_problem == other.details_problem
            && self.load_details == other.load_details
    }
}

/// The app once its framework is in hand: reads the clock and storage once and mounts the shell.
#[component]
fn Loaded(props: &LoadedProps) -> Html {
    let framework = props.framework.clone();
    // The clock is read here, once; everything below gets a plain date.
    let today = *use_memo((), |_| read_today());
    // The answers saved earlier, where this tab keeps them, read once.
    let startup = {
        let framework = framework.clone();
        use_memo((), move |_| read_saved(&framework))
    };
    let saved = &startup.answers;
    // The first view is on screen: now the rest of the framework.
    {
        let load_details = props.load_details.clone();
        use_effect_with((), move |_| load_details.emit(()));
    }
    let assessment = match saved {
        SavedAnswers::Restored(r) => r.assessment.clone(),
        _ => first_assessment(&framework, today),
    };
    html! {
        <Providers {framework} {today} {assessment} notice={saved.notice()} paused={saved.blocks_saving()} found={startup.found.clone()}>
            <Shell details_problem={props.details_problem.clone()} />
        </Providers>
    }
}

/// A new assessment starts a year into the current level, a common point to take stock.
pub fn first_assessment(framework: &Framework, today: NaiveDate) -> Assessment {
    let since = YearMonth::new(today.year() - 1, today.month()).or(YearMonth::new(2000, 1));
    Assessment::new(framework, since.expect("2000-01 is a valid month"))
}

#[derive(Properties)]
pub struct ProvidersProps {
    pub framework: Rc<Framework>,
    pub today: NaiveDate,
    /// The assessment the self-assessment views start from.
    pub assessment: Assessment,
    #[prop_or_default]
    pub notice: SavedNotice,
    /// Start with saving paused: unreadable saved text could not be moved aside.
    #[prop_or_default]
    pub paused: bool,
    /// Where start-up found the answers (the tab, or the device when remembering).
    #[prop_or_default]
    pub found: Found,
    pub children: Html,
}

impl PartialEq for ProvidersProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
            && self.today == other.today
            && self.assessment == other.assessment
            && self.notice == other.notice
            && self.paused == other.paused
            && self.found == other.found
            && self.children == other.children
    }
}

/// Everything a view reads from context, in one stack: the framework, today, the assessment
/// and what start-up found in storage. The app shell and the component tests both use it.
#[component]
pub fn Providers(props: &ProvidersProps) -> Html {
    html! {
        <ContextProvider<SharedFramework> context={SharedFramework(props.framework.clone())}>
            <ContextProvider<Today> context={Today(props.today)}>
                <AssessmentProvider framework={props.framework.clone()} initial={props.assessment.clone()} paused={props.paused} found={props.found.clone()}>
                    <ContextProvider<SavedNotice> context={props.notice.clone()}>
                        { props.children.clone() }
                    </ContextProvider<SavedNotice>>
                </AssessmentProvider>
            </ContextProvider<Today>>
        </ContextProvider<SharedFramework>>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    details_problem: Option<AttrValue>,
}

#[component]
fn Shell(props: &ShellProps) -> Html {
    let route = use_route();
    // Views that read the levels' details wait for them (a moment after the first view).
    let waiting = !use_framework().complete && route.needs_details();
    // A view on the other page is not this page's content: the mark waits for that page.
    use_ready_mark(!waiting && !route.is_elsewhere());
    use_focus_on_navigation(route.clone());
    let index = (*use_memo((), |_| read_site_index())).clone();
    // With fragment routing a plain `#main` link would be read as an address; move focus instead.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ t!("app-skip-to-content") }</a>
            <SiteHeader route={route.clone()} {index} />
            <main id="main" tabindex="-1">
                <StorageNotice />
                if !waiting {
                    { shown(route.clone()) }
                } else if let Some(problem) = &props.details_problem {
                    <div class="framework-errors" data-testid="framework-errors">
                        <h1>{ t!("app-details-missing-heading") }</h1>
                        <p><code>{ problem }</code></p>
                        <p>{ t!("app-details-missing-hint") }</p>
                    </div>
                } else {
                    <p role="status">{ t!("app-loading") }</p>
                }
                // Views whose address is the whole story can be sent on as they are.
                if route.has_shareable_address() {
                    <CopyLink />
                }
            </main>
            <SiteFooter />
        </>
    }
}

/// The views one page of the app shows, by route.
pub type Views = fn(Route) -> Html;

thread_local! {
    /// The views of the page this app is, set by `start`.
    static VIEWS: Cell<Option<Views>> = const { Cell::new(None) };
}

/// Mounts the app as one of its pages: `views` shows the routes that page holds, and sends the
/// browser to the other page for the rest. Each page's `main` names only its own views, so
/// the other page's views never reach its wasm.
pub fn start(entry: Entry, views: Views) {
    crate::route::set_entry(entry);
    VIEWS.with(|v| v.set(Some(views)));
    yew::Renderer::<App>::new().render();
}

fn shown(route: Route) -> Html {
    VIEWS
        .with(Cell::get)
        .map(|views| views(route))
        .unwrap_or_default()
}

/// The self-assessment's page (`app.html`): its steps, its history and the comparison of any
/// two levels.
pub fn assessment_views(route: Route) -> Html {
    match route {
        Route::ComparePick => html! { <ComparePage from={None::<String>} to={None::<String>} /> },
        Route::Compare { from, to } => html! { <ComparePage from={Some(from)} to={Some(to)} /> },
        Route::AssessStart => html! { <AssessStartPage /> },
        Route::AssessDimension { number } => html! { <AssessDimensionPage {number} /> },
        Route::AssessCriteria => html! { <AssessCriteriaPage /> },
        Route::AssessReport => html! { <AssessReportPage /> },
        Route::AssessHistory => html! { <HistoryPage /> },
        route => common_view(route),
    }
}

/// The page between people (`people.html`): a shared report, second opinions, roles and find
/// my level.
pub fn people_views(route: Route) -> Html {
    match route {
        Route::Shared { link } => html! { <SharedReportPage {link} /> },
        Route::RateRequest { link } => html! { <RateRequestPage {link} /> },
        Route::Opinion { link } => html! { <OpinionPage {link} /> },
        Route::Role {
            role: None,
            answers: _,
        } => html! { <RoleBuilderPage /> },
        Route::Role {
            role: Some(role),
            answers,
        } => html! { <RolePage {role} {answers} /> },
        Route::Find {
            candidate,
            track,
            picks,
            framework,
        } => html! { <FindLevelPage {candidate} {track} {picks} {framework} /> },
        route => common_view(route),
    }
}

/// What either page shows for a route it does not hold.
fn common_view(route: Route) -> Html {
    match route {
        // Published as pages of their own by `ladder-site`: the app only sends the browser there.
        route @ (Route::Home | Route::Level { .. } | Route::Promotion) => {
            html! { <PublishedPage {route} /> }
        }
        route if route.is_elsewhere() => html! { <Elsewhere {route} /> },
        _ => html! { <NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct ElsewhereProps {
    route: Route,
}

/// A view that lives on the app's other page (an old link, or a step from one page to the
/// other): the browser goes there, in place of this address.
#[component]
fn Elsewhere(props: &ElsewhereProps) -> Html {
    let href = props.route.href();
    use_effect_with(href, |href| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(href);
        }
    });
    html! { <p role="status">{ t!("app-loading") }</p> }
}
