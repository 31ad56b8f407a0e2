#!/usr/bin/env bash
# Puts `attackkb` on a GitHub Actions runner and prints its path as the step output `path`.
#   ATTACKKB_BINARY  a binary already built (e.g. by `dotnet publish` in an earlier job, downloaded as an artifact):
#                    used as it is
#   ATTACKKB_VERSION "source" (default): publish the native binary from the AttackKb checkout ATTACKKB_SOURCE
#                    (the action's own folder); any other value: that version of the `attackkb` .NET tool, from the
#                    package sources the runner's NuGet configuration names
# Needs GITHUB_OUTPUT; the binary's folder is added to GITHUB_PATH when set.
set -euo pipefail
dest=${RUNNER_TEMP:-/tmp}/attackkb-tool
version=${ATTACKKB_VERSION:-source}

if [ -n "${ATTACKKB_BINARY:-}" ]; then
  # Artifacts lose the executable bit on upload.
  chmod +x "$ATTACKKB_BINARY"
  binary=$(cd "$(dirname "$ATTACKKB_BINARY")" && pwd)/$(basename "$ATTACKKB_BINARY")
elif [ "$version" = source ]; then
  source=${ATTACKKB_SOURCE:?ATTACKKB_SOURCE: the AttackKb checkout to publish from}
  dotnet publish "$source/src/AttackKb.Cli" -c Release -r linux-x64 -o "$dest" -nologo
  binary=$dest/attackkb
else
  dotnet tool install --tool-path "$dest" attackkb --version "$version"
  binary=$dest/attackkb
fi

"$binary" --version >/dev/null
echo "path=$binary" >> "${GITHUB_OUTPUT:?}"
if [ -n "${GITHUB_PATH:-}" ]; then dirname "$binary" >> "$GITHUB_PATH"; fi
echo "attackkb: using $binary" >&2
