namespace RepayableAdvance.Sizing;

/// <summary>One turnover band: up to <paramref name="UpTo"/> of turnover (inclusive) gives <paramref name="Amount"/>.</summary>
/// <param name="UpTo">The upper bound of the band's turnover, or null for the open last band.</param>
/// <param name="Amount">The fixed amount of the band.</param>
public sealed record TurnoverBand(Money? UpTo, Money Amount);
