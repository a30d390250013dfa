namespace RepayableAdvance.Scheduling.Internal;

/// <summary>
/// The interest that the installments up to a split carry into the tail of a schedule, row by row: interest deferred
/// and not yet paid, and interest of a payment holiday spread over later installments. What each phase does with its
/// interest is read from <see cref="PhaseTable"/>.
/// </summary>
internal struct CarriedInterest
{
    /// <summary>Gets the interest deferred and not yet paid.</summary>
    public decimal Deferred { get; private set; }

    /// <summary>Gets the holiday interest not yet paid.</summary>
    public decimal Holiday { get; private set; }

    /// <summary>Counts the next row.</summary>
    /// <param name="row">The installment after the last one counted.</param>
    public void Add(in Installment row)
    {
        ref readonly var semantics = ref PhaseTable.Of(row.Phase);
        switch (semantics.Interest)
        {
            case AccruedInterest.Carried:
                Deferred += row.InterestAccruedValue;
                if (semantics.RepaysPrincipal)
                {
                    // An interest-grace row pays no interest of its own: what it paid is holiday interest.
                    Holiday -= row.InterestValue;
                }

                break;
            case AccruedInterest.Spread:
                Holiday += row.InterestAccruedValue;
                break;
            case AccruedInterest.Paid:
                if (semantics.RepaysPrincipal)
                {
                    // What the row paid beyond its own interest and the carried interest is holiday interest.
                    Holiday -= row.InterestValue - row.InterestAccruedValue - Deferred;
                }

                Deferred = 0m;
                break;
            case AccruedInterest.Waived:
            case AccruedInterest.Capitalized:
                break;
            default:
                throw PhaseTable.Unhandled(semantics.Interest);
        }
    }
}
