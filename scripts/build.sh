#!/usr/bin/env bash
# Builds the whole site into dist/ once setup.sh has installed the tools (it says which is
# missing, and how to install it, if one is): the app with trunk, then the
# published pages with `ladder-site`, from the framework files named in LADDER_FRAMEWORK
# (comma-separated; framework.json when unset). LADDER_EMBED_ORIGINS (space-separated) limits
# which careers pages may size an embedded frame; unset, any may.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The tools setup.sh installs, found where it puts them, so a fresh shell needs nothing sourced.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
wbg_version="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"
missing() { echo "build: $1 is not installed; run: bash scripts/setup.sh" >&2; exit 1; }
command -v cargo >/dev/null || missing "cargo (Rust, through rustup)"
command -v trunk >/dev/null || missing "trunk"
[ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$wbg_version" ] \
  || missing "wasm-bindgen $wbg_version (the CLI matching Cargo.lock)"
command -v wasm-opt >/dev/null || missing "wasm-opt (npm package binaryen)"
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || missing "the wasm32-unknown-unknown Rust target"
IFS=',' read -r -a frameworks <<< "${LADDER_FRAMEWORK:-framework.json}"
origins=()
for origin in ${LADDER_EMBED_ORIGINS:-}; do origins+=(--embed-origin "$origin"); done
# Check first: a broken file stops here with every problem listed, before the slow build.
cargo run --quiet --features site --bin ladder-site -- check "${frameworks[@]}"
# Two pages, each its own wasm: the page between people first, into a folder of its own (trunk
# replaces its dist folder on every build), then the self-assessment's, then the first is added.
trunk build people.html --release --offline --html-output people.html --dist target/dist-people
trunk build --release --offline
cp target/dist-people/people.html target/dist-people/ladder-people-*.js \
  target/dist-people/ladder-people-*_bg.wasm target/dist-people/boot-*.js dist/
cargo run --quiet --features site --bin ladder-site -- build dist "${origins[@]}" "${frameworks[@]}"
