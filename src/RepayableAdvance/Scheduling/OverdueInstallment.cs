using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>An installment due before a date and not fully paid.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record OverdueInstallment
{
    internal OverdueInstallment(int number, LocalDate dueDate, Money remaining)
    {
        Number = number;
        DueDate = dueDate;
        Remaining = remaining;
    }

    /// <summary>Gets the installment's number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets its due date.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets what remains unpaid of it: principal, interest, fees and the late interest charged on it.</summary>
    public Money Remaining { get; }
}
