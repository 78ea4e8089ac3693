//! Ladder's command line for companies: checks framework files and publishes the site.
//!
//!     ladder-site check FILE...
//!         Prints every problem of each file with where it is (JSON path, or line and column for
//!         a syntax error) and exits with status 1 if any file has one; then, for a file
//!         without problems, its warnings (text that is valid but likely not meant, such as an
//!         invisible direction control), which do not change the status.
//!     ladder-site build DIST [--embed-origin ORIGIN]... FILE...
//!         Publishes one site in DIST (where `trunk build` wrote app.html) from one framework
//!         file, or from several: each then gets a folder of its own and the landing lists them.
//!     ladder-site convert FILE OUT.json|OUT.xlsx
//!         Writes a framework file out, once it checks: as JSON, or as a workbook in Ladder's
//!         spreadsheet layout when OUT ends in `.xlsx`.
//!
//! A FILE is JSON, YAML when its name ends in `.yaml` or `.yml`, or a workbook when it ends in
//! `.xlsx` or `.ods` (the layout is in docs/framework-format.md); a YAML file's mistakes are
//! told by line and column, a workbook's by sheet, row and column, and either is checked
//! exactly as its JSON form would be.

use ladder::route::Entry;
use ladder::site::import::{is_yaml, yaml_to_json};
use ladder::site::logo::{publish_logo, system_fonts, LogoError, MAX_LOGO_BYTES};
use ladder::site::sheet::{
    quiet_calamine_panics, to_workbook, workbook_kind, workbook_to_json, SheetError, Workbook,
};
use ladder::site::{
    brand_css, brand_link, embed_meta, escape, hosting_files, html_document, index_meta, is_origin,
    levels_meta, render_site, Assets,
};
use ladder::words::catalogue;
use ladder_core::load::MAX_FILE_BYTES;
use ladder_core::{binary, load, Framework};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

fn main() -> ExitCode {
    // A workbook that trips calamine is told as unreadable, without a panic's trace.
    quiet_calamine_panics();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") if args.len() > 1 => check(&args[1..]),
        Some("build") if args.len() > 2 => build(&args[1..]),
        Some("convert") if args.len() == 3 => convert(&args[1], &args[2]),
        _ => Err(vec![
            "usage: ladder-site check FILE... | ladder-site build DIST [--embed-origin ORIGIN]... FILE... | ladder-site convert FILE OUT.json|OUT.xlsx"
                .to_string(),
        ]),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}

/// A framework file read and checked, with the text it came from.
struct Checked {
    path: String,
    text: String,
    file: ladder_core::wire::FrameworkFile,
    framework: Framework,
}

fn read(path: &str) -> Result<Checked, Vec<String>> {
    let cannot = |e: std::io::Error| vec![format!("{path}: cannot be read: {e}")];
    // A workbook is read into the wire types and checked as its JSON form, as YAML is.
    if let Some(kind) = workbook_kind(path) {
        // Size first: nothing larger than a framework file may be is read whole.
        let size = std::fs::metadata(path).map_err(cannot)?.len();
        if size > MAX_FILE_BYTES as u64 {
            return Err(vec![format!(
                "{path}: {}",
                SheetError::TooLarge {
                    bytes: size as usize
                }
            )]);
        }
        let bytes = std::fs::read(path).map_err(cannot)?;
        let text = workbook_to_json(&bytes, kind).map_err(|errors| {
            errors
                .iter()
                .map(|e| format!("{path}: {e}"))
                .collect::<Vec<_>>()
        })?;
        return checked(path, text);
    }
    let text = std::fs::read_to_string(path).map_err(cannot)?;
    // YAML is read into the wire types and checked as its JSON form, which the site publishes.
    let text = if is_yaml(path) {
        yaml_to_json(&text).map_err(|e| vec![format!("{path}: {e}")])?
    } else {
        text
    };
    checked(path, text)
}

