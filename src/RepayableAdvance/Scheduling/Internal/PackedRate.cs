namespace RepayableAdvance.Scheduling.Internal;

/// <summary>A rate as a row keeps it: its decimal's 96-bit mantissa, scale and sign, without the decimal's padding.</summary>
internal readonly struct PackedRate
{
    private const byte ScaleMask = 0x1F;
    private const byte Negative = 0x80;

    internal readonly ulong Low;
    internal readonly uint High;
    internal readonly byte ScaleAndSign;

    private PackedRate(ulong low, uint high, byte scaleAndSign)
    {
        Low = low;
        High = high;
        ScaleAndSign = scaleAndSign;
    }

    /// <summary>Packs a rate: the same decimal, scale included, comes back from <see cref="Unpack"/>.</summary>
    internal static PackedRate Of(decimal rate)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(rate, bits);
        return Of(bits);
    }

    /// <summary>Packs a rate from its <see cref="decimal.GetBits(decimal, Span{int})"/>.</summary>
    internal static PackedRate Of(ReadOnlySpan<int> bits)
    {
        var low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        return new PackedRate(low, unchecked((uint)bits[2]), (byte)(((bits[3] >> 16) & ScaleMask) | (bits[3] < 0 ? Negative : 0)));
    }

    /// <summary>The decimal that <see cref="Of(decimal)"/> packed, from its three parts.</summary>
    internal static decimal Unpack(ulong low, uint high, byte scaleAndSign) =>
        new(unchecked((int)low), unchecked((int)(low >> 32)), unchecked((int)high), (scaleAndSign & Negative) != 0, (byte)(scaleAndSign & ScaleMask));
}
