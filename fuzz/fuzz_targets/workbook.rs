//! Fuzzes the workbook reader with any bytes, as an `.xlsx` and as an `.ods`: never a panic;
//! what it reads is JSON the one loader takes in hand, and every mistake is a sentence.
#![no_main]

use ladder::site::sheet::{quiet_calamine_panics, workbook_to_json, Workbook};
use libfuzzer_sys::fuzz_target;
use std::sync::Once;

static QUIET: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    // A panic inside calamine is caught by the reader and told as an unreadable workbook (in
    // the build with overflow checks, a cell reference of many letters overflows there); any
    // other panic still stops the run.
    QUIET.call_once(quiet_calamine_panics);
    for kind in [Workbook::Xlsx, Workbook::Ods] {
        match workbook_to_json(data, kind) {
            Ok(json) => {
                let _ = ladder_core::load(&json);
            }
            Err(errors) => {
                assert!(!errors.is_empty());
                for error in errors {
                    let _ = error.to_string();
                }
            }
        }
    }
});
