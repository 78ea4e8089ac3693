//! Fuzzes the revision logic that keeps tabs from writing over newer answers: any stored text
//! yields a revision without a panic, and `check_write` only ever allows a write over exactly
//! what the tab last saw, under a revision that differs from every one stored before.
#![no_main]

use ladder_core::storage::{check_write, decode, encode_saved, revision, WriteCheck};
use ladder_fuzz::framework;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str, &str)| {
    let (seen_text, stored_text, writer) = input;
    let seen = revision(seen_text);
    let stored = revision(stored_text);
    for (s, t) in [
        (None, None),
        (Some(&seen), Some(&stored)),
        (Some(&seen), None),
        (None, Some(&stored)),
    ] {
        match check_write(s, t, writer) {
            WriteCheck::Write(next) => {
                assert_eq!(s, t, "a write only over what the tab saw");
                assert_eq!(next.writer(), writer);
                assert!(t.is_none_or(|t| next.count() > t.count() || next.count() == u64::MAX));
                assert!(t != Some(&next) || next.count() == u64::MAX);
            }
            WriteCheck::Stale => {}
        }
    }
    // Whatever a stored text decodes to keeps its revision when written back under it.
    if let Ok(restored) = decode(framework(), stored_text) {
        let again = encode_saved(&restored.assessment, &restored.revision);
        if restored.revision.writer().is_empty() {
            return;
        }
        let back = decode(framework(), &again).expect("own output decodes");
        assert_eq!(back.revision, restored.revision);
        assert_eq!(back.assessment, restored.assessment);
        assert_eq!(revision(&again), restored.revision);
    }
});
