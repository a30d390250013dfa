namespace RepayableAdvance.Scheduling;

/// <summary>
/// Computes the amounts of a plan in one pass of exact <see cref="decimal"/> arithmetic, rounding only at the
/// three documented steps of <see cref="ScheduleRounding"/>.
/// </summary>
internal static class ScheduleEngine
{
    private const int MaxResidueIterations = 25;

    /// <summary>Runs the plan; when <paramref name="appliedEvents"/> is given, it receives the plan's events with the row each entered.</summary>
    internal static Installment[] Run(SchedulePlan plan, BalanceEvent[]? appliedEvents = null)
    {
        var output = new Installment[plan.Periods.Length];
        var firstExtra = 0m;
        if (plan.Profile.Kind == AmortizationKind.Annuity && plan.Rounding.Residue == ResidueTarget.First && plan.FixedInstallment is null)
        {
            // Move the residue to the first amortizing installment. Extra principal x paid there lowers the last
            // installment by x times the growth of the later periods, so each step shifts residue / growth (a Newton
            // step on a step function), then scan the neighbouring cents. Interest rounding compounds, so a whole-cent
            // shift cannot always cancel the residue: the smallest one found stays on the last installment (a few
            // cents times the growth factor at most, see docs/scheduling.md).
            var growth = Growth(plan.Periods);
            var unit = plan.Currency.MinorUnit;
            var bestExtra = 0m;
            var bestResidue = decimal.MaxValue;
            bool Try(decimal extra)
            {
                var residue = Compute(plan, extra, output, out var count, null);
                var first = Array.FindIndex(output, 0, count, r => r.Phase == SchedulePhase.Amortization);
                if (first < 0 || (output[first].PrincipalValue == 0m && first < count - 1))
                {
                    return false;
                }

                if (Math.Abs(residue) < Math.Abs(bestResidue))
                {
                    bestResidue = residue;
                    bestExtra = extra;
                }

                return true;
            }

            if (Try(0m))
            {
                // Newton steps on a step function, then a scan of the neighbouring cents for the smallest residue.
                for (var iteration = 0; iteration < MaxResidueIterations && bestResidue != 0m; iteration++)
                {
                    var before = bestResidue;
                    var step = RoundingPolicy.RoundToScale(bestResidue / growth, plan.Currency.MinorUnits, RoundingMode.AwayFromZero);
                    if (!Try(bestExtra + (step == 0m ? Math.Sign(bestResidue) * unit : step)) || bestResidue == before)
                    {
                        break;
                    }
                }

                var center = bestExtra;
                for (var delta = -3; delta <= 3 && bestResidue != 0m; delta++)
                {
                    if (delta != 0)
                    {
                        Try(center + (delta * unit));
                    }
                }
            }

            firstExtra = bestExtra;
        }

        Compute(plan, firstExtra, output, out var n, appliedEvents);
        return Trim(output, n);
    }

    private static decimal Growth(PlanPeriod[] periods)
    {
        var first = Array.FindIndex(periods, p => p.Phase == SchedulePhase.Amortization);
        var growth = 1m;
        for (var k = first + 1; k < periods.Length; k++)
        {
            growth *= 1m + (periods[k].Rate * periods[k].Fraction);
        }

        return growth;
    }

    private static Installment[] Trim(Installment[] output, int count) => count == output.Length ? output : output[..count];

