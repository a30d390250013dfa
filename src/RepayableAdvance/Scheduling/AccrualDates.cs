namespace RepayableAdvance.Scheduling;

/// <summary>Which dates interest accrues between.</summary>
public enum AccrualDates
{
    /// <summary>Between adjusted (business-day) due dates: interest follows when money really moves.</summary>
    Adjusted = 0,

    /// <summary>Between unadjusted (nominal) due dates: every regular period has the same interest basis.</summary>
    Unadjusted = 1,
}
