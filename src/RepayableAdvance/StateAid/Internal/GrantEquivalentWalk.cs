using System.Runtime.CompilerServices;
using NodaTime;

namespace RepayableAdvance.StateAid.Internal;

/// <summary>One dated line of a GGE walk, in minor units of the schedule's currency.</summary>
internal struct Flow
{
    public LocalDate Date;

    /// <summary>Days from the origin (the grant date) to <see cref="Date"/>.</summary>
    public int Day;
    public long Disbursed;
    public long Repaid;
    public long Capitalized;

    /// <summary>Interest paid and fees: what the borrower pays beyond principal.</summary>
    public long InterestAndFees;

    /// <summary>The fees within <see cref="InterestAndFees"/>.</summary>
    public long Fees;

    /// <summary>Gets what the contract charges on the line: interest paid or capitalized, and fees.</summary>
    public readonly long Charges => InterestAndFees + Capitalized;
}

/// <summary>The sums of a walk, in minor units with the curve's fraction bits.</summary>
internal readonly record struct WalkTotals(Int128 Total, Int128 PrincipalPresentValue, Int128 FeesPresentValue, long Principal, int FractionBits);

/// <summary>
/// The GGE's one walk over dated lines: on each segment of constant outstanding the reference rate earns
/// <c>outstanding × (DF(start) ÷ DF(end) − 1)</c>, and each line's present value is its discount factor times the
/// reference interest minus the charges (methods A and B), or times the net flow (cash-flow form). Amounts are whole
/// minor units, factors fixed-point numbers, and the sums exact 128-bit integers, rounded once by the caller.
/// </summary>
internal static class GrantEquivalentWalk
{
    /// <summary>Walks the lines; fills <paramref name="lines"/> (one per flow) when it is not empty.</summary>
    /// <exception cref="OverflowException">An amount times a factor does not fit 128 bits.</exception>
    internal static WalkTotals Run(
        ReadOnlySpan<Flow> flows, LocalDate origin, scoped in DiscountCurve reference, scoped in DiscountCurve discount, bool cashFlow, int digits, Span<GrantEquivalentLine> lines) =>
        discount.FractionBits == FixedPoint.Bits
            ? Run<Bits62>(default, flows, origin, reference, discount, cashFlow, digits, lines)
            : Run<AnyBits>(new AnyBits(discount.FractionBits), flows, origin, reference, discount, cashFlow, digits, lines);

    /// <summary>The walk, for a number of fraction bits known to the compiler (62, the usual case) or not.</summary>
    private static WalkTotals Run<TBits>(
        TBits fractionBits, ReadOnlySpan<Flow> flows, LocalDate origin, scoped in DiscountCurve reference, scoped in DiscountCurve discount, bool cashFlow, int digits, Span<GrantEquivalentLine> lines)
        where TBits : struct, IFractionBits
    {
        var bits = fractionBits.Value;
        var df = 1UL << bits;
        Int128 total = 0, principalPv = 0, feesPv = 0;
        long outstanding = 0, principal = 0;
        var previous = origin;
        var previousDay = 0; // the origin
        var record = !lines.IsEmpty;
        var recorded = 0m;
        checked
        {
            for (var i = 0; i < flows.Length; i++)
            {
                ref readonly var flow = ref flows[i];
                var gap = flow.Day - previousDay;
                long growth = 0;
                if (gap > 0)
                {
                    if (!cashFlow && outstanding != 0)
                    {
                        growth = reference.GrowthMinusOne(previous, flow.Date, gap);
                    }

                    df = Multiply(df, discount.Step(previous, flow.Date, gap), bits);
                }

                // Differential: DF × (outstanding × growth − charges), as outstanding × (DF × growth) − charges × DF:
                // three 64 × 64-bit products instead of a 128-bit one.
                var pv = cashFlow
                    ? Product(flow.Disbursed - flow.Repaid - flow.InterestAndFees, df)
                    : (growth == 0 ? 0 : Product(outstanding, MultiplySigned(growth, df, bits))) - Product(flow.Charges, df);
                total += pv;
                if (flow.Disbursed != 0)
                {
                    principalPv += Product(flow.Disbursed, df);
                    principal += flow.Disbursed;
                }

                if (flow.Fees != 0)
                {
                    feesPv += Product(flow.Fees, df);
                }

                if (record)
                {
                    Record(lines, i, in flow, previous, outstanding, unchecked((Int128)outstanding * growth), df, total, bits, digits, ref recorded);
                }

                outstanding += flow.Disbursed - flow.Repaid + flow.Capitalized;
                previous = flow.Date;
                previousDay = flow.Day;
            }
        }

        return new WalkTotals(total, principalPv, feesPv, principal, bits);
    }

