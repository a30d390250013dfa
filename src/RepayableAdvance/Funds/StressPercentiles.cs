namespace RepayableAdvance.Funds;

/// <summary>The distribution of available capital at one month end.</summary>
/// <param name="Month">The month (1 = the first month end).</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Mean">Mean.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressPercentiles(int Month, Money P5, Money P25, Money P50, Money P75, Money P95, Money Mean);
