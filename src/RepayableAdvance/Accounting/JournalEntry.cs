using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>A balanced journal entry: one amount moved from the account credited to the account debited, traced to its source.</summary>
/// <remarks>A value: a journal holds its entries in one array, not one object each. Two entries are equal when every field is.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public readonly struct JournalEntry : IEquatable<JournalEntry>
{
    // The lines are told by their accounts and by which of them names the third party (bit 1 the debit, bit 2 the
    // credit): each line is the amount on one side and zero on the other.
    private readonly string _debitAccount;
    private readonly string _creditAccount;
    private readonly int _auxiliary;

    internal JournalEntry(string journal, int number, LocalDate date, PostingEvent postingEvent, bool reversal, string reference, Money amount, string debitAccount, bool debitAuxiliary, string creditAccount, bool creditAuxiliary, EntrySource source)
    {
        Journal = journal;
        Number = number;
        Date = date;
        Event = postingEvent;
        IsReversal = reversal;
        Reference = reference;
        Amount = amount;
        _debitAccount = debitAccount;
        _creditAccount = creditAccount;
        _auxiliary = (debitAuxiliary ? 1 : 0) | (creditAuxiliary ? 2 : 0);
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

    /// <summary>Gets the debit line.</summary>
    /// <value>The account debited with the amount.</value>
    internal JournalLine Debit => new(_debitAccount, Amount, Money.Zero(Amount.Currency), DebitAuxiliary);

    /// <summary>Gets the credit line.</summary>
    /// <value>The account credited with the amount.</value>
    internal JournalLine Credit => new(_creditAccount, Money.Zero(Amount.Currency), Amount, CreditAuxiliary);

    /// <summary>Gets the account debited, for the exports.</summary>
    internal string DebitAccount => _debitAccount;

    /// <summary>Gets the account credited, for the exports.</summary>
    internal string CreditAccount => _creditAccount;

    /// <summary>Gets the third party the debit line names, or null.</summary>
    internal string? DebitAuxiliary => (_auxiliary & 1) != 0 ? Reference : null;

    /// <summary>Gets the third party the credit line names, or null.</summary>
    internal string? CreditAuxiliary => (_auxiliary & 2) != 0 ? Reference : null;

    /// <summary>Gets the lines: the debit, then the credit.</summary>
    /// <value>Two lines of the same amount.</value>
    public IReadOnlyList<JournalLine> Lines => [Debit, Credit];

    /// <summary>Gets what the entry posts: the ledger event or the period end.</summary>
    /// <value>The trace back to the source.</value>
    public EntrySource Source { get; }

    /// <inheritdoc/>
    /// <summary>Compares two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when every field is equal.</returns>
    public static bool operator ==(JournalEntry left, JournalEntry right) => left.Equals(right);

    /// <summary>Compares two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when a field differs.</returns>
    public static bool operator !=(JournalEntry left, JournalEntry right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(JournalEntry other) =>
        string.Equals(Journal, other.Journal, StringComparison.Ordinal) && Number == other.Number && Date == other.Date && Event == other.Event
        && IsReversal == other.IsReversal && string.Equals(Reference, other.Reference, StringComparison.Ordinal) && Amount == other.Amount
        && string.Equals(_debitAccount, other._debitAccount, StringComparison.Ordinal) && string.Equals(_creditAccount, other._creditAccount, StringComparison.Ordinal)
        && _auxiliary == other._auxiliary && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JournalEntry other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Journal, Number, Date, Event, Reference, Amount, _debitAccount, _creditAccount);

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Journal} {Number} {Date:uuuu-MM-dd} {Label}: D {Debit.Account} / C {Credit.Account} {Amount}");
}
