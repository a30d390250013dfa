namespace RepayableAdvance;

/// <summary>How a value that falls between two representable results is rounded.</summary>
/// <remarks>
/// <see cref="ToEven"/> and <see cref="AwayFromZero"/> decide only exact midpoints (2.345 → 2.34 or 2.35) and
/// round every other value to the nearest result. <see cref="TowardZero"/>, <see cref="Up"/> and
/// <see cref="Down"/> are directed: they move every inexact value in one direction.
/// </remarks>
public enum RoundingMode
{
    /// <summary>Nearest; an exact midpoint goes to the even neighbour ("banker's rounding", HALF_EVEN). The default.</summary>
    ToEven = 0,

    /// <summary>Nearest; an exact midpoint goes away from zero ("commercial rounding", HALF_UP).</summary>
    AwayFromZero = 1,

    /// <summary>Truncation: always toward zero.</summary>
    TowardZero = 2,

    /// <summary>Ceiling: always toward positive infinity (2.341 → 2.35, −2.349 → −2.34).</summary>
    Up = 3,

    /// <summary>Floor: always toward negative infinity (2.349 → 2.34, −2.341 → −2.35).</summary>
    Down = 4,
}
