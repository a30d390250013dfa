using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Tests.Scheduling;
using QL = QLNet;

namespace RepayableAdvance.Tests.Calendars;

/// <summary>
/// Actual/Actual ICMA and AFB: the ISDA memo's worked examples, and QLNet 1.13.2's day counters on generated periods,
/// regular and irregular.
/// </summary>
public class ActualActualTests
{
    private static readonly DayCountConvention Icma = DayCountConventions.ActualActualIcma;
    private static readonly DayCountConvention Afb = DayCountConventions.ActualActualAfb;
    private static readonly QL.DayCounter QlIcma = new QL.ActualActual(QL.ActualActual.Convention.ISMA);
    private static readonly QL.DayCounter QlAfb = new QL.ActualActual(QL.ActualActual.Convention.AFB);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>
    /// The Actual/Actual examples of ISDA's memo "EMU and market conventions: recent developments" (1998), as QuantLib's
    /// test suite tabulates them with their reference periods
    /// (https://github.com/lballabio/QuantLib/blob/master/test-suite/daycounters.cpp, testActualActual), to 12 decimals.
    /// </summary>
    [Theory]
    [InlineData("2003-11-01", "2004-05-01", "2003-11-01", "2004-05-01", "0.500000000000", "0.497267759563")] // semi-annual
    [InlineData("1999-02-01", "1999-07-01", "1998-07-01", "1999-07-01", "0.410958904110", "0.410958904110")] // short first period
    [InlineData("1999-07-01", "2000-07-01", "1999-07-01", "2000-07-01", "1.000000000000", "1.000000000000")] // the period after it
    [InlineData("2002-08-15", "2003-07-15", "2003-01-15", "2003-07-15", "0.915760869565", "0.915068493151")] // long first period
    [InlineData("2003-07-15", "2004-01-15", "2003-07-15", "2004-01-15", "0.500000000000", "0.504109589041")] // the period after it
    [InlineData("1999-07-30", "2000-01-30", "1999-07-30", "2000-01-30", "0.500000000000", "0.504109589041")] // before a short final period
    [InlineData("2000-01-30", "2000-06-30", "2000-01-30", "2000-07-30", "0.417582417582", "0.415300546448")] // short final period
    public void Isda_memo_examples(string start, string end, string referenceStart, string referenceEnd, string icma, string afb)
    {
        var (s, e, rs, re) = (Parse(start), Parse(end), Parse(referenceStart), Parse(referenceEnd));
        Assert.Equal(decimal.Parse(icma, System.Globalization.CultureInfo.InvariantCulture), decimal.Round(Icma.YearFraction(s, e, rs, re), 12, MidpointRounding.ToEven));
        Assert.Equal(decimal.Parse(afb, System.Globalization.CultureInfo.InvariantCulture), decimal.Round(Afb.YearFraction(s, e), 12, MidpointRounding.ToEven));

        // AFB ignores a reference period; ICMA of a regular period is exactly months ÷ 12.
        Assert.Equal(Afb.YearFractionParts(s, e), Afb.YearFractionParts(s, e, rs, re));
    }

    [Fact]
    public void Exact_rationals_and_the_rules_they_follow()
    {
        // ICMA: a regular quarter is exactly 1/4 whatever its days; a part is its share of the days over four.
        Assert.Equal((1L, 4L), Icma.YearFractionParts(D(2024, 1, 15), D(2024, 4, 15), D(2024, 1, 15), D(2024, 4, 15)));
        Assert.Equal((45L, 364L), Icma.YearFractionParts(D(2024, 1, 15), D(2024, 2, 29), D(2024, 1, 15), D(2024, 4, 15))); // 45 of its 91 days: 45 / (4 × 91)

        // AFB: one whole year counted back from the end, then the days left over 366 when they contain 29 February.
        Assert.Equal((366L + 60L, 366L), Afb.YearFractionParts(D(2024, 1, 1), D(2025, 3, 1))); // 1 Jan → 1 Mar 2024: 60 days
        Assert.Equal((365L + 59L, 365L), Afb.YearFractionParts(D(2023, 1, 1), D(2024, 3, 1))); // 1 Jan → 1 Mar 2023: 59 days

        // AFB: a year back from 28 February 2025 is 29 February 2024 (QuantLib's rule), so 28 Feb 2024 → 28 Feb 2025 is a
        // year and the one day 28 February 2024, which does not contain the 29th: 1 + 1/365.
        Assert.Equal((366L, 365L), Afb.YearFractionParts(D(2024, 2, 28), D(2025, 2, 28)));
        Assert.Equal((0L, 1L), Afb.YearFractionParts(D(2024, 2, 28), D(2024, 2, 28)));
        Assert.True(Icma.UsesReferencePeriod);
        Assert.False(Afb.UsesReferencePeriod);
    }

