#!/usr/bin/env bash
# Packs the CLI as a dotnet tool (`dotnet pack`), installs it with `dotnet tool install --add-source` into a temporary
# tool path from a clean folder (no repository files, no network: a nuget.config there lists only the local package
# folder, and a private NuGet cache keeps an older package of the same version from being reused), then runs the
# installed `editorial-lint` on a copy of the seed: version, the three headline findings, every output format,
# --fix and --fix-dry-run. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SEED="$ROOT/seeds/000_ba0252e7096ca9a6.txt"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK=$(mktemp -d "${TMPDIR:-/tmp}/editorial-lint-tool.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0 failed=0

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; shift; for line in "$@"; do echo "    $line"; done; failed=$((failed + 1)); }
finish() { echo "tool-package: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

# 1. pack
if dotnet pack src/EditorialLint.Cli -c Release -o "$WORK/nupkg" > "$WORK/pack.log" 2>&1 && ls "$WORK"/nupkg/EditorialLint.*.nupkg > /dev/null 2>&1; then
  package=$(basename "$(ls "$WORK"/nupkg/EditorialLint.*.nupkg | head -n 1)")
  version=${package#EditorialLint.}; version=${version%.nupkg}
  pass "dotnet pack made $package"
else
  fail "dotnet pack" "$(grep -E 'error|rror' "$WORK/pack.log" | head -n 5)"
  finish
fi

# 2. install from a clean folder
mkdir -p "$WORK/clean" "$WORK/tools"
cat > "$WORK/clean/nuget.config" << CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
  </packageSources>
</configuration>
CONFIG
if (cd "$WORK/clean" && NUGET_PACKAGES="$WORK/nuget-cache" dotnet tool install EditorialLint --version "$version" \
      --tool-path "$WORK/tools" --add-source "$WORK/nupkg" > "$WORK/install.log" 2>&1) && [ -x "$WORK/tools/editorial-lint" ]; then
  pass "dotnet tool install --add-source (version $version)"
else
  fail "dotnet tool install" "$(tail -n 5 "$WORK/install.log")"
  finish
fi
TOOL="$WORK/tools/editorial-lint"
cp "$SEED" "$WORK/clean/seed.txt"
chmod u+w "$WORK/clean/seed.txt"  # a copy to fix, whatever the mode of the checkout's file
cd "$WORK/clean"

# 3. --version
out=$("$TOOL" --version 2>&1)
if [[ "$out" == "$version"* ]]; then pass "editorial-lint --version prints $out"; else fail "--version" "got: $out"; fi

# 4. the seed's three headline findings, exit code 1
out=$("$TOOL" check seed.txt --min-severity warning --no-color 2>&1); status=$?
found=$(echo "$out" | grep -oE '^seed\.txt:[0-9]+:[0-9]+: (error|warning) [A-Za-z]+\.[A-Za-z]+' | sed -E 's/ (error|warning) / /' | tr '\n' ' ')
expected="seed.txt:23:208: Dates.PublicationConflict seed.txt:27:1: Attribution.Vague seed.txt:27:114: Spelling.JoinedWords "
if [ "$status" -eq 1 ] && [ "$found" = "$expected" ]; then pass "the seed's three findings, exit 1"; else fail "seed findings" "exit $status" "found: $found"; fi

# 5. every CI format runs and says what it should
ok=1 details=()
for format in json sarif github checkstyle junit; do
  out=$("$TOOL" check seed.txt --format "$format" 2> "$WORK/$format.err"); status=$?
  case $format in
    json) marker='"ruleId":"Spelling.JoinedWords"' ;;
    sarif) marker='"version": "2.1.0"' ;;
    github) marker='::error file=seed.txt,line=23,col=208' ;;
    checkstyle) marker='source="Attribution.Vague"' ;;
    junit) marker='<testsuites name="editorial-lint"' ;;
  esac
  if [ "$status" -ne 1 ] || [[ "$out" != *"$marker"* ]]; then ok=0; details+=("$format: exit $status, marker '$marker' $([[ "$out" == *"$marker"* ]] && echo found || echo missing)"); fi
done
if [ "$ok" -eq 1 ]; then pass "formats json, sarif, github, checkstyle, junit"; else fail "formats" "${details[@]}"; fi

# 6. --fix-dry-run writes nothing; --fix fixes the joined words once, and a second run changes nothing
before=$(sha256sum seed.txt)
diff=$("$TOOL" check seed.txt --fix-dry-run 2> /dev/null)
if [ "$(sha256sum seed.txt)" = "$before" ] && [[ "$diff" == *"+++ b/seed.txt"* ]] && [[ "$diff" == *"towards a comprehensive"* ]]; then
  pass "--fix-dry-run prints a diff and writes nothing"
else
  fail "--fix-dry-run" "$(echo "$diff" | head -n 5)"
fi
"$TOOL" check seed.txt --fix > /dev/null 2>&1
after_first=$(sha256sum seed.txt)
"$TOOL" check seed.txt --fix > /dev/null 2>&1
if grep -q "towards a comprehensive" seed.txt && ! grep -q "towardsa" seed.txt && [ "$(sha256sum seed.txt)" = "$after_first" ] \
   && [ "$(diff <(sed 's/towards a comprehensive/towardsa comprehensive/' seed.txt) "$SEED" && echo same)" = same ]; then
  pass "--fix applies the safe fix only, and a second run changes nothing"
else
  fail "--fix" "$(diff "$SEED" seed.txt | head -n 6)"
fi

cd "$ROOT"
finish
