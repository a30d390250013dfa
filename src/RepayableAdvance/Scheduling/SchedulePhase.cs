namespace RepayableAdvance.Scheduling;

/// <summary>The phase an installment belongs to: a deferral kind, or amortization.</summary>
public enum SchedulePhase
{
    /// <summary>Principal is repaid according to the amortization profile; interest is paid.</summary>
    Amortization = 0,

    /// <summary>Principal deferral: no principal, interest paid each period (Hauts-de-France's first year).</summary>
    PrincipalDeferral = 1,

    /// <summary>No principal and no interest paid; interest accrues and is paid with the first following installment that pays interest (the first amortizing one, or a later principal-deferral one).</summary>
    InterestDeferred = 2,

    /// <summary>No principal; interest is not charged (waived).</summary>
    InterestWaived = 3,

    /// <summary>No payment; interest is capitalized into the principal and re-amortized with it.</summary>
    InterestCapitalized = 4,

    /// <summary>Full payment holiday: nothing due; the interest accrued is spread evenly over the amortizing installments, without compounding.</summary>
    PaymentHoliday = 5,

    /// <summary>
    /// Interest grace while principal is repaid (Fineract's "grace on interest payment"): principal is repaid by the
    /// amortization profile as in an amortizing period, but no interest is paid; the interest accrues and is paid,
    /// without compounding, with the first following installment that pays interest. As a deferral phase it comes
    /// after any phase that repays no principal, directly before amortization.
    /// </summary>
    InterestGrace = 6,
}
