namespace RepayableAdvance;

/// <summary>The applicant's standing: tax and social compliance, and any insolvency procedure.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComplianceAndProcedure
{
    /// <summary>Creates and validates the part.</summary>
    /// <param name="taxCompliance">Tax compliance.</param>
    /// <param name="socialCompliance">Social-contribution compliance.</param>
    /// <param name="procedure">The insolvency-procedure status.</param>
    /// <param name="procedureFinancingGap">Under a safeguard or continuation plan: whether the firm cannot finance its development project.</param>
    /// <param name="insolvencyCriteriaMet">Whether the applicant fulfils the criteria of national law for being placed in collective insolvency proceedings at its creditors' request (in France, the cessation of payments).</param>
    /// <param name="rescueOrRestructuringAid">Whether the applicant has received rescue or restructuring aid that is still running.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public ComplianceAndProcedure(
        ComplianceStatus? taxCompliance = null,
        ComplianceStatus? socialCompliance = null,
        ProcedureStatus? procedure = null,
        bool? procedureFinancingGap = null,
        bool? insolvencyCriteriaMet = null,
        RescueOrRestructuringAid? rescueOrRestructuringAid = null)
    {
        if (rescueOrRestructuringAid is { } aid)
        {
            Preconditions.CheckDefined(aid, nameof(rescueOrRestructuringAid));
        }

        TaxCompliance = taxCompliance;
        SocialCompliance = socialCompliance;
        Procedure = procedure;
        ProcedureFinancingGap = procedureFinancingGap;
        InsolvencyCriteriaMet = insolvencyCriteriaMet;
        RescueOrRestructuringAid = rescueOrRestructuringAid;
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static ComplianceAndProcedure Empty { get; } = new();

    /// <summary>Gets tax compliance.</summary>
    /// <value>Null when missing.</value>
    public ComplianceStatus? TaxCompliance { get; }

    /// <summary>Gets social-contribution compliance.</summary>
    /// <value>Null when missing.</value>
    public ComplianceStatus? SocialCompliance { get; }

    /// <summary>Gets the insolvency-procedure status.</summary>
    /// <value>Null when missing.</value>
    public ProcedureStatus? Procedure { get; }

    /// <summary>Gets under a safeguard or continuation plan: whether the firm cannot finance its development project.</summary>
    /// <value>Null when missing.</value>
    public bool? ProcedureFinancingGap { get; }

    /// <summary>Gets whether the applicant fulfils the criteria of national law for being placed in collective insolvency proceedings at its creditors' request (in France, the cessation of payments).</summary>
    /// <value>Null when not stated; the loan transparency test of the de minimis regulations then cannot tell.</value>
    public bool? InsolvencyCriteriaMet { get; }

    /// <summary>Gets whether the applicant has received rescue or restructuring aid that is still running.</summary>
    /// <value>Null when missing.</value>
    public RescueOrRestructuringAid? RescueOrRestructuringAid { get; }

    /// <summary>Returns the part with another value of <see cref="RescueOrRestructuringAid"/>, validated again.</summary>
    /// <param name="rescueOrRestructuringAid">Whether rescue or restructuring aid is still running.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public ComplianceAndProcedure WithRescueOrRestructuringAid(RescueOrRestructuringAid? rescueOrRestructuringAid) => new(TaxCompliance, SocialCompliance, Procedure, ProcedureFinancingGap, InsolvencyCriteriaMet, rescueOrRestructuringAid);

    /// <summary>Returns the part with another value of <see cref="TaxCompliance"/>, validated again.</summary>
    /// <param name="taxCompliance">Tax compliance.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithTaxCompliance(ComplianceStatus? taxCompliance) => new(taxCompliance, SocialCompliance, Procedure, ProcedureFinancingGap, InsolvencyCriteriaMet, RescueOrRestructuringAid);

    /// <summary>Returns the part with another value of <see cref="SocialCompliance"/>, validated again.</summary>
    /// <param name="socialCompliance">Social-contribution compliance.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithSocialCompliance(ComplianceStatus? socialCompliance) => new(TaxCompliance, socialCompliance, Procedure, ProcedureFinancingGap, InsolvencyCriteriaMet, RescueOrRestructuringAid);

    /// <summary>Returns the part with another value of <see cref="Procedure"/>, validated again.</summary>
    /// <param name="procedure">The insolvency-procedure status.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithProcedure(ProcedureStatus? procedure) => new(TaxCompliance, SocialCompliance, procedure, ProcedureFinancingGap, InsolvencyCriteriaMet, RescueOrRestructuringAid);

    /// <summary>Returns the part with another value of <see cref="ProcedureFinancingGap"/>, validated again.</summary>
    /// <param name="procedureFinancingGap">Under a safeguard or continuation plan: whether the firm cannot finance its development project.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithProcedureFinancingGap(bool? procedureFinancingGap) => new(TaxCompliance, SocialCompliance, Procedure, procedureFinancingGap, InsolvencyCriteriaMet, RescueOrRestructuringAid);

    /// <summary>Returns the part with another value of <see cref="InsolvencyCriteriaMet"/>.</summary>
    /// <param name="insolvencyCriteriaMet">Whether the criteria for collective insolvency proceedings at the creditors' request are met.</param>
    /// <returns>A new part.</returns>
    public ComplianceAndProcedure WithInsolvencyCriteriaMet(bool? insolvencyCriteriaMet) => new(TaxCompliance, SocialCompliance, Procedure, ProcedureFinancingGap, insolvencyCriteriaMet, RescueOrRestructuringAid);
}
