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
source tests/bench/all-techniques-kb.sh
all_techniques_kb "$cli" "$corpus" "$repo" "$work/kb-all" && have_import=1

# Hugo peer: the same notes as plain pages (front matter + markdown), minimal templates.
if [ "$have_import" = 1 ]; then
  mkdir -p "$work/hugo/content"
  cp -r "$repo/tests/bench/hugo/"* "$work/hugo/"
  cp -r "$work/kb-all/notes/." "$work/hugo/content/"
fi

# --- Search: ours beside pagefind (npm pagefind 1.6.0, its linux-x64 binary from the npm package, installed in a
# bench-only folder) on the same site in the same run: index time, peak memory, index size, first-query bytes.
search_block() {
  local site="$work/site-out" q="process doppelganging"
  "$cli" site "$work/kb-all" -o "$work/site-search" >/dev/null 2>&1
  local ours_ms=$(BENCH_WORK="$work" RUNS="$runs" bash tests/bench/search-index.sh "$cli" \
    | sed -n 's/^  median \([0-9]*\) ms .*/\1/p')
  local ours_size=$(du -sb --apparent-size "$work/site-search/search" | cut -f1)
  printf '%s\n' "$q" > "$work/search-query.txt"
  local outcome=$(node tests/AttackKb.Site.Tests/Search/search-harness.js "$work/site-search" "$work/search-query.txt")
  local ours_q=$(echo "$outcome" | cut -f4) ours_rank=$(echo "$outcome" | cut -f3)
  local page=$(cat "$work/site-search/search.html" "$work/site-search/assets/"{style.css,search.js,favicon.svg} | wc -c)
  echo "search (ours): index step ${ours_ms} ms inside site (median of $runs); index $((ours_size / 1024)) KiB in" \
    "$(find "$work/site-search/search" -type f | wc -l) files; first query '$q': $(((page + ours_q) / 1024)) KiB" \
    "(page, style, script, icon $((page / 1024)) KiB + index files $((ours_q / 1024)) KiB); ranking ${ours_rank} ms in node"
  mkdir -p "$work/pagefind"
  if [ ! -x "$work/pagefind/node_modules/.bin/pagefind" ]; then
    (cd "$work/pagefind" && npm init -y >/dev/null && npm install --no-audit --no-fund pagefind@1.6.0 >/dev/null 2>&1) \
      || { echo "search (pagefind): npm install pagefind@1.6.0 failed; skipped"; return 0; }
  fi
  cp -r "$work/site-search" "$work/site-pagefind"
  local pf="$work/pagefind/node_modules/.bin/pagefind"
  local t0=$(date +%s.%N)
  local rss=$(/usr/bin/time -f '%M' "$pf" --site "$work/site-pagefind" 2>&1 >/dev/null | tail -n 1)
  local t1=$(date +%s.%N)
  local out="$work/site-pagefind/pagefind"
  local size=$(du -sb --apparent-size "$out" | cut -f1)
  # What its first query loads (its default UI shows 5 results): pagefind.js, the WebAssembly module, the entry
  # file, the metadata, one index chunk (average size) and 5 result fragments (average size); its UI script besides.
  local avg_index=$(find "$out/index" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d", s/NR}')
  local avg_fragment=$(find "$out/fragment" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%d", s/NR}')
  local fixed=$(cat "$out/pagefind.js" "$out"/wasm.*.pagefind "$out/pagefind-entry.json" "$out"/*.pf_meta | wc -c)
  local ui=$(cat "$out/pagefind-ui.js" "$out/pagefind-ui.css" 2>/dev/null | wc -c)
  echo "search (pagefind 1.6.0): index $(python3 -c "print('%.2f' % ($t1 - $t0))") s, peak $((rss / 1024)) MB;" \
    "index $((size / 1024)) KiB in $(find "$out" -type f | wc -l) files; first query about" \
    "$(((fixed + avg_index + 5 * avg_fragment) / 1024)) KiB + its UI $((ui / 1024)) KiB"
}

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
    search_block
    runs_ok akb build "$work/kb-all" -o "$work/build-out" || [ $? = 1 ] && report "build-all-techniques" "$cli build $work/kb-all -o $work/build-out"
    echo
    bash tests/bench/lighthouse.sh "$work/site-out" || echo "lighthouse: not run (see above)"
  fi
  report "import-18.1-all" "$cli import $bundle --all --to $work/import-out"
fi

# Scaling: a synthetic KB 10x the whole-ATT&CK one (tests/bench/synthetic-release.py: every object copied 10 times with
# distinct STIX and ATT&CK IDs), imported and built the same way; each command's 10x time over its 1x time should stay
# at most 11 (cost grows linearly). SCALE=0 skips it (the synthetic release takes minutes to write).
if [ "$have_import" = 1 ] && [ "${SCALE:-10}" != 0 ]; then
  scale=${SCALE:-10}
  echo "== preparing the ${scale}x synthetic release and KB" >&2
  python3 tests/bench/synthetic-release.py "$bundle" "$scale" "$work/release-${scale}x.json.gz"
  kb="$work/kb-${scale}x"
  mkdir -p "$kb/detections"
  akb import "$work/release-${scale}x.json.gz" --all --to "$kb/notes" >/dev/null 2>&1
  akb attack catalog "$work/release-${scale}x.json.gz" -o "$kb/catalog.json" >/dev/null
  printf '{ "attack": "catalog.json" }\n' > "$kb/attackkb.json"
  # The Sigma rules too, once per copy: rule ids and technique tags follow the copy's IDs (T1xxx -> T{d}xxx).
  for c in $(seq 0 $((scale - 1))); do
    d=$(echo 1234567890 | cut -c$((c + 1)))
    mkdir -p "$kb/detections/sigma-$c"
    find "$corpus/sigma/rules-certificates" -name '*.yml' | while read -r rule; do
      sed -e "s/^id: \(.\{8\}\)/id: $(printf '%08x' "$c")/" -e "s/attack\.t1\([0-9]\)/attack.t$d\1/" \
        "$rule" > "$kb/detections/sigma-$c/$(basename "$rule")"
    done
  done
  echo
  echo "| benchmark (${scale}x KB)            | median     | peak RSS  | x 1x time |"
  echo "|------------------------------|------------|-----------|-----------|"
  ratio() { python3 -c "print('%.2f' % ($(cat "$work/$1.median") / $(cat "$work/$2.median")))"; }
  scaled() { # name-1x name command...
    local base=$1 name=$2; shift 2
    local line; line=$(report "$name" "$@")
    echo "$line $(ratio "$name" "$base" 2>/dev/null || echo '?') |"
  }
  runs_ok akb lint "$kb" -o "$work/lint-x.txt" || [ $? = 1 ] \
    && scaled "lint-all-techniques" "lint-${scale}x" "$cli lint $kb -o $work/lint-x.txt"
  runs_ok akb stix "$kb" -o "$work/bundle-x.json" \
    && scaled "stix-all-techniques" "stix-${scale}x" "$cli stix $kb -o $work/bundle-x.json"
  runs_ok akb site "$kb" -o "$work/site-x" \
    && scaled "site-all-techniques" "site-${scale}x" "$cli site $kb -o $work/site-x"
  scaled "import-18.1-all" "import-${scale}x" "$cli import $work/release-${scale}x.json.gz --all --to $work/import-x"
fi
