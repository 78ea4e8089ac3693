//! Fuzzes the kept-snapshots decoder with any text local storage can hold: never a panic, and
//! whatever it reads encodes and decodes to the same snapshots.
#![no_main]

use ladder_core::history::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(snapshots) = decode(text) {
        assert_eq!(decode(&encode(&snapshots)), Ok(snapshots));
    }
});
