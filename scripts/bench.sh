#!/usr/bin/env bash
# Builds the site (scripts/build.sh), the static floors and a site with a framework ten times
# the default, then prints the benchmark figures: bytes on the wire and ready time per view
# against its floor, the scale figure, and timings inside the app. RUNS=N sets the pairs (21).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash scripts/build.sh
node bench/prepare.mjs dist bench/out/floor bench/out/big
cargo run --quiet --features site --bin ladder-site -- build bench/out/big bench/out/big/framework-source.json
node bench/run.mjs dist bench/out/floor bench/out/big
