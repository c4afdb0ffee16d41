#!/usr/bin/env bash
# Validates `editorial-lint check --format sarif` with Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool
# 5.7.0) against the OASIS SARIF 2.1.0 schema in ../shared/sarif/: every case must give no error (schema, JSONxxxx)
# and no warning (best practices, SARIFxxxx). A control case with a known defect must be caught, so a validator that
# silently checks nothing cannot pass. The Multitool is installed once into a cache folder outside the repository
# ($EDITORIAL_LINT_CACHE, default ~/.cache/editorial-lint). Skips loudly without npm or ../shared/sarif
# ($EDITORIAL_LINT_SHARED overrides where shared/ is, e.g. for a git worktree elsewhere).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SHARED="${EDITORIAL_LINT_SHARED:-$ROOT/../shared}"
SCHEMA="$SHARED/sarif/sarif-schema-2.1.0.json"
CACHE="${EDITORIAL_LINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/editorial-lint}/sarif-multitool"
VERSION=5.7.0
CASES=7

skip() {
  echo "SKIPPED: $1"
  echo "sarif: 0 passed, 0 failed, $CASES skipped"
  exit 0
}

[ -f "$SCHEMA" ] || skip "the SARIF schema $SCHEMA is missing (../shared/sarif/ is not next to the repository; set EDITORIAL_LINT_SHARED to use another copy)"
command -v node > /dev/null || skip "node is not installed, and the SARIF Multitool's npm launcher needs it"
TOOL="$CACHE/node_modules/.bin/sarif-multitool"
tool_version() { "$TOOL" --version 2>&1 | head -n 5; }
if [[ "$(tool_version)" != *"$VERSION"* ]]; then
  command -v npm > /dev/null || skip "npm is not installed, so @microsoft/sarif-multitool@$VERSION cannot be installed"
  mkdir -p "$CACHE"
  echo "installing @microsoft/sarif-multitool@$VERSION into $CACHE"
  if ! npm install --prefix "$CACHE" --no-audit --no-fund --no-save "@microsoft/sarif-multitool@$VERSION" > "$CACHE/install.log" 2>&1; then
    tail -n 5 "$CACHE/install.log"
    skip "npm could not install @microsoft/sarif-multitool@$VERSION (log: $CACHE/install.log)"
  fi
fi
# npm may not run the package's postinstall step (which only marks the binary executable).
for binary in "$CACHE"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
  [ -f "$binary" ] && chmod u+x "$binary"
done
[[ "$(tool_version)" == *"$VERSION"* ]] || skip "the SARIF Multitool in $CACHE does not run on this machine"

CLI_DLL="$ROOT/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll"
# ./test.sh (which sets EDITORIAL_LINT_TEST_RESULTS) has just built Release; run alone, build it here.
if [ -z "${EDITORIAL_LINT_TEST_RESULTS:-}" ] || [ ! -f "$CLI_DLL" ]; then
  dotnet build src/EditorialLint.Cli -c Release > /dev/null 2>&1 || { echo "cannot build the CLI"; echo "sarif: 0 passed, 1 failed"; exit 1; }
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/editorial-lint-sarif.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0

# count LEVEL FILE: how many results of that level the Multitool reported.
count() {
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const results = (log.runs || []).flatMap(r => r.results || []);
    const picked = results.filter(r => (r.level || "warning") === process.argv[2]);
    for (const r of picked) console.error(`    ${process.argv[2]} ${r.ruleId}: ${JSON.stringify(r.message)}`);
    console.log(picked.length);' "$2" "$1"
}

