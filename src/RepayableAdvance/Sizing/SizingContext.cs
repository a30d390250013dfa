namespace RepayableAdvance.Sizing;

/// <summary>What the caller passes in beside the application: headrooms the scheme does not own.</summary>
/// <param name="FundHeadroom">What the fund can still commit, or null when not checked.</param>
/// <param name="DeMinimisCap">
/// The State-aid seam: given the application, the largest advance whose aid still fits the beneficiary's de minimis
/// headroom (computed by the State-aid capability from the scheme's terms), or null when not checked.
/// </param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SizingContext(Money? FundHeadroom = null, Func<Application, Money?>? DeMinimisCap = null)
{
    /// <summary>Gets a context with nothing passed in.</summary>
    /// <value>No fund or de minimis check.</value>
    public static SizingContext None { get; } = new();
}
