// Longer than 400 lines on purpose: the schedule kernel is one pass over the periods in minor units, with the residue search and the overflow checks it needs beside it.
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace RepayableAdvance.Scheduling.Internal;

/// <summary>
/// Computes the amounts of a plan in one pass over its periods: balances, principal portions and interest are whole
/// minor units in 64-bit integers (128-bit or big integers when a product needs them), and interest is an exact
/// rational rounded once, at the three documented steps of <see cref="ScheduleRounding"/>.
/// </summary>
internal static class ScheduleEngine
{
    private const int MaxResidueIterations = 25;

    /// <summary>Runs the plan over its periods; when <paramref name="appliedEvents"/> is given, it receives the plan's events with the row each entered.</summary>
    internal static Installment[] Run(SchedulePlan plan, ReadOnlySpan<PlanPeriod> periods, BalanceEvent[]? appliedEvents = null)
    {
        try
        {
            return RunChecked(plan, periods, appliedEvents);
        }
        catch (OverflowException e)
        {
            throw DomainErrors.WithFrench(new ScheduleRefusedException("The schedule's amounts grow beyond what a schedule holds (2^63 − 1 minor units): the principal, rate or term is out of range.", e), "Les montants de l'échéancier dépassent ce qu'un échéancier contient (2^63 − 1 unités mineures) : le principal, le taux ou la durée est hors limites.");
        }
    }

    private static Installment[] RunChecked(SchedulePlan plan, ReadOnlySpan<PlanPeriod> periods, BalanceEvent[]? appliedEvents)
    {
        var output = new Installment[periods.Length];
        var firstExtra = 0m;
        if (plan.Profile.Kind == AmortizationKind.Annuity && plan.Rounding.Residue == ResidueTarget.First && plan.FixedInstallment is null)
        {
            // Move the residue to the first amortizing installment. Extra principal x paid there lowers the last
            // installment by x times the growth of the later periods, so each step shifts residue / growth (a Newton
            // step on a step function), then scan the neighbouring cents. Interest rounding compounds, so a whole-cent
            // shift cannot always cancel the residue: the smallest one found stays on the last installment (a few
            // cents times the growth factor at most, see docs/scheduling.md).
            var growth = Growth(periods);
            var unit = plan.Currency.MinorUnit;
            var search = new ResidueSearch();
            if (search.Try(plan, periods, output, 0m))
            {
                // Newton steps on a step function, then a scan of the neighbouring cents for the smallest residue.
                for (var iteration = 0; iteration < MaxResidueIterations && search.BestResidue != 0m; iteration++)
                {
                    var before = search.BestResidue;
                    var step = RoundingPolicy.RoundToScale(search.BestResidue / growth, plan.Currency.MinorUnits, RoundingMode.AwayFromZero);
                    if (!search.Try(plan, periods, output, search.BestExtra + (step == 0m ? Math.Sign(search.BestResidue) * unit : step)) || search.BestResidue == before)
                    {
                        break;
                    }
                }

                var center = search.BestExtra;
                for (var delta = -3; delta <= 3 && search.BestResidue != 0m; delta++)
                {
                    if (delta != 0)
                    {
                        search.Try(plan, periods, output, center + (delta * unit));
                    }
                }
            }

            var bestExtra = search.BestExtra;
            firstExtra = bestExtra;
        }

        Compute(plan, periods, firstExtra, output, out var n, appliedEvents);
        return Trim(output, n);
    }

    /// <summary>The best residue found so far by the search of the first installment's extra principal.</summary>
    private struct ResidueSearch()
    {
        public decimal BestExtra { get; private set; }

        public decimal BestResidue { get; private set; } = decimal.MaxValue;

