namespace RepayableAdvance.Funds;

/// <summary>The lifecycle state of an advance.</summary>
public enum AdvanceState
{
    /// <summary>Approved by the committee; conditions precedent may be open.</summary>
    Approved = 0,

    /// <summary>Every condition precedent is met; ready to disburse.</summary>
    ConditionsMet = 1,

    /// <summary>At least one tranche is paid; no repayment yet.</summary>
    Disbursed = 2,

    /// <summary>Repaying on schedule.</summary>
    Repaying = 3,

    /// <summary>Overdue amounts exist.</summary>
    InArrears = 4,

    /// <summary>The schedule was changed by a servicing event.</summary>
    Restructured = 5,

    /// <summary>Fully repaid.</summary>
    Repaid = 6,

    /// <summary>The outstanding was written off.</summary>
    WrittenOff = 7,

    /// <summary>The commitment was cancelled before disbursement.</summary>
    Cancelled = 8,
}