    /// <summary>Runs the plan; returns the annuity residue (last installment minus the regular one).</summary>
    private static decimal Compute(SchedulePlan plan, decimal firstExtra, Installment[] output, out int count, BalanceEvent[]? applied)
    {
        var periods = plan.Periods;
        var events = plan.Events;
        var currency = plan.Currency;
        var digits = currency.MinorUnits;
        var minor = currency.MinorUnit;
        var mode = plan.Rounding.Amounts.Mode;
        var profile = plan.Profile;
        var n = periods.Length;

        var amortStart = n;
        for (var i = 0; i < n; i++)
        {
            if (periods[i].Phase == SchedulePhase.Amortization)
            {
                amortStart = i;
                break;
            }
        }

        var amortizing = n - amortStart;
        var balance = plan.OpeningBalance;
        var deferred = plan.CarryDeferredInterest;
        var holiday = plan.CarryHolidayInterest;
        var ev = 0;
        var annuity = 0m;
        var annuityRate = -1m;
        var regularPrincipal = 0m;
        var firstPrincipal = -1m;
        var amortBase = 0m;
        long holidayUnits = 0;
        var residue = 0m;
        var cachedRate = decimal.MinValue;
        var rateOk = false;
        Int128 rateMantissa = 0;
        var rateScale = 0;
        var accruedFast = 0m;
        var roundedExactly = false;
        count = 0;

        for (var i = 0; i < n; i++)
        {
            ref readonly var p = ref periods[i];
            while (ev < events.Length && events[ev].Date <= p.Start)
            {
                balance += events[ev].Delta;
                Mark(applied, events, ev, plan.FirstNumber - 1 + i);
                ev++;
            }

            decimal exact;
            if (ev < events.Length && events[ev].Date <= p.End)
            {
                exact = 0m;
                var cursor = p.Start;
                while (ev < events.Length && events[ev].Date <= p.End)
                {
                    exact += balance * p.Rate * plan.Basis.Fraction(cursor, events[ev].Date, p.RegularStart, p.End, plan.Frequency);
                    balance += events[ev].Delta;
                    cursor = events[ev].Date;
                    Mark(applied, events, ev, plan.FirstNumber - 1 + i);
                    ev++;
                }

                exact += balance * p.Rate * plan.Basis.Fraction(cursor, p.End, p.RegularStart, p.End, plan.Frequency);
                exact *= p.Scale(plan.Basis, plan.Frequency);
            }
            else
            {
                exact = 0m;
                if (p.Rate != cachedRate)
                {
                    cachedRate = p.Rate;
                    rateOk = TryBits(p.Rate, out rateMantissa, out rateScale);
                }

                if (rateOk && TryInterestUnits(balance, rateMantissa, rateScale, p.FractionNumerator, p.FractionDenominator, digits, mode, out var units))
                {
                    roundedExactly = true;
                    accruedFast = FromUnits(units, digits);
                }
                else
                {
                    exact = balance * p.Rate * p.FractionNumerator / p.FractionDenominator;
                }
            }

            var accrued = roundedExactly ? accruedFast : RoundingPolicy.RoundToScale(exact, digits, mode);
            roundedExactly = false;
            decimal principal = 0m, interest = 0m, capitalized = 0m;
            switch (p.Phase)
            {
                case SchedulePhase.PrincipalDeferral:
                    // Deferred interest is paid with the first following installment that pays interest.
                    interest = accrued + deferred;
                    deferred = 0m;
                    break;
                case SchedulePhase.InterestDeferred:
                    deferred += accrued;
                    break;
                case SchedulePhase.InterestWaived:
                    break;
                case SchedulePhase.InterestCapitalized:
                    capitalized = accrued;
                    balance += accrued;
                    break;
                case SchedulePhase.PaymentHoliday:
                    holiday += accrued;
                    break;
                default:
                    {
                        var k = i - amortStart;
                        var isLast = i == n - 1;
                        if (k == 0)
                        {
                            amortBase = balance;
                            holidayUnits = (long)(holiday / minor);
                            switch (profile.Kind)
                            {
                                case AmortizationKind.Linear:
                                    regularPrincipal = plan.FixedPrincipal ?? RoundInstallment(plan, balance / amortizing, digits);
                                    if (plan.Rounding.Residue == ResidueTarget.First && plan.FixedPrincipal is null)
                                    {
                                        firstPrincipal = balance - (regularPrincipal * (amortizing - 1));
                                    }

                                    break;
                                case AmortizationKind.Custom:
                                    if (plan.Rounding.Residue == ResidueTarget.First)
                                    {
                                        var others = 0m;
                                        for (var j = 1; j < amortizing; j++)
                                        {
                                            others += CustomPortion(plan, balance, j, digits);
                                        }

                                        firstPrincipal = balance - others;
                                    }

                                    break;
                            }
                        }

                        if (profile.Kind == AmortizationKind.Annuity && plan.FixedInstallment is null && p.Rate != annuityRate)
                        {
                            annuity = RoundInstallment(plan, AnnuityPayment(balance, periods, i), digits);
                            annuityRate = p.Rate;
                        }
                        else if (profile.Kind == AmortizationKind.Annuity && k == 0 && plan.FixedInstallment is { } fixedInstallment)
                        {
                            annuity = fixedInstallment;
                        }

                        interest = accrued;
                        principal = profile.Kind switch
                        {
                            AmortizationKind.Linear => k == 0 && firstPrincipal >= 0m ? firstPrincipal : regularPrincipal,
                            AmortizationKind.Annuity => annuity - accrued + (k == 0 ? firstExtra : 0m),
                            AmortizationKind.Bullet => 0m,
                            _ => k == 0 && firstPrincipal >= 0m ? firstPrincipal : CustomPortion(plan, amortBase, k, digits),
                        };

                        if (principal < 0m)
                        {
                            principal = 0m;
                        }

                        if (isLast || principal > balance)
                        {
                            if (isLast && profile.Kind == AmortizationKind.Annuity)
                            {
                                residue = balance + accrued - annuity;
                            }

                            principal = balance;
                        }

                        if (k == 0)
                        {
                            interest += deferred;
                            deferred = 0m;
                        }

                        if (holidayUnits > 0)
                        {
                            var q = holidayUnits / amortizing;
                            var r = holidayUnits % amortizing;
                            interest += (q + (k < r ? 1 : 0)) * minor;
                        }

                        balance -= principal;
                        break;
                    }
            }

            output[i] = new Installment(
                plan.FirstNumber + i, p.Phase, p.Start, p.End, p.Unadjusted, p.Due, p.Rate,
                principal, interest, accrued, capitalized, plan.FeePerInstallment, balance, currency);
            count = i + 1;
            if (plan.TruncateWhenRepaid && balance == 0m && p.Phase == SchedulePhase.Amortization && holidayUnits == 0)
            {
                break;
            }
        }

        if (applied is not null)
        {
            for (; ev < events.Length; ev++)
            {
                Mark(applied, events, ev, plan.FirstNumber - 1 + n);
            }
        }

        return residue;
    }

