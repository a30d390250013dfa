using NodaTime;

namespace RepayableAdvance;

/// <summary>A co-financing commitment that accompanies the advance.</summary>
/// <param name="Kind">Bank debt, equity, quasi-equity or crowdfunding.</param>
/// <param name="Amount">The amount committed.</param>
/// <param name="TenorMonths">The tenor of a loan, in months, or null.</param>
/// <param name="Date">The date of the commitment.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoFinancingCommitment(CoFinancingKind Kind, Money Amount, int? TenorMonths, LocalDate Date);
