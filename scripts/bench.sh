#!/usr/bin/env bash
# Start-up latency of the read-only paths, measured with hyperfine (Debian
# package `hyperfine`) against a bare `node` start, in a throwaway HOME with a
# Coding Plan setup. Usage: npm run bench [-- extra hyperfine flags]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }
[ -f dist/main.js ] || npm run build

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home NO_COLOR=1 DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-bus"
QWEN_API_KEY=sk-bench0123456789abcdefWXYZ node bin/openclaw.js onboard --non-interactive --auth-choice qwen-api-key --secret-store file >/dev/null

hyperfine --shell=none --warmup 3 --runs "${BENCH_RUNS:-20}" "$@" \
  -n 'node (bare start)' 'node -e 0' \
  -n 'openclaw --help' 'node bin/openclaw.js --help' \
  -n 'openclaw models list' 'node bin/openclaw.js models list' \
  -n 'openclaw models status --json' 'node bin/openclaw.js models status --json' \
  -n 'openclaw __complete chat-model' 'node bin/openclaw.js __complete chat-model'
