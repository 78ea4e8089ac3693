//! Rules every source file keeps, and the invariants ARCHITECTURE.md states that a scan of the
//! sources can hold: each `.rs` file opens with a `//!` line saying what it is for; only `load`
//! and the binary decoders make a `Framework`; only `Assessment::apply` changes an assessment.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if !matches!(
                name.to_str(),
                Some("target" | "node_modules" | "dist" | ".git")
            ) {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_opens_with_a_doc_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "core", "tests", "examples", "fuzz"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 40, "found only {} files", files.len());
    let missing: Vec<String> = files
        .iter()
        .filter(|f| {
            !std::fs::read_to_string(f)
                .unwrap_or_default()
                .starts_with("//!")
        })
        .map(|f| f.strip_prefix(root).unwrap_or(f).display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a //! line: {missing:?}");
}

/// Every `.rs` file under `dir` (relative to the package root), with its text.
fn sources(dir: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    files
        .iter()
        .map(|f| {
            let name = f.strip_prefix(root).unwrap_or(f).display().to_string();
            (name, std::fs::read_to_string(f).unwrap_or_default())
        })
        .collect()
}

/// Whether `line` names the type `name` as a whole word followed by `after`.
fn names_type(line: &str, name: &str, after: &str) -> bool {
    let needle = format!("{name}{after}");
    line.match_indices(&needle).any(|(i, _)| {
        !line[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// ARCHITECTURE.md: "the only ways to get [a `Framework`] are `load` and `binary::decode`, and
/// both run the same `convert`". Broken by a struct literal anywhere but the loader's `convert`,
/// by a function outside `load` and the binary decoders that hands out a `Framework` by value,
/// or by deriving `Default`, `Deserialize` or dropping `#[non_exhaustive]`.
#[test]
fn only_load_and_decode_make_a_framework() {
    let mut found = Vec::new();
    for dir in ["core/src", "src"] {
        for (file, text) in sources(dir) {
            for (n, line) in text.lines().enumerate() {
                // A path names the same type: `ladder_core::Framework` is `Framework`.
                let code = line.split("//").next().unwrap_or_default();
                let code = &code.replace("ladder_core::", "").replace("model::", "");
                let literal = names_type(code, "Framework", " {")
                    && !code.contains("fn ")
                    && !code.contains("impl ")
                    && !code.contains("struct ")
                    && !code.contains("for ");
                if literal && file != "core/src/load.rs" {
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
                let returns = code.contains("fn ")
                    && ["-> ", "Result<", "Option<", "Vec<"].iter().any(|r| {
                        code.match_indices(&format!("{r}Framework")).any(|(i, m)| {
                            !code[i + m.len()..]
                                .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                        })
                    });
                let allowed = matches!(file.as_str(), "core/src/load.rs" | "core/src/binary.rs");
                if returns && !allowed {
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "a Framework made outside load and decode: {found:#?}"
    );
    let model =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("core/src/model.rs"))
            .unwrap();
    let head = &model[..model
        .find("pub struct Framework {")
        .expect("model.rs defines it")];
    let attributes: Vec<&str> = head
        .lines()
        .rev()
        .take_while(|l| l.trim_start().starts_with("#[") || l.trim_start().starts_with("///"))
        .collect();
    assert!(attributes.contains(&"#[non_exhaustive]"), "{attributes:?}");
    for derive in ["Default", "Deserialize"] {
        assert!(
            !attributes.iter().any(|a| a.contains(derive)),
            "Framework derives {derive}: {attributes:?}"
        );
    }
}

/// ARCHITECTURE.md: "the reducer only calls `Assessment::apply`". Broken by any write to an
/// assessment's fields in the app, or in the core outside `assessment.rs` and the decoders that
/// build a new assessment from outside input (`file.rs`, `storage.rs`, `share.rs`).
#[test]
fn only_apply_changes_an_assessment() {
    let writes: Vec<String> = ["answers", "notes"]
        .iter()
        .flat_map(|field| {
            [
                "insert(", "remove(", "clear(", "retain(", "entry(", "extend(", "get_mut(",
                "append(",
            ]
            .iter()
            .map(move |method| format!(".{field}.{method}"))
        })
        .chain(
            [
                "current",
                "target",
                "in_level_since",
                "criteria",
                "answers",
                "notes",
                "framework_id",
                "framework_version",
            ]
            .iter()
            .map(|field| format!(".{field} = ")),
        )
        .chain([".name.clear(".to_string()])
        .collect();
    let mut found = Vec::new();
    for dir in ["core/src", "src"] {
        for (file, text) in sources(dir) {
            let builds_new = matches!(
                file.as_str(),
                "core/src/assessment.rs"
                    | "core/src/file.rs"
                    | "core/src/storage.rs"
                    | "core/src/share.rs"
            );
            if builds_new {
                continue;
            }
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                if writes.iter().any(|w| code.contains(w.as_str())) {
                    found.push(format!("{file}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "an assessment written without apply: {found:#?}"
    );
}

/// ARCHITECTURE.md: "the core never reads the clock, storage or the URL, and has no UI
/// dependency". Broken by a UI crate among the core's dependencies, or by the core asking the
/// system for the time or reaching for the browser.
#[test]
fn the_core_reads_no_clock_and_knows_no_ui() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("core/Cargo.toml"))
            .unwrap();
    let dependencies = manifest
        .split("[dependencies]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .unwrap();
    for ui in ["yew", "web-sys", "js-sys", "gloo", "wasm-bindgen"] {
        assert!(
            !dependencies.lines().any(|l| l.trim_start().starts_with(ui)),
            "the core depends on {ui}"
        );
    }
    assert!(
        !dependencies.contains("\"clock\"") && !dependencies.contains("\"now\""),
        "the core's chrono can read the clock"
    );
    let mut found = Vec::new();
    for (file, text) in sources("core/src") {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let reaches = [
                "SystemTime",
                "Instant::now",
                "Utc::now",
                "Local::now",
                "web_sys",
                "localStorage",
                "std::env::var",
                "std::fs::",
            ];
            if reaches.iter().any(|r| code.contains(r)) {
                found.push(format!("{file}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the core reaches outside itself: {found:#?}"
    );
}

/// ARCHITECTURE.md: "every word a person reads comes from the catalogue". Broken by a text node
/// written as a literal in a view (`{ "Assess yourself" }`) or an attribute a person hears
/// (`aria-label="…"`, `title`, `alt`, `placeholder`) holding words: they belong in
/// `src/words/<language>/*.ftl`, asked for with `t!`. Punctuation and symbols may stay.
#[test]
fn views_hold_no_words_of_their_own() {
    let mut found = Vec::new();
    let views = ["src/pages", "src/components", "src/hooks"]
        .iter()
        .flat_map(|dir| sources(dir))
        .chain(["src/app.rs", "src/site.rs"].iter().map(|f| {
            (
                f.to_string(),
                std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(f)).unwrap(),
            )
        }));
    let words = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    for (name, text) in views {
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            // A text node: `{ "…" }` that is not an attribute's value.
            let mut rest = line;
            while let Some(open) = rest.find("{ \"") {
                let before = rest[..open].trim_end();
                let after = &rest[open + 3..];
                let Some(close) = after.find("\" }") else {
                    break;
                };
                let literal = &after[..close];
                // An attribute's value chosen by a condition: `class={if a { "x" } else { "y" }}`.
                let conditional = before.ends_with("else")
                    || before
                        .rfind("={")
                        .is_some_and(|at| before[at..].contains("if "));
                if !before.ends_with('=') && !conditional && words(literal) {
                    found.push(format!("{name}:{}: text “{literal}”", n + 1));
                }
                rest = &after[close..];
            }
            for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
                for (i, _) in line.match_indices(attribute) {
                    let value = &line[i + attribute.len()..];
                    let value = &value[..value.find('"').unwrap_or(value.len())];
                    if words(value) {
                        found.push(format!("{name}:{}: {attribute}{value}\"", n + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside the catalogue:\n{}",
        found.join("\n")
    );
}
