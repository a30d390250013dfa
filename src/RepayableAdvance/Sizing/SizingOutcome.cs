namespace RepayableAdvance.Sizing;

/// <summary>The outcome of sizing.</summary>
public enum SizingOutcome
{
    /// <summary>An amount was sized.</summary>
    Sized = 0,

    /// <summary>The sized amount is below the scheme minimum: not fundable.</summary>
    NotFundable = 1,

    /// <summary>An input is missing: the amount cannot be sized (never a zero amount).</summary>
    CannotSize = 2,
}
