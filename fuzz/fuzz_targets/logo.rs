//! Fuzzes the logo rewrite with any bytes under each name a logo can have: it must never panic,
//! and whatever it publishes as SVG must hold nothing that runs or reaches elsewhere.
#![no_main]

use ladder::site::logo::{publish_logo, system_fonts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let fonts = system_fonts();
    for name in ["logo.svg", "logo.png", "logo.webp"] {
        let Ok(logo) = publish_logo(name, data, &fonts) else {
            continue;
        };
        if name == "logo.svg" {
            let text = String::from_utf8_lossy(&logo.bytes).to_ascii_lowercase();
            for banned in ["<script", "foreignobject", "javascript:", "<a ", "<a>"] {
                assert!(!text.contains(banned), "{banned} in {text}");
            }
            // Every reference is to this file or to an embedded image.
            for (at, _) in text.match_indices("href=\"") {
                let target = &text[at + 6..];
                assert!(
                    target.starts_with('#') || target.starts_with("data:image/"),
                    "{text}"
                );
            }
            // No attribute is an event handler.
            for (at, _) in text.match_indices(" on") {
                let name: String = text[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                assert!(
                    !text[at + 1 + name.len()..].starts_with('='),
                    "{name} in {text}"
                );
            }
        }
    }
});
