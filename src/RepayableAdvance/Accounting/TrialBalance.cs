using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>The movements and balances of every account used in a period; its debits equal its credits.</summary>
/// <param name="From">The first day; null for the fund's whole history.</param>
/// <param name="To">The last day, inclusive.</param>
/// <param name="Lines">One line per account moved, in ordinal order of the numbers.</param>
/// <param name="Debit">The total debited.</param>
/// <param name="Credit">The total credited.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TrialBalance(LocalDate? From, LocalDate To, IReadOnlyList<TrialBalanceLine> Lines, Money Debit, Money Credit)
{
    /// <summary>Gets a value indicating whether the debits equal the credits.</summary>
    /// <value>Always true for a journal of balanced entries; stated for the reader.</value>
    public bool Balances => Debit == Credit;
}
