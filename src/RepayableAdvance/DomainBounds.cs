using System.Globalization;
using NodaTime;

namespace RepayableAdvance;

/// <summary>
/// The ranges every value the library accepts from outside must fall in: dates, amounts, rates, counts of months,
/// installments, scenarios and events. Inside these ranges no operation overflows; a value outside is refused at
/// the edge (a document error at its JSON path, or an <see cref="ArgumentOutOfRangeException"/> naming the
/// parameter and the range) before any work starts.
/// </summary>
/// <remarks>
/// <para>The bounds are generous for repayable advances (a regional advance runs 2 to 10 years, for EUR 10k to a few
/// million) and tight enough that the products an operation forms stay far inside <see cref="decimal"/>'s range: the
/// largest amount times the largest compounding factor over the longest term, or the largest monthly payroll times
/// the largest count of months.</para>
/// <para>Both ends of every range are included.</para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class DomainBounds
{
    /// <summary>The largest amount, in major units of any currency: one trillion (10^12).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The longest term, schedule horizon or projection, in months (50 years).</summary>
    public const int MaxMonths = 600;

    /// <summary>The most installments in one schedule (monthly over 50 years).</summary>
    public const int MaxInstallments = 600;

    /// <summary>The most scenarios in one stress simulation.</summary>
    public const int MaxScenarios = 10_000_000;

    /// <summary>The most events or operations in one ledger, book or register.</summary>
    public const int MaxEvents = 1_000_000;

    /// <summary>The lowest rate, in percent (−100 %).</summary>
    public const decimal MinRatePercent = -100m;

    /// <summary>The highest rate, in percent (100 %): an index, a margin, a fixed or all-in rate, a base rate, a probability.</summary>
    public const decimal MaxRatePercent = 100m;

    /// <summary>Gets the earliest date: 1 January 1900.</summary>
    /// <value>1900-01-01.</value>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest date: 31 December 2199.</summary>
    /// <value>2199-12-31.</value>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>Gets the latest as-of date of an application: 31 December 2149, so that the longest term (<see cref="MaxMonths"/>) still ends by <see cref="MaxDate"/>.</summary>
    /// <value>2149-12-31.</value>
    public static LocalDate MaxApplicationDate { get; } = new(2149, 12, 31);

    /// <summary>The largest headcount of an applicant.</summary>
    public const int MaxHeadcount = 10_000_000;

    /// <summary>Gets the lowest rate.</summary>
    /// <value>−100 %.</value>
    public static Rate MinRate { get; } = Rate.FromPercent(MinRatePercent);

    /// <summary>Gets the highest rate.</summary>
    /// <value>100 %.</value>
    public static Rate MaxRate { get; } = Rate.FromPercent(MaxRatePercent);

    /// <summary>Tells whether a date is within <see cref="MinDate"/> and <see cref="MaxDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True inside the range.</returns>
    public static bool Contains(LocalDate date) => date >= MinDate && date <= MaxDate;

    /// <summary>Tells whether an amount's absolute value is at most <see cref="MaxAmount"/>.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>True inside the range.</returns>
    public static bool Contains(Money amount) => Math.Abs(amount.Amount) <= MaxAmount;

    /// <summary>Tells whether a rate is within <see cref="MinRate"/> and <see cref="MaxRate"/>.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>True inside the range.</returns>
    public static bool Contains(Rate rate) => rate >= MinRate && rate <= MaxRate;

    /// <summary>The range of dates, for messages.</summary>
    internal const string DateRange = "1900-01-01 to 2199-12-31";

    internal const string DateRangeFr = "du 1900-01-01 au 2199-12-31";

    /// <summary>Throws unless the date is within the range.</summary>
    internal static void CheckDate(LocalDate date, string paramName)
    {
        if (!Contains(date))
        {
            throw Preconditions.OutOfRange(
                paramName,
                date,
                Preconditions.Invariant($"Date {date:uuuu-MM-dd} is out of range: dates must be between {DateRange} inclusive."), Preconditions.Invariant($"La date {date:uuuu-MM-dd} est hors limites : les dates vont {DateRangeFr} inclus."));
        }
    }

    /// <summary>Throws unless the optional date is within the range.</summary>
    internal static void CheckDate(LocalDate? date, string paramName)
    {
        if (date is { } d)
        {
            CheckDate(d, paramName);
        }
    }

    /// <summary>Throws unless the amount is within the range.</summary>
    internal static void CheckAmount(Money amount, string paramName)
    {
        if (!Contains(amount))
        {
            throw Preconditions.OutOfRange(
                paramName,
                amount.Amount,
                Preconditions.Invariant($"Amount {amount.Amount} {amount.Currency.Code} is out of range: amounts must be between -{MaxAmount:N0} and {MaxAmount:N0} inclusive."), Preconditions.Invariant($"Le montant {amount.Amount} {amount.Currency.Code} est hors limites : les montants doivent être compris entre -{MaxAmount:N0} et {MaxAmount:N0} inclus."));
        }
    }

    /// <summary>Throws unless the optional amount is within the range.</summary>
    internal static void CheckAmount(Money? amount, string paramName)
    {
        if (amount is { } a)
        {
            CheckAmount(a, paramName);
        }
    }

    /// <summary>Throws unless the rate is within the range.</summary>
    internal static void CheckRate(Rate rate, string paramName)
    {
        if (!Contains(rate))
        {
            throw Preconditions.OutOfRange(
                paramName,
                rate.Value,
                Preconditions.Invariant($"Rate {Describe(rate)} is out of range: rates must be between {MinRatePercent}% and {MaxRatePercent}% inclusive."), Preconditions.Invariant($"Le taux {Describe(rate)} est hors limites : les taux doivent être compris entre {MinRatePercent} % et {MaxRatePercent} % inclus."));
        }
    }

    /// <summary>Throws unless the optional rate is within the range.</summary>
    internal static void CheckRate(Rate? rate, string paramName)
    {
        if (rate is { } r)
        {
            CheckRate(r, paramName);
        }
    }

    /// <summary>A rate for a message, without overflowing for any decimal fraction.</summary>
    internal static string Describe(Rate rate) =>
        Math.Abs(rate.Value) < 1e20m ? rate.ToString() : rate.Value.ToString(CultureInfo.InvariantCulture) + " (as a fraction)";
}
