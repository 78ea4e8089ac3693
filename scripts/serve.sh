#!/usr/bin/env bash
# Sets the machine up (idempotent) and serves the release build of Ladder on
# http://127.0.0.1:8080 until you press Ctrl+C.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec trunk serve --release --offline --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
