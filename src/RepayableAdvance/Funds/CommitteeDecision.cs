using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>The committee's decision on an advance.</summary>
/// <param name="Date">The decision date.</param>
/// <param name="Amount">The amount approved.</param>
/// <param name="Conditions">The conditions precedent to disbursement.</param>
/// <param name="Reference">The committee's reference (minutes number).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CommitteeDecision(LocalDate Date, Money Amount, IReadOnlyList<ConditionPrecedent> Conditions, string? Reference = null);
