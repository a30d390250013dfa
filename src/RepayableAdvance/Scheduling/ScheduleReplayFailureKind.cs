namespace RepayableAdvance.Scheduling;

/// <summary>Why <see cref="TermsAndEvents.TryReplay"/> could not build the schedule.</summary>
public enum ScheduleReplayFailureKind
{
    /// <summary>The interest is indexed and the fixings are missing or do not cover a fixing date.</summary>
    Fixing = 0,

    /// <summary>The terms generate no schedule (an all-in rate out of range), or an event does not fit the schedule.</summary>
    Refused = 1,
}
