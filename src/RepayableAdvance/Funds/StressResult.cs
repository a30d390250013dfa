namespace RepayableAdvance.Funds;

/// <summary>The result of a stress simulation.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressResult
{
    internal StressResult(StressSettings settings, IReadOnlyList<StressPercentiles> available, decimal exhaustionProbability, decimal expectedAdvancesFunded, decimal expectedDefaults)
    {
        Settings = settings;
        Available = available;
        ExhaustionProbability = exhaustionProbability;
        ExpectedAdvancesFunded = expectedAdvancesFunded;
        ExpectedDefaults = expectedDefaults;
    }

    /// <summary>Gets the settings used.</summary>
    /// <value>The settings used.</value>
    public StressSettings Settings { get; }

    /// <summary>Gets the distribution of available capital per month.</summary>
    /// <value>The distribution of available capital per month.</value>
    public IReadOnlyList<StressPercentiles> Available { get; }

    /// <summary>Gets the share of scenarios in which the fund could not fund the smallest request (or fell to zero) before the horizon.</summary>
    /// <value>The share of scenarios in which the fund could not fund the smallest request (or fell to zero) before the horizon.</value>
    public decimal ExhaustionProbability { get; }

    /// <summary>Gets the mean number of new advances funded over the horizon.</summary>
    /// <value>The mean number of new advances funded over the horizon.</value>
    public decimal ExpectedAdvancesFunded { get; }

    /// <summary>Gets the mean number of defaults among live advances.</summary>
    /// <value>The mean number of defaults among live advances.</value>
    public decimal ExpectedDefaults { get; }
}
