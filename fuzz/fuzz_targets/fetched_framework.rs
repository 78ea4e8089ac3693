//! Fuzzes the decoders of the binary framework the app fetches (`framework.bin`, the outline,
//! and `framework-details.bin`) with any bytes: never a panic. The input is read as the
//! outline alone, and as an outline and details split at a point the first byte chooses.
#![no_main]

use ladder_core::binary::{decode, decode_outline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = decode_outline(bytes);
    if let Some((&at, rest)) = bytes.split_first() {
        let (outline, details) = rest.split_at(usize::from(at).min(rest.len()));
        let _ = decode(outline, details);
    }
});
