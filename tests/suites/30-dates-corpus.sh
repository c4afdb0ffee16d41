#!/usr/bin/env bash
# Dates on real articles: runs the CLI over ../shared/corpus (1,600 articles) and checks that the date rules raise
# at most 1 warning-or-above alert per 100 articles, and that every alert has been read (listed with a verdict in
# tests/suites/30-dates-corpus.reviewed.txt). Skips loudly without ../shared/corpus; EDITORIAL_LINT_SHARED overrides
# the location of shared/.
set -uo pipefail
cd "$(dirname "$0")/../.."
corpus="${EDITORIAL_LINT_SHARED:-../shared}/corpus"
reviewed="tests/suites/30-dates-corpus.reviewed.txt"
if [ ! -d "$corpus" ]; then
  echo "SKIPPED: $corpus not found (the shared corpus must sit next to the repository); date corpus checks not run"
  echo "0 passed, 0 failed, 2 skipped"
  exit 0
fi

dll="src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll"
if [ ! -f "$dll" ]; then
  dotnet build src/EditorialLint.Cli -c Release > "${EDITORIAL_LINT_TEST_RESULTS:-/tmp}/30-dates-build.log" 2>&1 || {
    echo "build of the CLI failed"; echo "0 passed, 2 failed"; exit 1; }
fi

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
files=("$corpus"/reuters-*.md "$corpus"/bbc-*.md)
dotnet "$dll" check "${files[@]}" --format text --no-color --min-severity warning > "$out"
articles=${#files[@]}
alerts=$(grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning) Dates\.' "$out" || true)
count=$(printf '%s' "$alerts" | grep -c . || true)
passed=0 failed=0

echo "date alerts (warning and above): $count in $articles articles"
# At most 1 per 100 articles.
if [ $((count * 100)) -le "$articles" ]; then
  echo "PASS rate: $count alerts <= 1 per 100 articles"
  passed=$((passed + 1))
else
  echo "FAIL rate: $count alerts > 1 per 100 articles ($articles)"
  failed=$((failed + 1))
fi

# Every alert read.
unread=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  key=$(printf '%s' "$line" | sed -E 's#^.*/([^/:]+):([0-9]+):([0-9]+): [a-z]+ (Dates\.[A-Za-z]+) .*#\1:\2:\3 \4#')
  if grep -qF "$key |" "$reviewed"; then
    echo "  read: $line"
  else
    echo "  UNREAD: $line"
    unread=$((unread + 1))
  fi
done <<< "$alerts"
if [ "$unread" -eq 0 ]; then
  echo "PASS every alert has been read ($reviewed)"
  passed=$((passed + 1))
else
  echo "FAIL $unread alert(s) not in $reviewed: read them, then fix the rule or record a verdict"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
