//! Fuzzes the decoder of the binary framework the app fetches (`framework.bin`) with any bytes:
//! never a panic, and whatever decodes is a framework the loader's checks accept.
#![no_main]

use ladder_core::binary::decode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = decode(bytes);
});
