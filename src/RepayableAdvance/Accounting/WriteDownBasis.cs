namespace RepayableAdvance.Accounting;

/// <summary>Why an advance is written down.</summary>
public enum WriteDownBasis
{
    /// <summary>It is not: no arrears, no case status with a rate, no amount decided.</summary>
    None = 0,

    /// <summary>The rate of its arrears bucket.</summary>
    Bucket = 1,

    /// <summary>The rate of its collection case's status.</summary>
    Status = 2,

    /// <summary>An amount decided for it case by case.</summary>
    Decided = 3,
}
