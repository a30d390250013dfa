namespace RepayableAdvance.Scheduling;

/// <summary>How interest is computed for a first period that is shorter or longer than a regular one.</summary>
public enum BrokenPeriodInterest
{
    /// <summary>On the actual days from disbursement to the first due date.</summary>
    ActualDays = 0,

    /// <summary>As if the first period were a regular period, whatever its length.</summary>
    RegularPeriod = 1,
}
