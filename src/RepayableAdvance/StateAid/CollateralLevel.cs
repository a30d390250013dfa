namespace RepayableAdvance.StateAid;

/// <summary>The three collateralisation levels of the 2008 Communication, measured by loss given default (LGD).</summary>
public enum CollateralLevel
{
    /// <summary>High collateralisation: LGD at most 30 %.</summary>
    High = 0,

    /// <summary>Normal collateralisation: LGD above 30 % and below 60 %.</summary>
    Normal = 1,

    /// <summary>Low collateralisation: LGD of 60 % or more. Unsecured advances take this column.</summary>
    Low = 2,
}
