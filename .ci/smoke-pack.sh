#!/usr/bin/env bash
# Packs RepayableAdvance and RepayableAdvance.Json, then builds and runs a tiny console project that references the
# produced .nupkg files from a local folder feed, as a user would; then runs the README's from-source install word for
# word (.ci/install-from-source.sh) and the native tool it installs. Usage: bash .ci/smoke-pack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
feed="$(pwd)/artifacts/smoke-feed"
work="$(pwd)/artifacts/smoke-app"
rm -rf "$feed" "$work"
mkdir -p "$feed" "$work"
version="0.1.0-smoke.$(date +%s)"
dotnet pack src/RepayableAdvance/RepayableAdvance.csproj -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
dotnet pack src/RepayableAdvance.Json/RepayableAdvance.Json.csproj -c Release -o "$feed" -p:Version="$version" --nologo -v quiet
cp .ci/smoke/Smoke.csproj .ci/smoke/Program.cs "$work/"
# The smoke project stands alone: no repository props, the local feed first, then the configured registry.
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
sources=$(dotnet nuget list source --format short 2>/dev/null | awk '/^E/ {print $2}' | paste -sd ';' -)
dotnet restore "$work/Smoke.csproj" -p:SmokeVersion="$version" ${sources:+--source "$feed;$sources"} --nologo -v quiet
dotnet build "$work/Smoke.csproj" -c Release --no-restore -p:SmokeVersion="$version" --nologo -v quiet
dotnet "$work/bin/Release/net10.0/Smoke.dll" docs/examples/boilermaker-application.json
# The README's from-source install, word for word, in a sandboxed home. Its linux-x64 tool pack compiles the CLI with
# Native AOT, which trims and AOT-analyses both packages as the CLI uses them: any trim or AOT-analysis warning
# (IL2xxx, IL3xxx) fails the pack, since warnings are errors.
bash .ci/install-from-source.sh
tool="artifacts/install-sandbox/home/.dotnet/tools/repayable-advance"
[ "$(head -c 4 "$(readlink -f "$tool")" | tail -c 3)" = "ELF" ] || { echo "The installed tool is not the native executable."; exit 1; }
"$tool" evaluate docs/examples/boilermaker-application.json --fixing 1.99% --base-rates docs/examples/base-rates.json \
  --ledger docs/examples/ledger.json --register docs/examples/de-minimis-register.json --format csv | grep -q '^20,'
# The native tool reads a fund stored by RepayableAdvance.EntityFrameworkCore (the checked-in fixture database).
"$tool" books trial-balance --database tests/RepayableAdvance.Tests/Storage/initial.db --format json | grep -q '"balances": true'
echo "native tool: $(du -h "$(readlink -f "$tool")" | cut -f1) executable, evaluates the example application, reads a fund database"
