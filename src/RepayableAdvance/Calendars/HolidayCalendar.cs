using System.Numerics;
using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Calendars;

/// <summary>A rule-based business-day calendar: weekend days plus holiday rules, each rule with the years it applies, from the calendar's first year.</summary>
/// <remarks>
/// <para>Built-in calendars are in <see cref="HolidayCalendars"/>. Users build their own from
/// <see cref="HolidayRule"/>s (fixed dates, Easter offsets, explicit date lists) and combine calendars with
/// <see cref="Join"/>: a date is a holiday of the joint calendar when it is a holiday of either.</para>
/// <para>A calendar may state the first year it knows (<see cref="FirstYear"/>): before it, its rules are not known to
/// be right (TARGET did not exist before 1999), so asking about an earlier date is refused with an
/// <see cref="ArgumentOutOfRangeException"/> that names the date and the first year.</para>
/// <para>Equality is reference equality; compare <see cref="Name"/> for identity in documents.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class HolidayCalendar
{
    // A bound on how far adjustment may search; a calendar with no business day in ten years is a configuration error.
    private const int MaxSearchDays = 3660;

    private readonly bool[] _weekend = new bool[8];
    private readonly HolidayRule[] _rules;

    // A small cache of per-year non-business-day bitmaps, filled lazily. Entries are immutable and replaced whole,
    // so concurrent readers see either no entry or a complete one: the calendar stays immutable and thread-safe.
    private readonly YearMask?[] _masks = new YearMask?[16];

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">The calendar's stable name, such as <c>FR</c>.</param>
    /// <param name="weekendDays">The days of the week that are never business days.</param>
    /// <param name="rules">The holiday rules.</param>
    /// <param name="firstYear">The first year the calendar knows, or null when its rules hold for every year of <see cref="DomainBounds"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Every day of the week is a weekend day, or a weekday value is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstYear"/> is outside the years of <see cref="DomainBounds"/>.</exception>
    public HolidayCalendar(string name, IEnumerable<IsoDayOfWeek> weekendDays, IEnumerable<HolidayRule> rules, int? firstYear = null)
    {
        if (firstYear is { } first)
        {
            Preconditions.CheckArgumentRange(nameof(firstYear), first, DomainBounds.MinDate.Year, DomainBounds.MaxDate.Year, "First year", "La première année");
        }

        FirstYear = firstYear;
        Name = Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(weekendDays);
        Preconditions.CheckNotNull(rules);
        foreach (var day in weekendDays)
        {
            Preconditions.CheckArgument(day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday, nameof(weekendDays), $"Weekday {(int)day} is invalid: it must be Monday (1) to Sunday (7).", $"Le jour de semaine {(int)day} est invalide : il doit aller de lundi (1) à dimanche (7).");
            _weekend[(int)day] = true;
        }

        Preconditions.CheckArgument(
            _weekend.Count(w => w) < 7,
            nameof(weekendDays),
            "Every day of the week is a weekend day: a calendar needs at least one business weekday.", "Tous les jours de la semaine sont chômés : un calendrier a besoin d'au moins un jour ouvré.");
        _rules = [.. rules];
        foreach (var rule in _rules)
        {
            Preconditions.CheckArgument(rule is not null, nameof(rules), "A holiday rule is null.", "Une règle de jour férié est null.");
        }

        WeekendDays = [.. Enumerable.Range(1, 7).Where(d => _weekend[d]).Select(d => (IsoDayOfWeek)d)];
    }

    /// <summary>Gets the stable name.</summary>
    /// <value>For example <c>FR</c> or <c>TARGET</c>.</value>
    public string Name { get; }

    /// <summary>Gets the weekend days, Monday first.</summary>
    /// <value>Saturday and Sunday for the built-in calendars.</value>
    public IReadOnlyList<IsoDayOfWeek> WeekendDays { get; }

    /// <summary>Gets the first year the calendar knows.</summary>
    /// <value>Null when its rules hold for every year; a date of an earlier year is refused.</value>
    public int? FirstYear { get; }

    /// <summary>Gets the holiday rules.</summary>
    /// <value>The rules, in the order given.</value>
    public IReadOnlyList<HolidayRule> Rules => _rules;

    /// <summary>Joins calendars: a date is a non-business day when it is one in any of them; the joint calendar knows the years all of them know.</summary>
    /// <param name="name">The joint calendar's name.</param>
    /// <param name="calendars">The calendars to join, at least one.</param>
    /// <returns>The joint calendar.</returns>
    /// <exception cref="ArgumentException">No calendar is given.</exception>
    public static HolidayCalendar Join(string name, params IReadOnlyList<HolidayCalendar> calendars)
    {
        Preconditions.CheckNotNull(calendars);
        Preconditions.CheckArgument(calendars.Count > 0, nameof(calendars), "No calendar to join: give at least one.", "Aucun calendrier à joindre : donnez-en au moins un.");
        return new HolidayCalendar(
            name,
            calendars.SelectMany(c => c.WeekendDays).Distinct(),
            calendars.SelectMany(c => c.Rules),
            calendars.Max(c => c.FirstYear));
    }

    /// <summary>Returns a copy of this calendar with more rules (for example a regional holiday).</summary>
    /// <param name="name">The new calendar's name.</param>
    /// <param name="rules">The extra rules.</param>
    /// <returns>The extended calendar.</returns>
    public HolidayCalendar WithRules(string name, params IReadOnlyList<HolidayRule> rules) =>
        new(name, WeekendDays, _rules.Concat(Preconditions.CheckNotNull(rules)), FirstYear);

    /// <summary>Refuses a year before <see cref="FirstYear"/>.</summary>
    /// <param name="date">The date asked about.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is before the first year the calendar knows.</exception>
    internal void CheckKnown(LocalDate date)
    {
        if (FirstYear is { } first && date.Year < first)
        {
            throw Preconditions.OutOfRange(
                nameof(date),
                date,
                Preconditions.Invariant($"Calendar {Name} knows dates from {first}: {date:uuuu-MM-dd} is before it, when its holiday rules are not known."), Preconditions.Invariant($"Le calendrier {Name} connaît les dates à partir de {first} : le {date:uuuu-MM-dd} est antérieur, ses jours fériés n'y sont pas connus."));
        }
    }

    /// <summary>Tells whether the date falls on a weekend day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a weekend day.</returns>
    public bool IsWeekend(LocalDate date) => _weekend[(int)date.DayOfWeek];

    /// <summary>Tells whether a holiday rule matches the date (whatever the day of the week).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a public holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before <see cref="FirstYear"/>.</exception>
    public bool IsHoliday(LocalDate date)
    {
        CheckKnown(date);
        foreach (var rule in _rules)
        {
            if (rule.Matches(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the date is a business day: not a weekend day and not a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a business day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before <see cref="FirstYear"/>.</exception>
    public bool IsBusinessDay(LocalDate date)
    {
        CheckKnown(date);
        return IsBusinessDay(date.Year, date.DayOfYear);
    }

    /// <summary>Tells whether the 1-based <paramref name="dayOfYear"/> of an ISO year is a business day (a hot path without a <see cref="LocalDate"/>).</summary>
    internal bool IsBusinessDay(int year, int dayOfYear) => IsBusinessDay(YearBits(year), dayOfYear);

    /// <summary>One ISO year of the calendar, as a view for hot paths that work on days of the year (the schedule planner).</summary>
    /// <param name="year">The ISO year, 1 to 9999.</param>
    /// <returns>The year's view.</returns>
    internal BusinessYear Year(int year) => new(this, year, YearBits(year));

    /// <summary>Tells whether the 1-based <paramref name="dayOfYear"/> is a business day in a year's bitmap from <see cref="YearBits"/>.</summary>
    internal static bool IsBusinessDay(ulong[] yearBits, int dayOfYear)
    {
        var day = dayOfYear - 1;
        return (yearBits[day >> 6] & (1UL << (day & 63))) == 0;
    }

    /// <summary>The non-business days of an ISO year as a bitmap: bit d − 1 is set when day d of the year is not a business day. Never modified.</summary>
    private ulong[] YearBits(int year)
    {
        var mask = _masks[year & 15];
        if (mask is null || mask.Year != year)
        {
            mask = BuildMask(year);
            _masks[year & 15] = mask;
        }

        return mask.Bits;
    }

    private YearMask BuildMask(int year)
    {
        if (FirstYear is { } first && year < first)
        {
            throw Preconditions.OutOfRange(
                nameof(year),
                year,
                Preconditions.Invariant($"Calendar {Name} knows dates from {first}: year {year} is before it, when its holiday rules are not known."), Preconditions.Invariant($"Le calendrier {Name} connaît les dates à partir de {first} : l'année {year} est antérieure, ses jours fériés n'y sont pas connus."));
        }
        var bits = new ulong[6];
        var firstDayOfWeek = (int)new LocalDate(year, 1, 1).DayOfWeek - 1; // Monday = 0
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        for (var day = 0; day < days; day++)
        {
            if (_weekend[((firstDayOfWeek + day) % 7) + 1])
            {
                bits[day >> 6] |= 1UL << (day & 63);
            }
        }

        foreach (var rule in _rules)
        {
            foreach (var date in rule.DatesIn(year))
            {
                var day = date.DayOfYear - 1;
                bits[day >> 6] |= 1UL << (day & 63);
            }
        }

        return new YearMask(year, bits);
    }

    private sealed record YearMask(int Year, ulong[] Bits);

    /// <summary>Moves a date to a business day according to a convention.</summary>
    /// <param name="date">The date.</param>
    /// <param name="convention">The business-day convention.</param>
    /// <returns>The adjusted date (the date itself when it is a business day or the convention is Unadjusted).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The convention is undefined.</exception>
    public LocalDate Adjust(LocalDate date, BusinessDayConvention convention)
    {
        if ((uint)convention > (uint)BusinessDayConvention.ModifiedPreceding)
        {
            Preconditions.CheckDefined(convention, nameof(convention));
        }

        var shift = BusinessDayShift(date.Year, date.Month, date.Day, convention);
        return date.PlusDays(shift);
    }

    /// <summary>
    /// The days to add to an ISO date to adjust it by a (defined) convention: 0 on a business day. Works on years and
    /// days of the year, without building dates: the core of <see cref="Adjust"/>.
    /// </summary>
    internal int BusinessDayShift(int year, int month, int day, BusinessDayConvention convention) =>
        BusinessDayShift(year, month, day, DateArithmetic.DayOfYear(year, month, day), convention);

    /// <summary>As <see cref="BusinessDayShift(int, int, int, BusinessDayConvention)"/>, with the day of the year already known.</summary>
    internal int BusinessDayShift(int year, int month, int day, int dayOfYear, BusinessDayConvention convention)
    {
        if (convention == BusinessDayConvention.Unadjusted)
        {
            return 0;
        }

        var bits = YearBits(year);
        return IsBusinessDay(bits, dayOfYear) ? 0 : NonBusinessDayShift(bits, year, month, day, dayOfYear, convention);
    }

    /// <summary>
    /// As <see cref="BusinessDayShift(int, int, int, BusinessDayConvention)"/>, for a day that is not a business day,
    /// with its year's bitmap from <see cref="YearBits"/>: the call of <see cref="BusinessYear"/>, which has tested the day.
    /// </summary>
    internal int NonBusinessDayShift(ulong[] yearBits, int year, int month, int day, int dayOfYear, BusinessDayConvention convention)
    {
        switch (convention)
        {
            case BusinessDayConvention.Unadjusted:
                return 0;
            case BusinessDayConvention.Following:
                return Seek(yearBits, year, month, day, dayOfYear, 1);
            case BusinessDayConvention.Preceding:
                return -Seek(yearBits, year, month, day, dayOfYear, -1);
            case BusinessDayConvention.ModifiedFollowing:
                {
                    var forward = Seek(yearBits, year, month, day, dayOfYear, 1);
                    return day + forward <= DateArithmetic.DaysInMonth(year, month) ? forward : -Seek(yearBits, year, month, day, dayOfYear, -1);
                }

            default:
                {
                    var back = Seek(yearBits, year, month, day, dayOfYear, -1);
                    return day - back >= 1 ? -back : Seek(yearBits, year, month, day, dayOfYear, 1);
                }
        }
    }

    /// <summary>How many days (at least one) from a date in a direction to the nearest business day.</summary>
    private int Seek(ulong[] yearBits, int year, int month, int day, int dayOfYear, int direction)
    {
        // A year's bitmap is searched a 64-bit word at a time; the next year's is fetched only when the search
        // crosses into it. Days are 0-based inside the loop.
        unchecked
        {
            var cursorYear = year;
            var from = dayOfYear - 1;
            var distance = 0;
            while (distance <= MaxSearchDays)
            {
                var bits = cursorYear == year ? yearBits : YearBits(cursorYear);
                var daysInYear = DateArithmetic.DaysInYear(cursorYear);
                var found = direction > 0 ? NextBusinessDay(bits, from, daysInYear) : PreviousBusinessDay(bits, from);
                if (found >= 0)
                {
                    distance += direction > 0 ? found - from : from - found;
                    break;
                }

                // None left in this year: count the days to its last (or first) day, and continue from just outside
                // the next (or previous) year, whose first step is the step across the year end.
                distance += direction > 0 ? daysInYear - 1 - from : from;
                cursorYear += direction;
                from = direction > 0 ? -1 : DateArithmetic.DaysInYear(cursorYear);
            }

            return distance <= MaxSearchDays ? distance : throw NoBusinessDay(new LocalDate(year, month, day));
        }
    }

    /// <summary>The first 0-based business day after <paramref name="from"/> in a year's bitmap, or −1 when the year has none left.</summary>
    private static int NextBusinessDay(ulong[] bits, int from, int daysInYear)
    {
        for (var day = from + 1; day < daysInYear; day = ((day >> 6) + 1) << 6)
        {
            // Set bits of the inverted word are business days, from this day on.
            var open = ~bits[day >> 6] >> (day & 63);
            if (open != 0)
            {
                var found = day + BitOperations.TrailingZeroCount(open);
                return found < daysInYear ? found : -1;
            }
        }

        return -1;
    }

    /// <summary>The last 0-based business day before <paramref name="from"/> in a year's bitmap, or −1 when the year has none before it.</summary>
    private static int PreviousBusinessDay(ulong[] bits, int from)
    {
        for (var day = from - 1; day >= 0; day = ((day >> 6) << 6) - 1)
        {
            // Set bits of the inverted word are business days, up to this day (moved to the top bit).
            var open = ~bits[day >> 6] << (63 - (day & 63));
            if (open != 0)
            {
                return day - BitOperations.LeadingZeroCount(open);
            }
        }

        return -1;
    }

    private InvalidOperationException NoBusinessDay(LocalDate date) =>
        new(Preconditions.Invariant($"Calendar '{Name}' has no business day within {MaxSearchDays} days of {date:uuuu-MM-dd}: check its rules."));

    /// <summary>Adds a number of business days (negative to go back). Zero adjusts a non-business day forward.</summary>
    /// <param name="date">The start date.</param>
    /// <param name="businessDays">The number of business days to move.</param>
    /// <returns>The resulting business day.</returns>
    public LocalDate AddBusinessDays(LocalDate date, int businessDays)
    {
        if (businessDays == 0)
        {
            return Adjust(date, BusinessDayConvention.Following);
        }

        var direction = businessDays > 0 ? 1 : -1;
        var remaining = Math.Abs(businessDays);
        var cursor = date;
        while (remaining > 0)
        {
            cursor = Step(cursor, direction);
            remaining--;
        }

        return cursor;
    }

    /// <summary>Lists the holidays (rule matches on non-weekend days) in a date range.</summary>
    /// <param name="start">The first date (included).</param>
    /// <param name="end">The last date (included).</param>
    /// <returns>The holidays in ascending order.</returns>
    public IReadOnlyList<LocalDate> HolidaysBetween(LocalDate start, LocalDate end)
    {
        var result = new List<LocalDate>();
        for (var d = start; d <= end; d = d.PlusDays(1))
        {
            if (!IsWeekend(d) && IsHoliday(d))
            {
                result.Add(d);
            }
        }

        return result;
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The calendar's name.</returns>
    public override string ToString() => Name;

    /// <summary>Moves at least one day in the direction until a business day.</summary>
    private LocalDate Step(LocalDate date, int direction) =>
        date.PlusDays(direction * Seek(YearBits(date.Year), date.Year, date.Month, date.Day, date.DayOfYear, direction));
}
