using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Funds;

/// <summary>The journal of a book of advances: the fund, the index fixings its schedules need, and every operation in order.</summary>
/// <param name="Fund">The fund.</param>
/// <param name="Fixings">The index fixings for indexed terms; null when none are indexed.</param>
/// <param name="Operations">The operations, in the order they happened.</param>
/// <remarks>The journal is what a back office stores; <see cref="Replay"/> rebuilds the book, every account and the ledger from it.</remarks>
public sealed record AdvanceBookJournal(Fund Fund, IndexFixings? Fixings, IReadOnlyList<BookOperation> Operations)
{
    /// <summary>Rebuilds the book by applying every operation in order.</summary>
    /// <returns>The book.</returns>
    /// <exception cref="ArgumentException">An operation is refused (the message names it).</exception>
    /// <exception cref="InvalidOperationException">An operation does not fit the account's state or the fund (for example a ledger rejection).</exception>
    public AdvanceBook Replay()
    {
        Preconditions.CheckNotNull(Fund);
        Preconditions.CheckNotNull(Operations);
        return Operations.Aggregate(AdvanceBook.Create(Fund.NewLedger()), (book, operation) => Preconditions.CheckNotNull(operation).ApplyTo(book, Fixings));
    }
}
