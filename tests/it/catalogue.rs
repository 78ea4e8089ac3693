//! The catalogues: every language has every sentence with the same arguments, every key the
//! code asks for exists, plural forms and dates read as each language writes them, a
//! company's wording is checked and used, and the pseudo-locale transforms every sentence.

use ladder::words::catalogue::{
    self, built_in, built_in_text, check_wording, keys_and_arguments, shipped_text, speaking,
    Catalogue, WordingError, LANGUAGES, PSEUDO,
};
use ladder::words::{date, month_name, months};
use ladder_core::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::rc::Rc;

fn in_language<R>(language: &str, f: impl FnOnce() -> R) -> R {
    speaking(Rc::new(built_in(language).unwrap()), f)
}

#[test]
fn every_catalogue_has_every_key_with_the_same_arguments() {
    let english = keys_and_arguments(&built_in_text("en").unwrap());
    assert!(english.len() > 20, "the English catalogue reads");
    for (language, _) in LANGUAGES {
        let text = built_in_text(language).unwrap();
        if let Err(e) = Catalogue::new(language, &text, &BTreeMap::new()) {
            panic!("{language}: the catalogue does not read as Fluent: {e}");
        }
        let theirs = keys_and_arguments(&text);
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has keys English lacks: {extra:?}"
        );
        for (key, arguments) in &english {
            assert_eq!(
                &theirs[key], arguments,
                "{language}: `{key}` takes other arguments than in English"
            );
        }
    }
}

/// A site ships each catalogue without its translators' notes, and with every message as it is.
#[test]
fn the_shipped_catalogue_is_the_same_messages_without_the_notes() {
    use fluent_syntax::ast::Entry;
    fn messages(text: &str) -> Vec<Entry<&str>> {
        let resource = fluent_syntax::parser::parse(text).expect("the catalogue reads");
        resource
            .body
            .into_iter()
            .filter(|entry| matches!(entry, Entry::Message(_) | Entry::Term(_)))
            .map(|entry| match entry {
                // A message's own comment is a note too.
                Entry::Message(mut m) => {
                    m.comment = None;
                    Entry::Message(m)
                }
                other => other,
            })
            .collect()
    }
    for (language, _) in LANGUAGES {
        let full = built_in_text(language).unwrap();
        let shipped = shipped_text(language).unwrap();
        assert!(
            !shipped.lines().any(|line| line.starts_with('#')),
            "{language}: a note is shipped"
        );
        assert!(
            shipped.len() < full.len(),
            "{language}: nothing was left out"
        );
        assert_eq!(messages(&shipped), messages(&full), "{language}");
    }
}

/// Every `t!("key")` in the app's sources names a sentence of the English catalogue, and every
/// sentence is asked for somewhere.
#[test]
fn the_code_asks_only_for_sentences_the_catalogue_has_and_every_sentence_is_used() {
    let english = keys_and_arguments(&built_in_text("en").unwrap());
    let mut used = BTreeSet::new();
    let mut files = Vec::new();
    collect(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    // The macro's own module names keys only in its documentation.
    files.retain(|f| !f.ends_with("words/catalogue.rs"));
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (i, _) in text.match_indices("t!(") {
            // `t!(`, not the end of `format!(`.
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = text[i + 3..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            let key = &rest[..rest.find('"').unwrap()];
            assert!(
                english.contains_key(key),
                "{}: asks for `{key}`, which the English catalogue lacks",
                file.display()
            );
            used.insert(key.to_string());
        }
    }
    let unused: Vec<&String> = english.keys().filter(|k| !used.contains(*k)).collect();
    assert!(unused.is_empty(), "sentences no code asks for: {unused:?}");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn counts_choose_each_languages_plural_form() {
    let read = |language: &str| in_language(language, || [1u64, 2, 5, 21].map(months));
    assert_eq!(read("en"), ["1 month", "2 months", "5 months", "21 months"]);
    assert_eq!(read("de"), ["1 Monat", "2 Monate", "5 Monate", "21 Monate"]);
    // Croatian has three forms: one (1, 21), few (2–4) and other (5–20).
    assert_eq!(
        read("hr"),
        ["1 mjesec", "2 mjeseca", "5 mjeseci", "21 mjesec"]
    );
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let day = NaiveDate::from_ymd_opt(2027, 3, 22).unwrap();
    assert_eq!(in_language("en", || date(day)), "22 Mar 2027");
    assert_eq!(in_language("de", || date(day)), "22. März 2027");
    assert_eq!(in_language("hr", || date(day)), "22. ožujka 2027.");
    assert_eq!(in_language("hr", || month_name(3)), "ožujak");
}

#[test]
fn a_company_replaces_a_sentence_by_key_and_the_check_refuses_what_does_not_fit() {
    let wording = BTreeMap::from([(
        "months".to_string(),
        "{ $count ->\n    [one] one month\n   *[other] { $count } months in all\n}".to_string(),
    )]);
    assert_eq!(check_wording(&wording), vec![]);
    let english = built_in_text("en").unwrap();
    let words = Rc::new(Catalogue::new("en", &english, &wording).unwrap());
    assert_eq!(
        speaking(words, || (months(1u8), months(4u8))),
        ("one month".to_string(), "4 months in all".to_string())
    );

    let wrong = BTreeMap::from([
        ("no-such-sentence".to_string(), "Hello".to_string()),
        (
            "header-asess".to_string(),
            "Check your readiness".to_string(),
        ),
        ("months".to_string(), "{ $total } months".to_string()),
        ("month-name".to_string(), "{ $month".to_string()),
    ]);
    let problems = check_wording(&wrong);
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems.contains(&WordingError::UnknownKey {
        key: "no-such-sentence".into(),
        nearest: None,
    }));
    // A key a letter away is named, so the company sees its typo.
    let typo = WordingError::UnknownKey {
        key: "header-asess".into(),
        nearest: Some("header-assess".into()),
    };
    assert!(problems.contains(&typo));
    assert_eq!(
        typo.to_string(),
        "$.wording.header-asess: Ladder has no sentence with this key; did you mean `header-assess`?"
    );
    assert!(problems.contains(&WordingError::Arguments {
        key: "months".into(),
        unknown: vec!["total".into()],
        missing: vec!["count".into()],
    }));
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        said.iter()
            .any(|s| s.starts_with("$.wording.month-name: Fluent cannot read this sentence")),
        "{said:?}"
    );
    assert!(
        said.iter().any(|s| s == "$.wording.months: the sentence it replaces has no { $total }; it leaves out { $count }, which the sentence it replaces gives"),
        "{said:?}"
    );
}

#[test]
fn the_pseudo_locale_transforms_every_sentence_visibly_and_keeps_the_arguments() {
    let pseudo = Rc::new(built_in(PSEUDO).unwrap());
    assert_eq!(pseudo.language(), PSEUDO);
    let said = speaking(pseudo, || months(3u8));
    assert!(said.starts_with('⟦') && said.ends_with('⟧'), "{said}");
    assert!(said.contains('3'), "the number is kept: {said}");
    assert!(
        !said.contains("months"),
        "the words are transformed: {said}"
    );
    assert!(
        said.chars().count() as f64 >= "3 months".len() as f64 * 1.3,
        "{said}"
    );
    assert!(catalogue::speaks(PSEUDO) && !catalogue::speaks("fr"));
}
