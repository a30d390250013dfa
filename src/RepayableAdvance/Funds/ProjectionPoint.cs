using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>One month of a fund's cash projection.</summary>
/// <param name="MonthEnd">The last day of the month.</param>
/// <param name="ScheduledPrincipal">Principal due from live advances in the month.</param>
/// <param name="ScheduledIncome">Interest and fees due in the month.</param>
/// <param name="Available">Projected available amount at month end (receipts count only in a revolving fund).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProjectionPoint(LocalDate MonthEnd, Money ScheduledPrincipal, Money ScheduledIncome, Money Available);
