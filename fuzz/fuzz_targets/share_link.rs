//! Fuzzes the link decoders (a shared assessment, a role's expectations) with any text a link can
//! carry: never a panic, and whatever opens encodes and opens again to the same content.
#![no_main]

use ladder_core::share::{decode, decode_role, encode, encode_role};
use ladder_fuzz::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|link: &str| {
    if let Ok(shared) = decode(framework(), link) {
        let again = decode(framework(), &encode(&shared.assessment, shared.made_on))
            .expect("own output opens");
        assert_eq!(again.assessment, shared.assessment);
    }
    if let Ok(role) = decode_role(framework(), link) {
        assert_eq!(decode_role(framework(), &encode_role(&role)), Ok(role));
    }
});
