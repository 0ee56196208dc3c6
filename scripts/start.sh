#!/usr/bin/env bash
# Serves the page (dist/, made by scripts/build.sh) on localhost and prints the URL.
# Port: $PORT, or a free one.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/serve.mjs dist
