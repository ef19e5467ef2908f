#!/usr/bin/env bash
# README's first command: installs what is needed, builds the viewer, and serves the app and the API on the
# bundled fixtures at http://127.0.0.1:8787 (PORT and HOST override).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/ensure-tools.sh
echo "› building the viewer"
pnpm --reporter=silent --filter @plandiff/web build >/dev/null
exec pnpm --reporter=silent --filter @plandiff/api start
