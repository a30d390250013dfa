namespace RepayableAdvance.Funds;

/// <summary>The distribution of available capital at one month end.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressPercentiles
{
    internal StressPercentiles(int month, Money p5, Money p25, Money p50, Money p75, Money p95, Money mean)
    {
        Month = month;
        P5 = p5;
        P25 = p25;
        P50 = p50;
        P75 = p75;
        P95 = p95;
        Mean = mean;
    }

    /// <summary>Gets the month (1 = the first month end).</summary>
    /// <value>The month (1 = the first month end).</value>
    public int Month { get; }

    /// <summary>Gets 5th percentile.</summary>
    /// <value>5th percentile.</value>
    public Money P5 { get; }

    /// <summary>Gets 25th percentile.</summary>
    /// <value>25th percentile.</value>
    public Money P25 { get; }

    /// <summary>Gets median.</summary>
    /// <value>Median.</value>
    public Money P50 { get; }

    /// <summary>Gets 75th percentile.</summary>
    /// <value>75th percentile.</value>
    public Money P75 { get; }

    /// <summary>Gets 95th percentile.</summary>
    /// <value>95th percentile.</value>
    public Money P95 { get; }

    /// <summary>Gets mean.</summary>
    /// <value>Mean.</value>
    public Money Mean { get; }
}
