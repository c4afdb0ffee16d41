#!/usr/bin/env bash
# Installs what the end-to-end test needs: Debian's chromium + build deps, and code-server 4.100.3 from npm.
# Idempotent; needs root (apt). Adapted from ../shared/clients/setup_vscode_harness.sh (see its README for why
# each workaround exists). Usage: setup.sh [prefix]   (default $E2E_PREFIX or ~/.cache/editorial-lint-e2e)
set -euo pipefail
P=${1:-${E2E_PREFIX:-$HOME/.cache/editorial-lint-e2e}}
CODE_SERVER_VERSION=4.100.3   # newest code-server that runs on Node 20 (VS Code 1.100)
export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in chromium fonts-dejavu-core ripgrep libkrb5-dev pkg-config build-essential python3 iproute2; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

export npm_config_nodedir=/usr        # node-gyp: build against distro headers, never download them
export npm_config_unsafe_perm=true    # code-server's postinstall refuses root without it
export npm_config_yes=true            # node-pty's postinstall runs npx, which must not prompt
# @vscode/ripgrep's postinstall downloads rg; pre-seed its cache with Debian's rg (version pinned by code-server)
RGC="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RGT="$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RGT" ]; then
  mkdir -p "$RGC"; d=$(mktemp -d); cp /usr/bin/rg "$d/rg"; tar czf "$RGT" -C "$d" rg; rm -rf "$d"
fi

mkdir -p "$P/cs"
if [ ! -x "$P/cs/node_modules/.bin/code-server" ]; then
  cd "$P/cs"
  [ -f package.json ] || npm init -y >/dev/null
  npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
fi
"$P/cs/node_modules/.bin/code-server" --version | head -1
