namespace RepayableAdvance.Eligibility;

/// <summary>An excluded NAF code or prefix, with an optional turnover below which the exclusion applies.</summary>
/// <param name="Prefix">A prefix of the NAF code, such as <c>64</c>, <c>68.2</c> or <c>01.11Z</c>.</param>
/// <param name="TurnoverBelow">When set, the activity is only excluded when the latest turnover is below it.</param>
public sealed record ActivityExclusion(string Prefix, Money? TurnoverBelow = null);
