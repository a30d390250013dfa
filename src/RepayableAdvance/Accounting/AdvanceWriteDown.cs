namespace RepayableAdvance.Accounting;

/// <summary>One advance's write-down on a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AdvanceWriteDown
{
    internal AdvanceWriteDown(string advanceId, Money outstanding, Money allowance, WriteDownBasis basis, string? detail, Rate? rate)
    {
        AdvanceId = advanceId;
        Outstanding = outstanding;
        Allowance = allowance;
        Basis = basis;
        Detail = detail;
        Rate = rate;
    }

    /// <summary>Gets the advance.</summary>
    public string AdvanceId { get; }

    /// <summary>Gets the principal outstanding (the fund ledger's).</summary>
    public Money Outstanding { get; }

    /// <summary>Gets the amount written down; at most <see cref="Outstanding"/>.</summary>
    public Money Allowance { get; }

    /// <summary>Gets why it is written down.</summary>
    public WriteDownBasis Basis { get; }

    /// <summary>Gets the bucket's name or the case's status (camelCase) that set the rate; null otherwise.</summary>
    public string? Detail { get; }

    /// <summary>Gets the rate applied; null for an amount decided case by case and when not written down.</summary>
    public Rate? Rate { get; }

    /// <summary>Gets the advance's net book value: what is outstanding less the write-down.</summary>
    /// <value>Zero or more.</value>
    public Money Net => Outstanding - Allowance;
}
