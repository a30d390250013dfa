using RepayableAdvance.Json;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Studio.Model;

/// <summary>The batch of applications a change is tried on: the example, then variants of it that reach every part of the rules.</summary>
public static class Comparison
{
    /// <summary>Builds the batch from an application: itself, then variants of its request, payroll, headcount, compliance and age.</summary>
    /// <param name="application">The application document.</param>
    /// <returns>Named applications.</returns>
    public static IReadOnlyList<(string Name, string FrenchName, Application Application)> Batch(string application)
    {
        var a = ApplicationDocument.Read(application);
        var currency = a.Need.RequestedAmount?.Currency ?? Currency.EUR;
        var batch = new List<(string, string, Application)> { ("example", "exemple", a) };
        foreach (var requested in new[] { 30_000m, 80_000m, 120_000m, 200_000m, 400_000m })
        {
            batch.Add(($"requests {requested:0}", $"demande {requested:0}", a.WithNeed(a.Need.WithRequestedAmount(new Money(requested, currency)))));
        }

        foreach (var payroll in new[] { 25_000m, 50_000m, 150_000m })
        {
            batch.Add(($"payroll {payroll:0}/month", $"masse salariale {payroll:0}/mois", a.WithNeed(a.Need.WithMonthlyLoadedPayroll(new Money(payroll, currency)))));
        }

        foreach (var headcount in new[] { 5, 60, 300 })
        {
            batch.Add(($"{headcount} people", $"{headcount} salariés", a.WithIdentity(a.Identity.WithHeadcount(headcount))));
        }

        batch.Add(("social arrears", "dettes sociales impayées", a.WithCompliance(a.Compliance.WithSocialCompliance(ComplianceStatus.InArrears))));
        if (a.Identity.CreationDate is not null)
        {
            batch.Add(("created 2 years before", "créée 2 ans avant", a.WithIdentity(a.Identity.WithCreationDate(a.AsOf.PlusYears(-2)).WithTakeover(null).WithTakeoverDate(null))));
        }

        return batch;
    }

    /// <summary>
    /// One dated version of a scheme applied on every date: the version's terms and State aid, with its eligibility and
    /// sizing as in force on its first day, so that two versions decide the same applications side by side.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="label">The version's label.</param>
    /// <returns>A scheme of that version alone, open on every date.</returns>
    /// <exception cref="ArgumentException">The scheme has no version of that label.</exception>
    public static Scheme Pinned(Scheme scheme, string label)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var v = scheme.Versions.FirstOrDefault(x => x.Version == label)
            ?? throw new ArgumentException($"Scheme {scheme.Id} has no version '{label}' (versions: {string.Join(", ", scheme.Versions.Select(x => x.Version))}).", nameof(label));
        var always = new NodaTime.LocalDate(1900, 1, 1);
        var e = v.Eligibility.VersionOn(v.EffectiveFrom);
        var z = v.Sizing.Versions.Last(x => x.EffectiveFrom <= v.EffectiveFrom);
        var eligibility = new Eligibility.EligibilityPolicy(v.Eligibility.Name, [new Eligibility.EligibilityVersion(e.Version, always, null, e.Rule)]);
        var sizing = new Sizing.SizingPolicy(v.Sizing.Name, [new Sizing.SizingVersion(z.Version, always, null, z.Need, z.Caps, z.Minimum, z.Step, z.RaiseToMinimum)]);
        var pinned = SchemeVersion.OfferingChoice(v.Version, always, null, eligibility, sizing, v.TermOptions, v.StateAid, v.Fund, v.Notes, v.Collections);
        return new Scheme(scheme.Id, $"{scheme.Name} ({v.Version})", [pinned], scheme.Notes);
    }

    /// <summary>Decides every application of the batch under two schemes.</summary>
    /// <param name="before">The first draft.</param>
    /// <param name="after">The second draft.</param>
    /// <param name="batch">The applications.</param>
    /// <param name="context">The fund ledger, register, fixings and base rates.</param>
    /// <returns>One row per application, in the batch's order.</returns>
    public static IReadOnlyList<ComparisonRow> Run(Scheme before, Scheme after, IReadOnlyList<(string Name, string FrenchName, Application Application)> batch, ProposalContext context)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(batch);
        return [.. batch.Select(b => new ComparisonRow(b.Name, b.FrenchName, before.Propose(b.Application, context), after.Propose(b.Application, context)))];
    }
}
