//! The published site: every view that only shows the framework (the landing, each level, the
//! comparisons people make (`ladder_core::compare::published_pairs`), the promotion guide) rendered at build time by the app's own
//! components through Yew's server renderer, as complete HTML documents that read with
//! JavaScript off. `ladder-site build` writes them beside the app page trunk built.

pub mod import;
pub mod logo;
pub mod sheet;

use crate::components::{SiteFooter, SiteHeader};
use crate::hooks::INDEX_META;
use crate::pages::{ComparePage, HomePage, LevelPage, PromotionPage};
use crate::route::{compare_page, Route, MAX_FRAGMENT};
use crate::words::catalogue::{self, Catalogue};
use crate::words::published_page;
use crate::{first_assessment, Providers};
use ladder_core::compare::published_pairs;
use ladder_core::{Framework, NaiveDate};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// What every page of a site shares: where the built assets are, relative to the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    /// `""` for pages beside the assets, `"../"` for a framework in a folder of its own.
    pub prefix: String,
    /// The hashed stylesheet and icon file names trunk wrote.
    pub stylesheet: String,
    pub icon: String,
    /// Origins allowed to embed the site; empty means any.
    pub embed_origins: Vec<String>,
    /// The app's files, relative to the page, that ladder-pages.js fetches ahead when a link
    /// into the app is about to be followed; empty on pages with no such link.
    pub app_files: Vec<String>,
    /// The pages' language (`<html lang>`), a BCP 47 tag.
    pub language: String,
}

/// One published page: its file name and its text.
pub struct Page {
    pub file: String,
    pub html: String,
}

/// Every route a framework publishes: the landing, each level, the pairs of levels
/// `published_pairs` names (near steps on a track and switch paths: a number of pages that grows
/// with the levels, not with their square), and the promotion guide. Every other comparison
/// opens in the app, from the form on these pages.
pub fn published_routes(fw: &Framework) -> Vec<Route> {
    let mut routes = vec![Route::Home, Route::Promotion];
    routes.extend(fw.levels().map(|l| Route::level(l.id.as_str())));
    routes.extend(
        published_pairs(fw)
            .iter()
            .map(|(from, to)| Route::compare(from.as_str(), to.as_str())),
    );
    routes
}

/// The file a published route is written to.
pub fn page_file(route: &Route) -> String {
    match (route, route.page().as_deref()) {
        (Route::Compare { from, to }, _) => compare_page(from, to),
        (_, Some("./") | None) => "index.html".to_string(),
        (_, Some(file)) => file.to_string(),
    }
}

/// Renders every page of one framework.
pub async fn render_site(framework: Rc<Framework>, assets: &Assets) -> Vec<Page> {
    // Every word of these pages in the framework's language, with the company's own wording.
    let text = catalogue::built_in_text(framework.language()).unwrap_or_default();
    if let Ok(words) = Catalogue::new(framework.language(), &text, &framework.wording) {
        catalogue::install(Rc::new(words));
    }
    let mut pages = Vec::new();
    for route in published_routes(&framework) {
        let body = LocalServerRenderer::<Published>::with_props(PublishedProps {
            framework: framework.clone(),
            route: route.clone(),
            // A framework in a folder of its own is one of several, listed one folder up.
            index: assets.prefix == "../",
        })
        .hydratable(false)
        .render()
        .await;
        let file = page_file(&route);
        pages.push(Page {
            file,
            html: document(&framework, &route, assets, &body),
        });
    }
    pages
}

#[derive(Properties)]
struct PublishedProps {
    framework: Rc<Framework>,
    route: Route,
    index: bool,
}

impl PartialEq for PublishedProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
            && self.route == other.route
            && self.index == other.index
    }
}

/// Where ladder-pages.js puts the length of an address too long to open, in the sentence that
/// says so (`data-too-long` on `<main>`).
pub const LENGTH_MARK: &str = "{length}";

