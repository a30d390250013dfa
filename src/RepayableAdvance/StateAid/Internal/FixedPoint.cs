using System.Runtime.CompilerServices;

namespace RepayableAdvance.StateAid.Internal;

/// <summary>
/// Binary fixed-point arithmetic for discounting: a real number v is the integer round(v × 2^62) ("62 fraction bits"),
/// in a <see cref="long"/> or an <see cref="Int128"/>; the factors of one computation are unsigned 64-bit integers
/// with <c>F ≤ 62</c> fraction bits, F chosen so that every factor fits (see <see cref="DiscountCurve"/>).
/// </summary>
/// <remarks>
/// Each operation rounds to the nearest unit of the last place (2^-62, about 2 × 10^-19), so a logarithm or an
/// exponential is exact to a few units of 10^-18, far below a cent on any amount the library accepts. The tables
/// below are computed once from integers and never change.
/// </remarks>
internal static class FixedPoint
{
    /// <summary>The fraction bits of the 62-bit representation.</summary>
    internal const int Bits = 62;

    /// <summary>1.0 with 62 fraction bits.</summary>
    internal const long One = 1L << Bits;

    /// <summary>ln 2 with 62 fraction bits (rounded to nearest).</summary>
    internal const long Ln2 = 3196577161300663915L;

    /// <summary>The largest |r| the series take directly: a little above ln 2 ÷ 2, so that e^r stays within [0.7, 1.42].</summary>
    private const long SeriesBound = (Ln2 / 2) + 1;

    private const int Terms = 28;

    /// <summary>1 / k! with 62 fraction bits, k = 0 to 27.</summary>
    private static readonly long[] InverseFactorials = BuildInverseFactorials();

    /// <summary>1 / (2k + 1) with 62 fraction bits, k = 0 to 27.</summary>
    private static readonly long[] InverseOdds = BuildInverseOdds();

    /// <summary>a × b with 62 fraction bits for |a|, |b| below 2^63 whose product is below 2^63 (rounded half up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Multiply(long a, long b) => unchecked((long)((((Int128)a * b) + (1L << (Bits - 1))) >> Bits));

    /// <summary>a × b with 62 fraction bits for two unsigned factors below 4 whose product is below 4 (rounded half up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Multiply(ulong a, ulong b)
    {
        unchecked
        {
            var high = Math.BigMul(a, b, out var low);
            return ((high << (64 - Bits)) | (low >> Bits)) + ((low >> (Bits - 1)) & 1);
        }
    }

    /// <summary>value ÷ 2^shift, rounded half up; a negative shift multiplies, refused when the magnitude would pass 2^126.</summary>
    internal static Int128 RoundShift(Int128 value, int shift)
    {
        if (shift <= 0)
        {
            return shift == 0 ? value : -shift < 126 && Int128.Abs(value) >> (126 + shift) == 0 ? value << -shift : throw new OverflowException("A fixed-point value does not fit 128 bits.");
        }

        return shift > 126 ? 0 : (value + (Int128.One << (shift - 1))) >> shift;
    }

    /// <summary>A non-negative decimal below 2^63 with 62 fraction bits.</summary>
    internal static Int128 FromDecimal(decimal value)
    {
        // Usually a short mantissa (1.0871 is 10871 ÷ 10^4): one 128-bit division, no decimal arithmetic.
        var scale = value.Scale;
        if (scale <= 18)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            if (bits[2] == 0 && bits[1] >= 0 && bits[1] < (1 << 30))
            {
                var mantissa = ((long)bits[1] << 32) | unchecked((uint)bits[0]); // below 2^62
                var power = DecimalMath.PowerOfTen64(scale);
                return ((unchecked((Int128)mantissa << Bits)) + (power / 2)) / power;
            }
        }

