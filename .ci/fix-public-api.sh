#!/usr/bin/env bash
# Appends every RS0016 ("not part of the declared public API") symbol reported by a build of the given project
# to its PublicAPI.Unshipped.txt and removes the RS0017 (no longer public) ones, then sorts the file.
# Review the diff: it is the public API change.
set -euo pipefail
proj=${1:?usage: fix-public-api.sh path/to/Project.csproj}
dir=$(dirname "$proj")
out=$(dotnet build "$proj" -c Release --no-incremental 2>&1 || true)
syms=$(printf '%s\n' "$out" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
gone=$(printf '%s\n' "$out" | grep -oP "error RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public)" | sort -u || true)
if [ -n "$gone" ]; then
  python3 - "$dir/PublicAPI.Unshipped.txt" "$gone" <<'PY'
import sys
path, gone = sys.argv[1], set(sys.argv[2].splitlines())
lines = [l for l in open(path).read().splitlines() if l not in gone]
open(path, 'w').write("\n".join(lines) + "\n")
PY
  out=$(dotnet build "$proj" -c Release --no-incremental 2>&1 || true)
  syms=$(printf '%s\n' "$out" | grep -oP "error RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
fi
if [ -n "$syms" ]; then
  { tail -n +2 "$dir/PublicAPI.Unshipped.txt"; printf '%s\n' "$syms"; } | sed '/^$/d' | sort -u > "$dir/.api.tmp"
  { echo '#nullable enable'; cat "$dir/.api.tmp"; } > "$dir/PublicAPI.Unshipped.txt"
  rm "$dir/.api.tmp"
fi
printf '%s\n' "$out" | grep -E "error|warning" | grep -v RS0016 | sort -u | head -60 || true