/// The app's shell around one view, without anything that needs the app to work.
#[component]
fn Published(props: &PublishedProps) -> Html {
    let framework = props.framework.clone();
    // Published pages show no dates; any day will do.
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid date");
    let assessment = first_assessment(&framework, today);
    let view = match props.route.clone() {
        Route::Level { code } => html! { <LevelPage {code} /> },
        Route::Compare { from, to } => {
            html! { <ComparePage from={Some(from)} to={Some(to)} published=true /> }
        }
        Route::Promotion => html! { <PromotionPage /> },
        _ => html! { <HomePage /> },
    };
    html! {
        <Providers {framework} {today} {assessment}>
            <a class="skip-link" href="#main">{ t!("pages-skip-to-content") }</a>
            <SiteHeader route={props.route.clone()} index={props.index.then_some(AttrValue::Static(INDEX_HREF))} />
            // ladder-pages.js has no words of its own: what it says, it reads from the page.
            <main id="main" tabindex="-1" data-too-long={t!("pages-address-too-long", length = LENGTH_MARK, max = MAX_FRAGMENT)}>
                { view }
                // The address is the whole story on every published page; copying it needs a
                // script, so ladder-pages.js shows the button.
                <div class="copy-link no-print" data-testid="copy-link" hidden=true data-enhance="copy-link"
                    data-copied={t!("copy-link-done")} data-copy-refused={t!("pages-copy-refused")}>
                    <button type="button">{ t!("copy-link-button") }</button>
                    <span role="status" class="hint"></span>
                </div>
            </main>
            <SiteFooter />
        </Providers>
    }
}

/// The whole document around a rendered view: a title and description for link previews, what
/// old addresses need on the landing, and links into the app where a view needs it.
pub fn document(fw: &Framework, route: &Route, assets: &Assets, body: &str) -> String {
    let (title, description) = published_page(fw, route);
    let mut head = brand_link(fw).to_string();
    if *route == Route::Home {
        head.push_str(&levels_meta(fw));
    }
    // Views that need the app are on app.html beside the page.
    let body = body.replace("href=\"#/", "href=\"app.html#/");
    html_document(assets, &title, &description, &head, &body)
}

/// Every published document, the framework pages and a list of frameworks alike: the same
/// strict policy as the app, the shared stylesheet and script, `head` and `body` as given.
pub fn html_document(
    assets: &Assets,
    title: &str,
    description: &str,
    head: &str,
    body: &str,
) -> String {
    let (title, description) = (escape(title), escape(description));
    let prefix = &assets.prefix;
    let embed = embed_meta(&assets.embed_origins);
    let ahead = list_meta("ladder-app", &assets.app_files);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <meta property=\"og:type\" content=\"website\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n\
         <meta property=\"og:description\" content=\"{description}\">\n{embed}{ahead}\
         <link rel=\"icon\" href=\"{prefix}{icon}\">\n\
         <link rel=\"stylesheet\" href=\"{prefix}{css}\">\n{head}\
         <script src=\"{prefix}ladder-pages.js\" defer></script>\n\
         </head>\n<body data-page=\"published\">\n{body}\n</body>\n</html>\n",
        icon = assets.icon,
        css = assets.stylesheet,
        lang = escape(&assets.language),
    )
}

/// A meta tag carrying a space-separated list to ladder-pages.js, or nothing for an empty list.
fn list_meta(name: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    format!(
        "<meta name=\"{name}\" content=\"{}\">\n",
        escape(&items.join(" "))
    )
}

/// The level codes ladder-pages.js reads to send an old `#/levels/ic04` address to its page,
/// whatever the case it was typed in, and the published comparisons (`FROM/TO`, ids never hold
/// a slash or a space), so an old `#/compare/…` goes to its page when there is one, else to
/// the app.
pub fn levels_meta(fw: &Framework) -> String {
    let levels: Vec<&str> = fw.levels().map(|l| l.id.as_str()).collect();
    let pairs: Vec<String> = published_pairs(fw)
        .iter()
        .map(|(from, to)| format!("{from}/{to}"))
        .collect();
    format!(
        "<meta name=\"ladder-levels\" content=\"{}\">\n<meta name=\"ladder-pairs\" content=\"{}\">\n",
        levels.join(" "),
        pairs.join(" ")
    )
}

/// The framework's own accent, when it names one: a stylesheet beside the page.
pub fn brand_link(fw: &Framework) -> &'static str {
    if fw.brand.colour.is_some() {
        "<link rel=\"stylesheet\" href=\"brand.css\">\n"
    } else {
        ""
    }
}

