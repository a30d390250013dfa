namespace RepayableAdvance.Funds;

/// <summary>Future demand: new advances arriving at a given rate, with sizes drawn from a distribution.</summary>
/// <param name="NewAdvancesPerMonth">The mean number of new requests per month (Poisson arrivals).</param>
/// <param name="Sizes">The sizes, drawn uniformly (repeat a size to weight it).</param>
/// <param name="RepaymentProfile">The share of a new advance's principal repaid in each month after disbursement (summing to at most 1); empty when new advances are not repaid within the horizon.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StressDemand(decimal NewAdvancesPerMonth, IReadOnlyList<Money> Sizes, IReadOnlyList<decimal> RepaymentProfile);
