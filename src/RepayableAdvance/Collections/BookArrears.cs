using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>The arrears of a whole advance book as of a date: each advance's, and the book's total per bucket.</summary>
/// <remarks>Conservation: each bucket's total is the sum of the advances' amounts in it, and the totals add up to
/// <see cref="Overdue"/>, the sum of every advance's overdue amount.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record BookArrears
{
    internal BookArrears(LocalDate asOf, IReadOnlyList<AdvanceArrears> advances, IReadOnlyList<BucketAmount> totals, Money overdue, int advancesInArrears)
    {
        AsOf = asOf;
        Advances = advances;
        Totals = totals;
        Overdue = overdue;
        AdvancesInArrears = advancesInArrears;
    }

    /// <summary>Gets the date the book is aged at.</summary>
    /// <value>The as-of date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets every advance's arrears, in the book's order of identifiers (ordinal).</summary>
    /// <value>One entry per advance with a schedule, in arrears or not.</value>
    public IReadOnlyList<AdvanceArrears> Advances { get; }

    /// <summary>Gets the book's overdue amount per bucket, with the number of installments.</summary>
    /// <value>One entry per bucket.</value>
    public IReadOnlyList<BucketAmount> Totals { get; }

    /// <summary>Gets the book's overdue amount.</summary>
    /// <value>The sum of <see cref="Totals"/>.</value>
    public Money Overdue { get; }

    /// <summary>Gets how many advances have something overdue.</summary>
    /// <value>A count.</value>
    public int AdvancesInArrears { get; }
}
