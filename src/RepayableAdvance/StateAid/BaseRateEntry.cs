using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>One published base rate: a country (or currency area) column, a validity period and the rate.</summary>
/// <param name="Country">The column, such as <c>FR</c> (ISO country code as the Commission publishes it).</param>
/// <param name="From">The first day of validity.</param>
/// <param name="To">The last day of validity (inclusive); null when open-ended, in which case it ends the day before the country's next entry.</param>
/// <param name="Rate">The base rate, possibly negative (rates were applied below zero as published).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record BaseRateEntry(string Country, LocalDate From, LocalDate? To, Rate Rate)
{
    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Country} {Rate} from {From:uuuu-MM-dd}{(To is { } to ? Preconditions.Invariant($" to {to:uuuu-MM-dd}") : string.Empty)}");
}
