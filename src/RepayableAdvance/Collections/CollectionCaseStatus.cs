namespace RepayableAdvance.Collections;

/// <summary>Where a collection case stands, from its steps.</summary>
public enum CollectionCaseStatus
{
    /// <summary>Opened, or reminders only: amicable collection.</summary>
    Amicable = 0,

    /// <summary>A formal notice was served.</summary>
    NoticeServed = 1,

    /// <summary>A payment plan is agreed.</summary>
    PaymentPlan = 2,

    /// <summary>The whole debt fell due (acceleration, or a liquidation judgment).</summary>
    Accelerated = 3,

    /// <summary>Collective proceedings are open: individual actions are stayed.</summary>
    InProceedings = 4,

    /// <summary>A settlement was agreed.</summary>
    Settled = 5,

    /// <summary>The outstanding was written off; recoveries may follow.</summary>
    WrittenOff = 6,
}
