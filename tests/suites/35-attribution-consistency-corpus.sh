#!/usr/bin/env bash
# Quality bar of the Attribution, Consistency and Hygiene families (issue 5) on the unmodified shared corpus
# (edited, published news text):
#   1. Consistency + Hygiene raise fewer than 0.2 warning-or-above alerts per 1,000 words;
#   2. the Attribution rate is reported separately (published wire copy says "trade sources said");
#   3. 50 Attribution warnings are sampled with a fixed seed into attribution-sample.txt, with their sentences,
#      for a copy editor to read (the judgement of the last sample is recorded in docs/attribution-consistency.md).
# Needs ../shared/corpus next to the repository (or EDITORIAL_LINT_SHARED=/path/to/shared); skips loudly without it.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SHARED=${EDITORIAL_LINT_SHARED:-$ROOT/../shared}
OUT=${EDITORIAL_LINT_TEST_RESULTS:-$(mktemp -d "${TMPDIR:-/tmp}/editorial-lint-35.XXXXXX")}
mkdir -p "$OUT"

if [ ! -d "$SHARED/corpus" ]; then
  echo "SKIPPED: needs the shared corpus at $SHARED/corpus (others' data, not in this clone; set EDITORIAL_LINT_SHARED)"
  echo "0 passed, 0 failed, 2 skipped"
  exit 0
fi
if ! command -v python3 > /dev/null; then
  echo "SKIPPED: needs python3 to compute the rates"
  echo "0 passed, 0 failed, 2 skipped"
  exit 0
fi

CLI=src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll
if [ ! -f "$CLI" ]; then
  dotnet build src/EditorialLint.Cli -c Release > "$OUT/35-build.log" 2>&1 || { echo "build failed: $OUT/35-build.log"; echo "0 passed, 2 failed"; exit 1; }
fi

# Every article (SOURCE.md, the provenance note, is not one).
files=()
for f in "$SHARED"/corpus/*.md; do [ "$(basename "$f")" = SOURCE.md ] || files+=("$f"); done
dotnet "$CLI" check "${files[@]}" --format json --min-severity info > "$OUT/35-corpus.json"
status=$?
if [ "$status" -gt 1 ]; then
  echo "editorial-lint failed on the corpus (exit $status)"
  echo "0 passed, 2 failed"
  exit 1
fi

python3 - "$OUT/35-corpus.json" "$SHARED/corpus" "$OUT/attribution-sample.txt" <<'PY'
import json, os, random, re, sys
from collections import Counter

report, corpus, sample_path = sys.argv[1], sys.argv[2], sys.argv[3]
data = json.load(open(report, encoding="utf-8"))
RANK = {"hint": 0, "info": 1, "warning": 2, "error": 3}

def body_words(path):
    text = open(path, encoding="utf-8").read()
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[text.find("\n", end + 1) + 1:] if end > 0 else text
    return len(text.split())

words = sum(body_words(os.path.join(corpus, f)) for f in os.listdir(corpus) if f.endswith(".md") and f != "SOURCE.md")
by_rule = Counter()
attribution = []
for f in data["files"]:
    for d in f["diagnostics"]:
        if RANK[d["severity"]] < RANK["warning"]:
            continue
        by_rule[d["ruleId"]] += 1
        if d["ruleId"].startswith("Attribution."):
            attribution.append((f["path"], d))

def rate(n):
    return n * 1000.0 / words

consistency = sum(n for r, n in by_rule.items() if r.split(".")[0] in ("Consistency", "Hygiene"))
attr = sum(n for r, n in by_rule.items() if r.startswith("Attribution."))
print(f"corpus: {len(data['files'])} files, {words} body words")
for r, n in sorted(by_rule.items()):
    if r.split(".")[0] in ("Consistency", "Hygiene", "Attribution"):
        print(f"  {r:32} {n:5} warning-or-above ({rate(n):.3f} per 1,000 words)")
print(f"Consistency + Hygiene: {consistency} warning-or-above alerts, {rate(consistency):.3f} per 1,000 words (target < 0.2)")
print(f"Attribution (reported separately): {attr} warnings, {rate(attr):.3f} per 1,000 words")

# A fixed-seed sample of 50 Attribution warnings, each with its line, for a copy editor to judge.
rng = random.Random(20260204)
attribution.sort(key=lambda x: (x[0], x[1]["line"], x[1]["column"], x[1]["ruleId"]))
sample = rng.sample(attribution, min(50, len(attribution)))
with open(sample_path, "w", encoding="utf-8") as out:
    for i, (path, d) in enumerate(sample, 1):
        lines = open(path, encoding="utf-8").read().split("\n")
        line = lines[d["line"] - 1]
        start = max(0, d["column"] - 1 - 220)
        end = d["column"] - 1 + 260 if d["endLine"] == d["line"] else len(line)
        out.write(f"{i:2}. {os.path.basename(path)}:{d['line']}:{d['column']} {d['ruleId']}: {d['message']}\n")
        out.write("    ..." + line[start:end].replace("\n", " ") + "...\n\n")
print(f"attribution sample: {len(sample)} warnings in {sample_path}")

passed = failed = 0
if rate(consistency) < 0.2:
    passed += 1
else:
    failed += 1
    print("FAIL: Consistency + Hygiene rate is not below 0.2 per 1,000 words")
if len(sample) == min(50, len(attribution)):
    passed += 1
else:
    failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
