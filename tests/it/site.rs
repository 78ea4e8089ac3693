//! The published site rendered natively: every page a framework publishes, each a complete
//! document with its own title and description, links that work without the app, and nothing
//! inline for the strict policy to refuse.

use ladder::site::{brand_css, hosting_files, is_origin, render_site, Assets, CSP};
use ladder_core::load;
use std::collections::HashSet;
use std::rc::Rc;

fn assets() -> Assets {
    Assets {
        prefix: String::new(),
        stylesheet: "style-1.css".into(),
        icon: "favicon-1.svg".into(),
        embed_origins: Vec::new(),
        app_files: Vec::new(),
        language: "en".into(),
    }
}

#[tokio::test]
async fn the_default_framework_publishes_every_view_as_a_page() {
    let fw = Rc::new(load(include_str!("../../framework.json")).unwrap());
    let pages = render_site(fw, &assets()).await;
    // The landing, the promotion guide, 11 levels, and the comparisons of near steps (IC:
    // 2 × (5 + 4), management: 2 × (4 + 3)) and of switch paths (2 + 4).
    assert_eq!(pages.len(), 1 + 1 + 11 + 18 + 14 + 6);
    let titles: HashSet<String> = pages
        .iter()
        .map(|p| {
            let start = p.html.find("<title>").unwrap() + 7;
            p.html[start..p.html.find("</title>").unwrap()].to_string()
        })
        .collect();
    assert_eq!(
        titles.len(),
        pages.len(),
        "every page has a title of its own"
    );
    for page in &pages {
        let html = &page.html;
        assert!(html.starts_with("<!doctype html>"), "{}", page.file);
        assert!(
            html.contains("<meta name=\"description\" content=\""),
            "{}",
            page.file
        );
        assert!(
            html.contains("http-equiv=\"Content-Security-Policy\""),
            "{}",
            page.file
        );
        // Views that need the app are on app.html; nothing points at a fragment of this page.
        assert!(!html.contains("href=\"#/"), "{}", page.file);
        assert!(!html.contains(" style=\""), "{}", page.file);
        assert_eq!(html.matches("<script").count(), 1, "{}", page.file);
    }
    let page = |file: &str| &pages.iter().find(|p| p.file == file).unwrap().html;
    assert!(page("index.html").contains("<meta name=\"ladder-levels\" content=\"IC02 IC03 IC04 IC05 IC06 IC07 M04 M05 M06 M07 M08\">"));
    // ladder-pages.js sends an old `#/compare/…` to its page only when the pair has one.
    assert!(page("index.html")
        .contains("<meta name=\"ladder-pairs\" content=\"IC02/IC03 IC02/IC04 IC03/IC02 "));
    assert!(!page("index.html").contains("IC03/M04"));
    assert!(page("index.html").contains("href=\"level-IC04.html\""));
    assert!(page("index.html").contains("href=\"app.html#/assess\""));
    let compare = page("compare-IC04-IC05.html");
    assert!(
        compare.contains("<title>IC04 compared with IC05 · Ultralytics career progression</title>")
    );
    assert!(
        compare.contains("href=\"compare-IC05-IC04.html\""),
        "swap is a plain link"
    );
    // Any other pair opens in the app from a plain GET form, which needs no script.
    for html in [compare, page("index.html")] {
        assert!(
            html.contains("<form method=\"get\" action=\"app.html\" data-testid=\"compare-form\""),
            "{html}"
        );
        assert!(html.contains("<select id=\"compare-form-from\" name=\"from\">"));
        assert!(html.contains("<select id=\"compare-form-to\" name=\"to\">"));
        assert!(html.contains("<button type=\"submit\">Compare these levels</button>"));
    }
    assert!(
        compare.contains("<option value=\"IC04\" selected=\"selected\">"),
        "the pair shown is chosen"
    );
    assert!(
        !compare.contains("onchange"),
        "no control that needs the app"
    );
}

