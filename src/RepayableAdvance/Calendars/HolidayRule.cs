using NodaTime;

namespace RepayableAdvance.Calendars;

/// <summary>A rule that says whether a date is a public holiday, valid for any year.</summary>
/// <remarks>
/// The vocabulary is closed so that calendars can be written as data: a fixed day of a month
/// (<see cref="Fixed"/>), an offset from Western (Gregorian) Easter Sunday (<see cref="EasterOffset"/>), or an
/// explicit list of dates (<see cref="Dates"/>). Rules may be limited to a range of years.
/// Instances are immutable and thread-safe.
/// </remarks>
public abstract class HolidayRule
{
    private protected HolidayRule(string name, int? fromYear, int? toYear)
    {
        Name = Preconditions.CheckNotNull(name);
        if (fromYear is { } from && toYear is { } to && to < from)
        {
            throw Preconditions.OutOfRange(
                nameof(toYear), to, Preconditions.Invariant($"Year {to} is out of range: the last year must not be before the first year {from}."), Preconditions.Invariant($"L'année {to} est hors limites : la dernière année ne doit pas précéder la première année {from}."));
        }

        FromYear = fromYear;
        ToYear = toYear;
    }

    /// <summary>Gets the holiday's name, such as <c>Whit Monday</c>.</summary>
    /// <value>A descriptive name.</value>
    public string Name { get; }

    /// <summary>Gets the first year the rule applies, or null for no limit.</summary>
    /// <value>Null when the rule always applied.</value>
    public int? FromYear { get; }

    /// <summary>Gets the last year the rule applies, or null for no limit.</summary>
    /// <value>Null when the rule still applies.</value>
    public int? ToYear { get; }

    /// <summary>Creates a holiday on the same day every year, such as 14 July.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid for that month (29 February is allowed and only matches leap years).</param>
    /// <param name="fromYear">The first year, or null.</param>
    /// <param name="toYear">The last year, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static HolidayRule Fixed(string name, int month, int day, int? fromYear = null, int? toYear = null) =>
        new FixedDateRule(name, month, day, fromYear, toYear);

    /// <summary>Creates a holiday a number of days from Easter Sunday (Easter Monday is +1, Ascension +39, Whit Monday +50, Good Friday −2).</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="days">The offset in days, −100 to +100.</param>
    /// <param name="fromYear">The first year, or null.</param>
    /// <param name="toYear">The last year, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The offset is out of range.</exception>
    public static HolidayRule EasterOffset(string name, int days, int? fromYear = null, int? toYear = null) =>
        new EasterOffsetRule(name, days, fromYear, toYear);

    /// <summary>Creates a rule from an explicit list of dates (one-off closures, bridge days).</summary>
    /// <param name="name">The list's name.</param>
    /// <param name="dates">The dates.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public static HolidayRule Dates(string name, IEnumerable<LocalDate> dates) => new DateListRule(name, dates);

    /// <summary>Tells whether the date is a holiday under this rule.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True for a holiday.</returns>
    public bool Matches(LocalDate date) =>
        (FromYear is null || date.Year >= FromYear) && (ToYear is null || date.Year <= ToYear) && MatchesCore(date);

    private protected abstract bool MatchesCore(LocalDate date);

    /// <summary>Lists the dates this rule makes holidays in a year (used to build a calendar's per-year cache).</summary>
    internal IEnumerable<LocalDate> DatesIn(int year) =>
        (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear) ? DatesInCore(year) : [];

    private protected abstract IEnumerable<LocalDate> DatesInCore(int year);

    /// <summary>A fixed day of a month.</summary>
    internal sealed class FixedDateRule : HolidayRule
    {
        internal FixedDateRule(string name, int month, int day, int? fromYear, int? toYear)
            : base(name, fromYear, toYear)
        {
            Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
            Preconditions.CheckArgumentRange(nameof(day), day, 1, CalendarSystem.Iso.GetDaysInMonth(2000, month));
            Month = month;
            Day = day;
        }

        internal int Month { get; }

        internal int Day { get; }

        private protected override bool MatchesCore(LocalDate date) => date.Month == Month && date.Day == Day;

        private protected override IEnumerable<LocalDate> DatesInCore(int year) =>
            Day <= CalendarSystem.Iso.GetDaysInMonth(year, Month) ? [new LocalDate(year, Month, Day)] : [];
    }

    /// <summary>An offset from Easter Sunday.</summary>
    internal sealed class EasterOffsetRule : HolidayRule
    {
        internal EasterOffsetRule(string name, int days, int? fromYear, int? toYear)
            : base(name, fromYear, toYear)
        {
            Preconditions.CheckArgumentRange(nameof(days), days, -100, 100);
            Days = days;
        }

        internal int Days { get; }

        private protected override bool MatchesCore(LocalDate date) => date.Year >= 1583 && date == Easter.Sunday(date.Year).PlusDays(Days);

        private protected override IEnumerable<LocalDate> DatesInCore(int year) =>
            year >= 1583 ? [Easter.Sunday(year).PlusDays(Days)] : [];
    }

    /// <summary>An explicit list of dates.</summary>
    internal sealed class DateListRule : HolidayRule
    {
        private readonly HashSet<LocalDate> _dates;

        internal DateListRule(string name, IEnumerable<LocalDate> dates)
            : base(name, null, null)
        {
            Preconditions.CheckNotNull(dates);
            _dates = [.. dates];
        }

        internal IReadOnlyCollection<LocalDate> DateSet => _dates;

        private protected override bool MatchesCore(LocalDate date) => _dates.Contains(date);

        private protected override IEnumerable<LocalDate> DatesInCore(int year) => _dates.Where(d => d.Year == year);
    }
}
