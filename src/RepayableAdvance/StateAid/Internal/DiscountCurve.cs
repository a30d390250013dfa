using System.Runtime.CompilerServices;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid.Internal;

/// <summary>
/// The discount factors of one rate under a GGE convention, from an origin date, for one computation:
/// <c>DF(τ) = e^(c τ)</c> with τ in years, <c>c = −ln(1 + r)</c> under annual compounding and
/// <c>c = −m ln(1 + r ÷ m)</c> under m-periodic compounding. Factors are unsigned fixed-point numbers with
/// <see cref="FractionBits"/> fraction bits.
/// </summary>
/// <remarks>
/// For day counts of actual days over a fixed basis, the factor over a gap of d days is <c>e^(c d ÷ basis)</c>,
/// computed once per distinct gap into caches the caller owns (stack buffers of one computation), so a line costs one
/// 64 × 64-bit multiplication. Other day counts evaluate each date's year fraction.
/// </remarks>
internal readonly ref struct DiscountCurve
{
    /// <summary>The gaps, in days, that the caches hold (a quarter and a bit).</summary>
    internal const int CacheSize = 128;

    /// <summary>Extra fraction bits of the exponent per day, so that d days cost one multiplication and no division.</summary>
    private const int PerDayBits = 24;

    private readonly Int128 _perYear;
    private readonly Int128 _perDay;
    private readonly int _basis;
    private readonly DayCountConvention _dayCount;
    private readonly int _wholeStepsPerYear;
    private readonly LocalDate _origin;
    private readonly int _fractionBits;
    private readonly Span<ulong> _steps;
    private readonly Span<long> _growths;

    /// <summary>The one-day factor e^(c ÷ basis) and its inverse, with 62 fraction bits (0 when not needed).</summary>
    private readonly ulong _day;
    private readonly ulong _dayInverse;

    /// <summary>Initializes a new instance of the <see cref="DiscountCurve"/> struct.</summary>
    /// <param name="perYear">c, from <see cref="PerYear"/>.</param>
    /// <param name="dayCount">The convention's day count.</param>
    /// <param name="wholeStepsPerYear">For a time measured in whole periods, the periods per year; 0 for the day count.</param>
    /// <param name="origin">The date of factor 1 (the grant date).</param>
    /// <param name="fractionBits">The factors' fraction bits.</param>
    /// <param name="steps">A cache of <see cref="CacheSize"/> zeros for the steps.</param>
    /// <param name="growths">A cache of <see cref="CacheSize"/> zeros for the growths.</param>
    internal DiscountCurve(Int128 perYear, DayCountConvention dayCount, int wholeStepsPerYear, LocalDate origin, int fractionBits, Span<ulong> steps, Span<long> growths)
    {
        _perYear = perYear;
        _wholeStepsPerYear = wholeStepsPerYear;
        _basis = wholeStepsPerYear > 0 ? 0 : dayCount.ActualDayBasis;
        _perDay = _basis == 0 ? 0 : Divide(perYear << PerDayBits, _basis);
        _dayCount = dayCount;
        _origin = origin;
        _fractionBits = fractionBits;
        _steps = steps;
        _growths = growths;
        if (_basis != 0 && fractionBits == FixedPoint.Bits)
        {
            // Factors within [0, 2): a gap's factor is a whole power of the one-day factor.
            _day = steps.IsEmpty ? 0 : FixedPoint.Exp(DayExponent(1), FixedPoint.Bits);
            _dayInverse = growths.IsEmpty ? 0 : FixedPoint.Exp(-DayExponent(1), FixedPoint.Bits);
        }
    }

    /// <summary>Gets the fraction bits of the factors.</summary>
    internal int FractionBits => _fractionBits;

    /// <summary>c = ln DF per year, with 62 fraction bits (negative for a positive rate).</summary>
    internal static Int128 PerYear(Rate rate, GrantEquivalentConvention convention)
    {
        var m = convention.Compounding == Compounding.Annual ? 1 : convention.PeriodsPerYear;
        return -m * FixedPoint.Ln(1m + (rate.Value / m));
    }

    /// <summary>
    /// An upper bound of |c| × τ over <paramref name="days"/> actual days, whatever the day count: τ is at most
    /// (days + 4) ÷ 360 years (30/360 counts a few more days than there are; Actual/360 is the longest actual basis).
    /// </summary>
    internal static Int128 ExponentBound(Int128 perYear, int days) => Int128.Abs(perYear) * (days + 4) / 360;

    /// <summary>DF(to) ÷ DF(from), <paramref name="gap"/> days apart: the factor that moves a discount factor from one line to the next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Step(LocalDate from, LocalDate to, int gap) =>
        _basis != 0 && (uint)gap < CacheSize && _steps[gap] is var cached and not 0 ? cached : ComputeStep(from, to, gap);

    /// <summary>DF(from) ÷ DF(to) − 1, <paramref name="gap"/> days apart: what one unit earns at this rate from one line to the next, signed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long GrowthMinusOne(LocalDate from, LocalDate to, int gap) =>
        _basis != 0 && (uint)gap < CacheSize && _growths[gap] is var cached and not 0 ? cached : ComputeGrowthMinusOne(from, to, gap);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ulong ComputeStep(LocalDate from, LocalDate to, int gap)
    {
        if (_basis == 0)
        {
            // Other day counts: the ratio of the two factors from the origin, as one exponential.
            return FixedPoint.Exp(YearExponent(to) - YearExponent(from), _fractionBits);
        }

        // From the cached factor of the day before when there is one (gaps cluster: 28 to 31 days), one product.
        var step = _day == 0 ? FixedPoint.Exp(DayExponent(gap), _fractionBits)
            : (uint)(gap - 1) < CacheSize && _steps[gap - 1] != 0 ? FixedPoint.Multiply(_steps[gap - 1], _day)
            : Power(_day, gap);
        if ((uint)gap < CacheSize)
        {
            _steps[gap] = step;
        }

        return step;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private long ComputeGrowthMinusOne(LocalDate from, LocalDate to, int gap)
    {
        if (_basis == 0)
        {
            return FixedPoint.ExpMinusOne(YearExponent(from) - YearExponent(to), _fractionBits);
        }

        var growth = _dayInverse == 0 ? FixedPoint.ExpMinusOne(-DayExponent(gap), _fractionBits)
            : (uint)(gap - 1) < CacheSize && _growths[gap - 1] != 0 ? (long)FixedPoint.Multiply((ulong)(_growths[gap - 1] + FixedPoint.One), _dayInverse) - FixedPoint.One
            : (long)Power(_dayInverse, gap) - FixedPoint.One;
        if ((uint)gap < CacheSize)
        {
            _growths[gap] = growth;
        }

        return growth;
    }

    /// <summary>
    /// x^n for a factor x with 62 fraction bits whose powers up to n stay below 2 (which <see cref="FractionBits"/>
    /// ensures), by squaring: at most 2 log2(n) products, each rounded to the last place.
    /// </summary>
    private static ulong Power(ulong x, int n)
    {
        var result = (ulong)FixedPoint.One;
        while (true)
        {
            if ((n & 1) != 0)
            {
                result = FixedPoint.Multiply(result, x);
            }

            n >>= 1;
            if (n == 0)
            {
                return result;
            }

            x = FixedPoint.Multiply(x, x);
        }
    }

    /// <summary>c × d ÷ basis, with 62 fraction bits.</summary>
    private Int128 DayExponent(int days) => FixedPoint.RoundShift(_perDay * days, PerDayBits);

    /// <summary>c × τ(origin, date), with 62 fraction bits, for day counts that are not actual days over a basis.</summary>
    private Int128 YearExponent(LocalDate date)
    {
        // Whole years and the rest apart, so that no product exceeds 128 bits.
        var fraction = _wholeStepsPerYear > 0 ? WholePeriods(date >= _origin ? _origin : date, date >= _origin ? date : _origin, _wholeStepsPerYear)
            : date >= _origin ? _dayCount.YearFraction(_origin, date) : _dayCount.YearFraction(date, _origin);
        var years = decimal.Truncate(fraction);
        var exponent = (_perYear * (long)years) + FixedPoint.RoundShift(_perYear * FixedPoint.FromDecimal(fraction - years), FixedPoint.Bits);
        return date >= _origin ? exponent : -exponent;
    }

    /// <summary>The years from <paramref name="start"/> to <paramref name="end"/> in whole periods: months (a day counting a thirtieth) rounded to the nearest period.</summary>
    internal static decimal WholePeriods(LocalDate start, LocalDate end, int stepsPerYear)
    {
        var months = (12m * (end.Year - start.Year)) + (end.Month - start.Month) + ((end.Day - start.Day) / 30m);
        var periods = decimal.Round(months * stepsPerYear / 12m, 0, MidpointRounding.AwayFromZero);
        return periods / stepsPerYear;
    }

    private static Int128 Divide(Int128 value, int divisor) => value >= 0 ? (value + (divisor / 2)) / divisor : -((-value + (divisor / 2)) / divisor);
}
