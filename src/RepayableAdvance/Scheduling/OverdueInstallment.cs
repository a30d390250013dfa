using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>An installment due before a date and not fully paid.</summary>
/// <param name="Number">The installment's number, from 1.</param>
/// <param name="DueDate">Its due date.</param>
/// <param name="Remaining">What remains unpaid of it: principal, interest, fees and the late interest charged on it.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OverdueInstallment(int Number, LocalDate DueDate, Money Remaining);
