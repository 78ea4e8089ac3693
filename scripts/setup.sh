#!/usr/bin/env bash
# Installs everything Ladder needs on a fresh Debian machine with rustup, Node 20 and npm:
# the wasm32 target, trunk, the wasm-bindgen CLI matching Cargo.lock, cargo-fuzz, Chromium,
# chromedriver and the DejaVu fonts from Debian, and the npm tools (wasm-opt, playwright-core, axe-core).
# Idempotent: every step checks what is already there and skips it.
# Source it (`. scripts/setup.sh`) to also get the tools on PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Rust: rust-toolchain.toml names the toolchain and the wasm32 target; rustup installs both.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

trunk_version="0.21.14"
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
  say "installing trunk $trunk_version (several minutes, once)"
  # LTO off and more codegen units roughly halve the build time of trunk itself.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked "trunk@$trunk_version"
fi

# The CLI must match the wasm-bindgen crate exactly, or trunk tries to download one.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
wbg_version="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version (a few minutes, once)"
  # Not --locked: its lock file pins a crate version the registry no longer serves.
  cargo install --force wasm-bindgen-cli --version "$wbg_version"
fi

if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "0.13.2" ]; then
  say "installing cargo-fuzz 0.13.2 (a few minutes, once)"
  cargo install --locked cargo-fuzz@0.13.2
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Chromium and chromedriver from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The logo rewrite draws a logo's text as outlines with the machine's fonts (usvg reads them
# through fontconfig); DejaVu is what the tests expect to find.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  say "installing the DejaVu fonts from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-dejavu-core fontconfig >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(wasm-opt --version | awk '{print $1, $3}'), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
