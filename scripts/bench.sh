#!/usr/bin/env bash
# Builds the release app and a static HTML floor of the same landing content, then prints the
# benchmark figures (sizes raw and gzipped; cold-load medians and the ratio to the floor).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release --offline
rm -rf bench/out/floor && mkdir -p bench/out/floor
cp dist/style-*.css bench/out/floor/
cargo run --quiet --example static_landing -- dist bench/out/floor/index.html
node bench/run.mjs dist bench/out/floor
