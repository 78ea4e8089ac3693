//! Fuzzes the shared-assessment link decoder with any text a link can carry: never a panic, and
//! whatever opens encodes and opens again to the same assessment.
#![no_main]

use ladder_core::share::{decode, encode};
use ladder_fuzz::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|link: &str| {
    if let Ok(shared) = decode(framework(), link) {
        let again = decode(framework(), &encode(&shared.assessment, shared.made_on))
            .expect("own output opens");
        assert_eq!(again.assessment, shared.assessment);
    }
});
