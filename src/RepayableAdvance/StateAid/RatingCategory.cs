namespace RepayableAdvance.StateAid;

/// <summary>The five rating categories of the 2008 reference-rate Communication, best first.</summary>
public enum RatingCategory
{
    /// <summary>Strong: AAA to A.</summary>
    Strong = 0,

    /// <summary>Good: BBB.</summary>
    Good = 1,

    /// <summary>Satisfactory: BB.</summary>
    Satisfactory = 2,

    /// <summary>Weak: B.</summary>
    Weak = 3,

    /// <summary>Bad or in financial difficulties: CCC and below.</summary>
    Bad = 4,
}
