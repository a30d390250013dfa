namespace RepayableAdvance.Collections;

/// <summary>What a step of a collection case does.</summary>
public enum CollectionStepKind
{
    /// <summary>A reminder of what is overdue (relance amiable).</summary>
    Reminder = 0,

    /// <summary>A formal notice to pay by a deadline (mise en demeure, art. 1344 of the Civil Code).</summary>
    FormalNotice = 1,

    /// <summary>A payment plan agreed with the debtor, applied to the schedule as a servicing event.</summary>
    PaymentPlan = 2,

    /// <summary>Acceleration: the whole outstanding falls due at once (déchéance du terme).</summary>
    Acceleration = 3,

    /// <summary>Collective proceedings opened against the debtor: safeguard, receivership or liquidation.</summary>
    ProceedingsOpened = 4,

    /// <summary>The claim filed with the court-appointed representative (déclaration de créance).</summary>
    ClaimFiled = 5,

    /// <summary>Relief from a missed filing deadline granted by the court (relevé de forclusion).</summary>
    ForeclosureRelief = 6,

    /// <summary>The proceedings closed, or a plan was adopted: individual actions resume as their outcome allows.</summary>
    ProceedingsClosed = 7,

    /// <summary>An enforceable recovery order of a public creditor (titre de recette exécutoire).</summary>
    RecoveryOrder = 8,

    /// <summary>A settlement: an amount accepted in full and final payment (transaction).</summary>
    Settlement = 9,

    /// <summary>The outstanding written off as a loss.</summary>
    WriteOff = 10,

    /// <summary>An amount recovered after the write-off.</summary>
    Recovery = 11,

    /// <summary>A commitment attached to the advance broken: all or part of the outstanding falls due.</summary>
    Clawback = 12,
}
