using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.Bounds;

/// <summary>
/// The corners of <see cref="DomainBounds"/> combined: the largest amount at the highest rate over the longest term,
/// capitalized, from the first and the last dates. Inside the bounds, building terms, generating the schedule and
/// computing its gross grant equivalent give a result or a documented refusal, never an overflow.
/// </summary>
public sealed class DomainBoundsCornerTests
{
    private static readonly Gen<Money> Amounts = Gen.Elements(Money.Euros(0.01m), Money.Euros(1m), Money.Euros(150_000m), Money.Euros(DomainBounds.MaxAmount));
    private static readonly Gen<LocalDate> Starts = Gen.Elements(DomainBounds.MinDate, new LocalDate(2024, 2, 29), new LocalDate(2025, 7, 15), DomainBounds.MaxApplicationDate, new LocalDate(2199, 1, 31));
    private static readonly Gen<Rate> Rates = Gen.Elements(Rate.Zero, Rate.FromBasisPoints(1m), Rate.FromPercent(3.49m), Rate.FromPercent(50m), DomainBounds.MaxRate);
    private static readonly Gen<Rate> ReferenceRates = Gen.Elements(DomainBounds.MinRate + Rate.FromBasisPoints(1m), Rate.FromPercent(-0.45m), Rate.Zero, Rate.FromPercent(8.71m), DomainBounds.MaxRate);

    private static readonly Gen<(Money Amount, LocalDate Start, int Installments, Frequency Frequency, Rate Rate, bool Annuity, int Capitalized, bool Periodic)> Corners =
        from amount in Amounts
        from start in Starts
        from frequency in Gen.Elements(Frequency.Monthly, Frequency.Quarterly, Frequency.Annual)
        from installments in Gen.Elements(1, 2, 20, 60, DomainBounds.MaxInstallments)
        from rate in Rates
        from annuity in Gen.Elements(false, true)
        from capitalizedShare in Gen.Elements(0, 1, 2)
        from periodic in Gen.Elements(false, true)
        select (amount, start, installments, frequency, rate, annuity, capitalizedShare == 0 ? 0 : capitalizedShare == 1 ? installments / 2 : installments - 1, periodic);

    [Fact]
    public void Corners_give_a_schedule_and_an_aid_or_a_documented_refusal() =>
        Laws.Check(
            300,
            from c in Corners
            from reference in ReferenceRates
            from method in Gen.Elements(GrantEquivalentMethod.DifferentialAtDiscountRate, GrantEquivalentMethod.DifferentialAtReferenceRate)
            select (c, reference, method),
            x =>
            {
                var c = x.c;
                ScheduleTerms terms;
                try
                {
                    terms = ScheduleTerms.Create(
                        c.Amount, c.Start, c.Installments, c.Frequency, c.Annuity ? AmortizationProfile.Annuity : AmortizationProfile.Linear,
                        InterestTerms.Fixed(c.Rate, c.Periodic ? AccrualBasis.Periodic : AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
                    if (c.Capitalized > 0)
                    {
                        terms = terms.WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestCapitalized, c.Capitalized));
                    }
                }
                catch (ArgumentOutOfRangeException e)
                {
                    // Documented: the term runs past DomainBounds.MaxDate.
                    Assert.Equal("installments", e.ParamName);
                    Assert.Contains("run past 2199-12-31", e.Message, StringComparison.Ordinal);
                    return;
                }

                RepaymentSchedule schedule;
                try
                {
                    schedule = RepaymentSchedule.Generate(terms);
                }
                catch (ScheduleRefusedException e)
                {
                    Assert.Contains("grow beyond what a schedule holds", e.Message, StringComparison.Ordinal);
                    return;
                }

                Assert.True(schedule.TotalPrincipal >= c.Amount, $"{schedule.TotalPrincipal} for {c}"); // capitalized interest adds to it
                var quote = new ReferenceRateQuote("FR", c.Start, new BaseRateEntry("FR", DomainBounds.MinDate, null, x.reference), new RiskProfile(RatingCategory.Good, CollateralLevel.High), Rate.Zero);
                try
                {
                    var aid = GrantEquivalentCalculator.Compute(schedule, quote, x.method);
                    Assert.True(Math.Abs(aid.Amount.Amount) <= schedule.TotalDue.Amount * 1_000_000_000m, $"GGE {aid.Amount} for {c}");
                }
                catch (StateAidRuleException e)
                {
                    // Documented: a rate near −100 % that discounting would turn into a factor above 10^9.
                    Assert.Equal(StateAidRule.DiscountRateOutOfRange, e.Rule);
                    Assert.True(x.reference < Rate.Zero);
                }
            });

    [Theory]
    [InlineData("-90", 9, true)]      // (1 − 0.9)^−9 = 10^9: at the bound
    [InlineData("-90", 10, false)]    // 10^10
    [InlineData("-50", 29, true)]     // 2^29 = 536,870,912
    [InlineData("-50", 30, false)]    // 2^30 = 1,073,741,824
    [InlineData("-100", 1, false)]    // no discounting at all is possible
    [InlineData("-99.9999999999", 1, false)] // one year already past 10^9
    [InlineData("0", 600, true)]
    [InlineData("100", 600, true)]    // positive rates only shrink amounts
    public void Discounting_is_refused_exactly_where_its_factor_passes_a_billion(string percent, int years, bool fits) =>
        Assert.Equal(fits, GrantEquivalentCalculator.DiscountGrowthFits(Rate.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)), years));
}
