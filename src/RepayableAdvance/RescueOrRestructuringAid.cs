namespace RepayableAdvance;

/// <summary>
/// Whether the applicant has received rescue or restructuring aid, as limb (d) of the definition of an undertaking in
/// difficulty (Article 2(18)(d) of Commission Regulation (EU) No 651/2014) asks.
/// </summary>
public enum RescueOrRestructuringAid
{
    /// <summary>Neither rescue nor restructuring aid received.</summary>
    None = 0,

    /// <summary>Rescue aid received, and the loan not yet reimbursed or the guarantee not yet terminated.</summary>
    RescueAidOutstanding = 1,

    /// <summary>Restructuring aid received, and still subject to the restructuring plan.</summary>
    UnderRestructuringPlan = 2,

    /// <summary>Rescue or restructuring aid received in the past: the loan reimbursed, the guarantee terminated, the plan completed.</summary>
    Concluded = 3,
}
