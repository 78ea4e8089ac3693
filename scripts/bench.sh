#!/usr/bin/env bash
# Builds the site (scripts/build.sh), the static floors and a site with a framework ten times
# the default, then prints the benchmark figures: the published site's files, bytes and build
# time for both frameworks, bytes on the wire and ready time per view against its floor, the
# scale figure, and timings inside the app. RUNS=N sets the pairs (21).
# `scripts/bench.sh site` prints the site's size and build time alone (building dist/ first
# only when it has no app), SITE_RUNS=N the builds per framework (3).
# `scripts/bench.sh first` builds the site and prints the app's WebAssembly by part and the
# self-assessment's first view alone (at full speed and with the CPU slowed four times).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
site_size() {
  cargo build --quiet --features site --bin ladder-site
  node bench/site-size.mjs dist bench/out/site target/debug/ladder-site
}
if [ "${1:-}" = site ]; then
  [ -f dist/app.html ] || bash scripts/build.sh
  site_size
  exit 0
fi
# The wasm by part, from the named wasm trunk hands to wasm-opt (see bench/wasm-parts.mjs).
wasm_parts() {
  node bench/wasm-parts.mjs target/wasm-bindgen/release/ladder_bg.wasm dist/*_bg.wasm
}
# The default framework published in each language Ladder speaks, for the first view's bytes.
language_sites() {
  LANGUAGE_SITES="en=dist"
  for language in de hr; do
    local dir="bench/out/lang-$language"
    rm -rf "$dir" && mkdir -p "$dir"
    cp dist/app.html dist/people.html dist/*.js dist/*.wasm dist/*.css dist/*.svg "$dir/"
    node -e 'const f = JSON.parse(require("fs").readFileSync("framework.json", "utf8")); f.language = process.argv[1]; require("fs").writeFileSync(process.argv[2], JSON.stringify(f));' "$language" "$dir.json"
    cargo run --quiet --features site --bin ladder-site -- build "$dir" "$dir.json" >/dev/null
    LANGUAGE_SITES="$LANGUAGE_SITES $language=$dir"
  done
  export LANGUAGE_SITES
}
if [ "${1:-}" = first ]; then
  bash scripts/build.sh
  wasm_parts
  language_sites
  node bench/prepare.mjs dist bench/out/floor bench/out/big
  ONLY=first node bench/run.mjs dist bench/out/floor bench/out/big
  exit 0
fi
bash scripts/build.sh
site_size
wasm_parts
language_sites
node bench/prepare.mjs dist bench/out/floor bench/out/big
cargo run --quiet --features site --bin ladder-site -- build bench/out/big bench/out/big/framework-source.json
node bench/run.mjs dist bench/out/floor bench/out/big