/// Every link a published page makes to a comparison points at a page the build wrote, or at
/// the app's view of that pair: none is left dangling now that only some pairs are pages.
#[tokio::test]
async fn every_link_to_a_comparison_is_a_written_page_or_the_app() {
    for json in [
        include_str!("../../framework.json"),
        include_str!("../../examples/frameworks/three-track-engineering.json"),
    ] {
        let fw = Rc::new(load(json).unwrap());
        let pages = render_site(fw.clone(), &assets()).await;
        let written: HashSet<&str> = pages.iter().map(|p| p.file.as_str()).collect();
        let (mut to_pages, mut to_app) = (0, 0);
        for page in &pages {
            for link in page.html.split("href=\"").skip(1) {
                let link = &link[..link.find('"').unwrap()];
                if link.starts_with("compare-") {
                    assert!(written.contains(link), "{} links to {link}", page.file);
                    to_pages += 1;
                } else if let Some(pair) = link.strip_prefix("app.html#/compare/") {
                    let (from, to) = pair.split_once('/').unwrap();
                    assert!(
                        !written.contains(format!("compare-{from}-{to}.html").as_str()),
                        "{} sends {link} to the app though it has a page",
                        page.file
                    );
                    to_app += 1;
                }
            }
        }
        // A switch path's way back, say, is not a page of its own: its swap link is the app's.
        assert!(to_pages > 0 && to_app > 0, "{to_pages} {to_app}");
    }
}

#[tokio::test]
async fn a_framework_in_its_own_folder_finds_the_shared_assets_and_its_brand() {
    let fw = Rc::new(
        load(include_str!(
            "../../examples/frameworks/three-track-engineering.json"
        ))
        .unwrap(),
    );
    let nested = Assets {
        prefix: "../".into(),
        ..assets()
    };
    let pairs = ladder_core::compare::published_pairs(&fw).len();
    assert!(pairs < 90, "fewer than every ordered pair: {pairs}");
    let pages = render_site(fw, &nested).await;
    assert_eq!(pages.len(), 1 + 1 + 10 + pairs);
    let landing = &pages.iter().find(|p| p.file == "index.html").unwrap().html;
    assert!(landing.contains("href=\"../style-1.css\""));
    assert!(landing.contains("src=\"../ladder-pages.js\""));
    assert!(landing.contains("<link rel=\"stylesheet\" href=\"brand.css\">"));
    assert!(landing.contains("src=\"studio-logo.svg\""));
    assert!(landing.contains("<p class=\"organisation\">Example Engineering Studio</p>"));
}

/// The three-track example with its name replaced.
fn studio_named(name: &str) -> ladder_core::Framework {
    let mut file: serde_json::Value = serde_json::from_str(include_str!(
        "../../examples/frameworks/three-track-engineering.json"
    ))
    .unwrap();
    file["name"] = serde_json::Value::String(name.into());
    load(&file.to_string()).unwrap()
}

#[test]
fn a_framework_name_cannot_add_rules_to_the_brand_stylesheet() {
    let css = brand_css(&studio_named("x **//body{display:none}/*")).unwrap();
    assert!(!css.contains("body"), "{css}");
    assert!(!css.contains("display"), "{css}");
    assert!(!css.contains("x *"), "{css}");
    // Comments open and close in pairs, so nothing written after one is swallowed or let out.
    assert_eq!(
        css.matches("/*").count(),
        css.matches("*/").count(),
        "{css}"
    );
}

#[test]
fn the_brand_stylesheet_takes_only_the_colour_from_the_framework() {
    let css = brand_css(&studio_named("Example Engineering Studio")).unwrap();
    // The same stylesheet whatever the framework is called: its name never reaches CSS.
    assert_eq!(
        css,
        brand_css(&studio_named("Another name */ a{}")).unwrap()
    );
    // Every `#` in it starts the framework's colour, and nothing else from the file is there.
    let values: Vec<&str> = css
        .match_indices('#')
        .map(|(i, _)| &css[i..i + 7])
        .collect();
    assert_eq!(values, ["#00695c", "#00695c"], "{css}");
    let without_colour = css.replace("#00695c", "");
    assert!(
        without_colour
            .chars()
            .all(|c| c.is_ascii() && c != '#' && c != '\\' && c != '<'),
        "{css}"
    );
    assert!(css.contains("--accent: #00695c;"), "{css}");
}

