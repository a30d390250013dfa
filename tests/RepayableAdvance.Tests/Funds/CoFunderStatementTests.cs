using NodaTime;
using RepayableAdvance.Funds;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

public sealed class CoFunderStatementTests
{
    private static readonly LocalDate D = Inception.PlusMonths(1);

    private static Fund Small(LossSharing sharing) => new(
        "small", "Small fund", Currency.EUR, Inception,
        [new CoFunder("region", "Region"), new CoFunder("cci", "CCI")],
        true, sharing, sharing == LossSharing.FirstLoss ? ["cci", "region"] : null);

    [Fact]
    public void Before_any_contribution_every_share_is_zero()
    {
        var statements = CoFunderStatements.For(Small(LossSharing.ProRata).NewLedger(), D);
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s =>
        {
            Assert.Equal(Rate.Zero, s.Share);
            Assert.Equal(E(0m), s.Contributed);
            Assert.Equal(E(0m), s.Cash);
            Assert.Equal(E(0m), s.Available);
            Assert.Equal(E(0m), s.Outstanding);
            Assert.Equal(E(0m), s.CommittedUndisbursed);
            Assert.Equal(E(0m), s.Losses);
            Assert.Equal(D, s.AsOf);
        });
        Assert.Equal(["region", "cci"], statements.Select(s => s.CoFunder.Id));
    }

    [Fact]
    public void Every_position_is_split_by_contribution_and_sums_to_the_fund_position()
    {
        var ledger = Small(LossSharing.ProRata).NewLedger()
            .Append(FundEvent.Contribution(Inception, "region", E(300m)))
            .Append(FundEvent.Contribution(Inception, "cci", E(100m)))
            .Append(FundEvent.Commitment(D, "A", E(200m)))
            .Append(FundEvent.Disbursement(D, "A", E(120m)));
        var s = CoFunderStatements.For(ledger, D);
        Assert.Equal(Rate.FromDecimal(0.75m), s[0].Share);
        Assert.Equal(Rate.FromDecimal(0.25m), s[1].Share);
        Assert.Equal((E(210m), E(70m)), (s[0].Cash, s[1].Cash));
        Assert.Equal((E(90m), E(30m)), (s[0].Outstanding, s[1].Outstanding));
        Assert.Equal((E(60m), E(20m)), (s[0].CommittedUndisbursed, s[1].CommittedUndisbursed));
        Assert.Equal((E(150m), E(50m)), (s[0].Available, s[1].Available));
        Assert.Equal((E(300m), E(100m)), (s[0].Contributed, s[1].Contributed));

        // Before the commitment, only contributions and cash.
        var before = CoFunderStatements.For(ledger, Inception);
        Assert.Equal((E(300m), E(100m)), (before[0].Cash, before[1].Cash));
        Assert.Equal(E(0m), before[0].Outstanding);
    }

    [Fact]
    public void Recoveries_reduce_the_losses_shared_and_never_below_zero()
    {
        var ledger = Small(LossSharing.ProRata).NewLedger()
            .Append(FundEvent.Contribution(Inception, "region", E(300m)))
            .Append(FundEvent.Contribution(Inception, "cci", E(100m)))
            .Append(FundEvent.Commitment(D, "A", E(200m)))
            .Append(FundEvent.Disbursement(D, "A", E(200m)))
            .Append(FundEvent.WriteOff(D.PlusDays(1), "A", E(200m)))
            .Append(FundEvent.Recovery(D.PlusDays(2), "A", E(40m)));
        var s = CoFunderStatements.For(ledger, D.PlusDays(2));
        Assert.Equal((E(120m), E(40m)), (s[0].Losses, s[1].Losses));
        Assert.Equal((E(150m), E(50m)), CoFunderStatements.For(ledger, D.PlusDays(1)) is var w ? (w[0].Losses, w[1].Losses) : default);
    }

    [Fact]
    public void First_loss_takes_the_first_co_funders_contribution_then_the_last_takes_all_the_rest()
    {
        // Interest income lets a revolving fund lend more than it was given, so losses can exceed every contribution.
        var ledger = Small(LossSharing.FirstLoss).NewLedger()
            .Append(FundEvent.Contribution(Inception, "region", E(100m)))
            .Append(FundEvent.Contribution(Inception, "cci", E(100m)))
            .Append(FundEvent.Commitment(D, "A", E(200m)))
            .Append(FundEvent.Disbursement(D, "A", E(200m)))
            .Append(FundEvent.Repayment(D.PlusDays(1), "A", E(0m), E(50m)))
            .Append(FundEvent.Commitment(D.PlusDays(1), "B", E(50m)))
            .Append(FundEvent.Disbursement(D.PlusDays(1), "B", E(50m)));

        // A small loss is the first co-funder's alone.
        var small = CoFunderStatements.For(ledger.Append(FundEvent.WriteOff(D.PlusDays(2), "B", E(30m))), D.PlusDays(2));
        Assert.Equal((E(0m), E(30m)), (small[0].Losses, small[1].Losses));

        // Exactly its contribution, then more than every contribution: the last in the order takes the remainder.
        var exact = CoFunderStatements.For(ledger.Append(FundEvent.WriteOff(D.PlusDays(2), "A", E(100m))), D.PlusDays(2));
        Assert.Equal((E(0m), E(100m)), (exact[0].Losses, exact[1].Losses));
        var all = ledger.Append(FundEvent.WriteOff(D.PlusDays(2), "A", E(200m))).Append(FundEvent.WriteOff(D.PlusDays(2), "B", E(50m)));
        var s = CoFunderStatements.For(all, D.PlusDays(2));
        Assert.Equal((E(150m), E(100m)), (s[0].Losses, s[1].Losses));

        // No loss: nobody bears any.
        var none = CoFunderStatements.For(ledger, D.PlusDays(2));
        Assert.Equal((E(0m), E(0m)), (none[0].Losses, none[1].Losses));
    }
}
