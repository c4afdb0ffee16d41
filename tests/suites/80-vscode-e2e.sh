#!/usr/bin/env bash
# VS Code extension end to end: builds the .vsix (publishing the language server into it), installs it into
# code-server 4.100.3 (VS Code 1.100) and drives it with headless Chromium: open the seed draft, see the
# "towardsa" squiggle and Problems entry, apply the quick fix, check the saved text reads "towards a".
# Installs chromium (apt) and code-server (npm) when root; skips loudly when it cannot.
# Artifacts (screenshots, result.json, logs): vscode-extension/out-test/e2e/.
# Also checked: the hover, the status bar date (2026-02-04), the seed's three problems at minSeverity warning,
# "Lint Workspace" on an unopened file, and the notification when no .NET 10 runtime is found.
# Dev override: E2E_SERVER_PATH=/path/to/server runs that server instead of publishing ours (EXPECT adjusts the
# Problems text to wait for; EXPECT_STATUS the status bar regex).
set -uo pipefail
EXT=$(cd "$(dirname "$0")/../../vscode-extension" && pwd)
OUT="$EXT/out-test/e2e"
SEED="$EXT/../seeds/000_ba0252e7096ca9a6.txt"
export E2E_PREFIX=${E2E_PREFIX:-$HOME/.cache/editorial-lint-e2e}
start=$(date +%s)

skip() {
  echo "==================================================================" >&2
  echo "SKIPPED: VS Code end-to-end test: $*" >&2
  echo "==================================================================" >&2
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
}
fail() { echo "FAIL: $*"; echo "0 passed, 1 failed"; exit 1; }

have_tools() { [ -x "$E2E_PREFIX/cs/node_modules/.bin/code-server" ] && [ -x /usr/bin/chromium ]; }
if ! have_tools; then
  [ "$(id -u)" = 0 ] || skip "not root, so chromium and code-server cannot be installed (run as root, or run vscode-extension/test/e2e/setup.sh once)"
  command -v apt-get >/dev/null || skip "no apt-get to install chromium"
fi
command -v node >/dev/null || skip "Node.js is not installed"
command -v dotnet >/dev/null || [ -n "${E2E_SERVER_PATH:-}" ] || skip "dotnet is not installed (needed to publish the language server)"

mkdir -p "$OUT"
echo "setup: chromium + code-server (log: $OUT/setup.log)"
timeout 900 bash "$EXT/test/e2e/setup.sh" "$E2E_PREFIX" >"$OUT/setup.log" 2>&1 || { tail -30 "$OUT/setup.log"; fail "installing the e2e tools"; }
cd "$EXT"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/@vscode/vsce ]; then
  npm ci --no-audit --no-fund --loglevel=error >"$OUT/npm-ci.log" 2>&1 || { tail -30 "$OUT/npm-ci.log"; fail "npm ci"; }
fi
server_args=()
if [ -n "${E2E_SERVER_PATH:-}" ]; then
  echo "package: client only; server from E2E_SERVER_PATH=$E2E_SERVER_PATH"
  npm run package:client >"$OUT/package.log" 2>&1 || { tail -30 "$OUT/package.log"; fail "npm run package:client"; }
  server_args=(--server-path "$E2E_SERVER_PATH")
else
  echo "package: dotnet publish of the language server + vsce"
  npm run package >"$OUT/package.log" 2>&1 || { tail -30 "$OUT/package.log"; fail "npm run package (publishing the server or packaging the .vsix)"; }
fi
export EXPECT_STATUS=${EXPECT_STATUS-2026-02-04}
# the seed acceptance test: exactly three diagnostics at minSeverity warning (the e2e profile's setting)
[ -n "${E2E_SERVER_PATH:-}" ] || export EXPECT_COUNT=${EXPECT_COUNT-3}
echo "e2e: $(du -h out/editorial-lint.vsix | cut -f1) .vsix, built in $(( $(date +%s) - start )) s"

run=(node test/e2e/run.js --vsix out/editorial-lint.vsix --doc "$SEED" --out "$OUT" "${server_args[@]}")
# a private network namespace with only loopback: nothing can leave the machine
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare --net true 2>/dev/null; then
  unshare --net bash -c 'ip link set lo up && exec "$@"' netns "${run[@]}"
else
  "${run[@]}"
fi
rc=$?
if [ -n "${EDITORIAL_LINT_TEST_RESULTS:-}" ]; then
  mkdir -p "$EDITORIAL_LINT_TEST_RESULTS/vscode-e2e" && cp -r "$OUT"/. "$EDITORIAL_LINT_TEST_RESULTS/vscode-e2e/"
fi
echo "vscode e2e suite took $(( $(date +%s) - start )) s; screenshots in $OUT"
exit $rc
