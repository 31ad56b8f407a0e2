#!/usr/bin/env bash
# Builds the KB's site (with lint/report.txt, lint/report.sarif and stix/bundle.json) into a folder for GitHub Pages
# and prints it as the step output `site`. `attackkb build` writes its outputs even when lint finds errors (exit 1):
# the site is published anyway (the lint step is the gate); exit codes 2 and 3 fail the step.
#   usage: site.sh KB OUTPUT_FOLDER [BASE_URL]   (env: ATTACKKB, the binary; default `attackkb` on PATH)
set -euo pipefail
kb=${1:?usage: site.sh KB OUTPUT_FOLDER [BASE_URL]}
out=${2:?usage: site.sh KB OUTPUT_FOLDER [BASE_URL]}
attackkb=${ATTACKKB:-attackkb}

args=(build "$kb" -o "$out")
if [ -n "${3:-}" ]; then args+=(--base-url "$3"); fi
status=0
"$attackkb" "${args[@]}" || status=$?
if [ "$status" -gt 1 ]; then exit "$status"; fi
echo "site=$out" >> "${GITHUB_OUTPUT:?}"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  echo "### attackkb site: $(find "$out" -name '*.html' | wc -l) pages built from \`$kb\`" >> "$GITHUB_STEP_SUMMARY"
fi
