namespace RepayableAdvance.Scheduling;

/// <summary>What becomes of a broken period at the start of a schedule generated backward from its maturity.</summary>
public enum StubPeriod
{
    /// <summary>The broken period stays a short first period, from the disbursement to the first grid date.</summary>
    ShortStub = 0,

    /// <summary>The broken period joins the next whole period: one long first period.</summary>
    LongStub = 1,
}
