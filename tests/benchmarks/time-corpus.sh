#!/usr/bin/env bash
# Times `editorial-lint check` end to end from the shell (process start included) on a folder, several runs,
# and prints the median wall time, peak RSS and throughput. Usage:
#   tests/benchmarks/time-corpus.sh [FOLDER] [RUNS] [-- extra check arguments]
# Defaults: ../shared/corpus, 5 runs. Builds the CLI in Release first: EDITORIAL_LINT_BUILD=jit (default,
# framework-dependent, as the dotnet tool runs), r2r (ReadyToRun) or aot (Native AOT, needs clang);
# EDITORIAL_LINT_R2R=1 still means r2r. Figures are for notes, never asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shared/ sits next to the repository (../shared), or next to the folder of worktrees (../../shared).
shared=../shared; [ -d "$shared" ] || shared=../../shared
folder=${1:-$shared/corpus}
runs=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
extra=("$@")
if [ ! -d "$folder" ]; then
  echo "SKIPPED: $folder not found (the shared corpus lives next to the repository)"; exit 0
fi
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')"; exit 2; }

out=$(mktemp -d)
build=${EDITORIAL_LINT_BUILD:-jit}
[ "${EDITORIAL_LINT_R2R:-0}" = 1 ] && build=r2r
publish_args=(-c Release -o "$out/cli" --nologo -v quiet)
case "$build" in
  r2r) publish_args+=(-r linux-x64 --self-contained false) ;;
  aot) publish_args+=(-r linux-x64 -p:PublishAot=true) ;;
esac
dotnet publish src/EditorialLint.Cli "${publish_args[@]}" >/dev/null
cli=("$out/cli/editorial-lint")

files=$(find "$folder" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \) ! -name SOURCE.md | wc -l)
bytes=$(find "$folder" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \) ! -name SOURCE.md -print0 | xargs -0 cat | wc -c)
words=$(find "$folder" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.markdown' \) ! -name SOURCE.md -print0 | xargs -0 cat | wc -w)

walls=() rss=()
for i in $(seq 1 "$runs"); do
  /usr/bin/time -v -o "$out/time.$i" "${cli[@]}" check "$folder" --format json "${extra[@]}" > "$out/result.$i.json" 2>/dev/null || true
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.$i" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  mem=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.$i")
  walls+=("$wall"); rss+=("$mem")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m_wall=$(median "${walls[@]}")
m_rss=$(median "${rss[@]}")
alerts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(f["diagnostics"]) for f in d["files"]))' "$out/result.1.json" 2>/dev/null || echo "?")
echo "folder: $folder ($files files, $words words, $bytes bytes); runs: $runs; build: $build"
echo "wall times (s): ${walls[*]}"
echo "median wall: ${m_wall} s; median peak RSS: $((m_rss / 1024)) MB; alerts: $alerts"
awk -v w="$words" -v b="$bytes" -v t="$m_wall" 'BEGIN { printf "throughput: %.0f words/s, %.1f MB/s (end to end, process start included)\n", w/t, b/t/1048576 }'
rm -rf "$out"
