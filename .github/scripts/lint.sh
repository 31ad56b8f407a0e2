#!/usr/bin/env bash
# Lints a KB in a GitHub Actions job: a SARIF report for code scanning (step output `sarif`), then the `github`
# format on stdout, which GitHub turns into annotations on the pull request's lines. Exits with lint's exit code
# (0 clean, 1 errors or a file left out, 2 usage/config, 3 a bug), after the SARIF file is written.
#   usage: lint.sh KB SARIF_FILE        (env: ATTACKKB, the binary; default `attackkb` on PATH)
set -euo pipefail
kb=${1:?usage: lint.sh KB SARIF_FILE}
sarif=${2:?usage: lint.sh KB SARIF_FILE}
attackkb=${ATTACKKB:-attackkb}

mkdir -p "$(dirname "$sarif")"
sarif_status=0
"$attackkb" lint "$kb" --format sarif -o "$sarif" 2>/dev/null || sarif_status=$?
# A SARIF report exists for exit codes 0 and 1; 2 and 3 mean there is nothing to upload.
if [ "$sarif_status" -le 1 ]; then echo "sarif=$sarif" >> "${GITHUB_OUTPUT:?}"; fi

status=0
"$attackkb" lint "$kb" --format github || status=$?
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  case $status in
    0) echo "### attackkb lint: \`$kb\` is clean" ;;
    1) echo "### attackkb lint: \`$kb\` has errors (see the annotations and code scanning)" ;;
    *) echo "### attackkb lint: \`$kb\` could not be linted (exit $status)" ;;
  esac >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
