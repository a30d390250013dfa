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

    /// <summary>
    /// The ledger keeps the fund's totals only after every 16th entry, and each advance's balances only after its
    /// latest entry. Every version, at every date, must still give what a plain fold over its own events gives,
    /// including versions that branch from an older one.
    /// </summary>
    [Fact]
    public void Every_version_at_every_date_equals_a_fold_over_its_events() =>
        Laws.Check(
            60,
            from attempts in Gen.ArrayOf(Gen.Zip(Gen.Zip(Gen.Choose(0, 7), Gen.Choose(0, 9)), Gen.Zip(Gen.Choose(1, 60_000_000), Gen.Choose(0, 3))), 150)
            from branchAt in Gen.Choose(0, 10_000)
            from revolving in Gen.Elements(true, false)
            select (attempts, branchAt, revolving),
            c =>
            {
                var (attempts, branchAt, revolving) = c;
                var versions = new List<FundLedger> { Endowed(revolving) };
                var date = Inception;
                foreach (var ((kind, advance), (cents, days)) in attempts)
                {
                    date = date.PlusDays(days);
                    if (versions[^1].TryAppend(Build(kind, advance, cents, date), out var next, out _))
                    {
                        versions.Add(next);
                    }
                }

                var before = versions.Select(v => v.Current).ToList();

                // A branch from an older version, replaying the same attempts in reverse from its last date.
                var branch = versions[branchAt % versions.Count];
                var branchDate = branch.Current.AsOf;
                foreach (var ((kind, advance), (cents, days)) in attempts.Reverse().Take(60))
                {
                    branchDate = branchDate.PlusDays(days);
                    if (branch.TryAppend(Build(kind, advance, cents, branchDate), out var next, out _))
                    {
                        branch = next;
                    }
                }

                Assert.Equal(before, versions.Select(v => v.Current));
                AssertFold(branch);
                for (var i = versions.Count - 1; i >= 0; i -= 5)
                {
                    AssertFold(versions[i]);
                }
            });

    /// <summary>
    /// The same over 70,000 events, so that entries cross their 4,096-entry chunks, the marks cross theirs (16,384
    /// entries) and both directories grow past their first four chunks, with a branch from a version beyond them.
    /// </summary>
    [Fact]
    public void A_long_ledger_and_a_late_branch_equal_a_fold_over_their_events()
    {
        var ledger = Endowed();
        FundLedger? older = null;
        var day = 0;
        for (var advance = 0; ledger.Count < 70_000; advance++)
        {
            var date = Inception.PlusDays(day++ / 3);
            var id = $"A{advance}";
            older ??= ledger.Count >= 66_000 ? ledger : null;
            ledger = ledger.AppendAll(
            [
                FundEvent.Commitment(date, id, Money.Euros(9_000m)),
                FundEvent.Disbursement(date, id, Money.Euros(8_000m)),
                FundEvent.Repayment(date, id, Money.Euros(3_000m), Money.Euros(1.23m)),
                FundEvent.Repayment(date, id, Money.Euros(5_000m), Money.Euros(0.01m)),
                FundEvent.Fee(date, "costs", Money.Euros(0.07m)),
            ]);
        }

        Assert.Equal(66_002, older!.Count);
        var asOf = older.Current.AsOf;
        var branch = older.AppendAll(
        [
            FundEvent.Cancellation(asOf, "A13199", Money.Euros(1_000m)),
            FundEvent.Commitment(asOf, "B1", Money.Euros(20_000m)),
            FundEvent.Disbursement(asOf, "B1", Money.Euros(5_000m)),
        ]);
        AssertFold(ledger, everyDate: 97);
        AssertFold(older, everyDate: 89);
        AssertFold(branch, everyDate: 89);
        Assert.Equal((E(1_000m), E(0m)), (ledger.AdvanceAt("A13199", asOf).Undisbursed, branch.AdvanceAt("A13199", asOf).Undisbursed));
        Assert.Equal((E(0m), E(5_000m)), (ledger.AdvanceAt("B1", asOf).Disbursed, branch.AdvanceAt("B1", asOf).Disbursed));
        Assert.Equal(ledger.PositionAt(asOf).Available - E(20_000m) + E(1_000m), branch.PositionAt(asOf).Available);
    }

    /// <summary>
    /// Checks a version's positions, and the balances of about ten of its advances, as of each date of its events
    /// (every <paramref name="everyDate"/>-th date, and the last), against a running fold over the events.
    /// </summary>
    private static void AssertFold(FundLedger ledger, int everyDate = 1)
    {
        const int Interest = 8;
        var events = ledger.Events;
        var fund = new decimal[9];
        var advances = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        var ids = new List<string>();
        var dates = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var own = new decimal[9];
            if (e.Kind is not (FundEventKind.Contribution or FundEventKind.Fee) && !advances.TryGetValue(e.Reference, out own!))
            {
                own = advances[e.Reference] = new decimal[9];
                ids.Add(e.Reference);
            }

            foreach (var sums in new[] { fund, own })
            {
                sums[(int)e.Kind] += e.Amount.Amount;
                sums[Interest] += e.Interest.Amount;
            }

            var last = i + 1 == events.Count;
            if ((!last && events[i + 1].Date == e.Date) || (dates++ % everyDate != 0 && !last))
            {
                continue;
            }

            decimal F(FundEventKind kind) => fund[(int)kind];
            var p = ledger.PositionAt(e.Date);
            Assert.Equal(
                (F(FundEventKind.Contribution), F(FundEventKind.Commitment) - F(FundEventKind.Cancellation), F(FundEventKind.Disbursement), F(FundEventKind.Repayment), fund[Interest], F(FundEventKind.WriteOff), F(FundEventKind.Recovery), F(FundEventKind.Fee)),
                (p.Endowment.Amount, p.Committed.Amount, p.Disbursed.Amount, p.PrincipalRepaid.Amount, p.InterestReceived.Amount, p.WrittenOff.Amount, p.Recovered.Amount, p.Fees.Amount));
            for (var k = ids.Count - 1; k >= 0; k -= Math.Max(1, ids.Count / 10))
            {
                var sums = advances[ids[k]];
                decimal A(FundEventKind kind) => sums[(int)kind];
                var b = ledger.AdvanceAt(ids[k], e.Date);
                Assert.Equal(
                    (A(FundEventKind.Commitment) - A(FundEventKind.Cancellation), A(FundEventKind.Disbursement), A(FundEventKind.Repayment), sums[Interest], A(FundEventKind.WriteOff), A(FundEventKind.Recovery)),
                    (b.Committed.Amount, b.Disbursed.Amount, b.PrincipalRepaid.Amount, b.InterestReceived.Amount, b.WrittenOff.Amount, b.Recovered.Amount));
            }
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), ledger.Advances.Keys.Order(StringComparer.Ordinal));
        Assert.All(ledger.Advances, a => Assert.Equal(advances[a.Key][(int)FundEventKind.Disbursement], a.Value.Disbursed.Amount));
    }

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
