#!/usr/bin/env bash
# The whole test suite (README's second command): tools, build, lint, typecheck, every test, plandiff check.
# Ends with the plain line "N passed, N failed" (vitest tests of every package + plandiff check as one).
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
bash scripts/ensure-tools.sh --browser || { echo "0 passed, 1 failed"; exit 1; }

find . -path ./node_modules -prune -o -type d -name .vitest-report -print 2>/dev/null | xargs rm -rf
status=0
pnpm exec turbo run build lint typecheck test --continue --output-logs=errors-only || status=1

echo "› plandiff check"
if pnpm --reporter=silent plandiff check; then check_failed=0; else check_failed=1; status=1; fi

node scripts/test-summary.mjs "$check_failed" || status=1
exit $status
