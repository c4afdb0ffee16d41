#!/usr/bin/env bash
# VS Code extension: npm ci, type check, esbuild bundle, and the unit tests (Node test runner) of the extension's
# own logic (server path resolution, settings mapping, status text, workspace lint bookkeeping).
set -uo pipefail
EXT=$(cd "$(dirname "$0")/../../vscode-extension" && pwd)
if ! command -v npm >/dev/null; then
  echo "SKIPPED: vscode-extension unit tests need Node.js and npm, which are not installed" >&2
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
cd "$EXT"
mkdir -p out-test
passed=0 failed=0
step() {  # step NAME COMMAND...: one pass/fail each, output in out-test/NAME.log
  local name=$1; shift
  if "$@" >"out-test/$name.log" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name (out-test/$name.log):"; tail -20 "out-test/$name.log"; fi
}
step npm-ci npm ci --no-audit --no-fund --loglevel=error
step typecheck npm run typecheck
step bundle npm run build
npm test >out-test/unit.log 2>&1
rc=$?
grep -E '^not ok' out-test/unit.log || true
p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' out-test/unit.log | tail -1)
f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' out-test/unit.log | tail -1)
if [ -z "$p" ]; then echo "FAIL unit tests did not run (out-test/unit.log):"; tail -20 out-test/unit.log; failed=$((failed + 1))
else passed=$((passed + p)); failed=$((failed + ${f:-0})); [ $rc -ne 0 ] && [ "${f:-0}" = 0 ] && failed=$((failed + 1)); fi
echo "vscode-extension unit: ${p:-0} unit tests passed, ${f:-0} failed (plus npm ci, typecheck, bundle)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
