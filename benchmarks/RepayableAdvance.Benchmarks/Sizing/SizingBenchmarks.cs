using RepayableAdvance.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.Benchmarks.Sizing;

/// <summary>The Hauts-de-France sizing with its full trace, against a hand-written min-of over the same bases and caps.</summary>
[MemoryDiagnoser]
public class SizingBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);
    private Application _application = null!;
    private SizingContext _context = null!;

    private SizingPolicy _policy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = SchemePresets.HautsDeFrancePrevention.VersionOn(AsOf).Sizing;
        _application = new Application(
            AsOf,
            need: new FinancingNeed(requestedAmount: Money.Euros(150_000m), monthlyLoadedPayroll: Money.Euros(75_000m)),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(400_000m), 60, AsOf.PlusDays(-14))]);
        _context = new SizingContext(FundHeadroom: Money.Euros(2_500_000m), DeMinimisCap: _ => Money.Euros(1_200_000m));
    }

    [Benchmark(Description = "Policy with full trace")]
    public Money? Policy() => _policy.Evaluate(_application, _context).Amount;

    [Benchmark(Baseline = true, Description = "Hand-written min-of")]
    public decimal HandWritten()
    {
        var a = _application;
        var need = a.Need.MonthlyLoadedPayroll!.Value.Amount * 2m;
        var amount = Math.Min(need, a.Need.RequestedAmount!.Value.Amount);
        amount = Math.Min(amount, 300_000m);
        var bank = 0m;
        foreach (var c in a.CoFinancing)
        {
            if (c.Kind == CoFinancingKind.BankDebt)
            {
                bank += c.Amount.Amount;
            }
        }

        amount = Math.Min(amount, bank / 2m);
        amount = Math.Min(amount, _context.FundHeadroom!.Value.Amount);
        amount = Math.Min(amount, _context.DeMinimisCap!(a)!.Value.Amount);
        amount = decimal.Floor(amount / 1000m) * 1000m;
        return amount >= 50_000m ? amount : 0m;
    }
}