        // Whole part and fraction apart: each product stays within decimal's 28 digits.
        var whole = decimal.Truncate(value);
        var scaled = decimal.Round((value - whole) * One, 0, MidpointRounding.ToEven);
        return ((Int128)(long)whole << Bits) + (long)scaled;
    }

    /// <summary>
    /// The natural logarithm of a positive decimal, with 62 fraction bits: x = y × 2^e with y in [0.75, 1.5), then
    /// ln y = 2 atanh((y − 1) ÷ (y + 1)), a series whose terms shrink at least 25 times each.
    /// </summary>
    internal static Int128 Ln(decimal x)
    {
        var e = 0;
        while (x >= 1.5m)
        {
            x /= 2m;
            e++;
        }

        while (x < 0.75m)
        {
            x *= 2m;
            e--;
        }

        var y = (long)FromDecimal(x);
        var z = (long)(((Int128)(y - One) << Bits) / ((Int128)y + One)); // |z| ≤ 0.2
        var z2 = Multiply(z, z);
        var sum = z;
        var power = z;
        for (var k = 1; k < Terms; k++)
        {
            power = Multiply(power, z2);
            var term = Multiply(power, InverseOdds[k]);
            if (term == 0)
            {
                break;
            }

            sum += term;
        }

        return (2 * (Int128)sum) + ((Int128)e * Ln2);
    }

    /// <summary>
    /// e^t for t with 62 fraction bits, as an unsigned number with <paramref name="fractionBits"/> fraction bits:
    /// t = k ln 2 + r with |r| ≤ ln 2 ÷ 2, a Taylor series for e^r and a shift by k. Results below the last place
    /// give 0; a result that does not fit 64 bits is an <see cref="OverflowException"/>.
    /// </summary>
    internal static ulong Exp(Int128 t, int fractionBits)
    {
        var k = Reduce(t, out var r);
        var value = One + Series(r); // in [0.70, 1.42]
        return checked((ulong)RoundShift(value, Bits - fractionBits - k));
    }

    /// <summary>e^t − 1 with <paramref name="fractionBits"/> fraction bits, signed; exact to the last place near zero, where e^t − 1 would cancel.</summary>
    internal static long ExpMinusOne(Int128 t, int fractionBits)
    {
        var k = Reduce(t, out var r);
        if (k == 0)
        {
            return checked((long)RoundShift(Series(r), Bits - fractionBits));
        }

        var value = RoundShift(One + Series(r), Bits - fractionBits - k);
        return checked((long)(value - (Int128.One << fractionBits)));
    }

    /// <summary>t = k ln 2 + r with |r| at most about ln 2 ÷ 2; k = 0, without a division, for the usual small exponents.</summary>
    private static int Reduce(Int128 t, out long r)
    {
        if (Int128.Abs(t) <= SeriesBound)
        {
            r = (long)t;
            return 0;
        }

        var k = t >= 0 ? (t + (Ln2 / 2)) / Ln2 : -((-t + (Ln2 / 2)) / Ln2);
        r = (long)(t - (k * Ln2));
        return checked((int)k);
    }

    /// <summary>e^r − 1 for |r| ≤ ln 2 ÷ 2, with 62 fraction bits: Σ r^k ÷ k! from k = 1.</summary>
    private static long Series(long r)
    {
        long sum = 0;
        var power = r;
        for (var k = 1; k < Terms && power != 0; k++)
        {
            var term = Multiply(power, InverseFactorials[k]);
            if (term == 0)
            {
                break;
            }

            sum += term;
            power = Multiply(power, r);
        }

        return sum;
    }

    /// <summary>A fixed-point number with <paramref name="fractionBits"/> fraction bits as a decimal, to 18 decimals (truncated toward zero).</summary>
    internal static decimal ToDecimal(Int128 value, int fractionBits)
    {
        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        var whole = checked((ulong)(magnitude >> fractionBits));
        var fraction = (ulong)(magnitude - ((UInt128)whole << fractionBits));
        var scaled = (ulong)(unchecked((UInt128)fraction * 1_000_000_000_000_000_000UL) >> fractionBits);
        var result = whole + new decimal(unchecked((int)(uint)scaled), unchecked((int)(uint)(scaled >> 32)), 0, false, 18);
        return negative ? -result : result;
    }

    private static long[] BuildInverseFactorials()
    {
        var table = new long[Terms];
        UInt128 factorial = 1;
        for (var k = 0; k < Terms; k++)
        {
            factorial *= (UInt128)Math.Max(k, 1);
            table[k] = (long)(((UInt128)One + (factorial / 2)) / factorial);
        }

        return table;
    }

    private static long[] BuildInverseOdds()
    {
        var table = new long[Terms];
        for (var k = 0; k < Terms; k++)
        {
            var odd = (2L * k) + 1;
            table[k] = (One + (odd / 2)) / odd;
        }

        return table;
    }
}