# validate NAME SARIF EXPECT: EXPECT is "clean" (no error, no warning) or "defect" (at least one of them).
validate() {
  local name=$1 sarif=$2 expect=$3 out="$WORK/$1.validation.sarif"
  if ! "$TOOL" validate "$sarif" -j "$SCHEMA" -o "$out" > "$WORK/$name.log" 2>&1 || [ ! -f "$out" ]; then
    echo "FAIL $name: the Multitool did not run (log below)"; sed 's/^/    /' "$WORK/$name.log" | tail -n 10
    failed=$((failed + 1)); return
  fi
  local errors warnings
  errors=$(count error "$out" 2>> "$WORK/$name.details"); warnings=$(count warning "$out" 2>> "$WORK/$name.details")
  if [ "$expect" = clean ] && [ "$errors" -eq 0 ] && [ "$warnings" -eq 0 ]; then
    echo "PASS $name: 0 errors, 0 warnings"; passed=$((passed + 1))
  elif [ "$expect" = defect ] && [ $((errors + warnings)) -gt 0 ]; then
    echo "PASS $name: the validator caught the planted defect ($errors errors, $warnings warnings)"; passed=$((passed + 1))
  else
    echo "FAIL $name: $errors errors, $warnings warnings (expected $expect)"; failed=$((failed + 1))
  fi
  [ -s "$WORK/$name.details" ] && cat "$WORK/$name.details"
}

# lint NAME DIR ARGS...: runs the CLI in DIR and writes $WORK/NAME.sarif.
lint() {
  local name=$1 dir=$2; shift 2
  (cd "$dir" && dotnet "$CLI_DLL" check "$@" --format sarif > "$WORK/$name.sarif" 2> "$WORK/$name.stderr")
  local status=$?
  if [ "$status" -gt 1 ]; then echo "    editorial-lint exited $status: $(head -n 1 "$WORK/$name.stderr")"; fi
}

lint seed "$ROOT" seeds/000_ba0252e7096ca9a6.txt --min-severity hint
validate seed "$WORK/seed.sarif" clean

lint golden-inputs "$ROOT" tests/EditorialLint.Cli.Tests/Golden/inputs --min-severity hint
validate golden-inputs "$WORK/golden-inputs.sarif" clean

mixed="$WORK/mixed"; mkdir -p "$mixed/sous dossier"
printf 'Title\r\n\r\nA roadmap towardsa deal, inthe end.\r\n' > "$mixed/crlf.md"
printf '\xef\xbb\xbfBOM: According to several sources, talks resume.\n' > "$mixed/sous dossier/épreuve #1.md"
printf 'caf\xe9 towardsa\n' > "$mixed/latin1.txt"
printf 'bin\x00ary' > "$mixed/binary.txt"
printf 'Nothing to flag here.\n' > "$mixed/clean.txt"
lint mixed "$mixed" . --min-severity hint
validate mixed "$WORK/mixed.sarif" clean

lint clean "$mixed" clean.txt
validate clean-run "$WORK/clean.sarif" clean

if [ -d "$SHARED/corpus" ]; then
  # A slice of real articles: many rules, Markdown constructs and long lines.
  mapfile -t articles < <(ls "$SHARED/corpus"/*.md | sort | awk 'NR % 40 == 1')
  lint corpus "$ROOT" "${articles[@]}" --min-severity hint
  validate corpus "$WORK/corpus.sarif" clean
else
  echo "SKIPPED: corpus case ($SHARED/corpus is missing)"
fi

# Control: the seed's log without the tool's informationUri (a best-practice warning, SARIF2005).
node -e '
  const fs = require("fs"); const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  delete log.runs[0].tool.driver.informationUri;
  fs.writeFileSync(process.argv[2], JSON.stringify(log));' "$WORK/seed.sarif" "$WORK/control.sarif"
validate control "$WORK/control.sarif" defect

# Control: a log whose run lacks the required tool (a schema error, JSON1002).
node -e '
  const fs = require("fs"); const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  delete log.runs[0].tool;
  fs.writeFileSync(process.argv[2], JSON.stringify(log));' "$WORK/seed.sarif" "$WORK/schema-control.sarif"
validate schema-control "$WORK/schema-control.sarif" defect

skipped=$((CASES - passed - failed))
echo "sarif: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
