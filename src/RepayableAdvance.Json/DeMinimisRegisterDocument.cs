using System.Text.Json;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes a de minimis register: its grants, control links and mergers.</summary>
/// <remarks>
/// <para><c>{ "grants": [ { "id", "beneficiary", "grantDate", "regime", "grossGrantEquivalent": money, "grantDateEvent"?, "description"?,
/// "roadFreight"?, "individualAid"? } ], "links": [ { "entity", "linkedEntity", "mergerDate"? } ] }</c>.</para>
/// <para>A regime is a built-in code (<see cref="DeMinimisRegulations.All"/>: <c>legacy-1998</c>, <c>legacy-1407</c>,
/// <c>general-2023</c>, <c>sgei-2012</c>, <c>sgei-2023</c>, <c>agriculture-2013</c>, <c>agriculture-2019</c>,
/// <c>agriculture-2024</c>, <c>fisheries-2014</c>, <c>fisheries-2023</c>) or an object
/// <c>{ "code", "name", "sector", "ceiling": money, "window", "fiscalYearStart", "countedSectors", "safeHarbourLoan", "safeHarbourYears",
/// "appliesFrom", "appliesUntil", "periodArticle", "schemeCoverMonths", "schemeCoverArticle", "roadFreight", "cumulation" }</c>
/// for another regulation. Phase two records links first, then every grant through
/// <see cref="DeMinimisRegister.TryRecord"/>: a grant the register refuses (over a ceiling, or outside its regulation's
/// period) is an error at its path.</para>
/// </remarks>
public static class DeMinimisRegisterDocument
{
    /// <summary>The most grants a register document holds: loading checks each grant against every earlier one.</summary>
    internal const int MaxGrants = 1_000;

