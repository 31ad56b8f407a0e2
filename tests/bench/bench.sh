#!/usr/bin/env bash
# Benchmarks (run by hand; numbers go into the README). Whole-process wall time, median of several runs (hyperfine),
# and peak RSS (GNU time). Needs: hyperfine, hugo and time from Debian (installed here when absent), the shared corpus.
#   bash tests/bench/bench.sh            # all
#   RUNS=10 bash tests/bench/bench.sh    # more runs
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
corpus=${ATTACKKB_CORPUS:-$repo/../shared}
bundle=$corpus/attack/enterprise-attack-18.1.json.gz
runs=${RUNS:-7}
work=${BENCH_WORK:-/tmp/attackkb-bench}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in hyperfine hugo; do
  command -v $tool >/dev/null || { as_root apt-get update -qq; as_root apt-get install -y -qq $tool >/dev/null; }
done
[ -x /usr/bin/time ] || { as_root apt-get update -qq; as_root apt-get install -y -qq time >/dev/null; }
[ -f "$bundle" ] || { echo "bench: corpus not found at $corpus (set ATTACKKB_CORPUS)" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work"
echo "== publishing attackkb (the Native AOT binary as shipped, see README 'Install')" >&2
dotnet publish src/AttackKb.Cli -c Release -r linux-x64 --artifacts-path "$work/artifacts" -o "$work/build" -v q -nologo \
  >/dev/null
akb() { "$work/build/attackkb" "$@"; }
cli="$work/build/attackkb"

echo "== preparing inputs" >&2
# 1,000 notes for the parse benchmark: copies of the two dialect-A seeds, the dialect-B seed and the canonical notes,
# each copy in its own folder (the same IDs repeat: parsing, not linting, is measured here).
mkdir -p "$work/kb-1000"
n=0; i=0
while [ "$n" -lt 1000 ]; do
  mkdir -p "$work/kb-1000/c$i"
  for f in "$repo"/data/notes/attack-extractor/*.md "$repo"/data/vault/"Use Cases"/*.md "$repo"/data/notes/*/T*.md; do
    [ "$n" -ge 1000 ] && break
    cp "$f" "$work/kb-1000/c$i/"; n=$((n + 1))
  done
  i=$((i + 1))
done
# A KB holding every Enterprise 18.1 technique as a note (written by our importer, when it is available), + Sigma rules.
have_import=0
if akb import "$bundle" --all --to "$work/kb-all/notes" >/dev/null 2>&1; then
  have_import=1
  mkdir -p "$work/kb-all/detections"
  cp -r "$corpus/sigma/rules-certificates" "$work/kb-all/detections/sigma"
  cp "$repo/data/attack/"*.catalog.json "$work/kb-all/catalog.json"
  printf '{ "attack": "catalog.json" }\n' > "$work/kb-all/attackkb.json"
fi

# Hugo peer: the same notes as plain pages (front matter + markdown), minimal templates.
if [ "$have_import" = 1 ]; then
  mkdir -p "$work/hugo/content"
  cp -r "$repo/tests/bench/hugo/"* "$work/hugo/"
  cp -r "$work/kb-all/notes/." "$work/hugo/content/"
fi

peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }
report() { # name command...
  local name=$1; shift
  local json="$work/$name.json"
  hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$json" "$*" >/dev/null 2>&1 || hyperfine -i --warmup 1 --runs "$runs" --export-json "$json" "$*" >/dev/null
  local median=$(python3 -c "import json,sys; r=json.load(open('$json'))['results'][0]; print('%.3f' % r['median'])" 2>/dev/null || jq '.results[0].median' "$json")
  local rss=$(bash -c "/usr/bin/time -f '%M' $* 2>&1 >/dev/null | tail -n 1")
  printf '| %-28s | %8s s | %7.0f MB |\n' "$name" "$median" "$(echo "$rss / 1024" | bc -l)"
  echo "$median" > "$work/$name.median"
}

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; runs per command: $runs; medians."
echo "Inputs: Enterprise 18.1 bundle (24,772 objects, 50.7 MB); KB of 1,000 notes (dialects A, B, canonical); catalog 18.1."
echo
echo "| benchmark                    | median     | peak RSS  |"
echo "|------------------------------|------------|-----------|"
report "load-18.1-bundle"      "$cli attack info $bundle"
report "parse-1000-notes"      "$cli list $work/kb-1000"
report "load-18.1-catalog"     "$cli attack info $repo/data/attack/enterprise-attack-18.1.catalog.json"
# The back ends below need the whole-ATT&CK KB (import) and their commands; each runs only when it works.
runs_ok() { "$@" >/dev/null 2>&1; }
if [ "$have_import" = 1 ]; then
  runs_ok akb lint "$work/kb-all" -o "$work/lint.txt" || [ $? = 1 ] && report "lint-all-techniques" "$cli lint $work/kb-all -o $work/lint.txt"
  runs_ok akb stix "$work/kb-all" -o "$work/bundle.json" && report "stix-all-techniques" "$cli stix $work/kb-all -o $work/bundle.json"
  if runs_ok akb site "$work/kb-all" -o "$work/site-out"; then
    report "site-all-techniques" "$cli site $work/kb-all -o $work/site-out"
    report "hugo-same-notes" "hugo --quiet -s $work/hugo -d $work/hugo-out"
    site=$(cat "$work/site-all-techniques.median"); hugo=$(cat "$work/hugo-same-notes.median")
    echo "site / hugo time ratio: $(python3 -c "print('%.2f' % ($site / $hugo))")"
    echo "site output: $(find "$work/site-out" -type f | wc -l) files, $(du -sh --apparent-size "$work/site-out" | cut -f1);" \
      "largest page: $(find "$work/site-out" -name '*.html' -printf '%s %P\n' | sort -n | tail -n 1);" \
      "largest technique page: $(find "$work/site-out/techniques" -name 'T*.html' -printf '%s %P\n' | sort -n | tail -n 1)"
    echo "hugo output: $(find "$work/hugo-out" -type f | wc -l) files, $(du -sh --apparent-size "$work/hugo-out" | cut -f1)"
    runs_ok akb build "$work/kb-all" -o "$work/build-out" || [ $? = 1 ] && report "build-all-techniques" "$cli build $work/kb-all -o $work/build-out"
    echo
    bash tests/bench/lighthouse.sh "$work/site-out" || echo "lighthouse: not run (see above)"
  fi
  report "import-18.1-all" "$cli import $bundle --all --to $work/import-out"
fi
