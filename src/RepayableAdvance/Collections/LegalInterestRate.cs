using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>The French legal interest rates of one half-year, as the ministerial order publishes them.</summary>
/// <param name="From">The half-year's first day: 1 January or 1 July.</param>
/// <param name="PrivateIndividuals">The rate for creditors who are natural persons not acting for professional needs.</param>
/// <param name="OtherCreditors">The rate in every other case.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LegalInterestRate(LocalDate From, Rate PrivateIndividuals, Rate OtherCreditors)
{
    /// <summary>Gets the rate of a category of creditor.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The rate.</returns>
    public Rate For(LegalRateCategory category) => category == LegalRateCategory.PrivateIndividuals ? PrivateIndividuals : OtherCreditors;
}
