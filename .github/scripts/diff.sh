#!/usr/bin/env bash
# Posts what a pull request changes in the KB as the job summary: `attackkb diff` of the base branch's KB folder
# against the head's (markdown: a summary table of counts, then a table per kind and category). The markdown is also
# written to the step output file `diff`. Exit 0 whatever changed; 2 when a side cannot be read.
#   usage: diff.sh BASE_KB HEAD_KB [MARKDOWN_FILE]   (env: ATTACKKB, the binary; default `attackkb` on PATH)
set -euo pipefail
base=${1:?usage: diff.sh BASE_KB HEAD_KB [MARKDOWN_FILE]}
head=${2:?usage: diff.sh BASE_KB HEAD_KB [MARKDOWN_FILE]}
markdown=${3:-${RUNNER_TEMP:-/tmp}/attackkb-diff.md}
attackkb=${ATTACKKB:-attackkb}

"$attackkb" diff "$base" "$head" --format markdown -o "$markdown"
cat "$markdown" >> "${GITHUB_STEP_SUMMARY:?}"
echo "diff=$markdown" >> "${GITHUB_OUTPUT:?}"
