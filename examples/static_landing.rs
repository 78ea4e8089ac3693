//! Writes the landing view as plain static HTML, for the benchmark's floor: the same content
//! and styles with no WebAssembly, so load time can be compared with the least it could be.
//!
//! Usage: cargo run --example static_landing -- <dist dir> <output file>

use ladder::components::{SiteFooter, SiteHeader};
use ladder::route::Route;
use ladder::{first_assessment, view, Providers};
use ladder_core::{load, NaiveDate};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[component]
fn Landing() -> Html {
    let framework = Rc::new(load(include_str!("../framework.json")).expect("framework.json loads"));
    // The landing shows no dates; any day will do.
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a valid date");
    let assessment = first_assessment(&framework, today);
    html! {
        <Providers {framework} {today} {assessment}>
            <SiteHeader route={Route::Home} />
            <main id="main" tabindex="-1">{ view(Route::Home) }</main>
            <SiteFooter />
        </Providers>
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dist), Some(out)) = (args.next(), args.next()) else {
        eprintln!("usage: static_landing <dist dir> <output file>");
        std::process::exit(2);
    };
    // Link the same hashed stylesheet the app uses.
    let css = std::fs::read_dir(&dist)
        .expect("dist exists: build the app first")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("style-") && n.ends_with(".css"))
        .expect("dist has the stylesheet");
    let body = LocalServerRenderer::<Landing>::new()
        .hydratable(false)
        .render()
        .await;
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Career levels · Ladder</title><link rel=\"icon\" href=\"data:,\">\
         <link rel=\"stylesheet\" href=\"/{css}\"></head><body>{body}</body></html>\n"
    );
    std::fs::write(&out, page).expect("output is writable");
}
