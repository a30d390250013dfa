namespace RepayableAdvance.Scheduling;

/// <summary>Whether a deferral length counts installments or months.</summary>
public enum DeferralUnit
{
    /// <summary>The length is a number of installments.</summary>
    Installments = 0,

    /// <summary>The length is a number of months, which must be a whole number of periods.</summary>
    Months = 1,
}
