using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Funds;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

public sealed class FundLaws
{
    /// <summary>Random attempted events: many are invalid on purpose (too big, unknown advance, out of order).</summary>
    private static readonly Gen<(int Kind, int Advance, long Cents, int Days)[]> Attempts =
        Gen.ArrayOf(
            Gen.Zip(Gen.Choose(0, 7), Gen.Choose(0, 5)).Zip(Gen.Zip(Gen.Choose(1, 60_000_000).Select(c => (long)c), Gen.Choose(-2, 40)))
                .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2)),
            Gen.Choose(0, 80).Sample(1).First());

    private static FundEvent Build(int kind, int advance, long cents, LocalDate date)
    {
        var amount = Money.FromMinorUnits(cents, Currency.EUR);
        var id = $"A{advance}";
        return kind switch
        {
            0 => FundEvent.Contribution(date, advance % 2 == 0 ? "region" : "cci", amount),
            1 => FundEvent.Commitment(date, id, amount),
            2 => FundEvent.Cancellation(date, id, amount),
            3 => FundEvent.Disbursement(date, id, amount),
            4 => FundEvent.Repayment(date, id, Money.FromMinorUnits(cents / 3, Currency.EUR), Money.FromMinorUnits(cents % 1000 + 1, Currency.EUR)),
            5 => FundEvent.WriteOff(date, id, amount),
            6 => FundEvent.Recovery(date, id, amount),
            _ => FundEvent.Fee(date, "management", Money.FromMinorUnits(cents / 100 + 1, Currency.EUR)),
        };
    }

    [Fact]
    public void Ledger_laws_hold_over_random_event_sequences() =>
        Laws.Check(
            300,
            Gen.Zip(Gen.ArrayOf(Gen.Zip(Gen.Zip(Gen.Choose(0, 7), Gen.Choose(0, 5)), Gen.Zip(Gen.Choose(1, 60_000_000), Gen.Choose(-2, 40))), 60), Gen.Elements(true, false)),
            c =>
            {
                var (attempts, revolving) = c;
                var ledger = Endowed(revolving);
                var accepted = new List<FundEvent>(ledger.Events);
                var date = Inception;
                foreach (var ((kind, advance), (cents, days)) in attempts)
                {
                    date = date.PlusDays(days);
                    var e = Build(kind, advance, cents, date);
                    var before = ledger.Current;
                    if (ledger.TryAppend(e, out var next, out _))
                    {
                        ledger = next;
                        accepted.Add(e);
                    }
                    else
                    {
                        // A rejected event changes nothing.
                        Assert.Equal(before, ledger.Current);
                        Assert.Equal(accepted.Count, ledger.Count);
                    }

                    Check(ledger, accepted, revolving);
                }
            });

    private static void Check(FundLedger ledger, List<FundEvent> events, bool revolving)
    {
        decimal Sum(FundEventKind kind, bool interest = false) => events.Where(e => e.Kind == kind).Sum(e => interest ? e.Interest.Amount : e.Amount.Amount);
        var p = ledger.Current;

        // Conservation: contributions + repayments + recoveries − disbursements − fees = cash.
        var cash = Sum(FundEventKind.Contribution) + Sum(FundEventKind.Repayment) + Sum(FundEventKind.Repayment, interest: true) + Sum(FundEventKind.Recovery) - Sum(FundEventKind.Disbursement) - Sum(FundEventKind.Fee);
        Assert.Equal(cash, p.Cash.Amount);

        // Outstanding = disbursed − principal repaid − written off, in total and per advance.
        Assert.Equal(Sum(FundEventKind.Disbursement) - Sum(FundEventKind.Repayment) - Sum(FundEventKind.WriteOff), p.Outstanding.Amount);
        foreach (var (id, balance) in ledger.Advances)
        {
            var mine = events.Where(e => e.Reference == id).ToList();
            Assert.Equal(
                mine.Where(e => e.Kind == FundEventKind.Disbursement).Sum(e => e.Amount.Amount) - mine.Where(e => e.Kind is FundEventKind.Repayment or FundEventKind.WriteOff).Sum(e => e.Amount.Amount),
                balance.Outstanding.Amount);
            Assert.False(balance.Outstanding.IsNegative);
            Assert.False(balance.Undisbursed.IsNegative);
        }

        // Available is never negative, and never more than cash minus what is promised.
        Assert.False(p.Available.IsNegative);
        Assert.True(p.Available <= p.Cash - p.CommittedUndisbursed);
        if (revolving)
        {
            Assert.Equal(p.Cash - p.CommittedUndisbursed, p.Available);
        }

        // Co-funder shares sum exactly.
        var statements = CoFunderStatements.For(ledger, p.AsOf);
        Assert.Equal(p.Cash, statements[0].Cash + statements[1].Cash);
        Assert.Equal(p.Outstanding, statements[0].Outstanding + statements[1].Outstanding);
        Assert.Equal(p.Available, statements[0].Available + statements[1].Available);
        Assert.Equal(Money.Max(p.WrittenOff - p.Recovered, Money.Euros(0m)), statements[0].Losses + statements[1].Losses);
    }

    [Fact]
    public void Allocation_never_exceeds_what_is_available_or_asked_and_is_deterministic() =>
        Laws.Check(
            500,
            from n in Gen.Choose(0, 12)
            from requests in Gen.ArrayOf(Gen.Zip(Gen.Choose(1, 40_000_000), Gen.Choose(0, 5)).Zip(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(0, 100))), n)
            from available in Gen.Choose(0, 120_000_000)
            from order in Gen.Elements(Enum.GetValues<AllocationOrder>())
            from partial in Gen.Elements(true, false)
            from minimum in Gen.Choose(0, 5_000_000)
            from cap in Gen.Choose(0, 2)
            select (requests, available, order, partial, minimum, cap),
            c =>
            {
                var batch = c.requests.Select((r, i) => new AllocationRequest(
                    $"R{i}", $"B{r.Item1.Item2}", Money.FromMinorUnits(r.Item1.Item1, Currency.EUR), r.Item2.Item2 % 7, $"T{r.Item2.Item1}", null, r.Item2.Item2, r.Item1.Item2)).ToArray();
                var policy = new AllocationPolicy(
                    c.order, c.partial, Money.FromMinorUnits(c.minimum, Currency.EUR),
                    c.cap == 0 ? null : Money.FromMinorUnits(25_000_000, Currency.EUR),
                    c.cap == 2 ? new Dictionary<string, Money> { ["T1"] = Money.FromMinorUnits(30_000_000, Currency.EUR) } : null);
                var available = Money.FromMinorUnits(c.available, Currency.EUR);
                var result = policy.Allocate(batch, available);
                var again = policy.Allocate(batch, available);
                return result.TotalGranted <= available
                    && result.Decisions.All(d => !d.Granted.IsNegative && d.Granted <= d.Request.Amount)
                    && result.Decisions.Select(d => d.Granted).SequenceEqual(again.Decisions.Select(d => d.Granted))
                    && (c.cap != 0 ? result.Decisions.GroupBy(d => d.Request.Beneficiary).All(g => g.Aggregate(Money.Euros(0m), (s, d) => s + d.Granted) <= Money.Euros(250_000m)) : true);
            });

    [Fact]
    public void Simulation_with_the_same_seed_is_identical_for_any_parallelism() =>
        Laws.Check(
            6,
            Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(1, 30)),
            c =>
            {
                var portfolio = StressTests.Portfolio(40, Rate.FromPercent(c.Item2));
                var results = new[] { 1, 2, 4 }.Select(p => StressSimulation.Run(portfolio, new StressSettings(400, 48, (ulong)c.Item1, p))).ToArray();
                return results.All(r => r.Available.SequenceEqual(results[0].Available)
                    && r.ExhaustionProbability == results[0].ExhaustionProbability
                    && r.ExpectedAdvancesFunded == results[0].ExpectedAdvancesFunded
                    && r.ExpectedDefaults == results[0].ExpectedDefaults);
            });
}
