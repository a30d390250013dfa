#!/usr/bin/env bash
# Mutation testing with Stryker.NET (local tool, .config/dotnet-tools.json), one namespace at a time, with property
# counts scaled down so that each run fits well under an hour. Not part of CI (too slow).
#   bash tests/mutation.sh Scheduling        # one namespace: Money, Calendars, Scheduling, StateAid, Funds, ...
#   bash tests/mutation.sh                   # every namespace of the quality gate, one after the other
# Reports land in artifacts/mutation/<namespace>/; record the scores in docs/quality.md.
#   RA_MUTATION_TEST_FILTER='FullyQualifiedName!~RepayableAdvance.Tests.Cli' bash tests/mutation.sh Funds
#                                            # leaves out tests (dotnet test --filter syntax), such as the CLI's
#                                            # end-to-end process tests, which start a process per test
#   RA_MUTATION_FILES='ScheduleEngine.cs' bash tests/mutation.sh Scheduling   # some files of a namespace
#   RA_MUTATION_PART=a RA_MUTATION_FILES='…' bash tests/mutation.sh Scheduling # report in artifacts/mutation/Scheduling-a
#   RA_MUTATION_CONCURRENCY=1 bash tests/mutation.sh Money                   # one test process (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
export RA_PROPERTY_SCALE="${RA_PROPERTY_SCALE:-0.1}"
# Tests run one at a time under Stryker (xunit.runner.mutation.json): with parallel tests its per-test coverage
# misattributes lines, and mutants that a test kills are reported as survivors or without coverage.
export RA_MUTATION=1
dotnet tool restore > /dev/null
namespaces=("${@:-Money Calendars Scheduling StateAid Funds}")
for ns in ${namespaces[@]}; do
  # Stryker globs have no brace expansion: one --mutate per pattern.
  case "$ns" in
    Money) patterns=("**/RepayableAdvance/Money.cs" "**/RepayableAdvance/MoneyAllocator.cs" "**/RepayableAdvance/RoundingPolicy.cs" "**/RepayableAdvance/Rate.cs" "**/RepayableAdvance/Currency.cs") ;;
    *) patterns=("**/RepayableAdvance/$ns/*.cs") ;;
  esac
  # RA_MUTATION_FILES="ScheduleEngine.cs SchedulePlanner.cs" narrows a namespace to some of its files.
  if [[ -n "${RA_MUTATION_FILES:-}" ]]; then
    patterns=()
    dir="$ns/"
    if [[ "$ns" == Money ]]; then dir=""; fi # Money's files sit at the library's root
    for f in $RA_MUTATION_FILES; do patterns+=("**/RepayableAdvance/$dir$f"); done
  fi
  mutate=()
  for p in "${patterns[@]}"; do mutate+=(--mutate "$p"); done
  out="artifacts/mutation/$ns${RA_MUTATION_PART:+-$RA_MUTATION_PART}"
  mkdir -p "$out"
  echo "== Stryker on $ns (${patterns[*]}), RA_PROPERTY_SCALE=$RA_PROPERTY_SCALE"
  filter=()
  if [[ -n "${RA_MUTATION_TEST_FILTER:-}" ]]; then filter=(--test-case-filter "$RA_MUTATION_TEST_FILTER"); fi
  (cd tests/RepayableAdvance.Tests && dotnet stryker \
    --project RepayableAdvance.csproj \
    --target-framework net10.0 \
    "${mutate[@]}" \
    "${filter[@]}" \
    --reporter html --reporter json --reporter progress \
    --output "../../$out" \
    --concurrency "${RA_MUTATION_CONCURRENCY:-2}")
done
