namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>One event of a fund as the database holds it: appended once, never updated.</summary>
/// <remarks>Amounts stay inside <see cref="Payload"/> as exact decimal strings: the database never sums them (SQLite
/// would use floating point).</remarks>
public sealed class StoredEvent
{
    /// <summary>Gets or sets the fund's identifier.</summary>
    /// <value>Part of the key.</value>
    public string FundId { get; set; } = string.Empty;

    /// <summary>Gets or sets the event's number in the fund, from 1.</summary>
    /// <value>Part of the key: two writers cannot both append the same number.</value>
    public int Sequence { get; set; }

    /// <summary>Gets or sets the kind of payload: <c>book</c> for an advance-book operation, <c>collectionStep</c> for a step of a collection case, <c>deMinimisGrant</c> for a grant recorded in the register.</summary>
    /// <value>The payload's kind.</value>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Gets or sets the event's date, <c>yyyy-MM-dd</c>, for queries by date.</summary>
    /// <value>The date of the operation; empty when it has none.</value>
    public string Date { get; set; } = string.Empty;

    /// <summary>Gets or sets the event as JSON: an operation as an advance-book document writes it, a case document of one step, or a register document of one grant.</summary>
    /// <value>JSON.</value>
    public string Payload { get; set; } = string.Empty;
}
