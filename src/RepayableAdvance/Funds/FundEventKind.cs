namespace RepayableAdvance.Funds;

/// <summary>The kind of a fund ledger event.</summary>
public enum FundEventKind
{
    /// <summary>A co-funder pays into the fund.</summary>
    Contribution = 0,

    /// <summary>The committee commits an amount to an advance.</summary>
    Commitment = 1,

    /// <summary>An undisbursed commitment is cancelled (in part or in full).</summary>
    Cancellation = 2,

    /// <summary>A tranche is paid to the beneficiary.</summary>
    Disbursement = 3,

    /// <summary>The beneficiary repays principal and pays interest.</summary>
    Repayment = 4,

    /// <summary>Outstanding principal is written off.</summary>
    WriteOff = 5,

    /// <summary>Money is recovered on a written-off advance.</summary>
    Recovery = 6,

    /// <summary>A fee or management cost is paid out of the fund.</summary>
    Fee = 7,
}