        /// <summary>Runs the plan with an extra principal on the first amortizing row; false when that row has no principal left to adjust.</summary>
        public bool Try(SchedulePlan plan, ReadOnlySpan<PlanPeriod> periods, Installment[] output, decimal extra)
        {
            var residue = Compute(plan, periods, extra, output, out var count, null);
            var first = Array.FindIndex(output, 0, count, r => PhaseTable.RepaysPrincipal(r.Phase));
            if (first < 0 || (output[first].PrincipalUnits == 0 && first < count - 1))
            {
                return false;
            }

            if (Math.Abs(residue) < Math.Abs(BestResidue))
            {
                BestResidue = residue;
                BestExtra = extra;
            }

            return true;
        }
    }

    private static decimal Growth(ReadOnlySpan<PlanPeriod> periods)
    {
        var first = 0;
        while (first < periods.Length && !PhaseTable.RepaysPrincipal(periods[first].Phase))
        {
            first++;
        }

        var growth = 1m;
        for (var k = first + 1; k < periods.Length; k++)
        {
            growth *= 1m + (periods[k].Rate * periods[k].Fraction);
        }

        return growth;
    }

    private static Installment[] Trim(Installment[] output, int count) => count == output.Length ? output : output[..count];

    /// <summary>Runs the plan; returns the annuity residue (last installment minus the regular one).</summary>
    /// <remarks>
    /// Every amount of the loop is a whole number of minor units in a <see cref="long"/> (cents for EUR): balances,
    /// portions and rounded interest, stored as such in the rows. Interest is balance × rate × fraction rounded once,
    /// in 64-bit integers when the product fits, in big integers otherwise; a period split by a balance event sums its
    /// segments as an exact rational. Overflow, past 2^63 − 1 minor units, is an error.
    /// </remarks>
    private static decimal Compute(SchedulePlan plan, ReadOnlySpan<PlanPeriod> periods, decimal firstExtra, Installment[] output, out int count, BalanceEvent[]? applied)
    {
        var events = plan.Events;
        var currency = plan.Currency;
        var digits = currency.MinorUnits;
        var mode = plan.Rounding.Amounts.Mode;
        var profile = plan.Profile;
        var kind = profile.Kind;
        var residueFirst = plan.Rounding.Residue == ResidueTarget.First;
        var n = periods.Length;

        var amortStart = n;
        for (var i = 0; i < n; i++)
        {
            if (PhaseTable.RepaysPrincipal(periods[i].Phase))
            {
                amortStart = i;
                break;
            }
        }

        var amortizing = n - amortStart;
        var balance = Units(plan.OpeningBalance, digits);
        var deferred = Units(plan.CarryDeferredInterest, digits);
        var holiday = Units(plan.CarryHolidayInterest, digits);
        var fee = Units(plan.FeePerInstallment, digits);
        var extra = Units(firstExtra, digits);
        var ev = 0;
        long annuity = 0;
        var annuityRate = -1m;
        long regularPrincipal = 0;
        long firstPrincipal = -1;
        long amortBase = 0;
        long holidayUnits = 0;
        long residue = 0;
        var cachedRate = decimal.MinValue;
        var rate = default(RateParts);
        var firstNumber = plan.FirstNumber;
        var truncate = plan.TruncateWhenRepaid;
        var rows = 0;

        checked
        {
            for (var i = 0; i < n; i++)
            {
                ref readonly var p = ref periods[i];
                while (ev < events.Length && events[ev].Date <= p.Start)
                {
                    balance += Units(events[ev].Delta, digits);
                    Mark(applied, events, ev, firstNumber - 1 + i);
                    ev++;
                }

                // One cache for the rate's parts (the interest's integer mantissa and the row's packed rate), by value and scale:
                // the same value at another scale (0.035, 0.0350) is another representation for the row.
                if (p.Rate != cachedRate || p.Rate.Scale != cachedRate.Scale)
                {
                    cachedRate = p.Rate;
                    rate = RateParts.Of(p.Rate);
                }

                var accrued = ev < events.Length && events[ev].Date <= p.End
                    ? SplitAccrual(plan, in p, ref balance, ref ev, applied, firstNumber - 1 + i)
                    : InterestUnits(balance, rate, p.FractionNumerator, p.FractionDenominator, mode);

                long principal = 0, interest = 0;
                ref readonly var semantics = ref PhaseTable.Of(p.Phase);
                switch (semantics.Interest)
                {
                    case AccruedInterest.Paid:
                        // Interest carried by deferred periods is paid with the first following installment that pays interest.
                        interest = accrued + deferred;
                        deferred = 0;
                        break;
                    case AccruedInterest.Carried:
                        deferred += accrued;
                        break;
                    case AccruedInterest.Waived:
                        break;
                    case AccruedInterest.Capitalized:
                        balance += accrued;
                        break;
                    case AccruedInterest.Spread:
                        holiday += accrued;
                        break;
                    default:
                        throw PhaseTable.Unhandled(semantics.Interest);
                }

                if (semantics.RepaysPrincipal)
                {
                    var k = i - amortStart;
                    var isLast = i == n - 1;
                    if (k == 0)
                    {
                        amortBase = balance;
                        holidayUnits = holiday;
                        (regularPrincipal, firstPrincipal) = StartAmortization(plan, balance, amortizing, residueFirst);
                    }

                    if (kind == AmortizationKind.Annuity && plan.FixedInstallment is null && p.Rate != annuityRate)
                    {
                        annuity = Annuity(plan, periods, balance, i);
                        annuityRate = p.Rate;
                    }
                    else if (kind == AmortizationKind.Annuity && k == 0 && plan.FixedInstallment is { } fixedInstallment)
                    {
                        annuity = Units(fixedInstallment, digits);
                    }

                    principal = kind switch
                    {
                        AmortizationKind.Linear => k == 0 && firstPrincipal >= 0 ? firstPrincipal : regularPrincipal,
                        AmortizationKind.Annuity => annuity - accrued + (k == 0 ? extra : 0),
                        AmortizationKind.Bullet => 0,
                        AmortizationKind.Custom => k == 0 && firstPrincipal >= 0 ? firstPrincipal : CustomPortion(plan, amortBase, k, digits),
                        _ => throw new UnreachableException(Preconditions.Invariant($"The amortization kind {kind} has no implementation here.")),
                    };

                    if (principal < 0)
                    {
                        principal = 0;
                    }

                    if (isLast || principal > balance)
                    {
                        if (isLast && kind == AmortizationKind.Annuity)
                        {
                            residue = balance + accrued - annuity;
                        }

                        principal = balance;
                    }

                    if (holidayUnits > 0)
                    {
                        // Holiday interest spread over the amortizing installments, one minor unit at a time.
                        var q = holidayUnits / amortizing;
                        var r = holidayUnits % amortizing;
                        interest += q + (k < r ? 1 : 0);
                    }

                    balance -= principal;
                }

                output[i] = new Installment(firstNumber + i, p.Phase, p.Start, p.End, p.Unadjusted, p.Due, in rate.Packed, principal, interest, accrued, fee, balance, currency);
                rows = i + 1;
                if (truncate && balance == 0 && semantics.RepaysPrincipal && holidayUnits == 0 && deferred == 0)
                {
                    break;
                }
            }
        }

        count = rows;
        if (applied is not null)
        {
            for (; ev < events.Length; ev++)
            {
                Mark(applied, events, ev, plan.FirstNumber - 1 + n);
            }
        }

        return DecimalMath.FromMinorUnits(residue, digits);
    }

