namespace RepayableAdvance.Eligibility;

/// <summary>Registered office, or an establishment, in a region.</summary>
public sealed class LocatedInRule : EligibilityRule
{
    internal LocatedInRule(string region, bool establishmentCounts)
    {
        Preconditions.CheckNotNull(region);
        Preconditions.CheckArgument(region.Length > 0, nameof(region), "The region is empty.", "La région est vide.");
        Region = region;
        EstablishmentCounts = establishmentCounts;
    }

    /// <inheritdoc/>
    public override string Code => "locatedIn";

    /// <summary>Gets the region.</summary>
    /// <value>For example <c>Hauts-de-France</c>.</value>
    public string Region { get; }

    /// <summary>Gets whether an establishment in the region is enough (otherwise the registered office must be there).</summary>
    /// <value>True for "seat and/or establishment".</value>
    public bool EstablishmentCounts { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Location.RegisteredOfficeRegion is null && (!EstablishmentCounts || application.Location.EstablishmentRegions.Count == 0))
        {
            return Missing("registeredOfficeRegion");
        }

        var met = string.Equals(application.Location.RegisteredOfficeRegion, Region, StringComparison.OrdinalIgnoreCase);
        if (!met && EstablishmentCounts)
        {
            var regions = application.Location.EstablishmentRegions;
            for (var i = 0; i < regions.Count; i++)
            {
                met |= string.Equals(regions[i], Region, StringComparison.OrdinalIgnoreCase);
            }
        }

        return Leaf(met, ReasonArgument.Text("region", Region), ReasonArgument.Text("observed", application.Location.RegisteredOfficeRegion ?? string.Join(", ", application.Location.EstablishmentRegions)));
    }
}
