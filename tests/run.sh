#!/usr/bin/env bash
# The README's test command: installs what the tests need on a fresh Debian + .NET SDK machine, then runs every test.
#   - Debian's chromium (browser tests drive /usr/bin/chromium through Playwright; no browser is downloaded)
#   - a Java runtime (Debian's default-jre-headless) for the Nu Html Checker, when java is absent
#   - the Python packages the TAXII test server (../shared/taxii, medallion) imports, each only when not installed
#   - Debian's clang and zlib1g-dev, which the Native AOT publish links with (the shipped binary is tested)
#   - the npm packages of tests/validators (ajv + OASIS schemas, @mitre-attack/attack-data-model, vnu-jar), from package-lock.json
# Prints a closing "N passed, N failed, N skipped" line and exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v clang >/dev/null 2>&1 || missing+=(clang)
for package in zlib1g-dev python3-flask python3-flask-httpauth python3-tz python3-six python3-appdirs \
               python3-packaging python3-attr python3-jsonschema; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tests: installing Debian's ${missing[*]} (browser tests drive chromium; vnu.jar needs java; the native" \
    "publish links with clang and zlib; the TAXII test server needs the python3 packages)" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when node_modules is absent or older than the lock file (a validator was added since).
if [ -f tests/validators/package-lock.json ] && { [ ! -f tests/validators/node_modules/.package-lock.json ] ||
     [ tests/validators/package-lock.json -nt tests/validators/node_modules/.package-lock.json ]; }; then
  echo "tests: installing the reference validators (npm ci)" >&2
  (cd tests/validators && npm ci --no-audit --no-fund --loglevel=error)
fi

log=$(mktemp)
set +e
dotnet test AttackKb.sln 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 1, ...") into one closing line.
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) }
      if ($i == "Passed:")  { p += $(i+1) }
      if ($i == "Skipped:") { s += $(i+1) }
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
