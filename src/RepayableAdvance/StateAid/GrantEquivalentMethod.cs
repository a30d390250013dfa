namespace RepayableAdvance.StateAid;

/// <summary>Which rate measures the interest differential and which discounts it.</summary>
public enum GrantEquivalentMethod
{
    /// <summary>
    /// Method A: the interest differential at the reference rate (base + margin), discounted at the discount rate
    /// (base + 100 bp) to the grant date. Follows the 2008 Communication and Art. 3(6) of Regulation 2023/2831.
    /// </summary>
    DifferentialAtDiscountRate = 0,

    /// <summary>Method B: the reference rate both for the differential and for discounting (a market-value approach).</summary>
    DifferentialAtReferenceRate = 1,

    /// <summary>
    /// The cash-flow form: principal disbursed minus the present value of every contractual payment, both at the
    /// reference rate. It equals method B exactly.
    /// </summary>
    CashFlow = 2,
}
