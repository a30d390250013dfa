namespace RepayableAdvance.StateAid;

/// <summary>The reason codes of the State-aid capability.</summary>
internal static class StateAidCodes
{
    internal static readonly ReasonCode Gge = new("stateAid.gge");
    internal static readonly ReasonCode NoAid = new("stateAid.noAid");
    internal static readonly ReasonCode Fits = new("deMinimis.fits");
    internal static readonly ReasonCode Exceeds = new("deMinimis.exceeds");
}