/// JSON text checked by the one loader; its problems are told by JSON path.
fn checked(path: &str, text: String) -> Result<Checked, Vec<String>> {
    let checked = load::parse(&text).and_then(|file| {
        let framework = load::convert(file.clone())?;
        Ok((file, framework))
    });
    let checked = checked
        .map_err(|e| e.to_string())
        .and_then(|(file, framework)| {
            let mut problems: Vec<String> = catalogue::check_wording(&framework.wording)
                .iter()
                .map(ToString::to_string)
                .collect();
            if !catalogue::speaks(framework.language()) {
                problems.insert(
                    0,
                    format!(
                        "$.language: Ladder does not speak `{}` yet; it speaks {}",
                        framework.language(),
                        catalogue::LANGUAGES
                            .iter()
                            .map(|(tag, _)| *tag)
                            .chain([catalogue::PSEUDO])
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            if problems.is_empty() {
                Ok((file, framework))
            } else {
                Err(problems.join("\n"))
            }
        });
    match checked {
        Ok((file, framework)) => Ok(Checked {
            path: path.to_string(),
            text,
            file,
            framework,
        }),
        Err(error) => Err(error
            .lines()
            .map(|line| format!("{path}: {}", line.trim_start_matches("- ")))
            .collect()),
    }
}

/// The framework's logo as the site publishes it (never the file as given), and a warning
/// naming what the rewrite dropped, if it dropped anything.
struct PublishedLogo {
    name: String,
    bytes: Vec<u8>,
    warning: Option<String>,
}

fn logo(c: &Checked) -> Result<Option<PublishedLogo>, Vec<String>> {
    let Some(name) = &c.framework.brand.logo else {
        return Ok(None);
    };
    let from = Path::new(&c.path)
        .parent()
        .unwrap_or(Path::new("."))
        .join(name);
    let path = &c.path;
    let cannot = |e: std::io::Error| {
        vec![format!(
            "{path}: $.brand.logo names {name}, which cannot be read at {}: {e}",
            from.display()
        )]
    };
    // Size first: a logo is small, and nothing larger is read whole.
    let size = std::fs::metadata(&from).map_err(cannot)?.len();
    let published = if size > MAX_LOGO_BYTES as u64 {
        Err(LogoError::TooLarge {
            bytes: size as usize,
        })
    } else {
        publish_logo(
            name,
            &std::fs::read(&from).map_err(cannot)?,
            &system_fonts(),
        )
    };
    let logo = published.map_err(|e| vec![format!("{path}: $.brand.logo {name} {e}")])?;
    let warning = (!logo.dropped.is_empty()).then(|| {
        format!(
            "{path}: $.brand.logo {name}: dropped {}; the site publishes a rewritten copy",
            logo.dropped
        )
    });
    Ok(Some(PublishedLogo {
        name: name.clone(),
        bytes: logo.bytes,
        warning,
    }))
}

/// Writes a framework out, once it checks: as a workbook in Ladder's layout when OUT ends in
/// `.xlsx`, else as JSON (the JSON form of a YAML file or a workbook, or a JSON file as it is).
fn convert(from: &str, to: &str) -> Result<(), Vec<String>> {
    let checked = read(from)?;
    if workbook_kind(to) == Some(Workbook::Xlsx) {
        // A sheet names each level by its id (the Statements sheet refers to it), so ids the
        // file leaves out are written as the loader derives them.
        let mut file = checked.file.clone();
        file.derive_ids();
        let bytes = to_workbook(&file).map_err(|e| vec![format!("{from}: {e}")])?;
        write(Path::new(to), &bytes)?;
    } else if workbook_kind(to).is_some() {
        return Err(vec![format!(
            "{to}: Ladder writes workbooks as .xlsx only (it reads .xlsx and .ods)"
        )]);
    } else {
        write(Path::new(to), checked.text.as_bytes())?;
    }
    println!("{to}: written from {from}");
    Ok(())
}

fn check(paths: &[String]) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    for path in paths {
        let checked = read(path).and_then(|c| Ok((logo(&c)?, c)));
        match checked {
            Ok((logo, c)) => {
                // Warnings do not fail the check: the file is valid, but worth a second look.
                let warning = logo.and_then(|l| l.warning);
                if let Some(warning) = &warning {
                    eprintln!("{warning}");
                }
                let text_warnings = load::warnings(&c.text);
                let verdict = match usize::from(warning.is_some()) + text_warnings.len() {
                    0 => "no problems".to_string(),
                    1 => "no errors, 1 warning".to_string(),
                    n => format!("no errors, {n} warnings"),
                };
                println!(
                    "{path}: {verdict} ({} {}, {} tracks, {} levels)",
                    c.framework.name,
                    c.framework.version,
                    c.framework.tracks.len(),
                    c.framework.levels().count()
                );
                for warning in text_warnings {
                    println!("{path}: warning: {warning}");
                }
            }
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn build(args: &[String]) -> Result<(), Vec<String>> {
    let dist = PathBuf::from(&args[0]);
    let mut origins = Vec::new();
    let mut paths = Vec::new();
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        if arg == "--embed-origin" {
            origins.extend(rest.next().cloned());
        } else {
            paths.push(arg.clone());
        }
    }
    let mut frameworks = Vec::new();
    let mut problems: Vec<String> = origins
        .iter()
        .filter(|o| !is_origin(o))
        .map(|o| {
            format!(
                "--embed-origin {}: not an origin; give the careers page's scheme and host, such as https://careers.example.com",
                o.chars().take(40).collect::<String>()
            )
        })
        .collect();
    for path in &paths {
        match read(path) {
            Ok(c) => frameworks.push(c),
            Err(found) => problems.extend(found),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for c in &frameworks {
        if !seen.insert(c.framework.id.to_lowercase()) {
            problems.push(format!(
                "two framework files have the id `{}`: each needs its own",
                c.framework.id
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // The app's two pages as trunk wrote them (scripts/build.sh builds both), each cleaned of
    // what a build before added: a framework's language, accent and embed origins.
    let mut app_pages = Vec::new();
    for name in [Entry::Assessment.page(), Entry::People.page()] {
        let html = std::fs::read_to_string(dist.join(name)).map_err(|e| {
            vec![format!(
                "{}: cannot be read ({e}); run scripts/build.sh first",
                dist.join(name).display()
            )]
        })?;
        let html: String = without_language(&html)
            .replace("<link rel=\"stylesheet\" href=\"brand.css\">\n", "")
            .split_inclusive('\n')
            .filter(|line| {
                !line
                    .trim_start()
                    .starts_with("<meta name=\"ladder-embed-origins\"")
            })
            .collect();
        app_pages.push((name, html));
    }
    let app = app_pages[0].1.clone();
    let asset = |start: &str, end: &str| -> Result<String, Vec<String>> {
        app.split('"')
            .find_map(|s| {
                s.strip_prefix("./")
                    .filter(|s| s.starts_with(start) && s.ends_with(end))
            })
            .map(str::to_string)
            .ok_or_else(|| {
                vec![format!(
                    "app.html names no {start}*{end}: was it built by trunk?"
                )]
            })
    };
    let (stylesheet, icon) = (asset("style-", ".css")?, asset("favicon-", ".svg")?);
    let wasm = asset("ladder-", "_bg.wasm")?;
    let module = wasm.replace("_bg.wasm", ".js");
    let single = frameworks.len() == 1;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| vec![format!("cannot start the renderer: {e}")])?;
    for c in &frameworks {
        let (folder, prefix) = if single {
            (dist.clone(), String::new())
        } else {
            (dist.join(c.framework.id.as_str()), "../".to_string())
        };
        let assets = Assets {
            prefix: prefix.clone(),
            stylesheet: stylesheet.clone(),
            icon: icon.clone(),
            embed_origins: origins.clone(),
            // What the app needs first, fetched ahead when a link into it is about to be used.
            app_files: vec![
                format!("{prefix}{module}"),
                format!("{prefix}{wasm}"),
                binary::OUTLINE_FILE.to_string(),
                catalogue::FILE.to_string(),
                binary::DETAILS_FILE.to_string(),
            ],
            language: c.framework.language().to_string(),
        };
        std::fs::create_dir_all(&folder).map_err(|e| vec![format!("{}: {e}", folder.display())])?;
        let pages = runtime.block_on(render_site(Rc::new(c.framework.clone()), &assets));
        let count = pages.len();
        for page in pages {
            write(&folder.join(&page.file), page.html.as_bytes())?;
        }
        let encoded = binary::encode(&c.file);
        write(&folder.join(binary::OUTLINE_FILE), &encoded.outline)?;
        write(&folder.join(binary::DETAILS_FILE), &encoded.details)?;
        write(&folder.join("framework.json"), c.text.as_bytes())?;
        // The page's words: its language's catalogue alone, without the translators' notes
        // (the company's wording travels in the outline, and the app lays it over these).
        let words = catalogue::shipped_text(c.framework.language()).unwrap_or_default();
        write(&folder.join(catalogue::FILE), words.as_bytes())?;
        if let Some(css) = brand_css(&c.framework) {
            write(&folder.join("brand.css"), css.as_bytes())?;
        }
        if let Some(logo) = logo(c)? {
            if let Some(warning) = &logo.warning {
                eprintln!("{warning}");
            }
            write(&folder.join(&logo.name), &logo.bytes)?;
        }
        // The app page: its assets where they are, the framework's accent, and the careers
        // pages that may frame it (ladder-pages.js answers no other parent there either).
        let index = if single { String::new() } else { index_meta() };
        speak(c.framework.language(), &c.framework.wording);
        for (name, html) in &app_pages {
            let page = with_noscript(html)
                .replace("=\"./", if single { "=\"./" } else { "=\"../" })
                .replacen(
                    "<html lang=\"en\">",
                    &format!("<html lang=\"{}\">", escape(c.framework.language())),
                    1,
                )
                .replace(
                    "</head>",
                    &format!(
                        "{index}{}{}</head>",
                        embed_meta(&origins),
                        brand_link(&c.framework)
                    ),
                );
            write(&folder.join(name), page.as_bytes())?;
        }
        println!(
            "{}: {count} pages from {}",
            folder.display(),
            c.framework.name
        );
    }
    // The headers a host should send, beside the site, whichever way it reads them.
    for file in hosting_files(&origins) {
        write(&dist.join(&file.file), file.html.as_bytes())?;
    }
    if !single {
        for (name, _) in &app_pages {
            std::fs::remove_file(dist.join(name)).map_err(|e| vec![format!("{name}: {e}")])?;
        }
        let list: Vec<&Framework> = frameworks.iter().map(|c| &c.framework).collect();
        let assets = Assets {
            prefix: String::new(),
            stylesheet,
            icon,
            embed_origins: origins,
            app_files: Vec::new(),
            language: "en".to_string(),
        };
        write(&dist.join("index.html"), index(&list, &assets).as_bytes())?;
    }
    Ok(())
}

/// The page as trunk wrote it, `<html lang="en">`, whichever language a build before gave it.
fn without_language(app: &str) -> String {
    let start = "<html lang=\"";
    match app.find(start).and_then(|i| {
        let end = app[i + start.len()..].find('"')?;
        Some((i, i + start.len() + end + 1))
    }) {
        Some((from, to)) => format!("{}<html lang=\"en\"{}", &app[..from], &app[to..]),
        None => app.to_string(),
    }
}

/// The app page's line for a browser without JavaScript, in the page's language.
fn with_noscript(app: &str) -> String {
    let (start, end) = ("<noscript>", "</noscript>");
    match (app.find(start), app.find(end)) {
        (Some(from), Some(to)) if from < to => format!(
            "{}{start}<p>{} <a href=\"./\">{}</a></p>{}",
            &app[..from],
            escape(&ladder::t!("app-noscript")),
            escape(&ladder::t!("app-noscript-link")),
            &app[to..]
        ),
        _ => app.to_string(),
    }
}

/// Makes `language`'s catalogue (with `wording` over it) the one pages are worded from.
fn speak(language: &str, wording: &std::collections::BTreeMap<String, String>) {
    let text = catalogue::built_in_text(language).unwrap_or_default();
    if let Ok(words) = catalogue::Catalogue::new(language, &text, wording) {
        catalogue::install(Rc::new(words));
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Vec<String>> {
    std::fs::write(path, bytes)
        .map_err(|e| vec![format!("{}: cannot be written: {e}", path.display())])
}

/// The landing of a site with several frameworks: one card per framework, saying whose it is
/// and what it is for. The frameworks may be one company's or several organisations': the
/// page assumes neither.
fn index(frameworks: &[&Framework], assets: &Assets) -> String {
    // The list speaks the frameworks' language when they share one, else English; each card
    // speaks its own framework's.
    let first = frameworks[0];
    let language = if frameworks.iter().all(|f| f.language() == first.language()) {
        first.language()
    } else {
        "en"
    };
    let cards: String = frameworks
        .iter()
        .map(|f| {
            speak(f.language(), &f.wording);
            let by = f
                .organisation
                .as_ref()
                .map(|o| format!("<p class=\"organisation\">{}</p>", escape(o)))
                .unwrap_or_default();
            let facts = ladder::t!(
                "site-index-facts",
                levels = f.levels().count(),
                tracks = f.tracks.len(),
                version = f.version.as_str()
            );
            format!(
                "<li class=\"level-card\" lang=\"{lang}\"><a href=\"{id}/\"><span class=\"level-title\">{name}</span></a>{by}<p>{summary}</p><p class=\"muted\">{facts}</p></li>",
                lang = escape(f.language()),
                id = f.id,
                name = escape(&f.name),
                summary = escape(&f.summary),
                facts = escape(&facts),
            )
        })
        .collect();
    let shared = if language == first.language() {
        &first.wording
    } else {
        &std::collections::BTreeMap::new()
    };
    speak(language, shared);
    // The company leads when every framework is its own; otherwise the page says what it lists.
    let organisation = match first.organisation.clone() {
        Some(o)
            if frameworks
                .iter()
                .all(|f| f.organisation.as_ref() == Some(&o)) =>
        {
            o
        }
        _ => ladder::t!("site-index-title"),
    };
    // An old `#/levels/IC04` address at the root was the first framework's.
    let head = format!(
        "<meta name=\"ladder-base\" content=\"{}/\">\n{}",
        first.id,
        levels_meta(first)
    );
    let body = format!(
        "<main id=\"main\" class=\"home frameworks\">\n<h1>{org}</h1>\n\
         <p class=\"lead\">{lead}</p>\n\
         <ul class=\"rungs\">{cards}</ul>\n</main>",
        org = escape(&organisation),
        lead = escape(&ladder::t!("site-index-lead")),
    );
    let assets = Assets {
        language: language.to_string(),
        ..assets.clone()
    };
    html_document(
        &assets,
        &organisation,
        &format!(
            "{organisation}: {}.",
            frameworks
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        &head,
        &body,
    )
}
