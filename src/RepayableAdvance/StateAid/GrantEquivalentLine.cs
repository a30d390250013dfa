using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>One dated line of a gross-grant-equivalent computation: what the market proxy would have earned, what the contract charged, and its present value.</summary>
/// <remarks>
/// Lines are the dates where the outstanding changes or something is paid: disbursements, installments, fees and
/// prepayments. <see cref="ReferenceInterest"/> accrues on <see cref="Outstanding"/> from <see cref="SegmentStart"/>
/// to <see cref="Date"/>. <see cref="Charges"/> is the interest the contract charges on that date (paid in cash or
/// capitalized) plus fees. <see cref="PresentValue"/> is this line's contribution to the GGE under the method used.
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly record struct GrantEquivalentLine
{
    /// <summary>Gets the date of the line.</summary>
    /// <value>A disbursement, due, fee or prepayment date.</value>
    public LocalDate Date { get; internal init; }

    /// <summary>Gets the start of the accrual segment that ends on <see cref="Date"/>.</summary>
    /// <value>The previous line's date, or the grant date.</value>
    public LocalDate SegmentStart { get; internal init; }

    /// <summary>Gets the outstanding principal during the segment.</summary>
    /// <value>Disbursed + capitalized − repaid so far, exact.</value>
    public decimal Outstanding { get; internal init; }

    /// <summary>Gets the principal disbursed on the date.</summary>
    /// <value>Zero except on tranche dates.</value>
    public decimal Disbursed { get; internal init; }

    /// <summary>Gets the principal repaid on the date (installment principal and prepayments).</summary>
    /// <value>Zero or positive.</value>
    public decimal PrincipalRepaid { get; internal init; }

    /// <summary>Gets the interest capitalized on the date.</summary>
    /// <value>Part of <see cref="Charges"/>; it raises the outstanding.</value>
    public decimal Capitalized { get; internal init; }

    /// <summary>Gets the contractual charges on the date: interest paid, interest capitalized and fees.</summary>
    /// <value>Zero or positive.</value>
    public decimal Charges { get; internal init; }

    /// <summary>Gets the interest the reference rate earns on the segment (compounding-consistent with the discounting).</summary>
    /// <value>Outstanding × (growth factor − 1), exact.</value>
    public decimal ReferenceInterest { get; internal init; }

    /// <summary>Gets the discount factor from the grant date to <see cref="Date"/> at the discounting rate.</summary>
    /// <value>Between 0 and 1 for a positive rate.</value>
    public decimal DiscountFactor { get; internal init; }

    /// <summary>Gets the line's contribution to the GGE, discounted to the grant date.</summary>
    /// <value>DF × (reference interest − charges) for the differential methods; DF × (disbursed − payments) for the cash-flow form.</value>
    public decimal PresentValue { get; internal init; }
}
