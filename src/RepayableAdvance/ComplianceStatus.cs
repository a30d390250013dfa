namespace RepayableAdvance;

/// <summary>Tax or social-contribution compliance.</summary>
public enum ComplianceStatus
{
    /// <summary>Up to date.</summary>
    UpToDate = 0,

    /// <summary>Up to date under an agreed payment plan (a moratorium or échéancier granted by the creditor).</summary>
    UnderAgreedPaymentPlan = 1,

    /// <summary>In arrears.</summary>
    InArrears = 2,
}
