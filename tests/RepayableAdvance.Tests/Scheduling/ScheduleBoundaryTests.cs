using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Edges of terms and quotes that the published tables do not reach: mid-period tranches in a payoff quote, a late fixing date, copies and text.</summary>
public sealed class ScheduleBoundaryTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    private static readonly InterestTerms Fixed36 = InterestTerms.Fixed(Rate.FromPercent(3.6m), AccrualBasis.Of(DayCountConventions.Actual360));

    // 100,000 on 15 January 2025 and 50,000 on 1 March, 24 monthly installments from 15 February, 6 of principal deferral.
    private static RepaymentSchedule TwoTranches(RoundingMode mode = RoundingMode.ToEven) => RepaymentSchedule.Generate(new ScheduleTerms(
        [new Tranche(D(2025, 1, 15), E(100_000m)), new Tranche(D(2025, 3, 1), E(50_000m))],
        24,
        Frequency.Monthly,
        AmortizationProfile.Linear,
        Fixed36,
        deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 6)],
        rounding: new ScheduleRounding(RoundingPolicy.Create(mode))));

    [Fact]
    public void A_payoff_quote_accrues_each_segment_of_a_period_with_a_second_tranche()
    {
        var schedule = TwoTranches();

        // Before the tranche: 100,000 × 3.6 % × 13/360.
        var before = schedule.PayoffQuote(D(2025, 2, 28));
        Assert.Equal((E(100_000m), E(130.00m)), (before.Principal, before.AccruedInterest));

        // On the tranche date: it is disbursed; 14 days on 100,000 accrued.
        var on = schedule.PayoffQuote(D(2025, 3, 1));
        Assert.Equal((E(150_000m), E(140.00m)), (on.Principal, on.AccruedInterest));

        // After: 14 days on 100,000, then 10 days on 150,000.
        var after = schedule.PayoffQuote(D(2025, 3, 11));
        Assert.Equal((E(150_000m), E(290.00m)), (after.Principal, after.AccruedInterest));
        Assert.Equal(E(150_290.00m), after.Total);

        // The installment of 15 March charged the same segments over its whole period.
        Assert.Equal(E(140.00m + 210.00m), schedule.Installments[1].Interest);
    }

    [Theory]
    [InlineData(RoundingMode.Up)]
    [InlineData(RoundingMode.Down)]
    [InlineData(RoundingMode.AwayFromZero)]
    public void Segment_interest_that_is_a_whole_number_of_cents_stays_exact_in_every_mode(RoundingMode mode)
    {
        // 14/360 and 17/360 have no finite decimal expansion: a decimal product would land a hair off 140.00 and 210.00,
        // and rounding up or down would move it by a cent. The rational sum does not.
        var schedule = TwoTranches(mode);
        Assert.Equal(E(350.00m), schedule.Installments[1].Interest);
        Assert.Equal(E(140.00m), schedule.PayoffQuote(D(2025, 3, 1)).AccruedInterest);
        Assert.Equal(E(290.00m), schedule.PayoffQuote(D(2025, 3, 11)).AccruedInterest);
    }

    [Fact]
    public void A_rate_fixed_once_must_be_fixed_by_the_first_disbursement()
    {
        var late = new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, fixingDate: D(2025, 1, 16));
        var error = Assert.Throws<ArgumentException>(() => ScheduleTerms.Create(E(100_000m), D(2025, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Indexed(late, AccrualBasis.Of(DayCountConventions.Actual360))));
        Assert.Equal("interest", error.ParamName);
        Assert.Contains("Fixing date 2025-01-16 is after the first disbursement on 2025-01-15: a rate fixed once must be fixed by then.", error.Message, StringComparison.Ordinal);

        // Fixed on the disbursement date itself is accepted.
        var onTime = new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, fixingDate: D(2025, 1, 15));
        Assert.NotNull(ScheduleTerms.Create(E(100_000m), D(2025, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Indexed(onTime, AccrualBasis.Of(DayCountConventions.Actual360))));
    }

    [Fact]
    public void Terms_copy_with_another_term_and_describe_themselves()
    {
        var terms = ScheduleTerms.Create(E(150_000m), D(2025, 1, 15), 20, Frequency.Quarterly, AmortizationProfile.Linear, Fixed36)
            .WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 4));
        var longer = terms.WithInstallments(24);
        Assert.Equal(24, longer.Installments);
        Assert.Equal(terms.Deferral, longer.Deferral);
        Assert.Equal(ScheduleTerms.Create(E(150_000m), D(2025, 1, 15), 24, Frequency.Quarterly, AmortizationProfile.Linear, Fixed36).WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 4)), longer);
        Assert.NotEqual(terms, longer);
        Assert.True(terms.Equals((object)terms.WithInstallments(20)));
        Assert.False(terms.Equals((object?)null));
        Assert.Equal(terms.GetHashCode(), terms.WithInstallments(20).GetHashCode());
        Assert.Equal("150000.00 EUR, 20 × P3M Linear, 3.6% Actual/360, deferral 4", terms.ToString());
        Assert.Throws<ArgumentException>(() => terms.WithInstallments(4));
    }

    [Fact]
    public void Amounts_stay_within_64_bit_minor_units_or_are_refused()
    {
        // The largest principal the domain accepts, DomainBounds.MaxAmount (10^12), amortizes to the cent.
        var largest = RepaymentSchedule.Generate(ScheduleTerms.Create(E(DomainBounds.MaxAmount), D(2025, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        Assert.Equal(E(1_000_000_000_000m), largest.TotalPrincipal);
        Assert.Equal(E(0m), largest.Installments[^1].OutstandingAfter);
        Assert.Equal(E(3_100_000_000m), largest.Installments[0].Interest); // 10^12 × 3.6 % × 31/360

        var tooLarge = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleTerms.Create(E(1_000_000_000_000.01m), D(2025, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        Assert.Equal("amount", tooLarge.ParamName);
        Assert.StartsWith("Amount 1000000000000.01 EUR is out of range: amounts must be between -1,000,000,000,000 and 1,000,000,000,000 inclusive.", tooLarge.Message, StringComparison.Ordinal);

        // Capitalizing 100 % a year, monthly, for 20 years multiplies the balance by about 2 × 10^8: past 2^63 − 1 cents.
        var growing = ScheduleTerms.Create(E(DomainBounds.MaxAmount), D(2025, 1, 15), 241, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(100m), AccrualBasis.Periodic))
            .WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestCapitalized, 240));
        var overflow = Assert.Throws<ScheduleRefusedException>(() => RepaymentSchedule.Generate(growing));
        Assert.Contains("The schedule's amounts grow beyond what a schedule holds (2^63 − 1 minor units)", overflow.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(overflow.InnerException);
    }

    [Fact]
    public void Generation_on_many_threads_gives_the_schedules_of_one_thread_and_servicing_replans_them_alike()
    {
        // Each thread plans in its own scratch array; terms of different lengths alternate to force reallocation.
        var terms = Enumerable.Range(0, 48)
            .Select(i => ScheduleTerms.Create(E(10_000m + (i * 1_000m)), D(2025, 1, 15).PlusDays(i), 12 + (i % 5), Frequency.Monthly, i % 2 == 0 ? AmortizationProfile.Linear : AmortizationProfile.Annuity, Fixed36))
            .ToArray();
        var sequential = terms.Select(t => RepaymentSchedule.Generate(t)).ToArray();
        var parallel = new RepaymentSchedule[terms.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = RepaymentSchedule.Generate(terms[i % terms.Length]));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % terms.Length], parallel[i]);
        }

        // Servicing a generated schedule re-plans its terms: a prepayment gives the same result on either copy.
        var prepayment = new PrepaymentEvent(D(2025, 6, 20), E(1_000m), PrepaymentEffect.ReduceInstallment);
        Assert.Equal(sequential[3].Apply(prepayment), parallel[3].Apply(prepayment));
        Assert.Equal(sequential[3].PayoffQuote(D(2025, 6, 1)), parallel[51].PayoffQuote(D(2025, 6, 1)));
    }
}
