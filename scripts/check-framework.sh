#!/usr/bin/env bash
# Checks framework files without building anything: prints every problem with where it is
# (JSON path, or line and column for a syntax error) and exits non-zero if there is one.
# Usage: scripts/check-framework.sh my-framework.json [more.json...]
set -euo pipefail
manifest="$(dirname "${BASH_SOURCE[0]}")/../Cargo.toml"
exec cargo run --quiet --manifest-path "$manifest" --features site --bin ladder-site -- check "$@"
