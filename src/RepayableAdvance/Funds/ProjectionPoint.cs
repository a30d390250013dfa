using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>One month of a fund's cash projection.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProjectionPoint
{
    internal ProjectionPoint(LocalDate monthEnd, Money scheduledPrincipal, Money scheduledIncome, Money available)
    {
        MonthEnd = monthEnd;
        ScheduledPrincipal = scheduledPrincipal;
        ScheduledIncome = scheduledIncome;
        Available = available;
    }

    /// <summary>Gets the last day of the month.</summary>
    /// <value>The last day of the month.</value>
    public LocalDate MonthEnd { get; }

    /// <summary>Gets principal due from live advances in the month.</summary>
    /// <value>Principal due from live advances in the month.</value>
    public Money ScheduledPrincipal { get; }

    /// <summary>Gets interest and fees due in the month.</summary>
    /// <value>Interest and fees due in the month.</value>
    public Money ScheduledIncome { get; }

    /// <summary>Gets projected available amount at month end (receipts count only in a revolving fund).</summary>
    /// <value>Projected available amount at month end (receipts count only in a revolving fund).</value>
    public Money Available { get; }
}
