namespace RepayableAdvance;

/// <summary>The applicant's insolvency-procedure status.</summary>
public enum ProcedureStatus
{
    /// <summary>No procedure.</summary>
    None = 0,

    /// <summary>Mandat ad hoc (confidential).</summary>
    AdHocMandate = 1,

    /// <summary>Conciliation whose financing gets the new-money privilege (privilège de conciliation).</summary>
    ConciliationWithNewMoneyPrivilege = 2,

    /// <summary>Conciliation without the new-money privilege.</summary>
    ConciliationWithoutPrivilege = 3,

    /// <summary>Safeguard plan (plan de sauvegarde) adopted.</summary>
    SafeguardPlan = 4,

    /// <summary>Continuation plan (plan de continuation) after receivership.</summary>
    ContinuationPlan = 5,

    /// <summary>Receivership (redressement judiciaire) in progress.</summary>
    Receivership = 6,

    /// <summary>Judicial liquidation.</summary>
    Liquidation = 7,
}
