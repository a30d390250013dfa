namespace RepayableAdvance.Funds;

/// <summary>The result of a stress simulation.</summary>
/// <param name="Settings">The settings used.</param>
/// <param name="Available">The distribution of available capital per month.</param>
/// <param name="ExhaustionProbability">The share of scenarios in which the fund could not fund the smallest request (or fell to zero) before the horizon.</param>
/// <param name="ExpectedAdvancesFunded">The mean number of new advances funded over the horizon.</param>
/// <param name="ExpectedDefaults">The mean number of defaults among live advances.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressResult(StressSettings Settings, IReadOnlyList<StressPercentiles> Available, decimal ExhaustionProbability, decimal ExpectedAdvancesFunded, decimal ExpectedDefaults);
