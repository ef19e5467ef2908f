#!/usr/bin/env bash
# Installs what plandiff needs on a fresh Debian machine that has only Node 20 and npm:
# pnpm 12.4.2 (exact; see TOOLCHAIN notes in README), the workspace's packages, and, when asked with
# --browser, Debian's Chromium and CJK fonts for the viewer's browser tests (never a downloaded browser).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "12.4.2" ]; then
  echo "› installing pnpm 12.4.2"
  npm install -g pnpm@12.4.2 >/dev/null
fi

echo "› installing packages (pnpm install --frozen-lockfile)"
pnpm install --frozen-lockfile --reporter=append-only >/dev/null

if [ "${1:-}" = "--browser" ]; then
  # fc-list's output is read whole first: with pipefail, `fc-list | grep -q` fails whenever grep stops early and
  # fc-list dies of SIGPIPE, which sent installed machines to apt-get (and into apt's lock when two runs overlap).
  fonts="$(fc-list 2>/dev/null || true)"
  if [ ! -x /usr/bin/chromium ] || ! grep -q "Noto Sans CJK" <<<"$fonts"; then
    echo "› installing Debian's chromium and fonts-noto-cjk (browser tests)"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
fi
