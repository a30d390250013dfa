#!/usr/bin/env bash
# Renders the committee report of the demo (and the schedule and stress charts) and screenshots the report with
# headless Chromium, so a person can check that it prints as one readable page. Not part of the unit-test run.
#   bash .ci/screenshot-report.sh [output-dir]      (default: artifacts/report)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/report}"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "Chromium is missing: installing it with apt-get (Debian's registry)."
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  browser="$(command -v chromium)"
fi

cd "$root"
dotnet build src/RepayableAdvance.Cli -c Release -nologo -v quiet
cli=(dotnet src/RepayableAdvance.Cli/bin/Release/net10.0/repayable-advance.dll)
"${cli[@]}" demo --culture fr-FR --report "$out/decision-fr.html" > /dev/null
"${cli[@]}" demo --culture en-GB --report "$out/decision-en.html" > /dev/null
"${cli[@]}" schedule docs/examples/terms.json --fixings docs/examples/euribor-3m.fixings.json --chart "$out/schedule.svg" > /dev/null
"${cli[@]}" fund simulate docs/examples/portfolio.json --scenarios 2000 --chart "$out/stress.svg" --format csv > "$out/stress.csv"

for lang in fr en; do
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1240,1754 \
    --screenshot="$out/decision-$lang.png" "file://$out/decision-$lang.html" 2>/dev/null
  "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/decision-$lang.pdf" "file://$out/decision-$lang.html" 2>/dev/null
done

echo "Wrote $out: decision-fr.png/.pdf, decision-en.png/.pdf, schedule.svg, stress.svg, stress.csv"
