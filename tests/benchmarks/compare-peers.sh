#!/usr/bin/env bash
# Times editorial-lint and the peer linters of ../shared/peers on the same folder, one tool at a time in one
# sitting, and prints wall, CPU, peak RSS, alerts and the ratio ours/theirs. Usage:
#   tests/benchmarks/compare-peers.sh [FOLDER] [TOOL...]
# Defaults: ../shared/corpus; tools write-good cspell textlint alex harper (proselint takes ~9 minutes: name it to
# include it; textlint runs without its en-spell rule, see TEXTLINT_CONFIG below). Peers must be installed first (../shared/peers/install.sh). editorial-lint is published as Native
# AOT when clang is present, else ReadyToRun (EDITORIAL_LINT_BUILD=aot|r2r|jit forces one), and runs RUNS times
# (default 3, median) with the built-in rules, then once with every Vale pack of ../shared/vale-styles.
# The peers lint the articles with front matter stripped (their prep.py); editorial-lint reads the files as they
# are, since it uses the front matter (publication date). Figures are for notes, never asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shared/ sits next to the repository (../shared), or next to the folder of worktrees (../../shared).
shared=../shared; [ -d "$shared" ] || shared=../../shared
folder=$(realpath "${1:-$shared/corpus}")
shift $(( $# > 0 ? 1 : 0 ))
tools=("$@")
[ ${#tools[@]} -eq 0 ] && tools=(write-good cspell textlint alex harper)
peers=$(realpath "$shared/peers" 2>/dev/null || true)
if [ ! -d "$folder" ] || [ -z "$peers" ] || [ ! -d "$peers" ]; then
  echo "SKIPPED: $folder or ../shared/peers not found (shared data lives next to the repository)"; exit 0
fi
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time; Debian package 'time')"; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build=${EDITORIAL_LINT_BUILD:-$(command -v clang >/dev/null && echo aot || echo r2r)}
case "$build" in
  aot) args=(-r linux-x64 -p:PublishAot=true) ;;
  r2r) args=(-r linux-x64 --self-contained false) ;;
  *) args=() ;;
esac
dotnet publish src/EditorialLint.Cli -c Release -o "$out/cli" --nologo -v quiet "${args[@]}" >/dev/null
cli="$out/cli/editorial-lint"

words=$(python3 - "$folder" <<'EOF'
import os, re, sys
n = 0
for fn in os.listdir(sys.argv[1]):
    if fn.endswith(('.md', '.txt')) and not fn.upper().startswith(('SOURCE', 'README')):
        t = open(os.path.join(sys.argv[1], fn), encoding='utf-8').read()
        m = re.match(r'\A---\n.*?\n---\n', t, re.S)
        n += len(re.findall(r'\S+', t[m.end():] if m else t))
print(n)
EOF
)

# time.txt of GNU time -v -> "wall cpu rssMB"
figures() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
              /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
              END { printf "%.2f %.2f %d\n", w, u + s, r / 1024 }' "$1"
}
alerts_of_json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(f["diagnostics"]) for f in d["files"]))' "$1"; }

rows=()
runs=${RUNS:-3}
for i in $(seq 1 "$runs"); do
  /usr/bin/time -v -o "$out/ours.$i" "$cli" check "$folder" --format json > "$out/ours.json" 2>/dev/null || true
done
ours=$(for i in $(seq 1 "$runs"); do figures "$out/ours.$i"; done | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
rows+=("editorial-lint ($build, built-in rules) $ours $(alerts_of_json "$out/ours.json")")

if [ -d "$shared/vale-styles" ]; then
  styles=$(realpath "$shared/vale-styles")
  printf 'StylesPath = %s\nMinAlertLevel = suggestion\n\n[*]\nBasedOnStyles = EditorialLint, Microsoft, Google, proselint, write-good, Joblint, alex, Readability\n' "$styles" > "$out/all-packs.ini"
  /usr/bin/time -v -o "$out/vale.time" "$cli" check "$folder" --format json --config "$out/all-packs.ini" > "$out/vale.json" 2>/dev/null || true
  rows+=("editorial-lint ($build, built-in + 7 Vale packs) $(figures "$out/vale.time") $(alerts_of_json "$out/vale.json")")
fi

export OUT_ROOT="$out/peers"
# textlint's en-spell rule alone takes ~35 minutes on the corpus; compare without it unless TEXTLINT_CONFIG says otherwise.
export TEXTLINT_CONFIG=${TEXTLINT_CONFIG:-${PEERS_NODE:-$HOME/.cache/editorial-peers/node}/.textlintrc.nospell.json}
for tool in "${tools[@]}"; do
  "$peers/run_$tool.sh" "$folder" >/dev/null 2>&1 || true
  dir="$OUT_ROOT/$tool"
  [ -f "$dir/time.txt" ] || { rows+=("$tool - - - failed"); continue; }
  alerts=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["alerts"])' "$dir/summary.json" 2>/dev/null || echo "?")
  rows+=("$tool $(figures "$dir/time.txt") $alerts")
done

ours_wall=$(echo "$ours" | cut -d' ' -f1)
echo "folder: $folder ($words body words); $(date -u +%FT%TZ); load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '| %-48s | %8s | %8s | %8s | %8s | %12s | %s |\n' tool "wall s" "CPU s" "RSS MB" alerts "words/s" "ours/theirs (wall)"
printf '|%s|\n' "--------------------------------------------------|----------|----------|----------|----------|--------------|-------------------"
for row in "${rows[@]}"; do
  name=${row% * * * *}; rest=${row#"$name "}
  read -r wall cpu rss alerts <<< "$rest"
  if [ "$wall" = "-" ]; then printf '| %-48s | %8s | %8s | %8s | %8s | %12s | %s |\n' "$name" - - - "$alerts" - -; continue; fi
  awk -v n="$name" -v w="$wall" -v c="$cpu" -v r="$rss" -v a="$alerts" -v words="$words" -v o="$ours_wall" \
    'BEGIN { printf "| %-48s | %8.2f | %8.2f | %8d | %8s | %12.0f | %.3f |\n", n, w, c, r, a, words / w, o / w }'
done
