//! Fuzzes the address parser with any fragment a link can carry: it must never panic, and any
//! route it yields must survive its own address (when that address is not too long to read:
//! escaping can make a code up to three times longer).
#![no_main]

use ladder::route::{Route, MAX_FRAGMENT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|fragment: &str| {
    let route = Route::parse(fragment);
    // The address Ladder writes for a route reads back as the same route.
    let href = route.fragment();
    if href.len() <= MAX_FRAGMENT {
        assert_eq!(Route::parse(&href), route);
    }
});
