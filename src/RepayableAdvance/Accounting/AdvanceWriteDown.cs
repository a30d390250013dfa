namespace RepayableAdvance.Accounting;

/// <summary>One advance's write-down on a date.</summary>
/// <param name="AdvanceId">The advance.</param>
/// <param name="Outstanding">The principal outstanding (the fund ledger's).</param>
/// <param name="Allowance">The amount written down; at most <paramref name="Outstanding"/>.</param>
/// <param name="Basis">Why it is written down.</param>
/// <param name="Detail">The bucket's name or the case's status (camelCase) that set the rate; null otherwise.</param>
/// <param name="Rate">The rate applied; null for an amount decided case by case and when not written down.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AdvanceWriteDown(string AdvanceId, Money Outstanding, Money Allowance, WriteDownBasis Basis, string? Detail, Rate? Rate)
{
    /// <summary>Gets the advance's net book value: what is outstanding less the write-down.</summary>
    /// <value>Zero or more.</value>
    public Money Net => Outstanding - Allowance;
}
