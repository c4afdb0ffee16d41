#!/usr/bin/env bash
# Spelling quality bar (docs/spelling.md, issue 4), on the shared corpus next to the repository:
#   1. seeded error injection (tests/spelling-eval/inject.py, seed 4, 500 errors): recall at the exact range >= 90%
#   2. the intended word among the first three suggestions for >= 80% of the misspellings
#   3. unmodified corpus: false alarms at warning or above <= 0.2 per 1,000 words (hand-reviewed list:
#      tests/spelling-eval/corpus-reviewed.tsv; a warning not in it counts as a false alarm)
# Also prints dictionary load/index time and memory. Needs python3 and ../shared/corpus (or $EDITORIAL_LINT_SHARED/corpus);
# skips loudly without.
set -uo pipefail
cd "$(dirname "$0")/../.."
CORPUS=$(realpath -m "${EDITORIAL_LINT_SHARED:-../shared}/corpus")
OUT="${EDITORIAL_LINT_TEST_RESULTS:-$(mktemp -d)}/spelling-eval"
if [ ! -d "$CORPUS" ]; then
  echo "SKIPPED: $CORPUS not found (the shared corpus must sit next to the repository); spelling quality bar not measured"
  echo "0 passed, 0 failed, 3 skipped"
  exit 0
fi
if ! command -v python3 >/dev/null; then
  echo "SKIPPED: python3 not installed (needed by tests/spelling-eval/inject.py and score.py)"
  echo "0 passed, 0 failed, 3 skipped"
  exit 0
fi
rm -rf "$OUT" && mkdir -p "$OUT"
passed=0 failed=0
if ! dotnet build tests/spelling-eval/SpellingEval -c Release > "$OUT/build.log" 2>&1; then
  tail -n 20 "$OUT/build.log"
  echo "0 passed, 3 failed"
  exit 1
fi
EVAL="dotnet tests/spelling-eval/SpellingEval/bin/Release/net10.0/SpellingEval.dll"
$EVAL stats
python3 tests/spelling-eval/inject.py --corpus "$CORPUS" --out "$OUT/injected" --seed 4 --count 500
$EVAL lint "$OUT/injected" "$OUT/ours.jsonl"
python3 tests/spelling-eval/score.py --injected "$OUT/injected" --ours "$OUT/ours.jsonl" --min-severity warning --check | tee "$OUT/score.txt"
passed=$((passed + $(grep -c '^PASS' "$OUT/score.txt"))); failed=$((failed + $(grep -c '^FAIL' "$OUT/score.txt")))
if $EVAL corpus "$CORPUS" tests/spelling-eval/corpus-reviewed.tsv 0.2 > "$OUT/corpus.txt"; then
  passed=$((passed + 1)); echo "PASS: false alarms on the unmodified corpus <= 0.2 per 1,000 words"
else
  failed=$((failed + 1)); echo "FAIL: false alarms on the unmodified corpus > 0.2 per 1,000 words"
fi
grep -v "^ \+[0-9]\+  Spelling" "$OUT/corpus.txt" | head -n 25
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
