#!/usr/bin/env bash
# Runs the README's "install-from-source" block word for word, in a sandboxed home (its own ~, NuGet package folder,
# package source list and global tools), from the repository root, as a user would in their clone; each line is echoed
# with the seconds elapsed when it starts (bash ignores a PS4 from the environment when run as root, so the shell sets
# it). Usage: bash .ci/install-from-source.sh
set -euo pipefail
cd "$(dirname "$0")/.."
sandbox="$(pwd)/artifacts/install-sandbox"
rm -rf "$sandbox"
mkdir -p "$sandbox/home/.nuget/NuGet"
if [ -f "$HOME/.nuget/NuGet/NuGet.Config" ]; then
  cp "$HOME/.nuget/NuGet/NuGet.Config" "$sandbox/home/.nuget/NuGet/"
fi
script="$sandbox/install.sh"
awk '/^```bash install-from-source$/ {on=1; next} /^```$/ {on=0} on' README.md > "$script"
if [ ! -s "$script" ]; then
  echo "README.md has no install-from-source block."
  exit 1
fi
# The sandbox shares only the machine's HTTP download cache (what the registry served, unchanged), not its package
# folder, its sources or its tools.
HOME="$sandbox/home" NUGET_PACKAGES="$sandbox/home/.nuget/packages" PATH="$sandbox/home/.dotnet/tools:$PATH" \
  NUGET_HTTP_CACHE_PATH="${NUGET_HTTP_CACHE_PATH:-$HOME/.local/share/NuGet/http-cache}" \
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 bash -euo pipefail -c 'PS4="+ [README line at \$SECONDS s] "; set -x; . "$0"' "$script"
echo "install from source: $(wc -l < "$script") README lines ran"
