//! Fuzzes the link decoders (a shared assessment, a role's expectations) with any text a link can
//! carry: never a panic, and whatever opens encodes and opens again to the same content.
#![no_main]

use ladder_core::share::{decode, decode_role, encode, encode_role};
use ladder_fuzz::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|link: &str| {
    if let Ok(shared) = decode(framework(), link) {
        // Bounded: never more entries than the framework's statements and the margin, each
        // echoed as at most 40 characters and "…".
        let statements: usize = framework()
            .levels()
            .flat_map(|l| l.expectations.iter())
            .map(|e| e.statements.len())
            .sum();
        assert!(shared.no_longer_apply.len() <= statements + ladder_core::share::ANSWER_MARGIN);
        assert!(shared
            .no_longer_apply
            .iter()
            .all(|id| id.chars().count() <= 41));
        let again = decode(framework(), &encode(&shared.assessment, shared.made_on))
            .expect("own output opens");
        assert_eq!(again.assessment, shared.assessment);
    }
    if let Ok(role) = decode_role(framework(), link) {
        let marked: std::collections::BTreeSet<_> = role.marked.iter().collect();
        assert_eq!(marked.len(), role.marked.len(), "no dimension twice");
        assert_eq!(decode_role(framework(), &encode_role(&role)), Ok(role));
    }
});