    // Cold paths live outside the row loop of Compute, which keeps its locals in registers.

    /// <summary>The interest of a period that a balance event splits: exact rational interest per segment, rounded once. Applies the events to the balance.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long SplitAccrual(SchedulePlan plan, in PlanPeriod p, ref long balance, ref int ev, BalanceEvent[]? applied, int row)
    {
        var events = plan.Events;
        var digits = plan.Currency.MinorUnits;
        var exact = default(ExactInterest);
        var cursor = p.Start;
        while (ev < events.Length && events[ev].Date <= p.End)
        {
            exact.Add(balance, p.Rate, plan.Basis.FractionParts(cursor, events[ev].Date, p.RegularStart, p.RegularEnd, plan.Frequency));
            balance = checked(balance + Units(events[ev].Delta, digits));
            cursor = events[ev].Date;
            Mark(applied, events, ev, row);
            ev++;
        }

        exact.Add(balance, p.Rate, plan.Basis.FractionParts(cursor, p.End, p.RegularStart, p.RegularEnd, plan.Frequency));
        exact.Scale(p.ScaleParts(plan.Basis, plan.Frequency));
        return exact.RoundToUnits(plan.Rounding.Amounts.Mode);
    }

    /// <summary>At the first amortizing row: the regular principal of a linear profile, and the first row's principal when it takes the residue (−1 otherwise).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Regular, long First) StartAmortization(SchedulePlan plan, long balance, int amortizing, bool residueFirst)
    {
        var digits = plan.Currency.MinorUnits;
        switch (plan.Profile.Kind)
        {
            case AmortizationKind.Linear:
                {
                    var regular = plan.FixedPrincipal is { } kept
                        ? Units(kept, digits)
                        : Units(RoundInstallment(plan, DecimalMath.FromMinorUnits(balance, digits) / amortizing, digits), digits);
                    return (regular, residueFirst && plan.FixedPrincipal is null ? checked(balance - (regular * (amortizing - 1))) : -1);
                }

            case AmortizationKind.Custom when residueFirst:
                {
                    long others = 0;
                    for (var j = 1; j < amortizing; j++)
                    {
                        others = checked(others + CustomPortion(plan, balance, j, digits));
                    }

                    return (0, checked(balance - others));
                }

            default:
                return (0, -1);
        }
    }

