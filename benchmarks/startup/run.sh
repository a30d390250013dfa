#!/usr/bin/env bash
# Start-up of the repayable-advance command against a hello-world console, measured side by side.
#   bash benchmarks/startup/run.sh [runs]        (default: 10 alternating runs of each)
#
# Builds a framework-dependent hello-world console (dotnet new console, Release), started as `dotnet hello.dll`;
# packs the tool as it ships (pointer, linux-x64 native and portable packages) and installs it from a local feed
# with `dotnet tool install`, as a user would; publishes the portable tool (the `any` package's content) to run it
# with `dotnet repayable-advance.dll`. Then alternates every command `runs` times and prints each median wall time
# and its ratio to hello world. Linux x64 only (the native package's platform); needs clang and zlib for the pack.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cli="$root/src/RepayableAdvance.Cli/RepayableAdvance.Cli.csproj"
version="0.0.0-startup.$(date +%s)"

(cd "$work" && dotnet new console -n hello -o hello --framework net10.0 >/dev/null \
  && dotnet build hello -c Release -o hello/out -nologo -v quiet >/dev/null)
dotnet pack "$cli" -c Release -p:Version="$version" -o "$work/feed" -nologo -v quiet >/dev/null
dotnet pack "$cli" -c Release -r linux-x64 -p:Version="$version" -o "$work/feed" -nologo -v quiet >/dev/null
dotnet tool install RepayableAdvance.Cli --version "$version" --tool-path "$work/native" --add-source "$work/feed" >/dev/null
dotnet publish "$cli" -c Release -p:PublishAot=false -o "$work/portable" -nologo -v quiet >/dev/null

cd "$root/docs/examples"
inputs="boilermaker-application.json --fixing 1.99% --base-rates base-rates.json --ledger ledger.json --register de-minimis-register.json"
declare -A commands=(
  [hello]="dotnet $work/hello/out/hello.dll"
  [evaluate]="$work/native/repayable-advance evaluate $inputs"
  [demo]="$work/native/repayable-advance demo"
  [portable-evaluate]="dotnet $work/portable/repayable-advance.dll evaluate $inputs"
)
order=(hello evaluate demo portable-evaluate)
for name in "${order[@]}"; do
  ${commands[$name]} >/dev/null 2>&1 || { echo "$name failed"; exit 1; } # fails loudly, and warms the disk cache
done

declare -A times
for ((r = 0; r < runs; r++)); do
  for name in "${order[@]}"; do
    start=$(date +%s%N)
    ${commands[$name]} >/dev/null 2>&1
    end=$(date +%s%N)
    times[$name]+="$(((end - start) / 1000)) "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
base=$(printf '%s' "${times[hello]}" | median)
printf '%-18s %12s %9s\n' command "median (ms)" "× hello"
for name in "${order[@]}"; do
  m=$(printf '%s' "${times[$name]}" | median)
  awk -v n="$name" -v m="$m" -v b="$base" 'BEGIN { printf "%-18s %12.1f %8.2fx\n", n, m / 1000, m / b }'
done
printf 'tool packages: %s\n' "$(cd "$work/feed" && ls -l --block-size=K ./*.nupkg | awk '{printf "%s %s; ", $9, $5}')"
