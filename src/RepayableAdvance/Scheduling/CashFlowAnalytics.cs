using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Scheduling;

/// <summary>Present values and effective rates of dated cash flows, computed in <see cref="decimal"/>.</summary>
/// <remarks>
/// <see cref="decimal"/> has no power or logarithm, so this library implements them in <see cref="decimal"/>: ln by
/// the atanh series after reduction by powers of two, exp by the Taylor series after halving, and whole powers by
/// repeated squaring. Discount factors are exact to about 26 significant digits, far below a cent on any amount a
/// scheme lends; no <see cref="double"/> is involved.
/// </remarks>
public static class CashFlowAnalytics
{
    private const int MaxIterations = 200;

    /// <summary>Computes a discount factor.</summary>
    /// <param name="rate">The annual rate, above −100 %.</param>
    /// <param name="yearFraction">The time in years (negative for a date before valuation).</param>
    /// <param name="compounding">The compounding convention.</param>
    /// <param name="periodsPerYear">For periodic compounding, 1 to 365.</param>
    /// <returns>The discount factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −100 % or lower, or the periods per year are out of range.</exception>
    public static decimal DiscountFactor(Rate rate, decimal yearFraction, Compounding compounding = Compounding.Annual, int periodsPerYear = 1)
    {
        Preconditions.CheckDefined(compounding, nameof(compounding));
        Preconditions.CheckArgumentRange(nameof(periodsPerYear), periodsPerYear, 1, 365);
        if (rate.Value <= -1m)
        {
            throw Preconditions.OutOfRange(nameof(rate), rate.Value, Preconditions.Invariant($"Rate {rate} is out of range: it must be above -100%."), Preconditions.Invariant($"Le taux {rate} est hors limites : il doit être supérieur à -100 %."));
        }

        return compounding == Compounding.Annual
            ? DecimalMath.Pow(1m + rate.Value, -yearFraction)
            : DecimalMath.Pow(1m + (rate.Value / periodsPerYear), -yearFraction * periodsPerYear);
    }

    /// <summary>Computes the exact (unrounded) present value of cash flows at a date.</summary>
    /// <param name="flows">The flows.</param>
    /// <param name="valuationDate">The date values are discounted to.</param>
    /// <param name="rate">The discount rate.</param>
    /// <param name="dayCount">The day count for the time to each flow.</param>
    /// <param name="compounding">The compounding convention.</param>
    /// <param name="periodsPerYear">For periodic compounding, 1 to 365.</param>
    /// <returns>Σ amount × DF(t), unrounded.</returns>
    /// <exception cref="CurrencyMismatchException">The flows mix currencies.</exception>
    /// <exception cref="ArgumentException">The day count needs reference periods (Actual/Actual ICMA), which discounting does not have.</exception>
    public static decimal PresentValueExact(IEnumerable<CashFlow> flows, LocalDate valuationDate, Rate rate, DayCountConvention dayCount, Compounding compounding = Compounding.Annual, int periodsPerYear = 1)
    {
        Preconditions.CheckNotNull(flows);
        Preconditions.CheckNotNull(dayCount);
        dayCount.CheckNoReferencePeriodNeeded(nameof(dayCount));
        Currency? currency = null;
        var total = 0m;
        foreach (var flow in flows)
        {
            if (currency is { } c)
            {
                CurrencyMismatchException.ThrowIfDifferent(c, flow.Amount.Currency);
            }

            currency = flow.Amount.Currency;
            var t = flow.Date >= valuationDate ? dayCount.YearFraction(valuationDate, flow.Date) : -dayCount.YearFraction(flow.Date, valuationDate);
            total += flow.Amount.Amount * DiscountFactor(rate, t, compounding, periodsPerYear);
        }

        return total;
    }

    /// <summary>Computes the present value of cash flows at a date, rounded with an explicit policy.</summary>
    /// <param name="flows">The flows, in one currency, at least one.</param>
    /// <param name="valuationDate">The date values are discounted to.</param>
    /// <param name="rate">The discount rate.</param>
    /// <param name="dayCount">The day count for the time to each flow.</param>
    /// <param name="rounding">The rounding applied to the exact sum.</param>
    /// <param name="compounding">The compounding convention.</param>
    /// <param name="periodsPerYear">For periodic compounding, 1 to 365.</param>
    /// <returns>The rounded present value.</returns>
    /// <exception cref="ArgumentException">There are no flows.</exception>
    /// <exception cref="CurrencyMismatchException">The flows mix currencies.</exception>
    public static Money PresentValue(IReadOnlyList<CashFlow> flows, LocalDate valuationDate, Rate rate, DayCountConvention dayCount, RoundingPolicy rounding, Compounding compounding = Compounding.Annual, int periodsPerYear = 1)
    {
        Preconditions.CheckNotNull(flows);
        Preconditions.CheckNotNull(rounding);
        Preconditions.CheckArgument(flows.Count > 0, nameof(flows), "No cash flow to discount.", "Aucun flux à actualiser.");
        return rounding.Round(PresentValueExact(flows, valuationDate, rate, dayCount, compounding, periodsPerYear), flows[0].Amount.Currency);
    }

