#!/usr/bin/env bash
# Mutation testing with Stryker.NET (local tool, .config/dotnet-tools.json), one namespace at a time, with property
# counts scaled down so that each run fits well under an hour. Not part of CI (too slow).
#   bash tests/mutation.sh Scheduling        # one namespace: Money, Calendars, Scheduling, StateAid, Funds, ...
#   bash tests/mutation.sh                   # every namespace of the quality gate, one after the other
# Reports land in artifacts/mutation/<namespace>/; record the scores in docs/quality.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export RA_PROPERTY_SCALE="${RA_PROPERTY_SCALE:-0.1}"
dotnet tool restore > /dev/null
namespaces=("${@:-Money Calendars Scheduling StateAid Funds}")
for ns in ${namespaces[@]}; do
  case "$ns" in
    Money) pattern="**/RepayableAdvance/{Money,MoneyAllocator,RoundingPolicy,Rate,Currency}.cs" ;;
    *) pattern="**/RepayableAdvance/$ns/*.cs" ;;
  esac
  out="artifacts/mutation/$ns"
  mkdir -p "$out"
  echo "== Stryker on $ns ($pattern), RA_PROPERTY_SCALE=$RA_PROPERTY_SCALE"
  (cd tests/RepayableAdvance.Tests && dotnet stryker \
    --project RepayableAdvance.csproj \
    --target-framework net10.0 \
    --mutate "$pattern" \
    --reporter html --reporter json --reporter progress \
    --output "../../$out" \
    --concurrency 2)
done
