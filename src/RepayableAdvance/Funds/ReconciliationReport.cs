using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>A reconciliation of the book of advances with the fund ledger as of a date.</summary>
/// <param name="AsOf">The date.</param>
/// <param name="AdvancesChecked">How many accounts were compared.</param>
/// <param name="FiguresChecked">How many figures were compared.</param>
/// <param name="Differences">Every difference; empty by construction.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReconciliationReport(LocalDate AsOf, int AdvancesChecked, int FiguresChecked, IReadOnlyList<ReconciliationDifference> Differences)
{
    /// <summary>Gets a value indicating whether the book and the ledger agree.</summary>
    /// <value>True when there is no difference.</value>
    public bool Reconciled => Differences.Count == 0;
}
