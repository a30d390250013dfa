namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>A fund as the database holds it: its definition and the number of events appended, the concurrency token.</summary>
public sealed class StoredFund
{
    /// <summary>Gets or sets the fund's identifier.</summary>
    /// <value>The key.</value>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the fund's definition: an advance-book document without operations.</summary>
    /// <value>JSON.</value>
    public string Document { get; set; } = string.Empty;

    /// <summary>Gets or sets the number of events appended; each append moves it from the version read to the version written, or fails.</summary>
    /// <value>Zero or more.</value>
    public int Version { get; set; }
}
