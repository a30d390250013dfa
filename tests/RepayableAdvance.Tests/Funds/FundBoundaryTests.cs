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
        Assert.Equal((LedgerRule.Currency, true), (Rejected(ledger, FundEvent.Fee(Day, "x", new Money(1m, Currency.USD))).Rule, true));
        Assert.EndsWith("is in USD; the fund hdf-prevention is in EUR.", Rejected(ledger, FundEvent.Fee(Day, "x", new Money(1m, Currency.USD))).Message, StringComparison.Ordinal);
        var early = Rejected(Endowed(), FundEvent.Fee(Inception.PlusDays(-1), "x", E(1m)));
        Assert.Equal(LedgerRule.BeforeInception, early.Rule);
        Assert.EndsWith("is dated before the fund hdf-prevention exists (inception 2025-01-01).", early.Message, StringComparison.Ordinal);
        var order = Rejected(ledger, FundEvent.Fee(Day.PlusDays(-1), "x", E(1m)));
        Assert.Equal(LedgerRule.OutOfOrder, order.Rule);
        Assert.EndsWith("is dated before the last event (2025-03-03); append events in date order.", order.Message, StringComparison.Ordinal);
        var stranger = Rejected(ledger, FundEvent.Contribution(Day, "bank", E(1m)));
        Assert.Equal(LedgerRule.UnknownCoFunder, stranger.Rule);
        Assert.Contains("names co-funder bank", stranger.Message, StringComparison.Ordinal);
        Assert.Equal(LedgerRule.DuplicateAdvance, Rejected(ledger, FundEvent.Commitment(Day, "A1", E(1m))).Rule);
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
    public void A_commitment_or_fee_of_exactly_what_is_available_is_accepted_and_one_cent_more_is_not()
    {
        // EUR 20M endowed: a commitment of all of it leaves nothing; on a fund with one cent less, the same is refused.
        var full = Endowed().Append(FundEvent.Commitment(Day, "A1", E(20_000_000m)));
        Assert.Equal(E(0m), full.PositionAt(Day).Available);
        var feeOnly = Endowed().Append(FundEvent.Fee(Day, "audit", E(20_000_000m)));
        Assert.Equal(E(0m), feeOnly.PositionAt(Day).Available);
        var over = Rejected(Endowed(), FundEvent.Commitment(Day, "A1", E(20_000_000.01m)));
        Assert.Equal(LedgerRule.ExceedsAvailable, over.Rule);
        Assert.EndsWith("exceeds the 20000000.00 EUR available.", over.Message, StringComparison.Ordinal);
        var again = Rejected(full, FundEvent.Commitment(Day, "A1", E(0.01m)));
        Assert.EndsWith("commits advance A1 again; it was already committed.", again.Message, StringComparison.Ordinal);
        var stranger = Rejected(full, FundEvent.Contribution(Day, "bank", E(1m)));
        Assert.EndsWith("names co-funder bank, who is not a co-funder of hdf-prevention (region, cci).", stranger.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => full.AdvanceAt(null!, Day));
        Assert.Equal(E(20_000_000m), full.AdvanceAt("A1", Day).Committed);
    }

    [Fact]
    public void Amounts_beyond_what_the_ledger_holds_are_refused_and_the_largest_is_kept_exactly()
    {
        // One event carries at most DomainBounds.MaxAmount (10^12); beyond it the event itself is refused.
        var tooBig = Assert.Throws<ArgumentOutOfRangeException>(() => FundEvent.Contribution(Inception, "region", E(1_000_000_000_000.01m)));
        Assert.Equal("amount", tooBig.ParamName);

        // The ledger keeps minor units in 64 bits: 92,233,720,368,547,758.07 EUR is the most its totals hold, reached
        // by 92,233 contributions of 10^12 and one of the rest.
        var largest = E(92_233_720_368_547_758.07m);
        var full = HautsDeFrance().NewLedger();
        for (var i = 0; i < 92_233; i++)
        {
            full = full.Append(FundEvent.Contribution(Inception, "region", E(DomainBounds.MaxAmount)));
        }

        full = full.Append(FundEvent.Contribution(Inception, "region", E(720_368_547_758.07m)));
        Assert.Equal(largest, full.Current.Cash);
        Assert.Equal(largest, full.Current.Available);
        Assert.Equal(largest, full.ContributionsAt(Inception)["region"]);

        var more = Rejected(full, FundEvent.Contribution(Inception, "cci", E(0.01m)));
        Assert.Equal(LedgerRule.TooLarge, more.Rule);
        Assert.EndsWith("would take the fund's totals beyond 92233720368547758.07 EUR.", more.Message, StringComparison.Ordinal);

        // Commitments, disbursements and repayments at that scale keep every figure to the cent.
        var lent = full.Append(FundEvent.Commitment(Day, "A1", E(DomainBounds.MaxAmount))).Append(FundEvent.Disbursement(Day, "A1", E(DomainBounds.MaxAmount)))
            .Append(FundEvent.Repayment(Day, "A1", E(0.01m), E(0m)));
        Assert.Equal(E(DomainBounds.MaxAmount), lent.Current.Disbursed);
        Assert.Equal(E(999_999_999_999.99m), lent.Current.Outstanding);
        Assert.Equal(largest - E(DomainBounds.MaxAmount) + E(0.01m), lent.Current.Cash);
        Assert.Equal(E(0.01m), lent.AdvanceAt("A1", Day).PrincipalRepaid);

        // Interest on top of a full repayment would take cash past the limit.
        var repaid = lent.Append(FundEvent.Repayment(Day, "A1", E(999_999_999_999.99m), E(0m)));
        Assert.Equal(largest, repaid.Current.Cash);
        Assert.Equal(LedgerRule.TooLarge, Rejected(repaid, FundEvent.Repayment(Day, "A1", E(0m), E(0.01m))).Rule);
        Assert.Equal(LedgerRule.TooLarge, Rejected(lent, FundEvent.Repayment(Day, "A1", E(999_999_999_999.99m), E(0.01m))).Rule);
    }

    [Fact]
    public void Older_versions_keep_their_own_advance_history_after_a_branch()
    {
        var v1 = Endowed().Append(FundEvent.Commitment(Day, "A1", E(100_000m))).Append(FundEvent.Disbursement(Day, "A1", E(60_000m)));
        var v2 = v1.Append(FundEvent.Disbursement(Day, "A1", E(40_000m)));
        var branch = v1.Append(FundEvent.Cancellation(Day, "A1", E(40_000m)));
        Assert.Equal(E(100_000m), v2.AdvanceAt("A1", Day).Disbursed);
        Assert.Equal(E(60_000m), branch.AdvanceAt("A1", Day).Committed);
        Assert.Equal(E(60_000m), branch.AdvanceAt("A1", Day).Disbursed);
        Assert.Equal(E(60_000m), v1.AdvanceAt("A1", Day).Disbursed);
        Assert.Equal(E(100_000m), v1.AdvanceAt("A1", Day).Committed);
        Assert.Equal(E(40_000m), v1.Advances["A1"].Undisbursed);
        Assert.Equal(E(0m), v2.Advances["A1"].Undisbursed);

        // The older version still validates against its own balances.
        Assert.True(v1.TryAppend(FundEvent.Disbursement(Day, "A1", E(40_000m)), out _, out _));
        Assert.False(v2.TryAppend(FundEvent.Disbursement(Day, "A1", E(0.01m)), out _, out _));
        Assert.False(branch.TryAppend(FundEvent.Disbursement(Day, "A1", E(0.01m)), out _, out _));
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
