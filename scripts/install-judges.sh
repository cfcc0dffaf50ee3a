#!/usr/bin/env bash
# Installs the real OpenClaw Gateways the judge tests run (npm run test:judges), outside the
# project's dependencies: Node 24 (npm package node@24, which today's Gateway needs) and one
# openclaw release per generation, each in its own folder of a cache directory.
#   OPENCLAW_JUDGES_DIR   where (default ~/.cache/openclaw-judges)
# A folder whose marker names the same packages is kept as it is: a second run costs nothing.
set -euo pipefail
dir="${OPENCLAW_JUDGES_DIR:-$HOME/.cache/openclaw-judges}"
mkdir -p "$dir"

install_into() {
  local name="$1"
  shift
  local target="$dir/$name"
  if [ -f "$target/.installed" ] && [ "$(cat "$target/.installed")" = "$*" ]; then
    return 0
  fi
  echo "judges: installing $* into $target"
  rm -rf "$target"
  mkdir -p "$target"
  printf '{ "name": "openclaw-judge-%s", "private": true }\n' "$name" >"$target/package.json"
  # Node 24 first on PATH: the packages' install scripts run with the Node they are for.
  (cd "$target" && PATH="$dir/node24/node_modules/.bin:$PATH" timeout 900 npm install --no-audit --no-fund --loglevel=error "$@" >/dev/null)
  echo "$*" >"$target/.installed"
}

install_into node24 node@24
"$dir/node24/node_modules/.bin/node" --version >/dev/null
install_into gateway-2026.4.24 openclaw@2026.4.24
# Today's Gateway ships Qwen as an external plugin: the judges install it from this local copy.
install_into gateway-2026.9.6 openclaw@2026.9.6 @openclaw/qwen-provider@2026.9.4

# The 2026.4 Gateway installs its bundled plugins' runtime dependencies with npm on its first run;
# they are staged once here (OPENCLAW_PLUGIN_STAGE_DIR, which the judge tests set too).
stage="$dir/stage-2026.4.24"
if [ ! -f "$stage/.ready" ]; then
  echo "judges: staging the 2026.4.24 plugin runtime dependencies"
  warm="$(mktemp -d)"
  (cd "$warm" && HOME="$warm" OPENCLAW_PLUGIN_STAGE_DIR="$stage" npm_config_cache="$dir/npm-cache" PATH="$dir/node24/node_modules/.bin:$PATH" \
    timeout 900 node "$dir/gateway-2026.4.24/node_modules/openclaw/openclaw.mjs" onboard --non-interactive --accept-risk --auth-choice skip \
    --skip-channels --skip-daemon --skip-health --skip-search --skip-skills --skip-ui >/dev/null)
  rm -rf "$warm"
  touch "$stage/.ready"
fi
echo "judges: ready in $dir"
