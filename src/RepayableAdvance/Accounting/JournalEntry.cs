using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>A balanced journal entry: one amount moved from the account credited to the account debited, traced to its source.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class JournalEntry
{
    internal JournalEntry(string journal, int number, LocalDate date, PostingEvent postingEvent, bool reversal, string reference, Money amount, JournalLine debit, JournalLine credit, EntrySource source)
    {
        Journal = journal;
        Number = number;
        Date = date;
        Event = postingEvent;
        IsReversal = reversal;
        Reference = reference;
        Amount = amount;
        Lines = [debit, credit];
        Source = source;
    }

    /// <summary>Gets the journal's code.</summary>
    /// <value>As the posting rule names it.</value>
    public string Journal { get; }

    /// <summary>Gets the entry's number in its journal.</summary>
    /// <value>From 1, continuous within the journal, in date order.</value>
    public int Number { get; }

    /// <summary>Gets the entry's date.</summary>
    /// <value>The event's date, the period end, or the day after it for a reversal.</value>
    public LocalDate Date { get; }

    /// <summary>Gets what the entry posts.</summary>
    /// <value>The event of its rule.</value>
    public PostingEvent Event { get; }

    /// <summary>Gets a value indicating whether the entry reverses an accrual or releases a write-down.</summary>
    /// <value>True for the reversal of a period end's accrued interest, which swaps the rule's accounts.</value>
    public bool IsReversal { get; }

    /// <summary>Gets the advance, co-funder or fee the entry concerns.</summary>
    /// <value>The ledger event's reference.</value>
    public string Reference { get; }

    /// <summary>Gets the entry's label.</summary>
    /// <value>What happened and to whom, in French, as the books are kept.</value>
    public string Label => Posting.Label(Event, IsReversal, Reference);

    /// <summary>Gets the amount moved.</summary>
    /// <value>Positive.</value>
    public Money Amount { get; }

    /// <summary>Gets the lines: the debit, then the credit.</summary>
    /// <value>Two lines of the same amount.</value>
    public IReadOnlyList<JournalLine> Lines { get; }

    /// <summary>Gets what the entry posts: the ledger event or the period end.</summary>
    /// <value>The trace back to the source.</value>
    public EntrySource Source { get; }

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Journal} {Number} {Date:uuuu-MM-dd} {Label}: D {Lines[0].Account} / C {Lines[1].Account} {Amount}");
}
