#!/usr/bin/env bash
# Builds the whole site into dist/ (assumes setup.sh has run): the app with trunk, then the
# published pages with `ladder-site`, from the framework files named in LADDER_FRAMEWORK
# (comma-separated; framework.json when unset). LADDER_EMBED_ORIGINS (space-separated) limits
# which careers pages may size an embedded frame; unset, any may.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
IFS=',' read -r -a frameworks <<< "${LADDER_FRAMEWORK:-framework.json}"
origins=()
for origin in ${LADDER_EMBED_ORIGINS:-}; do origins+=(--embed-origin "$origin"); done
# Check first: a broken file stops here with every problem listed, before the slow build.
cargo run --quiet --features site --bin ladder-site -- check "${frameworks[@]}"
trunk build --release --offline
cargo run --quiet --features site --bin ladder-site -- build dist "${origins[@]}" "${frameworks[@]}"
