namespace RepayableAdvance;

/// <summary>What reference data an operation lacked.</summary>
public enum MissingReferenceData
{
    /// <summary>An index fixing on or before a date, or the fixings of the right index.</summary>
    IndexFixing = 0,

    /// <summary>A version of a scheme or policy in force on a date.</summary>
    VersionInForce = 1,

    /// <summary>A legal interest rate: the half-year of a date is not in the table of legal rates.</summary>
    LegalInterestRate = 2,
}
