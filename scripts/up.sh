#!/usr/bin/env bash
# README's first command: installs what is needed, builds the packages, the API and the viewer, and serves the app
# and the API on the bundled fixtures at http://127.0.0.1:8787 (PORT and HOST override).
# The server is plain Node on compiled JavaScript (apps/api/dist, no TypeScript loader), and this script execs it:
# `npm start` runs `exec bash scripts/up.sh` (package.json): npm → sh → this bash → node, each replaced by the next,
# so the SIGINT/SIGTERM that npm forwards reach the server itself.
set -euo pipefail
cd "$(dirname "$0")/.."
# PLANDIFF_SKIP_BUILD=1 skips the install and the build (tests, or a second start): dist/ must be built already.
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
if [ "${PLANDIFF_SKIP_BUILD:-}" != "1" ]; then
  bash scripts/ensure-tools.sh
  echo "› building the packages, the API and the viewer"
  pnpm exec turbo run build --filter=@plandiff/api --filter=@plandiff/web --output-logs=errors-only >/dev/null
fi
exec node apps/api/dist/server.js