    /// <summary>Tries to load a register.</summary>
    /// <param name="json">The document.</param>
    /// <param name="register">The register, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeMinimisRegister? register, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeMinimisRegister? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out register, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeMinimisRegister? register, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        register = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "schemaVersion", "notes", "grants", "links") && r.SchemaVersion(document.RootElement, "$") is not null)
        {
            var root = document.RootElement;
            _ = r.Notes(root, "$");
            var links = r.Array(root, "$", "links", (e, p) =>
                r.Object(e, p, "entity", "linkedEntity", "mergerDate") && r.String(e, p, "entity", required: true) is { } a && r.String(e, p, "linkedEntity", required: true) is { } b
                    ? new DeMinimisLink(a, b, r.Date(e, p, "mergerDate"))
                    : null);
            var grants = r.Array(root, "$", "grants", (e, p) => Grant(r, e, p));
            if (grants.Count > MaxGrants)
            {
                r.Error("$.grants", "range", $"The register has {grants.Count:N0} grants; a register document holds at most {MaxGrants:N0} (each grant is checked against every grant before it).", $"Le registre compte {grants.Count:N0} aides ; un document de registre en contient au plus {MaxGrants:N0} (chaque aide est contrôlée au regard des précédentes).");
            }

            if (r.Errors.Count == 0)
            {
                var current = DeMinimisRegister.Empty;
                for (var i = 0; i < links.Count; i++)
                {
                    try
                    {
                        current = links[i].MergerDate is { } date ? current.WithMerger(links[i].Entity, links[i].LinkedEntity, date) : current.WithLink(links[i].Entity, links[i].LinkedEntity);
                    }
                    catch (ArgumentException e)
                    {
                        r.Refused($"$.links[{i}]", e);
                    }
                }

                // Grants are recorded in grant-date order (stable), so that each is checked once against the earlier
                // ones; an error still names the grant's place in the document.
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var i in Enumerable.Range(0, grants.Count).OrderBy(k => grants[k].GrantDate))
                {
                    if (!ids.TryAdd(grants[i].Id, i))
                    {
                        r.Error($"$.grants[{i}].id", "duplicate", $"Grant identifier '{grants[i].Id}' is already used by $.grants[{ids[grants[i].Id]}]: each grant needs its own identifier.", $"L'identifiant d'aide « {grants[i].Id} » est déjà employé par $.grants[{ids[grants[i].Id]}] : chaque aide a son propre identifiant.");
                        continue;
                    }

                    var check = current.TryRecord(grants[i], out var next);
                    if (next is null && !check.Applicability.IsCovered)
                    {
                        r.Error(
                            $"$.grants[{i}].grantDate",
                            "regulationNotApplicable",
                            $"Grant {grants[i].Id} on {grants[i].GrantDate:uuuu-MM-dd} is outside the period of {grants[i].Regime.Name} ({check.Applicability.Article}): record it under the regulation that covered its grant date.",
                            $"L'aide {grants[i].Id} du {grants[i].GrantDate:uuuu-MM-dd} est hors de la période d'application du {grants[i].Regime.Name} ({check.Applicability.Article}) : enregistrez-la au titre du règlement qui couvrait sa date d'octroi.");
                    }
                    else if (next is null)
                    {
                        r.Error(
                            $"$.grants[{i}]",
                            "ceilingExceeded",
                            $"Grant {grants[i].Id} of {check.Proposed} does not fit: {check.Used} already counted for {string.Join(", ", check.Undertaking)} from {check.WindowStart:uuuu-MM-dd} to {check.WindowEnd:uuuu-MM-dd} against the ceiling of {check.Ceiling} ({check.BindingCeiling.Article}).",
                            $"L'aide {grants[i].Id} de {check.Proposed} dépasse le plafond : {check.Used} déjà comptés pour {string.Join(", ", check.Undertaking)} du {check.WindowStart:uuuu-MM-dd} au {check.WindowEnd:uuuu-MM-dd} pour le plafond de {check.Ceiling} ({check.BindingCeiling.Article}).");
                    }
                    else
                    {
                        current = next;
                    }
                }

                register = r.Errors.Count == 0 ? current : null;
            }
        }

        errors = r.Errors;
        return register is not null;
    }

    /// <summary>Loads a register or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The register.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static DeMinimisRegister Read(string json) => TryRead(json, out var register, out var errors) ? register : throw new DocumentException(errors);

    /// <summary>Writes a register (the inverse of <see cref="Read"/>).</summary>
    /// <param name="register">The register.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(DeMinimisRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Documents.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            w.WriteStartArray("grants");
            foreach (var g in register.Grants.OrderBy(g => g.GrantDate)) // the order loading records them in
            {
                w.WriteStartObject();
                w.WriteString("id", g.Id);
                w.WriteString("beneficiary", g.Beneficiary);
                w.WriteString("grantDate", Documents.Iso(g.GrantDate));
                Regimes.Write(w, "regime", g.Regime);
                FundReader.WriteMoney(w, "grossGrantEquivalent", g.GrossGrantEquivalent);
                if (g.GrantDateEvent is { } grantEvent)
                {
                    w.WriteString("grantDateEvent", grantEvent);
                }

                if (g.Description is { } description)
                {
                    w.WriteString("description", description);
                }

                if (g.RoadFreight != RoadFreightActivity.None)
                {
                    w.WriteString("roadFreight", ReasonCodes.NameOf(g.RoadFreight));
                }

                if (g.IsIndividualAid)
                {
                    w.WriteBoolean("individualAid", true);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            foreach (var link in register.Links)
            {
                w.WriteStartObject();
                w.WriteString("entity", link.Entity);
                w.WriteString("linkedEntity", link.LinkedEntity);
                if (link.MergerDate is { } date)
                {
                    w.WriteString("mergerDate", Documents.Iso(date));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static DeMinimisGrant? Grant(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "id", "beneficiary", "grantDate", "regime", "grossGrantEquivalent", "grantDateEvent", "description", "roadFreight", "individualAid"))
        {
            return null;
        }

        var id = r.String(e, p, "id", required: true);
        var beneficiary = r.String(e, p, "beneficiary", required: true);
        var date = r.Date(e, p, "grantDate", required: true);
        var regime = r.Required(e, p, "regime", out var re) ? Regimes.Read(r, re, p + ".regime") : null;
        var gge = r.Money(e, p, "grossGrantEquivalent", required: true);
        var grantEvent = r.String(e, p, "grantDateEvent");
        var description = r.String(e, p, "description");
        var roadFreight = r.Enum<RoadFreightActivity>(e, p, "roadFreight") ?? RoadFreightActivity.None;
        var individual = r.Bool(e, p, "individualAid") ?? false;
        if (id is null || beneficiary is null || date is null || regime is null || gge is null)
        {
            return null;
        }

        return r.Try(p, () => new DeMinimisGrant(id, beneficiary, date.Value, regime, gge.Value, grantEvent, description).WithRoadFreight(roadFreight).WithIndividualAid(individual));
    }
}
