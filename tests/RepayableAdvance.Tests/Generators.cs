using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests;

/// <summary>Bounded generators for the library's primitives.</summary>
internal static class Generators
{
    public static readonly RepayableAdvance.Currency[] Currencies = [.. RepayableAdvance.Currency.KnownCodes.Select(RepayableAdvance.Currency.FromCode)];

    public static Gen<RepayableAdvance.Currency> Currency() => Gen.Elements(Currencies);

    public static Gen<Money> Money(long maxMinorUnits = 10_000_000_000L, bool allowNegative = true) =>
        from currency in Currency()
        from units in Gen.Choose(0, int.MaxValue).Select(x => (long)x)
        from high in Gen.Choose(0, 4)
        from negative in Gen.Elements(allowNegative ? [false, true] : new[] { false })
        let magnitude = (units * high) % (maxMinorUnits + 1) + (high == 0 ? units % 1000 : 0)
        select RepayableAdvance.Money.FromMinorUnits(negative ? -magnitude : magnitude, currency);

    public static Gen<Money> Euros(long maxMinorUnits) =>
        Gen.Choose(0, (int)Math.Min(int.MaxValue, maxMinorUnits)).Select(u => RepayableAdvance.Money.FromMinorUnits(u, RepayableAdvance.Currency.EUR));

    public static Gen<LocalDate> Date(int fromYear = 2000, int toYear = 2100) =>
        from year in Gen.Choose(fromYear, toYear)
        from day in Gen.Choose(0, CalendarSystem.Iso.IsLeapYear(year) ? 365 : 364)
        select new LocalDate(year, 1, 1).PlusDays(day);

    public static Gen<decimal> Weight() =>
        Gen.OneOf(
            Gen.Choose(0, 1000).Select(i => (decimal)i),
            Gen.Choose(0, 1_000_000).Select(i => i / 1000m),
            Gen.Choose(1, 3).Select(i => i / 3m));

    public static Gen<(TA, TB, TC)> Zip3<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c) =>
        from x in a
        from y in b
        from z in c
        select (x, y, z);

    public static Gen<RoundingMode> RoundingMode() => Gen.Elements(Enum.GetValues<RoundingMode>());

    public static Gen<HolidayCalendar> Calendar() => Gen.Elements(HolidayCalendars.All.ToArray());

    public static Gen<BusinessDayConvention> Convention() => Gen.Elements(Enum.GetValues<BusinessDayConvention>());
}
