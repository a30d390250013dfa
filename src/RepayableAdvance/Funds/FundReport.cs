using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>A fund's report on a date: its position and every co-funder's statement, as the fund manager reads them.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FundReport
{
    private FundReport(Fund fund, LocalDate asOf, FundPosition position, IReadOnlyList<CoFunderStatement> statements)
    {
        Fund = fund;
        AsOf = asOf;
        Position = position;
        Statements = statements;
    }

    /// <summary>Gets the fund.</summary>
    /// <value>The ledger's fund.</value>
    public Fund Fund { get; }

    /// <summary>Gets the date of the report.</summary>
    /// <value>The as-of date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets the fund's position on <see cref="AsOf"/>.</summary>
    /// <value>Endowment, commitments, cash, outstanding, losses, available, utilisation.</value>
    public FundPosition Position { get; }

    /// <summary>Gets each co-funder's share of the position; each split sums exactly to the fund's figure.</summary>
    /// <value>One statement per co-funder, in the fund's order.</value>
    public IReadOnlyList<CoFunderStatement> Statements { get; }

    /// <summary>Reports a ledger on a date.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static FundReport For(FundLedger ledger, LocalDate asOf)
    {
        Preconditions.CheckNotNull(ledger);
        return new FundReport(ledger.Fund, asOf, ledger.PositionAt(asOf), CoFunderStatements.For(ledger, asOf));
    }

    /// <summary>Reports a ledger on the date of its last event (the fund's inception when it has none).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static FundReport Latest(FundLedger ledger)
    {
        Preconditions.CheckNotNull(ledger);
        return For(ledger, ledger.Count == 0 ? ledger.Fund.Inception : ledger.Events[^1].Date);
    }
}
