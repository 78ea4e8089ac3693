#!/usr/bin/env bash
# Sets the machine up (idempotent), builds the site (scripts/build.sh) and serves it on
# http://127.0.0.1:8080 until you press Ctrl+C.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
bash "$(dirname "${BASH_SOURCE[0]}")/build.sh"
echo "Ladder: http://127.0.0.1:${PORT:-8080}/"
exec python3 -m http.server "${PORT:-8080}" --bind 127.0.0.1 --directory "$(dirname "${BASH_SOURCE[0]}")/../dist"
