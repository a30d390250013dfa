using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>The small term values: fees, late interest, cash flows, floating rates, interest terms, index fixings.</summary>
public class TermValueTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Fee_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => Fee.Flat(null!, Money.Euros(10m), FeeTiming.AtDisbursement));
        Assert.Equal("The fee name is empty. (Parameter 'name')", Assert.Throws<ArgumentException>(() => Fee.Flat(string.Empty, Money.Euros(10m), FeeTiming.AtDisbursement)).Message);
        Assert.Equal("timing", Assert.Throws<ArgumentOutOfRangeException>(() => Fee.Flat("file", Money.Euros(10m), (FeeTiming)5)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Fee.Flat("file", Money.Euros(-0.01m), FeeTiming.AtDisbursement)).ParamName);
        Assert.Equal("percentage", Assert.Throws<ArgumentOutOfRangeException>(() => Fee.OfPercentage("file", Rate.FromPercent(100.01m), FeeTiming.AtDisbursement)).ParamName);
        Assert.Equal("percentage", Assert.Throws<ArgumentOutOfRangeException>(() => Fee.OfPercentage("file", Rate.FromPercent(-0.01m), FeeTiming.AtDisbursement)).ParamName);

        // The bounds are allowed.
        Assert.Equal(Money.Euros(0m), Fee.Flat("free", Money.Euros(0m), FeeTiming.AtDisbursement).FlatAmount);
        Assert.Equal(Rate.Zero, Fee.OfPercentage("none", Rate.Zero, FeeTiming.EachInstallment).Percentage);
        Assert.Equal(Rate.FromPercent(100m), Fee.OfPercentage("all", Rate.FromPercent(100m), FeeTiming.EachInstallment).Percentage);
    }

    [Fact]
    public void Fee_EqualityComparesEveryField()
    {
        var fee = Fee.Flat("file", Money.Euros(250m), FeeTiming.AtDisbursement);
        Assert.Equal(fee, Fee.Flat("file", Money.Euros(250m), FeeTiming.AtDisbursement));
        Assert.Equal(fee.GetHashCode(), Fee.Flat("file", Money.Euros(250m), FeeTiming.AtDisbursement).GetHashCode());
        Assert.NotEqual(fee, Fee.Flat("dossier", Money.Euros(250m), FeeTiming.AtDisbursement));
        Assert.NotEqual(fee, Fee.Flat("file", Money.Euros(251m), FeeTiming.AtDisbursement));
        Assert.NotEqual(fee, Fee.Flat("file", Money.Euros(250m), FeeTiming.EachInstallment));
        Assert.NotEqual(Fee.OfPercentage("file", Rate.FromPercent(1m), FeeTiming.AtDisbursement), Fee.OfPercentage("file", Rate.FromPercent(2m), FeeTiming.AtDisbursement));
        Assert.False(fee.Equals(null));
        Assert.False(fee.Equals((object)"file"));
        Assert.Equal("file: 250.00 EUR AtDisbursement", fee.ToString());
        Assert.Equal("application: 1% AtDisbursement", Fee.OfPercentage("application", Rate.FromPercent(1m), FeeTiming.AtDisbursement).ToString());
    }

    [Fact]
    public void Fee_InAnotherCurrency_IsRefused()
    {
        var terms = ScheduleTerms.Create(Money.Euros(10_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero);
        Assert.Throws<CurrencyMismatchException>(() => RepaymentSchedule.Generate(terms.WithFees(Fee.Flat("file", new Money(10m, Currency.USD), FeeTiming.EachInstallment))));
    }

    [Fact]
    public void LateInterest_ChecksItsRateAndDayCount()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new LateInterest(Rate.FromPercent(-1m), DayCountConventions.Actual365Fixed));
        Assert.Equal("rate", negative.ParamName);
        Assert.StartsWith("Rate -1% is out of range: it must be between 0% and 100%; set allowNegative to accept a negative rate.", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LateInterest(Rate.FromPercent(100.01m), DayCountConventions.Actual365Fixed));
        Assert.Throws<ArgumentNullException>(() => new LateInterest(Rate.FromPercent(5m), null!));
        Assert.Equal(Rate.FromPercent(100m), new LateInterest(Rate.FromPercent(100m), DayCountConventions.Actual365Fixed).Rate);
        Assert.Equal(Rate.Zero, new LateInterest(Rate.Zero, DayCountConventions.Actual365Fixed).Rate);

        var late = new LateInterest(Rate.FromPercent(5m), DayCountConventions.Actual365Fixed);
        Assert.Equal(late, new LateInterest(Rate.FromPercent(5m), DayCountConventions.Actual365Fixed));
        Assert.Equal(late.GetHashCode(), new LateInterest(Rate.FromPercent(5m), DayCountConventions.Actual365Fixed).GetHashCode());
        Assert.NotEqual(late, new LateInterest(Rate.FromPercent(6m), DayCountConventions.Actual365Fixed));
        Assert.NotEqual(late, new LateInterest(Rate.FromPercent(5m), DayCountConventions.Actual360));
        Assert.False(late.Equals(null));
        Assert.Equal("5% Actual/365F", late.ToString());
    }

    [Fact]
    public void InterestTerms_RateBounds()
    {
        var basis = AccrualBasis.Of(DayCountConventions.Actual360);
        Assert.Equal(Rate.FromPercent(100m), InterestTerms.Fixed(Rate.FromPercent(100m), basis).FixedRate);
        Assert.Throws<ArgumentOutOfRangeException>(() => InterestTerms.Fixed(Rate.FromPercent(100.01m), basis));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => InterestTerms.Fixed(Rate.FromPercent(-100m), basis, allowNegative: true));
        Assert.StartsWith("Rate -100% is out of range: it must be between 0% and 100% (or above -100% when negative rates are allowed).", negative.Message, StringComparison.Ordinal);
        Assert.Equal(Rate.FromPercent(-99.99m), InterestTerms.Fixed(Rate.FromPercent(-99.99m), basis, allowNegative: true).FixedRate);
        Assert.Equal("3.49% Actual/360", InterestTerms.Fixed(Rate.FromPercent(3.49m), basis).ToString());

        // An all-in rate pushed below zero by a negative index, with no floor, is refused unless negative rates are allowed.
        var floating = new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(50m));
        Assert.Throws<ScheduleRefusedException>(() => InterestTerms.Indexed(floating, basis).AllIn(Rate.FromPercent(-1m)));
        Assert.Equal(Rate.FromPercent(-0.5m), InterestTerms.Indexed(floating, basis, allowNegative: true).AllIn(Rate.FromPercent(-1m)));
        Assert.Throws<ArgumentNullException>(() => InterestTerms.Indexed(null!, basis));
    }

    [Fact]
    public void FloatingRate_Describes_ItselfAndComparesEveryField()
    {
        var rate = new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, cap: Rate.FromPercent(6m));
        Assert.Equal("EURIBOR3M + 1.5% floor 0% cap 6% (Index)", rate.ToString());
        Assert.Equal("EURIBOR3M + 1.5% (Index)", new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m)).ToString());
        Assert.Equal(rate, new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, cap: Rate.FromPercent(6m)));
        Assert.NotEqual(rate, new FloatingRate("EURIBOR6M", Rate.FromBasisPoints(150m), floor: Rate.Zero, cap: Rate.FromPercent(6m)));
        Assert.NotEqual(rate, new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, cap: Rate.FromPercent(7m)));
        Assert.NotEqual(rate, new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, cap: Rate.FromPercent(6m), floorTarget: FloorTarget.AllIn));
        Assert.NotEqual(rate, new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, cap: Rate.FromPercent(6m), fixingDate: D(2025, 1, 1)));
    }

    [Fact]
    public void CashFlow_ChecksItsKind_AndComparesEveryField()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new CashFlow(D(2025, 1, 1), Money.Euros(1m), (CashFlowKind)7)).ParamName);
        var flow = new CashFlow(D(2025, 1, 1), Money.Euros(100m), CashFlowKind.Fee);
        Assert.True(flow == new CashFlow(D(2025, 1, 1), Money.Euros(100m), CashFlowKind.Fee));
        Assert.True(flow != new CashFlow(D(2025, 1, 2), Money.Euros(100m), CashFlowKind.Fee));
        Assert.True(flow != new CashFlow(D(2025, 1, 1), Money.Euros(101m), CashFlowKind.Fee));
        Assert.True(flow != new CashFlow(D(2025, 1, 1), Money.Euros(100m), CashFlowKind.Prepayment));
        Assert.False(flow.Equals((object)"fee"));
        Assert.Equal("2025-01-01 100.00 EUR Fee", flow.ToString());
    }

    [Fact]
    public void IndexFixings_ChecksItsTable()
    {
        Assert.Throws<ArgumentNullException>(() => new IndexFixings(null!, []));
        Assert.Throws<ArgumentNullException>(() => new IndexFixings("EURIBOR3M", null!));
        Assert.Equal("The index name is empty. (Parameter 'indexName')", Assert.ThrowsAny<ArgumentException>(() => new IndexFixings(string.Empty, [])).Message);
        var duplicate = Assert.ThrowsAny<ArgumentException>(() => new IndexFixings("EURIBOR3M", [new(D(2025, 1, 2), Rate.FromPercent(2m)), new(D(2025, 1, 2), Rate.FromPercent(2.1m))]));
        Assert.Equal("Index EURIBOR3M has two fixings on 2025-01-02: dates must be unique. (Parameter 'fixings')", duplicate.Message);

        var table = new IndexFixings("EURIBOR3M", [new(D(2025, 2, 3), Rate.FromPercent(2.5m)), new(D(2025, 1, 2), Rate.FromPercent(2m))]);
        Assert.Equal([D(2025, 1, 2), D(2025, 2, 3)], table.Dates);
        Assert.Equal(Rate.FromPercent(2m), table.RateOn(D(2025, 1, 2)));
        Assert.Equal(Rate.FromPercent(2m), table.RateOn(D(2025, 2, 2)));
        Assert.Equal(Rate.FromPercent(2.5m), table.RateOn(D(2025, 2, 3)));
        var before = Assert.ThrowsAny<ArgumentException>(() => table.RateOn(D(2025, 1, 1)));
        Assert.Equal("Index EURIBOR3M has no fixing on or before 2025-01-01: the table starts on 2025-01-02; add the fixing. (Parameter 'date')", before.Message);
        var empty = Assert.ThrowsAny<ArgumentException>(() => new IndexFixings("EURIBOR3M", []).RateOn(D(2025, 1, 1)));
        Assert.Contains("the table starts on (empty)", empty.Message, StringComparison.Ordinal);
    }
}
