//! Fuzzes the workbook reader with any bytes, as an `.xlsx` and as an `.ods`: never a panic;
//! what it reads is JSON the one loader takes in hand, and every mistake is a sentence.
#![no_main]

use ladder::site::sheet::{workbook_to_json, Workbook};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
