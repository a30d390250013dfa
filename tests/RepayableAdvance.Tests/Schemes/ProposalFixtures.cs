using System.Globalization;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>The founding story's context for proposal tests: base rates valid through January 2026, the July 2025 fixing, a EUR 20M fund.</summary>
internal static class ProposalFixtures
{
    internal static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    internal static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    internal static readonly BaseRateTable BaseRates = BaseRateTable.ParseCsv("From;To;FR\n1.1.2025;;2,71\n1.7.2025;;2,21", new LocalDate(2026, 1, 31));
    internal static readonly IndexFixings Euribor = new("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);

    internal static FundLedger Ledger(params FundEvent[] more)
    {
        var ledger = Presets.HautsDeFranceFund.NewLedger()
            .Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "region", Money.Euros(10_000_000m)))
            .Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "cci", Money.Euros(10_000_000m)));
        return more.Aggregate(ledger, (l, e) => l.Append(e));
    }
}
