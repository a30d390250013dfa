using NodaTime;
using RepayableAdvance.Funds;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

public sealed class FundLedgerTests
{
    private static readonly LocalDate D = new(2025, 7, 15);

    [Fact]
    public void Positions_follow_the_life_of_an_advance()
    {
        var ledger = Endowed()
            .Append(FundEvent.Commitment(D, "A1", E(150_000m)))
            .Append(FundEvent.Disbursement(D.PlusDays(17), "A1", E(150_000m)))
            .Append(FundEvent.Repayment(D.PlusMonths(13), "A1", E(3_125m), E(436.25m)))
            .Append(FundEvent.Fee(D.PlusMonths(13), "management", E(1_000m)));

        var atCommitment = ledger.PositionAt(D);
        Assert.Equal(E(20_000_000m), atCommitment.Endowment);
        Assert.Equal(E(150_000m), atCommitment.CommittedUndisbursed);
        Assert.Equal(E(19_850_000m), atCommitment.Available);
        Assert.Equal(E(20_000_000m), atCommitment.Cash);

        var now = ledger.Current;
        Assert.Equal(E(146_875m), now.Outstanding);
        Assert.Equal(E(20_000_000m - 150_000m + 3_125m + 436.25m - 1_000m), now.Cash);
        Assert.Equal(now.Cash, now.Available);
        Assert.Equal(Rate.FromDecimal(146_875m / 20_000_000m), now.Utilisation);
        Assert.Equal(E(3_125m), ledger.Advances["A1"].PrincipalRepaid);
        Assert.Equal(E(0m), ledger.PositionAt(Inception.PlusDays(-1)).Endowment);
    }

