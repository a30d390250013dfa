namespace RepayableAdvance.Accounting;

/// <summary>What a posting rule maps to a debit and a credit account.</summary>
/// <remarks>Commitments and cancellations of commitments move no money and are not posted: they are off-balance-sheet
/// commitments, reported from the fund ledger.</remarks>
public enum PostingEvent
{
    /// <summary>A co-funder pays into the fund: debit cash, credit the endowment.</summary>
    Contribution = 0,

    /// <summary>A tranche is paid to a beneficiary: debit the advances, credit cash.</summary>
    Disbursement = 1,

    /// <summary>Principal repaid: debit cash, credit the advances.</summary>
    PrincipalRepaid = 2,

    /// <summary>Interest received: debit cash, credit interest income.</summary>
    InterestReceived = 3,

    /// <summary>Interest earned and not yet due at a period end: debit accrued interest, credit interest income; reversed the next day.</summary>
    InterestAccrued = 4,

    /// <summary>An advance written off: debit the loss, credit the advances.</summary>
    WriteOff = 5,

    /// <summary>Money recovered after a write-off: debit cash, credit the recovery income.</summary>
    Recovery = 6,

    /// <summary>A fee or management cost paid out of the fund: debit the expense, credit cash.</summary>
    Fee = 7,

    /// <summary>A write-down of a doubtful advance, or its increase: debit the charge, credit the allowance.</summary>
    WriteDown = 8,

    /// <summary>A write-down released (the advance recovers, is repaid or written off): debit the allowance, credit the reversal income.</summary>
    WriteDownReversal = 9,
}