/// The stylesheet that gives the light scheme the framework's accent; the dark scheme keeps
/// Ladder's own, which is made for a dark page. Only the colour reaches CSS, and only in the
/// form `#rrggbb`: no text of the framework (its name included) is ever written into a
/// stylesheet, where a crafted one could close a comment and add rules to every page.
pub fn brand_css(fw: &Framework) -> Option<String> {
    let colour = fw.brand.colour.as_deref().filter(|c| is_hex_colour(c))?;
    Some(format!(
        "/* The accent from the framework file. */\n\
         @media not (prefers-color-scheme: dark) {{\n  :root {{ --accent: {colour}; --strat: {colour}; }}\n}}\n"
    ))
}

/// Where a framework's pages find the list of every framework on the site (its folder's parent).
pub const INDEX_HREF: &str = "../";

/// The meta tag that tells the app on `app.html` where that list is.
pub fn index_meta() -> String {
    format!("<meta name=\"{INDEX_META}\" content=\"{INDEX_HREF}\">\n")
}

/// `#` and six hex digits: the one form of framework data a stylesheet takes. The loader
/// already refuses any other; this keeps the stylesheet safe even if that rule ever loosens.
fn is_hex_colour(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// The meta tag that tells ladder-pages.js which parents it may answer inside a frame (on the
/// published pages and on `app.html` alike), or nothing when the build names none.
pub fn embed_meta(origins: &[String]) -> String {
    list_meta("ladder-embed-origins", origins)
}

/// Whether `origin` is one the build can name as an embedding careers page: `http` or `https`,
/// a host and maybe a port, nothing else. It goes into response headers, so nothing may ride
/// along with it.
pub fn is_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = rest.split_once(':').unwrap_or((rest, "1"));
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !port.is_empty()
        && port.len() <= 5
        && port.chars().all(|c| c.is_ascii_digit())
}

/// The policy a host should send as a header: the pages' own, plus `frame-ancestors` (which a
/// meta tag cannot carry), naming the careers pages allowed to frame the site, else only the
/// site itself.
pub fn header_policy(origins: &[String]) -> String {
    let ancestors = if origins.is_empty() {
        "'self'".to_string()
    } else {
        origins.join(" ")
    };
    format!("{CSP}; frame-ancestors {ancestors}")
}

/// The response headers every file of the site should be sent with, for hosts that read them
/// from a file beside the site (`_headers`) and as examples for nginx and Apache: the policy
/// with `frame-ancestors`, no type sniffing, no referrer.
pub fn hosting_files(origins: &[String]) -> Vec<Page> {
    let policy = header_policy(origins);
    let headers = [
        ("Content-Security-Policy", policy.as_str()),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ];
    let lines = |line: &dyn Fn(&str, &str) -> String| -> String {
        headers
            .iter()
            .map(|(name, value)| line(name, value))
            .collect()
    };
    vec![
        Page {
            file: "_headers".to_string(),
            html: format!(
                "# Response headers for every file of this Ladder site, for hosts that read this file\n\
                 # (Netlify, Cloudflare Pages). Written by ladder-site build; see docs/hosting.md.\n/*\n{}",
                lines(&|name, value| format!("  {name}: {value}\n"))
            ),
        },
        Page {
            file: "nginx.conf.example".to_string(),
            html: format!(
                "# Response headers for this Ladder site on nginx: put these lines in the server or\n\
                 # location block that serves it. Written by ladder-site build; see docs/hosting.md.\n{}",
                lines(&|name, value| format!("add_header {name} \"{value}\" always;\n"))
            ),
        },
        Page {
            file: "apache.htaccess.example".to_string(),
            html: format!(
                "# Response headers for this Ladder site on Apache (mod_headers): save as .htaccess\n\
                 # in the site's folder, or put in its <Directory>. Written by ladder-site build;\n\
                 # see docs/hosting.md.\n<IfModule mod_headers.c>\n{}</IfModule>\n",
                lines(&|name, value| format!("  Header always set {name} \"{value}\"\n"))
            ),
        },
    ]
}

/// The policy `app.html` carries, so published pages hold to the same rules.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'";

/// Escapes text for an HTML attribute or element.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
