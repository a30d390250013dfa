namespace RepayableAdvance.StateAid;

/// <summary>The family of de minimis regulations a regime belongs to; cumulation rules count aid by family.</summary>
public enum DeMinimisSector
{
    /// <summary>The general regulations: 1998/2006, 1407/2013, 2023/2831.</summary>
    General = 0,

    /// <summary>Services of general economic interest: 360/2012, 2023/2832.</summary>
    Sgei = 1,

    /// <summary>Primary agricultural production: 1408/2013 as amended.</summary>
    Agriculture = 2,

    /// <summary>Fishery and aquaculture: 717/2014 as amended.</summary>
    Fisheries = 3,
}