    [Fact]
    public void Non_revolving_funds_do_not_lend_repayments_again()
    {
        var ledger = Endowed(revolving: false)
            .Append(FundEvent.Commitment(D, "A1", E(19_000_000m)))
            .Append(FundEvent.Disbursement(D, "A1", E(19_000_000m)))
            .Append(FundEvent.Repayment(D.PlusMonths(1), "A1", E(5_000_000m), E(0.01m)));
        Assert.Equal(E(1_000_000m), ledger.Current.Available);
        Assert.True(ledger.Current.Cash > ledger.Current.Available);
        Assert.False(ledger.TryAppend(FundEvent.Commitment(D.PlusMonths(1), "A2", E(1_000_000.01m)), out _, out var rejection));
        Assert.Equal(LedgerRule.ExceedsAvailable, rejection.Rule);
        Assert.EndsWith("exceeds the 1000000.00 EUR available.", rejection.Message, StringComparison.Ordinal);
        Assert.StartsWith("Événement refusé [exceedsAvailable] : l'opération « engagement » de A2 du ", rejection.French, StringComparison.Ordinal);
        Assert.EndsWith("dépasse les 1000000.00 EUR disponibles.", rejection.French, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_transition_is_refused_with_its_rule_and_changes_nothing()
    {
        var ledger = Endowed().Append(FundEvent.Commitment(D, "A1", E(100_000m))).Append(FundEvent.Disbursement(D, "A1", E(60_000m)));
        (FundEvent Event, string Rule)[] cases =
        [
            (FundEvent.Contribution(D, "state", E(1m)), "unknownCoFunder"),
            (FundEvent.Commitment(D, "A2", E(20_000_000m)), "exceedsAvailable"),
            (FundEvent.Commitment(D, "A1", E(1m)), "duplicateAdvance"),
            (FundEvent.Disbursement(D, "A1", E(40_000.01m)), "exceedsCommitted"),
            (FundEvent.Disbursement(D, "A9", E(1m)), "unknownAdvance"),
            (FundEvent.Cancellation(D, "A1", E(40_000.01m)), "exceedsCommitted"),
            (FundEvent.Repayment(D, "A1", E(60_000.01m), E(0m)), "exceedsOutstanding"),
            (FundEvent.WriteOff(D, "A1", E(60_000.01m)), "exceedsOutstanding"),
            (FundEvent.Recovery(D, "A1", E(1m)), "exceedsWrittenOff"),
            (FundEvent.Fee(D, "audit", E(20_000_000m)), "exceedsAvailable"),
            (FundEvent.Repayment(D.PlusDays(-1), "A1", E(1m), E(0m)), "outOfOrder"),
            (FundEvent.Contribution(new LocalDate(2024, 12, 31), "region", E(1m)), "beforeInception"),
            (FundEvent.Contribution(D, "region", new Money(1m, Currency.USD)), "currency"),
        ];
        foreach (var (e, rule) in cases)
        {
            Assert.False(ledger.TryAppend(e, out var next, out var rejection));
            Assert.Null(next);
            Assert.Equal(rule, rejection.Code);
            Assert.Contains(e.Reference, rejection.Message, StringComparison.Ordinal);
            Assert.Equal(rule, Assert.Throws<LedgerRejectedException>(() => ledger.Append(e)).Rejection!.Code);
        }

        Assert.Equal(4, ledger.Count);
        Assert.Equal(E(40_000m), ledger.Advances["A1"].Undisbursed);
    }

    [Fact]
    public void Negative_or_zero_amounts_are_refused_when_the_event_is_built()
    {
        Assert.Throws<ArgumentException>(() => FundEvent.Contribution(D, "region", E(-1m)));
        Assert.Throws<ArgumentException>(() => FundEvent.Repayment(D, "A1", E(0m), E(0m)));
        Assert.Throws<ArgumentException>(() => FundEvent.Disbursement(D, " ", E(1m)));
        Assert.Throws<ArgumentException>(() => new Fund("f", "f", Currency.EUR, D, [new CoFunder("a", "A"), new CoFunder("a", "B")]));
        Assert.Throws<ArgumentException>(() => new Fund("f", "f", Currency.EUR, D, [new CoFunder("a", "A")], lossSharing: LossSharing.FirstLoss, firstLossOrder: ["b"]));
    }

    [Fact]
    public void Older_versions_stay_valid_when_a_newer_one_branches()
    {
        var v1 = Endowed();
        var v2 = v1.Append(FundEvent.Commitment(D, "A1", E(1_000m)));
        var branch = v1.Append(FundEvent.Commitment(D, "B1", E(2_000m)));
        Assert.Equal(3, v2.Count);
        Assert.Equal(3, branch.Count);
        Assert.Equal("A1", v2.Events[^1].Reference);
        Assert.Equal("B1", branch.Events[^1].Reference);
        Assert.Equal(2, v1.Count);
    }

    [Fact]
    public void Co_funder_statements_split_every_position_exactly()
    {
        var ledger = Endowed()
            .Append(FundEvent.Commitment(D, "A1", E(100_000.01m)))
            .Append(FundEvent.Disbursement(D, "A1", E(100_000.01m)))
            .Append(FundEvent.WriteOff(D.PlusYears(1), "A1", E(90_000.01m)))
            .Append(FundEvent.Recovery(D.PlusYears(2), "A1", E(10_000m)));
        var statements = CoFunderStatements.For(ledger, D.PlusYears(2));
        var position = ledger.Current;
        Assert.Equal(position.Cash, statements[0].Cash + statements[1].Cash);
        Assert.Equal(position.Outstanding, statements[0].Outstanding + statements[1].Outstanding);
        Assert.Equal(E(80_000.01m), statements[0].Losses + statements[1].Losses);
        Assert.Equal(Rate.FromDecimal(0.75m), statements[0].Share);
        Assert.Equal(E(60_000.01m), statements[0].Losses);

        var firstLoss = Endowed(sharing: LossSharing.FirstLoss)
            .Append(FundEvent.Commitment(D, "A1", E(6_000_000m)))
            .Append(FundEvent.Disbursement(D, "A1", E(6_000_000m)))
            .Append(FundEvent.WriteOff(D.PlusYears(1), "A1", E(6_000_000m)));
        var waterfall = CoFunderStatements.For(firstLoss, D.PlusYears(1));
        Assert.Equal(E(1_000_000m), waterfall.Single(s => s.CoFunder.Id == "region").Losses);
        Assert.Equal(E(5_000_000m), waterfall.Single(s => s.CoFunder.Id == "cci").Losses);
    }

    [Fact]
    public async Task Concurrent_commitments_never_overdraw_the_fund()
    {
        var account = new FundAccount(Endowed());
        var tasks = Enumerable.Range(0, 400).Select(i => Task.Run(() => account.TryAppend(FundEvent.Commitment(D, $"A{i}", E(75_000m)), out _))).ToArray();
        var results = await Task.WhenAll(tasks);
        var ledger = account.Ledger;
        Assert.Equal(266, results.Count(r => r));
        Assert.Equal(E(19_950_000m), ledger.Current.Committed);
        Assert.Equal(E(50_000m), ledger.Current.Available);
        Assert.Equal(268, ledger.Count);
        Assert.Throws<LedgerRejectedException>(() => account.Append(FundEvent.Commitment(D, "Z", E(50_000.01m))));
    }
}
