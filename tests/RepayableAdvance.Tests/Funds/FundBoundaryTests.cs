using NodaTime;
using RepayableAdvance.Funds;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

/// <summary>Every ledger rejection rule with its message, and the allocation policy's argument checks.</summary>
public sealed class FundBoundaryTests
{
    private static readonly LocalDate Day = new(2025, 3, 3);

    private static LedgerRejection Rejected(FundLedger ledger, FundEvent e)
    {
        Assert.False(ledger.TryAppend(e, out var next, out var rejection));
        Assert.Null(next);
        Assert.Contains(e.ToString(), rejection!.Message, StringComparison.Ordinal);
        Assert.Same(e, rejection.Event);
        return rejection;
    }

    [Fact]
    public void Each_rejection_names_its_rule_and_the_figure_it_broke()
    {
        var ledger = Endowed().Append(FundEvent.Commitment(Day, "A1", E(100_000m))).Append(FundEvent.Disbursement(Day, "A1", E(60_000m)));
        Assert.Equal(("currency", true), (Rejected(ledger, FundEvent.Fee(Day, "x", new Money(1m, Currency.USD))).Rule, true));
        Assert.EndsWith("is in USD; the fund hdf-prevention is in EUR.", Rejected(ledger, FundEvent.Fee(Day, "x", new Money(1m, Currency.USD))).Message, StringComparison.Ordinal);
        var early = Rejected(Endowed(), FundEvent.Fee(Inception.PlusDays(-1), "x", E(1m)));
        Assert.Equal("beforeInception", early.Rule);
        Assert.EndsWith("is dated before the fund hdf-prevention exists (inception 2025-01-01).", early.Message, StringComparison.Ordinal);
        var order = Rejected(ledger, FundEvent.Fee(Day.PlusDays(-1), "x", E(1m)));
        Assert.Equal("outOfOrder", order.Rule);
        Assert.EndsWith("is dated before the last event (2025-03-03); append events in date order.", order.Message, StringComparison.Ordinal);
        var stranger = Rejected(ledger, FundEvent.Contribution(Day, "bank", E(1m)));
        Assert.Equal("unknownCoFunder", stranger.Rule);
        Assert.Contains("names co-funder bank", stranger.Message, StringComparison.Ordinal);
        Assert.Equal("duplicateAdvance", Rejected(ledger, FundEvent.Commitment(Day, "A1", E(1m))).Rule);
        Assert.EndsWith("names advance A9, which has no commitment in hdf-prevention.", Rejected(ledger, FundEvent.Disbursement(Day, "A9", E(1m))).Message, StringComparison.Ordinal);
        Assert.EndsWith("exceeds the 40000.00 EUR committed and not yet disbursed.", Rejected(ledger, FundEvent.Disbursement(Day, "A1", E(40_000.01m))).Message, StringComparison.Ordinal);
        Assert.EndsWith("exceeds the 60000.00 EUR outstanding.", Rejected(ledger, FundEvent.Repayment(Day, "A1", E(60_000.01m), E(0m))).Message, StringComparison.Ordinal);
        var written = ledger.Append(FundEvent.WriteOff(Day, "A1", E(10_000m))).Append(FundEvent.Recovery(Day, "A1", E(4_000m)));
        Assert.EndsWith("exceeds the 6000.00 EUR written off and not yet recovered.", Rejected(written, FundEvent.Recovery(Day, "A1", E(6_000.01m))).Message, StringComparison.Ordinal);
        Assert.True(written.TryAppend(FundEvent.Recovery(Day, "A1", E(6_000m)), out _, out _));
        Assert.Throws<ArgumentNullException>(() => ledger.AppendAll(null!));
        Assert.Throws<ArgumentNullException>(() => ledger.AdvanceAt(null!, Day));
    }

    [Fact]
    public void Utilisation_and_current_position_follow_the_last_event()
    {
        var empty = HautsDeFrance().NewLedger();
        Assert.Equal(Rate.Zero, empty.Current.Utilisation);
        Assert.Equal(Inception, empty.Current.AsOf);
        var ledger = Endowed().Append(FundEvent.Commitment(Day, "A1", E(100_000m))).Append(FundEvent.Disbursement(Day.PlusDays(5), "A1", E(60_000m)));
        Assert.Equal(Day.PlusDays(5), ledger.Current.AsOf);
        Assert.Equal(Rate.FromDecimal(100_000m / 20_000_000m), ledger.Current.Utilisation);
        Assert.Equal(E(0m), ledger.AdvanceAt("nobody", Day).Outstanding);
    }

    [Fact]
    public void Allocation_policy_and_requests_refuse_bad_input()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AllocationPolicy((AllocationOrder)9));
        Assert.Equal("minimum", Assert.Throws<ArgumentException>(() => new AllocationPolicy(AllocationOrder.ProRata, minimum: E(-1m))).ParamName);
        Assert.Equal("perBeneficiaryCap", Assert.Throws<ArgumentException>(() => new AllocationPolicy(AllocationOrder.ProRata, perBeneficiaryCap: E(-1m))).ParamName);
        var policy = new AllocationPolicy(AllocationOrder.FirstComeFirstServed);
        Assert.Empty(policy.TerritoryQuotas);
        Assert.Empty(policy.SectorQuotas);
        Assert.Throws<ArgumentNullException>(() => policy.Allocate(null!, E(1m)));
        Assert.Throws<ArgumentNullException>(() => policy.Allocate([null!], E(1m)));
        var twice = Assert.Throws<ArgumentException>(() => policy.Allocate([new("R1", "b", E(1m), 1), new("R1", "c", E(2m), 2)], E(10m)));
        Assert.Contains("Request R1 appears twice.", twice.Message, StringComparison.Ordinal);
        Assert.Contains("Request R2 asks for 0.00 EUR; amounts must be positive.", Assert.Throws<ArgumentException>(() => policy.Allocate([new("R2", "b", E(0m), 1)], E(10m))).Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => policy.Allocate([new("R3", "b", new Money(1m, Currency.USD), 1)], E(10m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.Allocate([], E(-1m)));
        Assert.Empty(policy.Allocate([], E(0m)).Decisions);
    }
}
