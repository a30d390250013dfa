using System.Runtime.CompilerServices;

namespace RepayableAdvance;

/// <summary>Small exact helpers on <see cref="decimal"/>.</summary>
internal static class DecimalMath
{
    private static readonly decimal[] InversePowersOfTen =
    [
        1m, 0.1m, 0.01m, 0.001m, 0.0001m, 0.00001m, 0.000001m, 0.0000001m, 0.00000001m, 0.000000001m,
        0.0000000001m, 0.00000000001m, 0.000000000001m, 0.0000000000001m, 0.00000000000001m,
        0.000000000000001m, 0.0000000000000001m, 0.00000000000000001m, 0.000000000000000001m,
        0.0000000000000000001m, 0.00000000000000000001m, 0.000000000000000000001m,
        0.0000000000000000000001m, 0.00000000000000000000001m, 0.000000000000000000000001m,
        0.0000000000000000000000001m, 0.00000000000000000000000001m, 0.000000000000000000000000001m,
        0.0000000000000000000000000001m,
    ];

    // Zero with 0..28 trailing digits: adding it raises a decimal's scale without changing its value.
    private static readonly decimal[] ZerosWithScale = BuildZeros();

    internal static decimal PowerOfTenInverse(int digits) => InversePowersOfTen[digits];

    /// <summary>10^<paramref name="digits"/> as a 64-bit integer, for 0 to 18 digits.</summary>
    internal static long PowerOfTen64(int digits) => PowersOfTen64[digits];

    private static readonly long[] PowersOfTen64 =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
        100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    /// <summary>Returns the value with at least <paramref name="scale"/> digits (value unchanged).</summary>
    internal static decimal WithScaleAtLeast(decimal value, int scale) => value + ZerosWithScale[scale];

    /// <summary>
    /// Converts an amount to a whole number of minor units at <paramref name="decimals"/> digits (12.50 → 1250 at 2),
    /// exactly; false when it has finer digits than that or does not fit a signed 64-bit integer.
    /// </summary>
    internal static bool TryToMinorUnits(decimal value, int decimals, out long minor)
    {
        minor = 0;
        if (value.Scale > decimals)
        {
            // Trailing zeros beyond the currency's digits (1.000 EUR): scale down exactly, or refuse finer digits.
            var rounded = decimal.Round(value, decimals, MidpointRounding.ToZero);
            if (rounded != value)
            {
                return false;
            }

            value = rounded; // decimal.Round lowers the scale to at most `decimals`
        }

        var buffer = default(DecimalBits);
        Span<int> bits = buffer;
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            return false;
        }

        var magnitude = ((long)bits[1] << 32) | unchecked((uint)bits[0]);
        for (var s = (bits[3] >> 16) & 0xFF; s < decimals; s++)
        {
            if (magnitude > long.MaxValue / 10)
            {
                return false;
            }

            magnitude *= 10;
        }

        minor = bits[3] < 0 ? -magnitude : magnitude; // the sign bit: no decimal comparison
        return true;
    }

    /// <summary>The amount of a whole number of minor units, at exactly <paramref name="decimals"/> digits (1250 → 12.50 at 2).</summary>
    internal static decimal FromMinorUnits(long minor, int decimals)
    {
        var magnitude = minor < 0 ? unchecked(0UL - (ulong)minor) : (ulong)minor;
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, minor < 0, (byte)decimals);
    }

    /// <summary>Returns the number of digits after the decimal point once trailing zeros are removed.</summary>
    internal static int SignificantScale(decimal value)
    {
        var scale = value.Scale;
        while (scale > 0 && decimal.Round(value, scale - 1, MidpointRounding.ToZero) == value)
        {
            scale--;
        }

        return scale;
    }

    // ln 2 to 28 significant digits.
    private const decimal Ln2 = 0.6931471805599453094172321215m;

    /// <summary>Natural logarithm of a positive decimal, to about 26 significant digits (atanh series after range reduction).</summary>
    internal static decimal Ln(decimal x)
    {
        if (x <= 0m)
        {
            throw Preconditions.OutOfRange(nameof(x), x, "The logarithm needs a strictly positive value.", "Le logarithme exige une valeur strictement positive.");
        }

        // Reduce to [0.75, 1.5] by powers of two: ln x = k ln 2 + ln m.
        var k = 0;
        while (x > 1.5m)
        {
            x /= 2m;
            k++;
        }

        while (x < 0.75m)
        {
            x *= 2m;
            k--;
        }

        // ln m = 2 atanh(z), z = (m - 1) / (m + 1), |z| <= 0.2: z^2 <= 0.04 so 20 terms exceed decimal precision.
        var z = (x - 1m) / (x + 1m);
        var z2 = z * z;
        var term = z;
        var sum = 0m;
        for (var n = 1; n < 80; n += 2)
        {
            var next = sum + (term / n);
            if (next == sum)
            {
                break;
            }

            sum = next;
            term *= z2;
        }

        return (2m * sum) + (k * Ln2);
    }

    /// <summary>e to the power x, to about 26 significant digits (Taylor series after halving); below −64 the result is below decimal's resolution and is 0.</summary>
    internal static decimal Exp(decimal x)
    {
        if (x > 64m)
        {
            throw new OverflowException(Preconditions.Invariant($"exp({x}) exceeds the decimal range: the argument must be at most 64."));
        }

        if (x < -64m)
        {
            return 0m;
        }

        // exp(x) = exp(x / 2^h)^(2^h) with |x / 2^h| < 1/64.
        var halvings = 0;
        while (Math.Abs(x) > 0.015625m)
        {
            x /= 2m;
            halvings++;
        }

        var sum = 1m;
        var term = 1m;
        for (var n = 1; n < 40; n++)
        {
            term = term * x / n;
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        for (var i = 0; i < halvings; i++)
        {
            sum *= sum;
        }

        return sum;
    }

    /// <summary>Raises a positive base to a real exponent: exact repeated squaring for whole exponents, exp(y ln x) otherwise.</summary>
    internal static decimal Pow(decimal x, decimal y)
    {
        if (y == decimal.Truncate(y) && Math.Abs(y) <= 10_000m)
        {
            var n = (long)Math.Abs(y);
            var result = 1m;
            var power = x;
            while (n > 0)
            {
                if ((n & 1) == 1)
                {
                    result *= power;
                }

                n >>= 1;
                if (n > 0)
                {
                    power *= power;
                }
            }

            return y < 0m ? 1m / result : result;
        }

        return Exp(y * Ln(x));
    }

    private static decimal[] BuildZeros()
    {
        var zeros = new decimal[29];
        for (var i = 0; i < zeros.Length; i++)
        {
            zeros[i] = new decimal(0, 0, 0, false, (byte)i);
        }

        return zeros;
    }

    /// <summary>The four 32-bit words of a decimal, as a local buffer (no stack allocation, no buffer cookie).</summary>
    [InlineArray(4)]
    private struct DecimalBits
    {
        private int _word;
    }
}
