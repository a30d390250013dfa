namespace RepayableAdvance.Funds;

/// <summary>How many scenarios, over how long, from which seed, on how many cores.</summary>
/// <param name="Scenarios">The number of scenarios, 1 to 10,000,000.</param>
/// <param name="Months">The horizon, 1 to 600 months.</param>
/// <param name="Seed">The seed: the same seed gives the same result for any degree of parallelism.</param>
/// <param name="MaxDegreeOfParallelism">The most threads to use; 0 for all cores.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressSettings(int Scenarios, int Months, ulong Seed, int MaxDegreeOfParallelism = 0);
