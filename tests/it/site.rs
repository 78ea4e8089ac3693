//! The published site rendered natively: every page a framework publishes, each a complete
//! document with its own title and description, links that work without the app, and nothing
//! inline for the strict policy to refuse.

use ladder::site::{render_site, Assets};
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
