using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>The movements and balances of every account used in a period; its debits equal its credits.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TrialBalance
{
    internal TrialBalance(LocalDate? from, LocalDate to, IReadOnlyList<TrialBalanceLine> lines, Money debit, Money credit)
    {
        From = from;
        To = to;
        Lines = lines;
        Debit = debit;
        Credit = credit;
    }

    /// <summary>Gets the first day; null for the fund's whole history.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last day, inclusive.</summary>
    public LocalDate To { get; }

    /// <summary>Gets one line per account moved, in ordinal order of the numbers.</summary>
    public IReadOnlyList<TrialBalanceLine> Lines { get; }

    /// <summary>Gets the total debited.</summary>
    public Money Debit { get; }

    /// <summary>Gets the total credited.</summary>
    public Money Credit { get; }

    /// <summary>Gets a value indicating whether the debits equal the credits.</summary>
    /// <value>Always true for a journal of balanced entries; stated for the reader.</value>
    public bool Balances => Debit == Credit;
}
