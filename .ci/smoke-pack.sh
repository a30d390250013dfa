#!/usr/bin/env bash
# Runs the README's from-source install word for word (.ci/install-from-source.sh: it packs every package and installs
# the tool), then builds and runs a tiny console project that references the packed RepayableAdvance and
# RepayableAdvance.Json packages from that local folder feed, as a user would, and the native tool the install put on
# the path. Each step's elapsed time goes to the log. Usage: bash .ci/smoke-pack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
step() { echo "[smoke: $((SECONDS - start)) s] $*"; }
# The README's from-source install, word for word, in a sandboxed home. Its linux-x64 tool pack compiles the CLI with
# Native AOT, which trims and AOT-analyses both packages as the CLI uses them: any trim or AOT-analysis warning
# (IL2xxx, IL3xxx) fails the pack, since warnings are errors.
step "install from source"
bash .ci/install-from-source.sh
step "the console project against the packages"
sandbox="$(pwd)/artifacts/install-sandbox"
feed="$sandbox/home/repayable-advance-packages"
work="$(pwd)/artifacts/smoke-app"
rm -rf "$work"
mkdir -p "$work"
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)"
cp .ci/smoke/Smoke.csproj .ci/smoke/Program.cs "$work/"
# The smoke project stands alone: no repository props, the local feed first, then the configured registry. It restores
# into the sandbox's package folder, so the machine's own never keeps a build of the packages under their version.
printf '<Project />\n' > "$work/Directory.Build.props"
printf '<Project />\n' > "$work/Directory.Build.targets"
printf '<Project />\n' > "$work/Directory.Packages.props"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="smoke" value="$feed" />
  </packageSources>
</configuration>
XML
sources=$(dotnet nuget list source --format short 2>/dev/null | awk '/^E/ {print $2}' | grep -vF "$feed" | paste -sd ';' -)
export NUGET_PACKAGES="$sandbox/home/.nuget/packages"
dotnet restore "$work/Smoke.csproj" -p:SmokeVersion="$version" ${sources:+--source "$feed;$sources"} --nologo -v quiet
dotnet build "$work/Smoke.csproj" -c Release --no-restore -p:SmokeVersion="$version" --nologo -v quiet
dotnet "$work/bin/Release/net10.0/Smoke.dll" docs/examples/boilermaker-application.json
step "the native tool"
tool="artifacts/install-sandbox/home/.dotnet/tools/repayable-advance"
[ "$(head -c 4 "$(readlink -f "$tool")" | tail -c 3)" = "ELF" ] || { echo "The installed tool is not the native executable."; exit 1; }
"$tool" evaluate docs/examples/boilermaker-application.json --fixing 1.99% --base-rates docs/examples/base-rates.json \
  --ledger docs/examples/ledger.json --register docs/examples/de-minimis-register.json --format csv | grep -q '^20,'
# The native tool reads a fund stored by RepayableAdvance.EntityFrameworkCore (the checked-in fixture database).
"$tool" books trial-balance --database tests/RepayableAdvance.Tests/Storage/initial.db --format json | grep -q '"balances": true'
echo "native tool: $(du -h "$(readlink -f "$tool")" | cut -f1) executable, evaluates the example application, reads a fund database"
step "done"