    [Fact]
    public void A_reference_period_that_cannot_hold_the_days_is_refused()
    {
        var empty = Assert.Throws<ArgumentException>(() => Icma.YearFraction(D(2024, 1, 15), D(2024, 2, 15), D(2024, 4, 15), D(2024, 4, 15)));
        Assert.Equal(
            "Reference period 2024-04-15 to 2024-04-15 is empty or ends before the start 2024-01-15: it must end after both its own start and the start of the days counted. (Parameter 'referenceEnd')",
            empty.Message);
        var overhang = Assert.Throws<ArgumentException>(() => Icma.YearFraction(D(2024, 1, 1), D(2024, 9, 1), D(2024, 2, 1), D(2024, 5, 1)));
        Assert.Contains("overhangs its reference period 2024-02-01 to 2024-05-01 at both ends", overhang.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Icma.YearFraction(D(2024, 2, 1), D(2024, 1, 1), D(2024, 1, 1), D(2024, 4, 1)));
    }

    [Fact]
    public void Computations_without_reference_periods_refuse_ICMA()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RepayableAdvance.StateAid.GrantEquivalentConvention(Icma));
        Assert.Equal(
            "Actual/Actual ICMA needs the reference periods of a schedule, which this computation does not have: use Actual/Actual ISDA, Actual/Actual AFB, Actual/365F, Actual/360, 30/360 or 30E/360. (Parameter 'dayCount')",
            ex.Message);
        Assert.Throws<ArgumentException>(() => new RepayableAdvance.Scheduling.LateInterest(Rate.FromPercent(5m), Icma));
        Assert.Throws<ArgumentException>(() => new InterestRate(Rate.FromPercent(5m), Icma));
        Assert.Throws<ArgumentException>(() => RepayableAdvance.Scheduling.CashFlowAnalytics.Xirr([], Icma));
        _ = new RepayableAdvance.StateAid.GrantEquivalentConvention(Afb);
    }

    [Fact]
    public void Afb_matches_QLNet_on_generated_periods() => Laws.Check(
        3000,
        Periods(0, 4000),
        c => Assert.Equal(QlAfb.yearFraction(Ql(c.Start), Ql(c.End)), (double)Afb.YearFraction(c.Start, c.End), 12));

    [Fact]
    public void Icma_matches_QLNet_on_regular_periods_and_their_parts() => Laws.Check(
        3000,
        from referenceStart in Generators.Date(1950, 2090)
        from months in Gen.Elements(1, 2, 3, 4, 6, 12)
        from a in Gen.Choose(0, 400)
        from b in Gen.Choose(0, 400)
        let referenceEnd = referenceStart.PlusMonths(months)
        let length = Period.DaysBetween(referenceStart, referenceEnd)
        let first = referenceStart.PlusDays(Math.Min(a, b) % length)
        select (first, last: referenceStart.PlusDays(Math.Max(Math.Min(a, b) % length, Math.Max(a, b) % (length + 1))), referenceStart, referenceEnd),
        IcmaAsQLNet);

    [Fact]
    public void Icma_matches_QLNet_on_long_and_short_stubs() => Laws.Check(
        3000,
        from referenceStart in Generators.Date(1950, 2090)
        from months in Gen.Elements(1, 3, 6, 12)
        from kind in Gen.Choose(0, 2)
        from days in Gen.Choose(1, 800)
        let referenceEnd = referenceStart.PlusMonths(months)
        select kind switch
        {
            // A long first period: it starts before the reference period (which ends on the first regular date).
            0 => (start: referenceStart.PlusDays(-days), end: referenceEnd, referenceStart, referenceEnd),

            // A short first period: it starts inside the reference period.
            1 => (start: referenceStart.PlusDays(days % Period.DaysBetween(referenceStart, referenceEnd)), end: referenceEnd, referenceStart, referenceEnd),

            // A long (or short) last period: the reference period starts with it and it ends anywhere after its start.
            _ => (start: referenceStart, end: referenceStart.PlusDays(days), referenceStart, referenceEnd),
        },
        IcmaAsQLNet);

    [Fact]
    public void Icma_without_a_reference_period_takes_the_period_itself_as_QLNet_does() => Laws.Check(
        1000,
        Periods(1, 1500),
        c => Assert.Equal(QlIcma.yearFraction(Ql(c.Start), Ql(c.End)), (double)Icma.YearFraction(c.Start, c.End), 12));

    private static void IcmaAsQLNet((LocalDate Start, LocalDate End, LocalDate ReferenceStart, LocalDate ReferenceEnd) c) => Assert.Equal(
        QlIcma.yearFraction(Ql(c.Start), Ql(c.End), Ql(c.ReferenceStart), Ql(c.ReferenceEnd)),
        (double)Icma.YearFraction(c.Start, c.End, c.ReferenceStart, c.ReferenceEnd),
        12);

    private static FsCheck.Gen<(LocalDate Start, LocalDate End)> Periods(int minDays, int maxDays) =>
        from start in Generators.Date(1950, 2090)
        from days in Gen.Choose(minDays, maxDays)
        select (start, start.PlusDays(days));

    private static QL.Date Ql(LocalDate date) => QLNetCrossCheckTests.ToQl(date);

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
