namespace RepayableAdvance;

/// <summary>The kind of a co-financing commitment.</summary>
public enum CoFinancingKind
{
    /// <summary>A bank loan ("bas de bilan").</summary>
    BankDebt = 0,

    /// <summary>New equity or a capital increase.</summary>
    Equity = 1,

    /// <summary>Quasi-equity (shareholder current account blocked, participating loan).</summary>
    QuasiEquity = 2,

    /// <summary>Crowdfunding.</summary>
    Crowdfunding = 3,
}