    /// <summary>The rounded annuity installment that repays the balance over the rows from <paramref name="from"/> at that row's rate.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long Annuity(SchedulePlan plan, ReadOnlySpan<PlanPeriod> periods, long balance, int from)
    {
        var digits = plan.Currency.MinorUnits;
        return Units(RoundInstallment(plan, AnnuityPayment(DecimalMath.FromMinorUnits(balance, digits), periods, from), digits), digits);
    }

    /// <summary>An amount, rounded to the currency's digits, as minor units; more than 2^63 − 1 of them is refused.</summary>
    internal static long Units(decimal amount, int digits) =>
        DecimalMath.TryToMinorUnits(amount, digits, out var units) ? units : throw BeyondUnits(amount, digits);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException BeyondUnits(decimal amount, int digits) =>
        new(Preconditions.Invariant($"Amount {amount} is beyond what a schedule holds (2^63 − 1 minor units) or finer than {digits} decimals."), nameof(amount));

    /// <summary>A rate as a 64-bit integer mantissa over a power of ten (0.0349 → 349 / 10^4), when it fits.</summary>
    private readonly struct RateParts
    {
        public readonly long Mantissa;
        public readonly long PowerOfTen;
        public readonly bool Fits64;
        public readonly decimal Value;

        /// <summary>The rate as a row keeps it.</summary>
        public readonly PackedRate Packed;

        /// <summary>The bit lengths of the mantissa's magnitude and of the power of ten: they bound the products' sizes.</summary>
        public readonly int MantissaBits;
        public readonly int PowerBits;

        private RateParts(long mantissa, long powerOfTen, bool fits64, decimal value, in PackedRate packed)
        {
            Packed = packed;
            Mantissa = mantissa;
            PowerOfTen = powerOfTen;
            Fits64 = fits64;
            Value = value;
            MantissaBits = BitLength(mantissa);
            PowerBits = BitLength(powerOfTen);
        }

        public static RateParts Of(decimal rate)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(rate, bits);
            var packed = PackedRate.Of(bits);
            var scale = (bits[3] >> 16) & 0xFF;
            if (bits[2] != 0 || bits[1] < 0 || scale > 18)
            {
                return new RateParts(0, 0, false, rate, packed);
            }

            var magnitude = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
            return new RateParts(bits[3] < 0 ? -magnitude : magnitude, DecimalMath.PowerOfTen64(scale), true, rate, packed);
        }
    }

    /// <summary>The number of bits of |value| (64 for <see cref="long.MinValue"/>): |value| &lt; 2^BitLength.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BitLength(long value) => 64 - BitOperations.LeadingZeroCount(unchecked((ulong)(value < 0 ? -value : value)));

    /// <summary>A decimal as an exact big-integer fraction: mantissa over a power of ten.</summary>
    private static (BigInteger Mantissa, BigInteger PowerOfTen) BigParts(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | unchecked((uint)bits[0]);
        return (bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
    }

    /// <summary>
    /// balance × rate × numerator / denominator, in minor units, rounded once with <paramref name="mode"/>: exactly,
    /// in 64-bit integers when the products fit (the usual case), in big integers otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long InterestUnits(long balance, in RateParts rate, long numerator, long denominator, RoundingMode mode)
    {
        // The usual case, inlined in the row loop: the bit lengths show that both products fit in 63 bits, so two
        // plain multiplications and one division do.
        if (rate.Fits64 && BitLength(balance) + rate.MantissaBits + BitLength(numerator) <= 63 && BitLength(denominator) + rate.PowerBits <= 63)
        {
            return RoundDiv64(unchecked(balance * rate.Mantissa * numerator), unchecked(denominator * rate.PowerOfTen), mode);
        }

        return WideInterestUnits(balance, rate, numerator, denominator, mode);
    }

    /// <summary>As <see cref="InterestUnits"/> for products of more than 63 bits: 128-bit products when they fit, big integers otherwise.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long WideInterestUnits(long balance, in RateParts rate, long numerator, long denominator, RoundingMode mode)
    {
        if (rate.Fits64)
        {
            var high = Math.BigMul(balance, rate.Mantissa, out var product);
            if ((high == 0 && product >= 0) || (high == -1 && product < 0))
            {
                var high2 = Math.BigMul(product, numerator, out var n64);
                var dHigh = Math.BigMul(denominator, rate.PowerOfTen, out var d64);
                if (((high2 == 0 && n64 >= 0) || (high2 == -1 && n64 < 0)) && dHigh == 0 && d64 > 0)
                {
                    return RoundDiv64(n64, d64, mode);
                }
            }
        }

        // A large balance, or a rate with many digits (1/3 has 28): exact big integers, still rounded once.
        var (mantissa, powerOfTen) = BigParts(rate.Value);
        return (long)RoundDiv(balance * mantissa * numerator, powerOfTen * denominator, mode);
    }

    /// <summary>Integer division n / d (d &gt; 0) of big integers, rounded with a mode.</summary>
    internal static BigInteger RoundDiv(BigInteger n, BigInteger d, RoundingMode mode)
    {
        var q = BigInteger.DivRem(n, d, out var r);
        if (r.IsZero)
        {
            return q;
        }

        var sign = n.Sign;
        var cmp = (BigInteger.Abs(r) * 2).CompareTo(d);
        return mode switch
        {
            RoundingMode.ToEven => cmp > 0 || (cmp == 0 && !q.IsEven) ? q + sign : q,
            RoundingMode.AwayFromZero => cmp >= 0 ? q + sign : q,
            RoundingMode.TowardZero => q,
            RoundingMode.Up => sign > 0 ? q + 1 : q,
            _ => sign < 0 ? q - 1 : q,
        };
    }

    /// <summary>
    /// An exact sum of balance × rate × fraction terms, rounded once. A single term (a quote with no movement in its
    /// period, the usual case) stays as its parts and rounds as the engine's rows do (<see cref="InterestUnits"/>);
    /// a second term turns the sum into a big rational.
    /// </summary>
    internal struct ExactInterest
    {
        private BigInteger _numerator;
        private BigInteger _denominator;

        // The single term while there is one: balance × rate × numerator / denominator.
        private int _terms;
        private long _balance;
        private decimal _rate;
        private long _fractionNumerator;
        private long _fractionDenominator;

        /// <summary>Adds balance (minor units) × rate × numerator / denominator.</summary>
        public void Add(long balance, decimal rate, (long Numerator, long Denominator) fraction)
        {
            if (_terms++ == 0)
            {
                (_balance, _rate, _fractionNumerator, _fractionDenominator) = (balance, rate, fraction.Numerator, fraction.Denominator);
                return;
            }

            if (_terms == 2)
            {
                AddBig(_balance, _rate, _fractionNumerator, _fractionDenominator);
            }

            AddBig(balance, rate, fraction.Numerator, fraction.Denominator);
        }

        /// <summary>Multiplies the sum by a ratio (a broken period charged as a regular one).</summary>
        public void Scale((long Numerator, long Denominator) ratio)
        {
            if (_terms == 1 && !Overflows(_fractionNumerator, ratio.Numerator) && !Overflows(_fractionDenominator, ratio.Denominator))
            {
                _fractionNumerator *= ratio.Numerator;
                _fractionDenominator *= ratio.Denominator;
                return;
            }

            if (_terms == 1)
            {
                AddBig(_balance, _rate, _fractionNumerator, _fractionDenominator);
                _terms = 2;
            }

            _numerator *= ratio.Numerator;
            _denominator *= ratio.Denominator;
        }

        /// <summary>Rounds the sum to whole minor units; OverflowException beyond 64 bits.</summary>
        public readonly long RoundToUnits(RoundingMode mode) => _terms switch
        {
            0 => 0,
            1 => InterestUnits(_balance, RateParts.Of(_rate), _fractionNumerator, _fractionDenominator, mode),
            _ => _denominator.IsZero ? 0 : (long)RoundDiv(_numerator, _denominator, mode),
        };

        private static bool Overflows(long a, long b) => BitLength(a) + BitLength(b) > 63;

        private void AddBig(long balance, decimal rate, long fractionNumerator, long fractionDenominator)
        {
            var (mantissa, powerOfTen) = BigParts(rate);
            var n = balance * mantissa * fractionNumerator;
            var d = powerOfTen * fractionDenominator;
            if (_denominator.IsZero)
            {
                (_numerator, _denominator) = (n, d);
            }
            else
            {
                (_numerator, _denominator) = ((_numerator * d) + (n * _denominator), _denominator * d);
            }

            var gcd = BigInteger.GreatestCommonDivisor(_numerator, _denominator);
            if (gcd > BigInteger.One)
            {
                _numerator /= gcd;
                _denominator /= gcd;
            }
        }
    }

    /// <summary>64-bit version of <see cref="RoundDiv"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    private static void Mark(BalanceEvent[]? applied, BalanceEvent[] events, int index, int row)
    {
        if (applied is not null)
        {
            applied[index] = events[index] with { Row = row };
        }
    }

    /// <summary>Exact annuity payment that repays <paramref name="balance"/> over periods[from..] at the current period's rate.</summary>
    internal static decimal AnnuityPayment(decimal balance, ReadOnlySpan<PlanPeriod> periods, int from)
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

    private static long CustomPortion(SchedulePlan plan, long amortBase, int k, int digits) =>
        Units(RoundInstallment(plan, DecimalMath.FromMinorUnits(amortBase, digits) * plan.Profile.Percentages[k] / 100m, digits), digits);

    private static decimal RoundInstallment(SchedulePlan plan, decimal value, int digits)
    {
        var mode = plan.Rounding.Amounts.Mode;
        return plan.Rounding.InstallmentIncrement is { } increment
            ? RoundingPolicy.RoundToScale(value / increment, 0, mode) * increment
            : RoundingPolicy.RoundToScale(value, digits, mode);
    }
}
