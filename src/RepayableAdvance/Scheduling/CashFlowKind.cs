namespace RepayableAdvance.Scheduling;

/// <summary>What a cash flow of a schedule is.</summary>
public enum CashFlowKind
{
    /// <summary>Money paid out to the borrower (negative in the lender's view).</summary>
    Disbursement = 0,

    /// <summary>A fee charged at disbursement (positive).</summary>
    Fee = 1,

    /// <summary>An installment: principal + interest + fees (positive).</summary>
    Installment = 2,

    /// <summary>An unscheduled principal prepayment (positive).</summary>
    Prepayment = 3,
}
