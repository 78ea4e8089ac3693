//! Fuzzes the decoders of the binary framework the app fetches (`framework.bin`, the outline,
//! and `framework-details.bin`) with any bytes: never a panic. The input is read as the
//! outline alone, and as an outline and details split where its first two bytes say.
#![no_main]

use ladder_core::binary::{decode, decode_outline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = decode_outline(bytes);
    if let [low, high, rest @ ..] = bytes {
        let at = usize::from(u16::from_le_bytes([*low, *high]));
        let (outline, details) = rest.split_at(at.min(rest.len()));
        let _ = decode(outline, details);
    }
});
