using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// Payoff quotes on several dates (<see cref="RepaymentSchedule.PayoffQuotes"/>), which count the installments kept
/// and the interest they carry row by row in date order, are the quotes date by date; and the interest of a single
/// accrual term, rounded from its parts, is the exact rational sum's.
/// </summary>
public sealed class PayoffQuoteLaws
{
    private static readonly Gen<(RepaymentSchedule Schedule, LocalDate[] Dates)> Cases =
        from terms in ScheduleGenerators.Terms()
        let generated = RepaymentSchedule.Generate(terms, ScheduleGenerators.Euribor)
        from events in ScheduleGenerators.Events(generated)
        let schedule = generated.ApplyAll(events)
        let span = Period.DaysBetween(terms.StartDate, schedule.Maturity) + 60
        from count in Gen.Choose(0, 20)
        from days in Gen.ArrayOf(Gen.Choose(0, span), count)
        select (schedule, days.Select(d => terms.StartDate.PlusDays(d)).ToArray());

    [Fact]
    public void Quotes_on_several_dates_in_any_order_are_the_quotes_date_by_date() => Laws.Check(300, Cases, c =>
    {
        var quotes = c.Schedule.PayoffQuotes(c.Dates);
        Assert.Equal(c.Dates.Length, quotes.Count);
        for (var i = 0; i < c.Dates.Length; i++)
        {
            var one = c.Schedule.PayoffQuote(c.Dates[i]);
            Assert.Equal((one.Date, one.Principal, one.AccruedInterest), (quotes[i].Date, quotes[i].Principal, quotes[i].AccruedInterest));
        }
    });

    [Fact]
    public void Quotes_refuse_a_date_before_the_first_disbursement()
    {
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(12_000m), new LocalDate(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic)));
        Assert.Throws<ArgumentNullException>(() => schedule.PayoffQuotes(null!));
        Assert.Empty(schedule.PayoffQuotes([]));
        var refused = Assert.Throws<ArgumentException>(() => schedule.PayoffQuotes([new LocalDate(2025, 6, 1), new LocalDate(2024, 12, 31)]));
        Assert.Contains("2024-12-31", refused.Message, StringComparison.Ordinal);
    }

    private static readonly Gen<(long Balance, decimal Rate, (long, long) Fraction, (long, long) Ratio, RoundingMode Mode)> Terms =
        from units in Gen.Choose(-1_000_000, int.MaxValue)
        from factor in Gen.Elements(1L, 1_000L, 1_000_000L)
        let balance = units * factor
        from mantissa in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(2, 28)
        from numerator in Gen.Choose(0, 400)
        from denominator in Gen.Choose(1, 400)
        from ratioNumerator in Gen.Choose(1, 1_000_000)
        from ratioDenominator in Gen.Choose(1, 1_000_000)
        from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
        select (balance, new decimal(mantissa, 0, 0, false, (byte)scale), ((long)numerator, (long)denominator), ((long)ratioNumerator, (long)ratioDenominator), mode);

    [Fact]
    public void A_single_term_rounds_as_the_exact_rational_sum() => Laws.Check(2_000, Terms, t =>
    {
        var single = default(ScheduleEngine.ExactInterest);
        single.Add(t.Balance, t.Rate, t.Fraction);
        single.Scale(t.Ratio);

        // A second term of nothing keeps the sum and makes it a big rational.
        var rational = default(ScheduleEngine.ExactInterest);
        rational.Add(t.Balance, t.Rate, t.Fraction);
        rational.Add(0, t.Rate, t.Fraction);
        rational.Scale(t.Ratio);

        long? Round(ScheduleEngine.ExactInterest e)
        {
            try
            {
                return e.RoundToUnits(t.Mode);
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        Assert.Equal(Round(rational), Round(single));
    });
}
