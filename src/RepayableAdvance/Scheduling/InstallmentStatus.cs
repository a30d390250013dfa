using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>What was due and what was paid on one installment, as of a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record InstallmentStatus
{
    internal InstallmentStatus(int number, LocalDate dueDate, Money due, Money lateInterestCharged, Money paidFees, Money paidLateInterest, Money paidInterest, Money paidPrincipal, Money remaining, LocalDate? settledOn)
    {
        Number = number;
        DueDate = dueDate;
        Due = due;
        LateInterestCharged = lateInterestCharged;
        PaidFees = paidFees;
        PaidLateInterest = paidLateInterest;
        PaidInterest = paidInterest;
        PaidPrincipal = paidPrincipal;
        Remaining = remaining;
        SettledOn = settledOn;
    }

    /// <summary>Gets number.</summary>
    /// <value>Number.</value>
    public int Number { get; }

    /// <summary>Gets dueDate.</summary>
    /// <value>DueDate.</value>
    public LocalDate DueDate { get; }

    /// <summary>Gets due.</summary>
    /// <value>Due.</value>
    public Money Due { get; }

    /// <summary>Gets lateInterestCharged.</summary>
    /// <value>LateInterestCharged.</value>
    public Money LateInterestCharged { get; }

    /// <summary>Gets paidFees.</summary>
    /// <value>PaidFees.</value>
    public Money PaidFees { get; }

    /// <summary>Gets paidLateInterest.</summary>
    /// <value>PaidLateInterest.</value>
    public Money PaidLateInterest { get; }

    /// <summary>Gets paidInterest.</summary>
    /// <value>PaidInterest.</value>
    public Money PaidInterest { get; }

    /// <summary>Gets paidPrincipal.</summary>
    /// <value>PaidPrincipal.</value>
    public Money PaidPrincipal { get; }

    /// <summary>Gets remaining.</summary>
    /// <value>Remaining.</value>
    public Money Remaining { get; }

    /// <summary>Gets settledOn.</summary>
    /// <value>SettledOn.</value>
    public LocalDate? SettledOn { get; }
}
