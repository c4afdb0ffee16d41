#!/usr/bin/env bash
# Headless Neovim as a real LSP client of the editorial-lint server, on the seed draft.
# Installs neovim with apt when it is missing and we run as root; otherwise skips, saying so.
# Prints "N passed, N failed"; exit 0 iff nothing failed.
set -u
REPO=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$REPO/tests/suites"
SEED="$REPO/seeds/000_ba0252e7096ca9a6.txt"

if ! command -v nvim >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "60-nvim: neovim missing, installing it with apt-get"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim) >/dev/null 2>&1
  fi
fi
if ! command -v nvim >/dev/null 2>&1; then
  echo "SKIPPED: 60-nvim needs neovim, which is not installed and cannot be installed here (not root, or no apt-get)"
  echo "0 passed, 0 failed, 8 skipped"
  exit 0
fi

echo "60-nvim: building the language server"
if ! dotnet build "$REPO/src/EditorialLint.LanguageServer" -v q -nologo >/tmp/60-nvim-build.$$ 2>&1; then
  cat /tmp/60-nvim-build.$$; rm -f /tmp/60-nvim-build.$$
  echo "0 passed, 8 failed"
  exit 1
fi
rm -f /tmp/60-nvim-build.$$
DLL="$REPO/src/EditorialLint.LanguageServer/bin/Debug/net10.0/EditorialLint.LanguageServer.dll"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$SEED" "$WORK/draft.txt"

XDG_STATE_HOME=$WORK XDG_CACHE_HOME=$WORK XDG_CONFIG_HOME=$WORK XDG_DATA_HOME=$WORK \
LSP_CMD="dotnet $DLL --stdio" DOC="$WORK/draft.txt" OUT="$WORK/result.json" EXPECT=3 \
EDIT_FIND=towardsa EDIT_REPLACE="towards a" \
INIT_OPTIONS='{"editorialLint":{"minSeverity":"warning"}}' TIMEOUT_MS=${TIMEOUT_MS:-30000} \
  timeout 90 nvim --headless -u NONE -i NONE -n -c "luafile $HERE/nvim/lsp_check.lua" >"$WORK/nvim.log" 2>&1
rc=$?
echo "60-nvim: nvim exit=$rc"

python3 - "$WORK/result.json" "$WORK/draft.txt" <<'PY'
import json, sys
passed = failed = 0
def check(name, ok, detail=""):
    global passed, failed
    if ok: passed += 1; print(f"  ok   {name}")
    else: failed += 1; print(f"  FAIL {name} {detail}")
try:
    report = json.load(open(sys.argv[1]))
except Exception as e:
    report = None
    check("neovim wrote a result", False, str(e))
if report is not None:
    diags = report.get("diagnostics", [])
    lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
    def flagged(d):
        # Neovim columns are byte offsets into the line.
        line = lines[d["lnum"]].encode("utf-8")
        return line[d["col"]:d["end_col"]].decode("utf-8", "replace")
    shown = [(d.get("code"), d["lnum"] + 1, flagged(d)) for d in diags]
    check("diagnostics arrived", len(diags) > 0, "none")
    check("exactly three diagnostics at warning and above", len(diags) == 3, str(shown))
    check("every diagnostic has source editorial-lint", all(d.get("source") == "editorial-lint" for d in diags), str(shown))
    expected = [("Dates.PublicationConflict", 23, "June 30"),
                ("Spelling.JoinedWords", 27, "towardsa"),
                ("Attribution.Vague", 27, "According to multiple sources")]
    for code, line, text in expected:
        check(f"{code} on line {line} flags \"{text}\"", (code, line, text) in shown, str(shown))
    after = report.get("after_edit")
    check("after fixing \"towardsa\" in the buffer, the other two remain",
          after is not None and sorted(after) == ["Attribution.Vague", "Dates.PublicationConflict"], str(after))
    hover = report.get("hover") or ""
    check("hover on a diagnostic explains its rule", len(hover) > 40 and "`" in hover, repr(hover[:120]))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
status=$?
if [ -n "${EDITORIAL_LINT_TEST_RESULTS:-}" ] && [ -d "$EDITORIAL_LINT_TEST_RESULTS" ]; then
  cp "$WORK/result.json" "$EDITORIAL_LINT_TEST_RESULTS/60-nvim-result.json" 2>/dev/null
  cp "$WORK/nvim.log" "$EDITORIAL_LINT_TEST_RESULTS/60-nvim.log" 2>/dev/null
fi
if [ $status -ne 0 ]; then echo "--- nvim log"; cat "$WORK/nvim.log"; fi
exit $status
