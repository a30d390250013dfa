namespace RepayableAdvance.Scheduling;

/// <summary>Which way a schedule's grid is generated to its maturity, as QuantLib's date-generation rules name them.</summary>
public enum DateGeneration
{
    /// <summary>From the maturity back to the first disbursement: a broken period is the first.</summary>
    Backward = 0,

    /// <summary>From the first disbursement (or the first due date) forward to the maturity: a broken period is the last.</summary>
    Forward = 1,
}