    /// <summary>Splits a decimal into its signed integer mantissa and scale, without allocating.</summary>
    private static bool TryBits(decimal value, out Int128 mantissa, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((Int128)unchecked((uint)bits[2]) << 64) | ((Int128)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        mantissa = bits[3] < 0 ? -magnitude : magnitude;
        return true;
    }

    /// <summary>
    /// balance × rate × numerator / denominator rounded to <paramref name="digits"/> decimals, exactly, in 128-bit
    /// integers (no decimal division); false on overflow so the caller falls back to decimal arithmetic.
    /// </summary>
    private static bool TryInterestUnits(decimal balance, Int128 rateMantissa, int rateScale, long numerator, long denominator, int digits, RoundingMode mode, out Int128 units)
    {
        units = 0;
        TryBits(balance, out var balanceMantissa, out var balanceScale);
        var shift = balanceScale + rateScale - digits;
        if (shift < 0 || shift > 30 || denominator <= 0)
        {
            return false;
        }

        if (shift <= 18 && balanceMantissa <= long.MaxValue && balanceMantissa >= long.MinValue && rateMantissa <= long.MaxValue && rateMantissa >= long.MinValue)
        {
            // 64-bit fast path: the usual case (cents × a rate with a few decimals × a day count).
            var b = (long)balanceMantissa;
            var r = (long)rateMantissa;
            var p10 = PowersOfTen[shift];
            var high = Math.BigMul(b, r, out var low);
            if ((high == 0 && low >= 0) || (high == -1 && low < 0))
            {
                var br = low;
                var high2 = Math.BigMul(br, numerator, out var n64);
                var dHigh = Math.BigMul(denominator, p10, out var d64);
                if (((high2 == 0 && n64 >= 0) || (high2 == -1 && n64 < 0)) && dHigh == 0 && d64 > 0)
                {
                    units = RoundDiv64(n64, d64, mode);
                    return true;
                }
            }
        }

        try
        {
            var n = checked(balanceMantissa * rateMantissa * numerator);
            var d = checked(denominator * Pow10(shift));
            units = RoundDiv(n, d, mode);
            return units <= long.MaxValue && units >= long.MinValue;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static readonly long[] PowersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
        100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>64-bit version of <see cref="RoundDiv"/>.</summary>
    internal static long RoundDiv64(long n, long d, RoundingMode mode)
    {
        var q = Math.DivRem(n, d, out var r);
        if (r == 0)
        {
            return q;
        }

        var sign = n < 0 ? -1 : 1;
        var absR = Math.Abs(r);
        var half = d - absR; // compare 2|r| with d without overflow: 2|r| > d  <=>  |r| > d - |r|
        return mode switch
        {
            RoundingMode.ToEven => absR > half || (absR == half && (q & 1) != 0) ? q + sign : q,
            RoundingMode.AwayFromZero => absR >= half ? q + sign : q,
            RoundingMode.TowardZero => q,
            RoundingMode.Up => sign > 0 ? q + 1 : q,
            _ => sign < 0 ? q - 1 : q,
        };
    }

    private static Int128 Pow10(int exponent)
    {
        Int128 result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Integer division n / d (d &gt; 0) rounded with a mode.</summary>
    internal static Int128 RoundDiv(Int128 n, Int128 d, RoundingMode mode)
    {
        var q = n / d;
        var r = n - (q * d);
        if (r == 0)
        {
            return q;
        }

        var sign = n < 0 ? -1 : 1;
        var twice = Int128.Abs(r) * 2;
        return mode switch
        {
            RoundingMode.ToEven => twice > d || (twice == d && !Int128.IsEvenInteger(q)) ? q + sign : q,
            RoundingMode.AwayFromZero => twice >= d ? q + sign : q,
            RoundingMode.TowardZero => q,
            RoundingMode.Up => sign > 0 ? q + 1 : q,
            _ => sign < 0 ? q - 1 : q,
        };
    }

    private static decimal FromUnits(Int128 units, int digits)
    {
        var negative = units < 0;
        var magnitude = (ulong)Int128.Abs(units);
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, negative, (byte)digits);
    }

    private static void Mark(BalanceEvent[]? applied, BalanceEvent[] events, int index, int row)
    {
        if (applied is not null)
        {
            applied[index] = events[index] with { Row = row };
        }
    }

    /// <summary>Exact annuity payment that repays <paramref name="balance"/> over periods[from..] at the current period's rate.</summary>
    internal static decimal AnnuityPayment(decimal balance, PlanPeriod[] periods, int from)
    {
        var rate = periods[from].Rate;
        var n = periods.Length - from;
        if (rate == 0m)
        {
            return balance / n;
        }

        var discount = 1m;
        var sum = 0m;
        for (var k = from; k < periods.Length; k++)
        {
            discount /= 1m + (rate * periods[k].Fraction);
            sum += discount;
        }

        return balance / sum;
    }

    private static decimal CustomPortion(SchedulePlan plan, decimal amortBase, int k, int digits) =>
        RoundInstallment(plan, amortBase * plan.Profile.Percentages[k] / 100m, digits);

    private static decimal RoundInstallment(SchedulePlan plan, decimal value, int digits)
    {
        var mode = plan.Rounding.Amounts.Mode;
        return plan.Rounding.InstallmentIncrement is { } increment
            ? RoundingPolicy.RoundToScale(value / increment, 0, mode) * increment
            : RoundingPolicy.RoundToScale(value, digits, mode);
    }
}