    /// <summary>Writes line i. Present values telescope: each line's is the change of the running total, so they sum to it exactly.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Record(Span<GrantEquivalentLine> lines, int i, in Flow flow, LocalDate previous, long outstanding, Int128 referenceInterest, ulong df, Int128 total, int bits, int digits, ref decimal recorded)
    {
        var inverse = DecimalMath.PowerOfTenInverse(digits);
        var running = FixedPoint.ToDecimal(total, bits) * inverse;
        var before = recorded;
        recorded = running;

        lines[i] = new GrantEquivalentLine
        {
            Date = flow.Date,
            SegmentStart = previous,
            Outstanding = DecimalMath.FromMinorUnits(outstanding, digits),
            Disbursed = DecimalMath.FromMinorUnits(flow.Disbursed, digits),
            PrincipalRepaid = DecimalMath.FromMinorUnits(flow.Repaid, digits),
            Capitalized = DecimalMath.FromMinorUnits(flow.Capitalized, digits),
            Charges = DecimalMath.FromMinorUnits(flow.Charges, digits),
            ReferenceInterest = FixedPoint.ToDecimal(referenceInterest, bits) * inverse,
            DiscountFactor = FixedPoint.ToDecimal(df, bits),
            PresentValue = running - before,
        };
    }

    /// <summary>(a × b) ÷ 2^bits for two factors below 2^(64 − bits) × 2^bits (floor): one 64 × 64-bit product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Multiply(ulong a, ulong b, int bits)
    {
        var high = Math.BigMul(a, b, out var low);
        return unchecked((high << (64 - bits)) | (low >> bits));
    }

    /// <summary>The exact product of an amount in minor units and a factor below 2^64: below 2^127 in magnitude.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Int128 Product(long amount, ulong factor)
    {
        unchecked
        {
            var high = Math.BigMul((ulong)(amount < 0 ? -amount : amount), factor, out var low);
            var magnitude = new Int128(high, low);
            return amount < 0 ? -magnitude : magnitude;
        }
    }

    /// <summary>(a × b) ÷ 2^bits for a signed factor and an unsigned one (floor of the magnitude): the product must fit 63 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long MultiplySigned(long a, ulong b, int bits)
    {
        var magnitude = Multiply(unchecked((ulong)(a < 0 ? -a : a)), b, bits);
        return a < 0 ? -checked((long)magnitude) : checked((long)magnitude);
    }

    /// <summary>The exact product of two signed 64-bit numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Int128 Product(long a, long b)
    {
        var high = Math.BigMul(a, b, out var low);
        return new Int128(unchecked((ulong)high), unchecked((ulong)low));
    }

    /// <summary>The fraction bits of a walk, as a type: a constant lets the compiler turn 128-bit shifts into a few instructions.</summary>
    private interface IFractionBits
    {
        int Value { get; }
    }

    /// <summary>62 fraction bits: every factor below 4 (non-negative rates, gaps within a year or two).</summary>
    private readonly struct Bits62 : IFractionBits
    {
        public int Value => FixedPoint.Bits;
    }

    /// <summary>Fewer fraction bits, for factors that exceed 4 (negative discount rates, long gaps at high rates).</summary>
    private readonly struct AnyBits(int value) : IFractionBits
    {
        public int Value => value;
    }

    /// <summary>The sum of the lines' present values, each rounded half away from zero to the unit first (the Commission's presentation).</summary>
    internal static decimal RoundedSum(GrantEquivalentLine[] lines, decimal unit)
    {
        var sum = 0m;
        foreach (var line in lines)
        {
            sum += decimal.Round(line.PresentValue / unit, 0, MidpointRounding.AwayFromZero) * unit;
        }

        return sum;
    }
}
