namespace RepayableAdvance.Scheduling;

/// <summary>What happens to interest accrued during a payment holiday.</summary>
public enum HolidayInterest
{
    /// <summary>Charged: accrued, then spread evenly over the amortizing installments after the holiday (no compounding).</summary>
    Charged = 0,

    /// <summary>Waived: not charged.</summary>
    Waived = 1,

    /// <summary>Capitalized into the principal and re-amortized.</summary>
    Capitalized = 2,
}
