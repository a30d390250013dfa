namespace RepayableAdvance.Funds;

/// <summary>One line of the yearly State-aid report: the aid granted to a beneficiary in a year.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AidReportLine
{
    internal AidReportLine(int year, string beneficiary, int advances, Money principal, Money grossGrantEquivalent, int missingAid)
    {
        Year = year;
        Beneficiary = beneficiary;
        Advances = advances;
        Principal = principal;
        GrossGrantEquivalent = grossGrantEquivalent;
        MissingAid = missingAid;
    }

    /// <summary>Gets the grant year.</summary>
    /// <value>The grant year.</value>
    public int Year { get; }

    /// <summary>Gets the beneficiary.</summary>
    /// <value>The beneficiary.</value>
    public string Beneficiary { get; }

    /// <summary>Gets how many advances.</summary>
    /// <value>How many advances.</value>
    public int Advances { get; }

    /// <summary>Gets their principal.</summary>
    /// <value>Their principal.</value>
    public Money Principal { get; }

    /// <summary>Gets their GGE (zero where none was recorded).</summary>
    /// <value>Their GGE (zero where none was recorded).</value>
    public Money GrossGrantEquivalent { get; }

    /// <summary>Gets advances without a GGE record.</summary>
    /// <value>Advances without a GGE record.</value>
    public int MissingAid { get; }
}
