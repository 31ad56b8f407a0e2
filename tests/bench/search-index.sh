#!/usr/bin/env bash
# What the search index adds to `site` on the all-18.1 KB (issue 15's target: at most 0.1 s). Runs `site` RUNS times
# with ATTACKKB_STATS=1 and prints the median (and min, max) of the index step's wall time, the line
# "attackkb stats: search index N ms" (SiteGenerator times SearchIndex.Files and the writing of its files). Given
# several binaries, it runs them in turn, so a before/after comparison sees the same machine load.
#   bash tests/bench/search-index.sh                               # the Release build of this checkout
#   RUNS=21 bash tests/bench/search-index.sh old/attackkb new/attackkb
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
corpus=${ATTACKKB_CORPUS:-$repo/../shared}
runs=${RUNS:-11}
work=${BENCH_WORK:-/tmp/attackkb-bench}
[ -f "$corpus/attack/enterprise-attack-18.1.json.gz" ] || { echo "search-index: no corpus at $corpus" >&2; exit 2; }
bins=("$@")
if [ ${#bins[@]} = 0 ]; then
  dotnet build src/AttackKb.Cli -c Release -v q -nologo >/dev/null
  bins=("$repo/src/AttackKb.Cli/bin/Release/net10.0/attackkb")
fi
kb=$work/kb-all
if [ ! -f "$kb/attackkb.json" ]; then
  source tests/bench/all-techniques-kb.sh
  mkdir -p "$work" && all_techniques_kb "${bins[0]}" "$corpus" "$repo" "$kb"
fi

declare -A times
for ((run = 0; run < runs; run++)); do
  for bin in "${bins[@]}"; do
    ms=$(ATTACKKB_STATS=1 "$bin" site "$kb" -o "$work/site-search-index" 2>&1 \
      | sed -n 's/^attackkb stats: search index \([0-9]*\) ms$/\1/p')
    times[$bin]="${times[$bin]:-} $ms"
  done
done
echo "search index step inside \`site\` on the all-18.1 KB, $runs runs, load $(cut -d' ' -f1-3 /proc/loadavg):"
for bin in "${bins[@]}"; do
  sorted=($(printf '%s\n' ${times[$bin]} | sort -n))
  echo "  median ${sorted[$((runs / 2))]} ms (min ${sorted[0]}, max ${sorted[$((runs - 1))]})  $bin"
done
