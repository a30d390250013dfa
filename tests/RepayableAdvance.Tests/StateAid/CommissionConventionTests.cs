using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// The Commission's worked example, reproduced with its own conventions: the guidance note on the cash grant equivalent
/// of a soft loan (http://ec.europa.eu/competition/state_aid/legislation/archive_docs/cash_en.html). A 10-year loan of
/// 500,000 repaid in linear yearly instalments at 6 % against a reference rate of 8 %: the aid of year t is the
/// outstanding × 2 % ÷ 1.08^t, each figure rounded to the unit, and the total is 41,123.
/// </summary>
public sealed class CommissionConventionTests
{
    private static readonly LocalDate Grant = new(2015, 6, 15);

    // A base rate of 7 % and a margin of 100 bp give the note's 8 %, which is also the discount rate (base + 100 bp).
    private static readonly ReferenceRateQuote EightPercent = new("FR", Grant, BaseRateTable.ParseCsv("From;To;FR\n1.1.2015;;7,00", new LocalDate(2030, 12, 31)).RateInForce("FR", Grant), new RiskProfile(RatingCategory.Good, CollateralLevel.Normal), Rate.FromBasisPoints(100m));

    private static RepaymentSchedule Loan() => RepaymentSchedule.Generate(
        ScheduleTerms.Create(Money.Euros(500_000m), Grant, 10, Frequency.Annual, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic)));

    [Fact]
    public void Whole_years_and_lines_rounded_to_the_euro_give_the_notes_figures()
    {
        var convention = GrantEquivalentConvention.WholePeriods(Frequency.Annual).WithLineRounding(1m);
        var aid = GrantEquivalentCalculator.Compute(Loan(), EightPercent, GrantEquivalentMethod.DifferentialAtReferenceRate, convention);
        Assert.Equal(Money.Euros(41_123m), aid.Amount);
        Assert.Equal((500_000m, 0m), (aid.Lines[0].Disbursed, aid.Lines[0].PresentValue)); // the disbursement at the grant date
        Assert.Equal([9_259m, 7_716m, 6_351m, 5_145m, 4_083m, 3_151m, 2_334m, 1_621m, 1_000m, 463m], aid.Lines.Skip(1).Select(l => decimal.Round(l.PresentValue, 0, MidpointRounding.AwayFromZero)));
        Assert.Equal((GrantEquivalentTimeMeasure.WholePeriods, 1, 1m), (aid.Convention.TimeMeasure, aid.Convention.TimeStepsPerYear, aid.Convention.LineRounding));
        Assert.Equal("whole periods (1 a year), annual compounding, each line rounded to 1", aid.Convention.ToString());

        // Method A discounts at base + 100 bp, here the same 8 %.
        Assert.Equal(aid.Amount, GrantEquivalentCalculator.Compute(Loan(), EightPercent, GrantEquivalentMethod.DifferentialAtDiscountRate, convention).Amount);
    }

    [Fact]
    public void Whole_years_without_line_rounding_give_the_exact_sum()
    {
        // Σ outstanding × 0.02 ÷ 1.08^t = 41,123.98 (the note's figures, unrounded).
        var aid = GrantEquivalentCalculator.Compute(Loan(), EightPercent, GrantEquivalentMethod.DifferentialAtReferenceRate, GrantEquivalentConvention.WholePeriods(Frequency.Annual));
        Assert.Equal(Money.Euros(41_123.98m), aid.Amount);
        Assert.Null(aid.Convention.LineRounding);
    }

    [Fact]
    public void Whole_periods_ignore_a_due_date_moved_by_a_few_days()
    {
        // Actual/365 counts a leap day and the weekday shifts; whole periods count each year as one.
        var dayCount = GrantEquivalentCalculator.Compute(Loan(), EightPercent, GrantEquivalentMethod.DifferentialAtReferenceRate);
        Assert.NotEqual(Money.Euros(41_123.98m), dayCount.Amount);
        Assert.Equal(1m, RepayableAdvance.StateAid.Internal.DiscountCurve.WholePeriods(new LocalDate(2015, 6, 15), new LocalDate(2016, 6, 17), 1));
        Assert.Equal(0.25m, RepayableAdvance.StateAid.Internal.DiscountCurve.WholePeriods(new LocalDate(2015, 6, 15), new LocalDate(2015, 9, 14), 4));
        Assert.Equal(2m, RepayableAdvance.StateAid.Internal.DiscountCurve.WholePeriods(new LocalDate(2015, 1, 31), new LocalDate(2017, 2, 1), 1));
    }

    [Fact]
    public void Line_rounding_and_whole_periods_are_validated_and_compared()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantEquivalentConvention.Default.WithLineRounding(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantEquivalentConvention.Default.WithWholePeriods(13));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantEquivalentConvention.WholePeriods(Frequency.EveryMonths(24)));
        Assert.Equal(GrantEquivalentConvention.WholePeriods(Frequency.Annual).WithLineRounding(1m), GrantEquivalentConvention.Default.WithWholePeriods(1).WithLineRounding(1m));
        Assert.NotEqual(GrantEquivalentConvention.WholePeriods(Frequency.Annual), GrantEquivalentConvention.WholePeriods(Frequency.Monthly));
        Assert.NotEqual(GrantEquivalentConvention.Default, GrantEquivalentConvention.Default.WithLineRounding(0.01m));
    }

    [Fact]
    public void Rounding_each_line_moves_the_total_by_at_most_half_a_unit_a_line_and_leaves_a_whole_number_of_units() =>
        Laws.Check(
            300,
            from euros in Gen.Choose(10_000, 1_000_000)
            from years in Gen.Choose(1, 15)
            from contractBp in Gen.Choose(0, 600)
            from baseBp in Gen.Choose(50, 800)
            from unit in Gen.Elements(0.01m, 1m, 100m)
            select (euros, years, contractBp, baseBp, unit),
            c =>
            {
                var quote = new ReferenceRateQuote("FR", Grant, BaseRateTable.ParseCsv("From;To;FR\n1.1.2015;;" + (c.baseBp / 100m).ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), new LocalDate(2030, 12, 31)).RateInForce("FR", Grant), new RiskProfile(RatingCategory.Good, CollateralLevel.Normal), Rate.FromBasisPoints(100m));
                var loan = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(c.euros), Grant, c.years, Frequency.Annual, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromBasisPoints(c.contractBp), AccrualBasis.Periodic)));
                var exact = GrantEquivalentCalculator.Compute(loan, quote, GrantEquivalentMethod.DifferentialAtReferenceRate, GrantEquivalentConvention.WholePeriods(Frequency.Annual));
                var rounded = GrantEquivalentCalculator.Compute(loan, quote, GrantEquivalentMethod.DifferentialAtReferenceRate, GrantEquivalentConvention.WholePeriods(Frequency.Annual).WithLineRounding(c.unit));
                Assert.True(Math.Abs(rounded.Computed - exact.Computed) <= exact.Lines.Count * c.unit / 2, $"{rounded.Computed} against {exact.Computed}");
                Assert.Equal(decimal.Truncate(rounded.Computed / c.unit), rounded.Computed / c.unit);
                Assert.Equal(rounded.Lines.Sum(l => decimal.Round(l.PresentValue / c.unit, 0, MidpointRounding.AwayFromZero) * c.unit), rounded.Computed);
            });
}
