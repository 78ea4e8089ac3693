//! Fuzzes "Open a saved assessment" with any text a file can hold: never a panic, and whatever
//! opens saves and opens again to the same assessment.
#![no_main]

use ladder_core::file::{open, save};
use ladder_core::NaiveDate;
use ladder_fuzz::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a valid date");
    if let Ok(opened) = open(framework(), text, day) {
        assert!(opened.saved_on <= day, "never saved after today");
        assert!(opened
            .no_longer_apply
            .iter()
            .all(|id| id.chars().count() <= "note on ".len() + 41));
        let again =
            open(framework(), &save(&opened.assessment, day), day).expect("own output opens");
        assert_eq!(again.assessment, opened.assessment);
    }
});
