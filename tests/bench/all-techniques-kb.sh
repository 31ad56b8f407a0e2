# Sourced by the benchmarks: all_techniques_kb CLI CORPUS REPO DIR writes into DIR the KB they time — every Enterprise
# 18.1 technique as a note (written by our importer) + the 54 SigmaHQ rules, pinned to data/'s catalog. Fails (status
# 1) when the import does.
all_techniques_kb() {
  local cli=$1 corpus=$2 repo=$3 kb=$4
  "$cli" import "$corpus/attack/enterprise-attack-18.1.json.gz" --all --to "$kb/notes" >/dev/null 2>&1 || return 1
  mkdir -p "$kb/detections"
  cp -r "$corpus/sigma/rules-certificates" "$kb/detections/sigma"
  cp "$repo/data/attack/"*.catalog.json "$kb/catalog.json"
  printf '{ "attack": "catalog.json" }\n' > "$kb/attackkb.json"
}
