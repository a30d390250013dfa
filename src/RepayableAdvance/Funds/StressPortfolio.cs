namespace RepayableAdvance.Funds;

/// <summary>What the simulation runs on.</summary>
/// <param name="Available">The available amount at the start.</param>
/// <param name="Advances">The live advances.</param>
/// <param name="Demand">Future demand; null for none.</param>
/// <param name="Revolving">Whether receipts become available again.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressPortfolio(Money Available, IReadOnlyList<StressAdvance> Advances, StressDemand? Demand = null, bool Revolving = true);
