#!/usr/bin/env bash
# Lighthouse (npm, installed into tests/bench/lighthouse on first use: the benchmark's own folder, not the test
# validators) driving Debian's chromium over a generated site served on 127.0.0.1: accessibility, best practices and
# SEO scores and the cumulative layout shift of the hub, a technique page, the matrix and the search page.
#   bash tests/bench/lighthouse.sh <site folder>      (bench.sh runs it on the site of every Enterprise technique)
set -euo pipefail
site=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "lighthouse: $chromium not found (apt-get install chromium)" >&2; exit 2; }
[ -x "$here/lighthouse/node_modules/.bin/lighthouse" ] || (cd "$here/lighthouse" && npm ci --no-audit --no-fund -s)
out=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
sleep 1
hub=index.html; [ -f "$site/hub.html" ] && hub=hub.html
technique=techniques/T1059.001.html; [ -f "$site/$technique" ] || technique=techniques/T1553.004.html
echo "| page (Lighthouse, desktop, Debian chromium) | accessibility | best practices | SEO | CLS |"
echo "|---|---|---|---|---|"
for page in "$hub" "$technique" matrix.html "search.html?q=t1553.004"; do
  json="$out/$(echo "$page" | tr '/?=' '___').json"
  CHROME_PATH=$chromium "$here/lighthouse/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" --quiet \
    --preset=desktop --only-categories=performance,accessibility,best-practices,seo --output=json \
    --output-path="$json" --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 \
    || { echo "| $page | lighthouse failed | | | |"; continue; }
  python3 - "$json" "$page" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
score = lambda k: "%d" % round(c[k]["score"] * 100) if c[k]["score"] is not None else "n/a"
cls = r["audits"]["cumulative-layout-shift"].get("numericValue")
failed = [a for k in ("accessibility", "best-practices", "seo") for a in (x["id"] for x in c[k]["auditRefs"])
          if r["audits"][a].get("score") == 0]
print("| %s | %s | %s | %s | %s |%s" % (sys.argv[2], score("accessibility"), score("best-practices"), score("seo"),
      "n/a" if cls is None else "%.3f" % cls, (" failed: " + ", ".join(failed)) if failed else ""))
PY
done
