//! Fuzzes the saved-answers decoder with any text a tab's storage can hold: never a panic, and
//! whatever it restores encodes and decodes to the same assessment.
#![no_main]

use ladder_core::storage::{decode, encode};
use ladder_core::{load, Framework};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| load(include_str!("../../framework.json")).expect("framework loads"))
}

fuzz_target!(|text: &str| {
    if let Ok(restored) = decode(framework(), text) {
        let again = decode(framework(), &encode(&restored.assessment)).expect("own output decodes");
        assert_eq!(again.assessment, restored.assessment);
    }
});
