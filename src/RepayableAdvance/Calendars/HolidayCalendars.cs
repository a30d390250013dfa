using NodaTime;

namespace RepayableAdvance.Calendars;

/// <summary>The built-in, rule-based holiday calendars. Easter-based feasts are computed for every year.</summary>
public static class HolidayCalendars
{
    private static readonly IsoDayOfWeek[] SaturdaySunday = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>Gets a calendar with Saturday and Sunday as weekend and no holidays.</summary>
    /// <value>The weekends-only calendar, named <c>WEEKENDS</c>.</value>
    public static HolidayCalendar WeekendsOnly { get; } = new("WEEKENDS", SaturdaySunday, []);

    /// <summary>Gets the metropolitan French public holidays (Code du travail, art. L3133-1).</summary>
    /// <value>
    /// Named <c>FR</c>: 1 January, Easter Monday, 1 May, 8 May, Ascension (Easter + 39), Whit Monday (Easter + 50),
    /// 14 July, 15 August, 1 November, 11 November, 25 December; Saturday and Sunday. Known from 1947, the first year
    /// 1 May was a public holiday (loi n° 47-778 du 30 avril 1947); 8 May from 1953 to 1958 (loi n° 53-225 du 20 mars
    /// 1953, abolished by décret n° 59-533 du 11 avril 1959) and again from 1982 (loi n° 81-893 du 2 octobre 1981).
    /// Whit Monday stays a public holiday although it may be the "journée de solidarité" (Code du travail,
    /// art. L3133-7 and following).
    /// </value>
    public static HolidayCalendar France { get; } = new("FR", SaturdaySunday, FranceRules(), firstYear: 1947);

    /// <summary>Gets the Alsace-Moselle calendar: France plus Good Friday and 26 December (Code du travail, art. L3134-13).</summary>
    /// <value>Named <c>FR-ALSACE-MOSELLE</c>.</value>
    public static HolidayCalendar FranceAlsaceMoselle { get; } = France.WithRules(
        "FR-ALSACE-MOSELLE",
        HolidayRule.EasterOffset("Good Friday", -2),
        HolidayRule.Fixed("St Stephen's Day", 12, 26));

    /// <summary>Gets the TARGET2 / T2 closing days, on which euro payments (and SEPA debits) do not settle.</summary>
    /// <value>
    /// Named <c>TARGET</c>: 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December; Saturday and Sunday.
    /// Known from 1999, when TARGET opened. In 1999 it closed only on 1 January and 25 December
    /// (https://www.ecb.europa.eu/press/pr/date/1998/html/pr980903.en.html) and on 31 December 1999
    /// (https://www.ecb.europa.eu/press/pr/date/1999/html/pr990715_1.en.html); the six days from 2000 (same
    /// release), and for good from 2002 (https://www.ecb.europa.eu/press/pr/date/2000/html/pr001214_4.en.html); it also
    /// closed on 31 December 2001, before the euro cash changeover, as QuantLib's TARGET calendar records.
    /// </value>
    public static HolidayCalendar Target { get; } = new(
        "TARGET",
        SaturdaySunday,
        [
            HolidayRule.Fixed("New Year's Day", 1, 1),
            HolidayRule.EasterOffset("Good Friday", -2, fromYear: 2000),
            HolidayRule.EasterOffset("Easter Monday", 1, fromYear: 2000),
            HolidayRule.Fixed("Labour Day", 5, 1, fromYear: 2000),
            HolidayRule.Fixed("Christmas Day", 12, 25),
            HolidayRule.Fixed("Christmas Holiday", 12, 26, fromYear: 2000),
            HolidayRule.Dates("31 December 1999 and 2001", [new LocalDate(1999, 12, 31), new LocalDate(2001, 12, 31)]),
        ],
        firstYear: 1999);

    /// <summary>Gets every built-in calendar.</summary>
    /// <value>WEEKENDS, FR, FR-ALSACE-MOSELLE and TARGET.</value>
    public static IReadOnlyList<HolidayCalendar> All { get; } = [WeekendsOnly, France, FranceAlsaceMoselle, Target];

    /// <summary>Finds a built-in calendar by name.</summary>
    /// <param name="name">The name, such as <c>FR</c>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No built-in calendar has that name.</exception>
    public static HolidayCalendar FromName(string name)
    {
        Preconditions.CheckNotNull(name);
        return All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
            ?? throw Preconditions.Argument(
                Preconditions.Invariant($"Unknown calendar '{name}': it must be one of {string.Join(", ", All.Select(c => c.Name))}."), Preconditions.Invariant($"Calendrier inconnu « {name} » : il doit être l'un de {string.Join(", ", All.Select(c => c.Name))}."),
                nameof(name));
    }

    private static HolidayRule[] FranceRules() =>
    [
        HolidayRule.Fixed("Jour de l'an", 1, 1),
        HolidayRule.EasterOffset("Lundi de Pâques", 1),
        HolidayRule.Fixed("Fête du Travail", 5, 1),
        HolidayRule.Fixed("Victoire 1945", 5, 8, fromYear: 1953, toYear: 1958),
        HolidayRule.Fixed("Victoire 1945", 5, 8, fromYear: 1982),
        HolidayRule.EasterOffset("Ascension", 39),
        HolidayRule.EasterOffset("Lundi de Pentecôte", 50),
        HolidayRule.Fixed("Fête nationale", 7, 14),
        HolidayRule.Fixed("Assomption", 8, 15),
        HolidayRule.Fixed("Toussaint", 11, 1),
        HolidayRule.Fixed("Armistice 1918", 11, 11),
        HolidayRule.Fixed("Noël", 12, 25),
    ];
}
