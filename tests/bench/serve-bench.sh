#!/usr/bin/env bash
# `attackkb serve` beside `hugo server` (run by hand; numbers go into the README). On the KB of every Enterprise 18.1
# technique (tests/bench/all-techniques-kb.sh) and Hugo's peer site of the same notes:
#   - rebuild after a one-note edit: Hugo's "Total in N ms" vs our "rebuilt in N ms" (median of EDITS edits);
#   - edit -> new text visible: from writing the note until Chromium, with its page open, has reloaded it with the
#     new sentence (tests/bench/serve-latency, to DOMContentLoaded: the watcher's debounce, the rebuild, the live
#     reload and the browser's reload);
#   - memory: RSS of each server after the first edit and after LONG edits (each edit waits for its rebuild and
#     fetches the page, as an open browser tab would), both read at rest (2 s after the edit: serve gives memory
#     back once the edits pause for a second).
#   bash tests/bench/serve-bench.sh            # EDITS=21 LONG=1000 by default
#   AKB=/path/to/attackkb bash tests/bench/serve-bench.sh   # reuse a published binary
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
corpus=${ATTACKKB_CORPUS:-$repo/../shared}
bundle=$corpus/attack/enterprise-attack-18.1.json.gz
work=${BENCH_WORK:-/tmp/attackkb-serve-bench}
edits=${EDITS:-21}
long=${LONG:-1000}
command -v hugo >/dev/null || { echo "serve-bench: hugo not found (apt-get install hugo)" >&2; exit 2; }
[ -f "$bundle" ] || { echo "serve-bench: corpus not found at $corpus (set ATTACKKB_CORPUS)" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work"
if [ -z "${AKB:-}" ]; then
  echo "== publishing attackkb (Native AOT)" >&2
  dotnet publish src/AttackKb.Cli -c Release -r linux-x64 --artifacts-path "$work/artifacts" -o "$work/build" -v q \
    -nologo >/dev/null
  AKB=$work/build/attackkb
fi

echo "== building the browser latency probe" >&2
dotnet build tests/bench/serve-latency -c Release -o "$work/latency" -v q -nologo >/dev/null

echo "== preparing the all-18.1 KB and its Hugo peer" >&2
source tests/bench/all-techniques-kb.sh
all_techniques_kb "$AKB" "$corpus" "$repo" "$work/kb-all"
mkdir -p "$work/hugo/content"
cp -r "$repo/tests/bench/hugo/"* "$work/hugo/"
cp -r "$work/kb-all/notes/." "$work/hugo/content/"

note=resource-development/T1587.003.md
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
# Waits until the log has more than $2 lines matching $3.
lines() { local n; n=$(grep -c "$2" "$1" 2>/dev/null || true); echo "${n:-0}"; }
wait_lines() { local log=$1 count=$2 pattern=$3 i=0
  while [ "$(lines "$log" "$pattern")" -le "$count" ]; do
    sleep 0.005; i=$((i + 1))
    [ $i -lt 4000 ] || { echo "serve-bench: timed out waiting for '$pattern'" >&2; return 1; }
  done; }
# Edits the note's description (a new sentence each time, so every edit changes the page).
edit() { local file=$1 n=$2
  python3 - "$file" "$n" <<'PY'
import re, sys
path, n = sys.argv[1], sys.argv[2]
head, rest = open(path, encoding="utf-8").read().split("## Description\n", 1)
rest = re.sub(r"^Benchmark edit \d+\.\n\n", "", rest)
open(path, "w", encoding="utf-8").write(head + "## Description\n" + f"Benchmark edit {n}.\n\n" + rest)
PY
}

# --- hugo server
hport=$(free_port)
hugo server -s "$work/hugo" --bind 127.0.0.1 --port "$hport" --disableLiveReload >"$work/hugo.log" 2>&1 &
hpid=$!
trap 'kill $hpid ${apid:-} 2>/dev/null || true' EXIT
wait_lines "$work/hugo.log" 0 "Web Server is available"
hugo_start=$(grep -o 'Built in [0-9]* ms' "$work/hugo.log" | grep -o '[0-9]*' | head -1)
for n in $(seq 1 "$edits"); do
  before=$(lines "$work/hugo.log" "Total in")
  edit "$work/hugo/content/$note" "$n"
  wait_lines "$work/hugo.log" "$before" "Total in"
  sleep 0.2
done
hugo_rebuild=$(grep -o 'Total in [0-9]* ms' "$work/hugo.log" | grep -o '[0-9]*' | median)
kill $hpid; wait $hpid 2>/dev/null || true

# --- attackkb serve
aport=$(free_port)
"$AKB" serve "$work/kb-all" --port "$aport" >"$work/serve.log" 2>&1 &
apid=$!
wait_lines "$work/serve.log" 0 "serving http"
ours_start=$(grep -o 'built in [0-9.]* ms' "$work/serve.log" | grep -o '[0-9.]*' | head -1)
page="http://127.0.0.1:$aport/techniques/T1587.003.html"
curl -s -o /dev/null "$page"
for n in $(seq 1 "$edits"); do
  before=$(lines "$work/serve.log" "rebuilt in")
  edit "$work/kb-all/notes/$note" "$n"
  wait_lines "$work/serve.log" "$before" "rebuilt in"
  if [ "$n" = 1 ]; then sleep 2; rss_first=$(rss_kb $apid); fi
  sleep 0.2
done
ours_rebuild=$(grep -o 'rebuilt in [0-9.]* ms' "$work/serve.log" | grep -o '[0-9.]*' | median)
ours_visible=$(dotnet "$work/latency/ServeLatency.dll" "$page" "$work/kb-all/notes/$note" "$edits" \
  2>"$work/latency.log")
for n in $(seq $((edits + 1)) "$long"); do
  before=$(lines "$work/serve.log" "rebuilt in")
  edit "$work/kb-all/notes/$note" "$n"
  wait_lines "$work/serve.log" "$before" "rebuilt in"
  curl -s -o /dev/null "$page"
done
sleep 2
rss_long=$(rss_kb $apid)
kill -TERM $apid; wait $apid; stopped=$?   # as Ctrl-C (a background job of a script ignores SIGINT)
apid=

echo
notes=$(find "$work/kb-all" -name '*.md' | wc -l)
echo "Machine: $(nproc) cores; KB: every Enterprise 18.1 technique ($notes notes)" \
  "+ 54 Sigma rules; one note edited; medians of $edits edits."
echo
echo "| serve                         | hugo server | attackkb serve |"
echo "|-------------------------------|-------------|----------------|"
echo "| first build                   | ${hugo_start} ms | ${ours_start} ms |"
echo "| rebuild after a one-note edit | ${hugo_rebuild} ms | ${ours_rebuild} ms |"
echo "| edit -> new text visible (Chromium) | - | ${ours_visible} ms |"
echo "| RSS after the first edit      | - | $((rss_first / 1024)) MB |"
echo "| RSS after $long edits          | - | $((rss_long / 1024)) MB |"
echo
echo "rebuild ratio ours / hugo: $(python3 -c "print('%.1f' % ($ours_rebuild / $hugo_rebuild))");" \
  "RSS after $long edits / after the first: $(python3 -c "print('%.2f' % ($rss_long / $rss_first))");" \
  "exit code on SIGTERM: $stopped"
