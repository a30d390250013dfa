using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>The advance book as of a date with its write-downs: outstanding, written down and net, per advance and in total.</summary>
/// <param name="AsOf">The date.</param>
/// <param name="Advances">The advances with principal outstanding on the date, by identifier.</param>
/// <param name="Outstanding">The total outstanding.</param>
/// <param name="Allowance">The total written down.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record WrittenDownBook(LocalDate AsOf, IReadOnlyList<AdvanceWriteDown> Advances, Money Outstanding, Money Allowance)
{
    /// <summary>Gets the book's net value.</summary>
    /// <value><see cref="Outstanding"/> less <see cref="Allowance"/>.</value>
    public Money Net => Outstanding - Allowance;
}
