using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>What was due and what was paid on one installment, as of a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record InstallmentStatus(
    int Number,
    LocalDate DueDate,
    Money Due,
    Money LateInterestCharged,
    Money PaidFees,
    Money PaidLateInterest,
    Money PaidInterest,
    Money PaidPrincipal,
    Money Remaining,
    LocalDate? SettledOn);
