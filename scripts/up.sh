#!/usr/bin/env bash
# README's first command: installs what is needed, builds the viewer, and serves the app and the API on the
# bundled fixtures at http://127.0.0.1:8787 (PORT and HOST override).
# Every layer execs the next (npm → this script → node), so SIGTERM/SIGINT sent to the process `npm start`
# started reach the server itself, which closes gracefully. PLANDIFF_SKIP_BUILD=1 skips the install and the
# viewer build (tests, or a second start).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
if [ "${PLANDIFF_SKIP_BUILD:-}" != "1" ]; then
  bash scripts/ensure-tools.sh
  echo "› building the viewer"
  pnpm --reporter=silent --filter @plandiff/web build >/dev/null
fi
cd apps/api
# node itself, with tsx's loader for the TypeScript sources (no pnpm or tsx CLI process in between)
exec node --import tsx src/server.ts
