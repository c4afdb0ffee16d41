#!/usr/bin/env bash
# Restores, builds and runs every test of EditorialLint: the .NET test projects, then each suite script in
# tests/suites/ (corpus measurements, Vale compatibility, real editors). Installs what the suites need when it
# can (npm packages; Debian packages when run as root). Ends with one line: "Total: N passed, N failed, N skipped".
# Exit status: 0 when nothing failed.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/editorial-lint-tests.XXXXXX")
export EDITORIAL_LINT_TEST_RESULTS="$RESULTS"
passed=0 failed=0 skipped=0
declare -a summary=()

record() { # name passed failed skipped
  passed=$((passed + $2)); failed=$((failed + $3)); skipped=$((skipped + $4))
  summary+=("$(printf '%-44s %5s passed, %3s failed, %3s skipped' "$1" "$2" "$3" "$4")")
}

# Debian packages the suites use (python3 for the Vale harness and corpus scoring, neovim for the real-editor
# test, GNU time for timings). Installed only when missing and running as root with apt-get; otherwise the suites
# that need them say SKIPPED with the reason.
missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing Debian packages: ${missing[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") > "$RESULTS/apt.log" 2>&1 \
    || echo "could not install ${missing[*]} (see $RESULTS/apt.log); the suites that need them will skip"
fi

echo "== build (Release, warnings are errors)"
dotnet build EditorialLint.sln -c Release > "$RESULTS/build.log" 2>&1
build_status=$?
grep -E "error|warn|Build succeeded|Time Elapsed" "$RESULTS/build.log" | sort -u | tail -n 40
if [ "$build_status" -ne 0 ]; then
  echo "BUILD FAILED (full log: $RESULTS/build.log)"
  record "build" 0 1 0
  echo "Total: $passed passed, $failed failed, $skipped skipped"
  exit 1
fi

for project in $(dotnet sln EditorialLint.sln list | grep -E 'Tests\.csproj$' | tr '\\' '/' | sort); do
  name=$(basename "$project" .csproj)
  echo "== $name"
  trx="$RESULTS/$name.trx"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$trx" --logger "console;verbosity=minimal" 2>&1 | tail -n 40
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
    p=${p:-0}; f=$(( ${f:-0} + ${e:-0} )); s=$(( ${t:-0} - ${x:-0} ))
    record "$name" "$p" "$f" "$s"
  else
    echo "$name: no test results (the test host crashed?)"
    record "$name" 0 1 0
  fi
done

# Extra suites: each script prints "N passed, N failed[, N skipped]" as its last such line and exits non-zero on
# failure. A suite that prints no such line counts as one test, judged by its exit status.
for suite in tests/suites/[0-9]*.sh; do
  [ -e "$suite" ] || continue
  name=$(basename "$suite" .sh)
  echo "== suite $name"
  log="$RESULTS/suite-$name.out"  # suites may write their own files into $RESULTS; this name is test.sh's
  bash "$suite" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  line=$(grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1 || true)
  if [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/^([A-Za-z-]+: )?([0-9]+) passed.*/\2/')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    s=$(echo "$line" | sed -nE 's/.* ([0-9]+) skipped.*/\1/p'); s=${s:-0}
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    record "suite $name" "$p" "$f" "$s"
  elif [ "$status" -eq 0 ]; then
    record "suite $name" 1 0 0
  else
    record "suite $name" 0 1 0
  fi
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
echo "elapsed: ${SECONDS} s"
echo "Total: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
