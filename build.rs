//! Validates `framework.json` at build time with the core's loader, so a broken framework
//! stops the build with the same messages a test would give, then writes the checked file in
//! the compact form the app embeds.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=framework.json");
    let json = std::fs::read_to_string("framework.json").expect("framework.json is readable");
    let checked = ladder_core::load::parse(&json)
        .and_then(|file| ladder_core::load::convert(file.clone()).map(|_| file));
    let file = match checked {
        Ok(file) => file,
        Err(error) => {
            for line in error.to_string().lines() {
                println!("cargo::error=framework.json: {line}");
            }
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(
        out.join("framework.bin"),
        ladder_core::binary::encode(&file),
    )
    .expect("OUT_DIR is writable");
}
