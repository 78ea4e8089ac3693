//! Fuzzes the saved-answers decoder with any text a tab's storage can hold: never a panic, and
//! whatever it restores encodes and decodes to the same assessment.
#![no_main]

use ladder_core::storage::{decode, encode};
use ladder_fuzz::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(restored) = decode(framework(), text) {
        let again = decode(framework(), &encode(&restored.assessment)).expect("own output decodes");
        assert_eq!(again.assessment, restored.assessment);
    }
});