#[test]
fn the_hosting_headers_carry_the_policy_and_let_only_the_named_careers_pages_frame_the_site() {
    let named = hosting_files(&["https://careers.example.com".to_string()]);
    let files: Vec<&str> = named.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(
        files,
        ["_headers", "nginx.conf.example", "apache.htaccess.example"]
    );
    let policy = format!("{CSP}; frame-ancestors https://careers.example.com");
    for file in &named {
        assert!(file.html.contains(&policy), "{}", file.html);
        assert!(
            file.html.contains("X-Content-Type-Options"),
            "{}",
            file.html
        );
        assert!(file.html.contains("nosniff"), "{}", file.html);
        assert!(file.html.contains("Referrer-Policy"), "{}", file.html);
        assert!(file.html.contains("no-referrer"), "{}", file.html);
    }
    // Netlify's form: a path, then the headers indented beneath it.
    assert!(named[0]
        .html
        .contains(&format!("/*\n  Content-Security-Policy: {policy}\n")));
    // Naming none, only the site itself may frame its pages.
    let none = hosting_files(&[]);
    assert!(none[0].html.contains(&format!(
        "Content-Security-Policy: {CSP}; frame-ancestors 'self'\n"
    )));
}

#[test]
fn an_embed_origin_is_a_scheme_and_a_host_and_nothing_else() {
    for good in [
        "https://careers.example.com",
        "http://127.0.0.1:8080",
        "https://a-b.example",
    ] {
        assert!(is_origin(good), "{good}");
    }
    for bad in [
        "careers.example.com",
        "https://careers.example.com/",
        "https://x.example\nX-Evil: 1",
        "https://x.example; script-src *",
        "javascript:alert(1)",
        "https://",
        "https://x.example:",
        "https://x.example:123456",
    ] {
        assert!(!is_origin(bad), "{bad:?}");
    }
}

#[test]
fn the_pages_script_refuses_old_addresses_at_the_apps_own_fragment_limit() {
    let script = include_str!("../../assets/ladder-pages.js");
    let declared = format!("var MAX_FRAGMENT = {};", ladder::route::MAX_FRAGMENT);
    assert_eq!(
        script.matches("var MAX_FRAGMENT = ").count(),
        1,
        "one limit in ladder-pages.js"
    );
    assert!(
        script.contains(&declared),
        "ladder-pages.js must say `{declared}`, as src/route.rs does"
    );
}

/// ladder-pages.js has no words of its own: it reads what it says from the page, in the page's
/// language, and puts the address's length where the site's sentence marks it.
#[tokio::test]
async fn the_pages_script_says_only_what_the_page_gives_it() {
    let script = include_str!("../../assets/ladder-pages.js");
    assert!(script.contains(&format!("'{}'", ladder::site::LENGTH_MARK)));
    for name in ["data-too-long", "data-copied", "data-copy-refused"] {
        assert!(script.contains(name), "ladder-pages.js reads {name}");
    }
    let fw = Rc::new(load(include_str!("../../framework.json")).unwrap());
    let pages = render_site(fw, &assets()).await;
    let home = &pages.iter().find(|p| p.file == "index.html").unwrap().html;
    assert!(home.contains(&format!(
        "data-too-long=\"This address is {} characters long, more than any Ladder address (4096)",
        ladder::site::LENGTH_MARK
    )));
    assert!(home.contains("data-copied=\"Link copied to the clipboard.\""));
    assert!(home.contains("data-copy-refused=\"This browser did not allow copying; copy the address from the address bar.\""));
}

/// ARCHITECTURE.md: every page carries the same strict policy. The app's page sources
/// (`index.html`, `people.html`) carry it as a meta tag, and the published pages take `site::CSP`.
#[test]
fn the_app_page_carries_the_published_policy() {
    for (name, page) in [
        ("index.html", include_str!("../../index.html")),
        ("people.html", include_str!("../../people.html")),
    ] {
        assert!(
            page.contains(&format!(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
                CSP
            )),
            "{name}'s policy differs from site::CSP"
        );
    }
}
