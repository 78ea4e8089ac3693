//! Fuzzes the words a page fetches (`words.ftl`) and a company's replacement of a sentence:
//! any text must give a catalogue or a message saying where it does not read, never a panic,
//! and every sentence of a catalogue that reads must format with any arguments.
#![no_main]

use ladder::words::catalogue::{check_wording, keys_and_arguments, Arg, Catalogue};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;

/// Two of Ladder's sentences, one of them the one a company rewords.
const BASE: &str = "months = { $count ->\n    [one] { $count } month\n   *[other] { $count } months\n}\nweeks = { $count } weeks\n";

/// Formats every sentence of `text` in `catalogue`, each argument given as a number and as text.
fn say_everything(catalogue: &Catalogue, text: &str) {
    for (key, arguments) in keys_and_arguments(text) {
        for value in [
            Arg::Number(21.0),
            Arg::Number(-0.5),
            Arg::Text("IC04".into()),
        ] {
            let args: Vec<(&str, Arg)> = arguments
                .iter()
                .map(|name| (name.as_str(), value.clone()))
                .collect();
            catalogue.message(&key, &args);
        }
    }
}

fuzz_target!(|text: &str| {
    // As the page's own words, in a language with three plural forms.
    if let Ok(catalogue) = Catalogue::new("hr", text, &BTreeMap::new()) {
        say_everything(&catalogue, text);
    }
    // As a company's wording of one sentence: checked, then laid over Ladder's.
    let wording = BTreeMap::from([("months".to_string(), text.to_string())]);
    let _ = check_wording(&wording);
    // A replacement never stops the catalogue under it from reading (a small one, for speed).
    let catalogue = Catalogue::new("en", BASE, &wording).expect("the base catalogue reads");
    catalogue.message("months", &[("count", Arg::Number(2.0))]);
    catalogue.message("weeks", &[("count", Arg::Number(1.0))]);
});
