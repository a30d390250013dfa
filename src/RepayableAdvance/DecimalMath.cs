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

    /// <summary>Returns the value with at least <paramref name="scale"/> digits (value unchanged).</summary>
    internal static decimal WithScaleAtLeast(decimal value, int scale) => value + ZerosWithScale[scale];

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

    private static decimal[] BuildZeros()
    {
        var zeros = new decimal[29];
        for (var i = 0; i < zeros.Length; i++)
        {
            zeros[i] = new decimal(0, 0, 0, false, (byte)i);
        }

        return zeros;
    }
}