    /// <summary>
    /// Computes the internal rate of return on actual dates (XIRR): the annually compounded rate at which the flows'
    /// present value is zero.
    /// </summary>
    /// <param name="flows">The flows, with at least one negative and one positive amount.</param>
    /// <param name="dayCount">The day count for times; null for Actual/365 Fixed (as spreadsheet XIRR).</param>
    /// <returns>The rate, to about 12 significant digits.</returns>
    /// <exception cref="ArgumentException">The flows are empty, all of one sign, or all on one date, or the day count needs reference periods (Actual/Actual ICMA).</exception>
    /// <exception cref="CurrencyMismatchException">The flows mix currencies.</exception>
    /// <exception cref="InvalidOperationException">No rate between −99 % and 10,000 % makes the present value zero.</exception>
    public static Rate Xirr(IReadOnlyList<CashFlow> flows, DayCountConvention? dayCount = null)
    {
        Preconditions.CheckNotNull(flows);
        Preconditions.CheckArgument(flows.Count > 0, nameof(flows), "No cash flow: XIRR needs at least one negative and one positive flow.", "Aucun flux : le TRI exige au moins un flux négatif et un flux positif.");
        var dc = dayCount ?? DayCountConventions.Actual365Fixed;
        dc.CheckNoReferencePeriodNeeded(nameof(dayCount));
        var origin = flows.Min(f => f.Date);
        var times = new decimal[flows.Count];
        var amounts = new decimal[flows.Count];
        bool positive = false, negative = false;
        for (var i = 0; i < flows.Count; i++)
        {
            CurrencyMismatchException.ThrowIfDifferent(flows[0].Amount.Currency, flows[i].Amount.Currency);
            times[i] = dc.YearFraction(origin, flows[i].Date);
            amounts[i] = flows[i].Amount.Amount;
            positive |= amounts[i] > 0m;
            negative |= amounts[i] < 0m;
        }

        Preconditions.CheckArgument(positive && negative, nameof(flows), "All cash flows have the same sign: XIRR needs at least one negative and one positive flow.", "Tous les flux ont le même signe : le TRI exige au moins un flux négatif et un flux positif.");
        var longest = times.Max();
        Preconditions.CheckArgument(longest > 0m, nameof(flows), Preconditions.Invariant($"All cash flows fall on {origin:uuuu-MM-dd}: XIRR needs flows on at least two dates."), Preconditions.Invariant($"Tous les flux tombent le {origin:uuuu-MM-dd} : le TRI exige des flux à au moins deux dates."));

        // Bracket the root in ln(1 + r), then Newton with bisection fallback.
        // Σ|amount| × (1 + lo)^-t, and the derivative (t / (1 + lo) times that), must stay within decimal range
        // (about e^66): keep them below e^50, that is 1 + lo >= e^(-(50 - ln Σ|amount|) / t).
        var budget = 50m - DecimalMath.Ln(amounts.Sum(Math.Abs) + 1m);
        var lo = Math.Max(-0.99m, DecimalMath.Exp(-budget / longest) - 1m);
        var hi = 1m;
        var fLo = Npv(amounts, times, lo, out _);
        var fHi = Npv(amounts, times, hi, out _);
        while (Math.Sign(fLo) == Math.Sign(fHi) && hi < 100m)
        {
            hi *= 2m;
            fHi = Npv(amounts, times, hi, out _);
        }

        if (fLo == 0m)
        {
            return Rate.FromDecimal(lo);
        }

        if (Math.Sign(fLo) == Math.Sign(fHi))
        {
            throw Preconditions.State(Preconditions.Invariant($"No internal rate of return between {lo:P2} and 10,000%: the present value never changes sign, so these flows have no XIRR."), Preconditions.Invariant($"Aucun taux de rendement interne entre {lo:P2} et 10 000 % : la valeur actuelle ne change jamais de signe, ces flux n'ont donc pas de TRI."));
        }

        var r = 0.05m > lo && 0.05m < hi ? 0.05m : (lo + hi) / 2m;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var f = Npv(amounts, times, r, out var derivative);
            if (f == 0m)
            {
                break;
            }

            if (Math.Sign(f) == Math.Sign(fLo))
            {
                lo = r;
                fLo = f;
            }
            else
            {
                hi = r;
            }

            var next = derivative != 0m ? r - (f / derivative) : lo - 1m;
            if (next <= lo || next >= hi)
            {
                next = (lo + hi) / 2m;
            }

            if (Math.Abs(next - r) < 0.00000000000001m || hi - lo < 0.00000000000001m)
            {
                r = next;
                break;
            }

            r = next;
        }

        return Rate.FromDecimal(decimal.Round(r, 14, MidpointRounding.ToEven));
    }

    private static decimal Npv(decimal[] amounts, decimal[] times, decimal rate, out decimal derivative)
    {
        var logGrowth = DecimalMath.Ln(1m + rate);
        var npv = 0m;
        derivative = 0m;
        for (var i = 0; i < amounts.Length; i++)
        {
            var df = DecimalMath.Exp(-times[i] * logGrowth);
            npv += amounts[i] * df;
            derivative -= times[i] * amounts[i] * df / (1m + rate);
        }

        return npv;
    }
}
