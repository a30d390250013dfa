using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>A reconciliation of the book of advances with the fund ledger as of a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReconciliationReport
{
    internal ReconciliationReport(LocalDate asOf, int advancesChecked, int figuresChecked, IReadOnlyList<ReconciliationDifference> differences)
    {
        AsOf = asOf;
        AdvancesChecked = advancesChecked;
        FiguresChecked = figuresChecked;
        Differences = differences;
    }

    /// <summary>Gets the date.</summary>
    /// <value>The date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets how many accounts were compared.</summary>
    /// <value>How many accounts were compared.</value>
    public int AdvancesChecked { get; }

    /// <summary>Gets how many figures were compared.</summary>
    /// <value>How many figures were compared.</value>
    public int FiguresChecked { get; }

    /// <summary>Gets every difference; empty by construction.</summary>
    /// <value>Every difference; empty by construction.</value>
    public IReadOnlyList<ReconciliationDifference> Differences { get; }

    /// <summary>Gets a value indicating whether the book and the ledger agree.</summary>
    /// <value>True when there is no difference.</value>
    public bool Reconciled => Differences.Count == 0;
}
