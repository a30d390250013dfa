#!/usr/bin/env bash
# Packs RepayableAdvance and RepayableAdvance.Json, then builds and runs a tiny console project that references the
# produced .nupkg files from a local folder feed, as a user would; then runs the README's from-source install word for
# word (.ci/install-from-source.sh). Usage: bash .ci/smoke-pack.sh
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
# Trimming: a self-contained, trimmed publish of the same project; the packages are IsAotCompatible, and any trim or
# AOT-analysis warning (IL2xxx, IL3xxx) fails the publish because the project treats warnings as errors.
rid="$(dotnet --info | awk '/RID:/ {print $2; exit}')"
dotnet publish "$work/Smoke.csproj" -c Release -r "$rid" --self-contained -p:PublishTrimmed=true -p:TrimMode=full \
  -p:SmokeVersion="$version" ${sources:+--source "$feed;$sources"} -o "$work/trimmed" --nologo -v quiet
"$work/trimmed/Smoke" docs/examples/boilermaker-application.json
echo "trimmed publish: $(du -sh "$work/trimmed" | cut -f1), $(find "$work/trimmed" -name '*.dll' | wc -l) assemblies"
# The README's from-source install, word for word, in a sandboxed home.
bash .ci/install-from-source.sh
