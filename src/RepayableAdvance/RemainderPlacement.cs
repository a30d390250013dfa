namespace RepayableAdvance;

/// <summary>Where the minor units left over after flooring every exact share go when money is split.</summary>
/// <remarks>
/// Every placement gives at most one extra minor unit to a part, and only to a part whose exact share has a
/// fractional minor unit, so every part stays within one minor unit of its exact share.
/// </remarks>
public enum RemainderPlacement
{
    /// <summary>To the parts with the largest fractional remainders; ties go to the earlier part (Hamilton's method). The default.</summary>
    LargestRemainder = 0,

    /// <summary>To the earliest parts that have a fractional remainder.</summary>
    First = 1,

    /// <summary>To the latest parts that have a fractional remainder.</summary>
    Last = 2,
}
