using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>The advance book as of a date with its write-downs: outstanding, written down and net, per advance and in total.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record WrittenDownBook
{
    internal WrittenDownBook(LocalDate asOf, IReadOnlyList<AdvanceWriteDown> advances, Money outstanding, Money allowance)
    {
        AsOf = asOf;
        Advances = advances;
        Outstanding = outstanding;
        Allowance = allowance;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the advances with principal outstanding on the date, by identifier.</summary>
    public IReadOnlyList<AdvanceWriteDown> Advances { get; }

    /// <summary>Gets the total outstanding.</summary>
    public Money Outstanding { get; }

    /// <summary>Gets the total written down.</summary>
    public Money Allowance { get; }

    /// <summary>Gets the book's net value.</summary>
    /// <value><see cref="Outstanding"/> less <see cref="Allowance"/>.</value>
    public Money Net => Outstanding - Allowance;
}
