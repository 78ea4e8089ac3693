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
    }
}

#[tokio::test]
async fn the_default_framework_publishes_every_view_as_a_page() {
    let fw = Rc::new(load(include_str!("../../framework.json")).unwrap());
    let pages = render_site(fw, &assets()).await;
    // The landing, the promotion guide, 11 levels and 11 × 10 ordered comparisons.
    assert_eq!(pages.len(), 1 + 1 + 11 + 110);
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
    assert!(
        compare.contains("href=\"app.html#/compare/IC04/IC05\""),
        "choosing is in the app"
    );
    assert!(
        !compare.contains("<select"),
        "no control that needs the app"
    );
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
    let pages = render_site(fw, &nested).await;
    assert_eq!(pages.len(), 1 + 1 + 10 + 90);
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
