//! Fuzzes the framework loader and the check's warnings with any bytes an author's file can
//! hold: never a panic; a file it accepts can be scored and dated like the real one.
#![no_main]

use ladder_core::{load, score, Assessment, NaiveDate, YearMonth};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    // The check's warnings read any text too, and name no more than a path each.
    for warning in ladder_core::load::warnings(json) {
        let _ = warning.to_string();
    }
    let Ok(framework) = load(json) else {
        return;
    };
    // Exercise the pure core on whatever loaded, as the app would.
    let since = YearMonth::new(2020, 1).expect("a valid month");
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a valid date");
    let assessment = Assessment::new(&framework, since);
    if let Some(report) = score(&framework, &assessment) {
        let _ = ladder_core::project(&framework, &assessment, &report, today);
    }
    for from in framework.levels() {
        for to in framework.levels() {
            let _ = ladder_core::compare(&framework, from, to);
        }
    }
});
