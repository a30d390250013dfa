using System.Text.Json;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>De minimis regimes in documents: a built-in code, a sector that follows the grant date (schemes only), or a full definition.</summary>
internal static class Regimes
{
    private static readonly string Codes = string.Join(", ", DeMinimisRegulations.All.Select(r => r.Code));

    private static readonly string Sectors = string.Join(", ", Enum.GetValues<DeMinimisSector>().Select(s => ReasonCodes.NameOf(s)));

    /// <summary>Reads a grant's regime: a built-in code or an object.</summary>
    internal static DeMinimisRegime? Read(DocumentReader r, JsonElement e, string p) => Read(r, e, p, allowSector: false).Regime;

    /// <summary>Reads a scheme's regime: a built-in code, a sector whose regulation follows the grant date, or an object.</summary>
    internal static (DeMinimisRegime? Regime, bool FollowsGrantDate) Read(DocumentReader r, JsonElement e, string p, bool allowSector)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            var code = e.GetString() ?? string.Empty;
            if (DeMinimisRegulations.Find(code) is { } builtIn)
            {
                return (builtIn, false);
            }

            if (allowSector && ParseSector(code) is { } sector)
            {
                return (DeMinimisRegulations.All.Last(x => x.Sector == sector), true);
            }

            var sectors = allowSector ? $" or a sector whose regulation follows the grant date ({Sectors})" : string.Empty;
            var sectorsFr = allowSector ? $" ou un secteur dont le règlement suit la date d'octroi ({Sectors})" : string.Empty;
            r.Error(p, "value", $"Unknown regime '{code}'; use a built-in code ({Codes}){sectors}, or an object {{ code, name, ceiling, … }}.", $"Régime inconnu « {code} » ; utilisez un code prédéfini ({Codes}){sectorsFr}, ou un objet {{ code, name, ceiling, … }}.");
            return (null, false);
        }

        if (!r.Object(e, p, "code", "name", "sector", "ceiling", "window", "fiscalYearStart", "countedSectors", "safeHarbourLoan", "safeHarbourYears", "appliesFrom", "appliesUntil", "periodArticle", "schemeCoverMonths", "schemeCoverArticle", "coverIncludesIndividualAid", "roadFreight", "cumulation"))
        {
            return (null, false);
        }

        var codeValue = r.String(e, p, "code", required: true);
        var name = r.String(e, p, "name", required: true);
        var ceiling = r.Money(e, p, "ceiling", required: true);
        var sectorValue = r.Enum<DeMinimisSector>(e, p, "sector") ?? DeMinimisSector.General;
        var window = r.Enum<DeMinimisWindow>(e, p, "window") ?? DeMinimisWindow.RollingThreeYears;
        var fiscalStart = r.Int(e, p, "fiscalYearStart", 1, 12) ?? 1;
        var counted = SectorList(r, e, p, "countedSectors");
        var loan = r.Money(e, p, "safeHarbourLoan");
        var years = r.Int(e, p, "safeHarbourYears", 1, 10) ?? 5;
        var from = r.Date(e, p, "appliesFrom");
        var until = r.Date(e, p, "appliesUntil");
        var periodArticle = r.String(e, p, "periodArticle");
        var coverMonths = r.Int(e, p, "schemeCoverMonths", 0, 12) ?? 0;
        var coverArticle = r.String(e, p, "schemeCoverArticle");
        var coverAll = r.Bool(e, p, "coverIncludesIndividualAid") ?? false;
        var cumulation = r.Array(e, p, "cumulation", (x, xp) => Ceiling(r, x, xp));
        (Money Ceiling, string Article, Money? Loan)? road = null;
        if (e.TryGetProperty("roadFreight", out var re) && r.Object(re, p + ".roadFreight", "ceiling", "article", "safeHarbourLoan"))
        {
            var rc = r.Money(re, p + ".roadFreight", "ceiling", required: true);
            var ra = r.String(re, p + ".roadFreight", "article", required: true);
            var rl = r.Money(re, p + ".roadFreight", "safeHarbourLoan");
            road = rc is null || ra is null ? null : (rc.Value, ra, rl);
        }

        if (codeValue is null || name is null || ceiling is null)
        {
            return (null, false);
        }

        var regime = r.Try(p, () =>
        {
            var built = new DeMinimisRegime(codeValue, name, ceiling.Value, window, sectorValue, loan, years, fiscalStart);
            if (counted.Count > 0)
            {
                built = built.WithOwnCeilingCounting(counted, name);
            }

            if (road is { } rf)
            {
                built = built.WithRoadFreight(rf.Ceiling, rf.Article, rf.Loan);
            }

            built = cumulation.Aggregate(built, (b, c) => b.WithCumulation(c));
            if (from is not null || until is not null)
            {
                built = built.WithPeriod(from, until, periodArticle ?? name);
            }

            return coverMonths == 0 ? built
                : coverAll ? built.WithTransitionalCover(coverMonths, coverArticle ?? name)
                : built.WithSchemeCover(coverMonths, coverArticle ?? name);
        });
        return (regime, false);
    }

    internal static void Write(Utf8JsonWriter w, string name, DeMinimisRegime regime, bool followsGrantDate = false)
    {
        if (followsGrantDate)
        {
            w.WriteString(name, ReasonCodes.NameOf(regime.Sector));
            return;
        }

        if (DeMinimisRegulations.All.Any(b => ReferenceEquals(b, regime)))
        {
            w.WriteString(name, regime.Code);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("code", regime.Code);
        w.WriteString("name", regime.Name);
        w.WriteString("sector", ReasonCodes.NameOf(regime.Sector));
        FundReader.WriteMoney(w, "ceiling", regime.Ceiling);
        w.WriteString("window", ReasonCodes.NameOf(regime.Window));
        w.WriteNumber("fiscalYearStart", regime.FiscalYearStart);
        WriteSectors(w, "countedSectors", regime.Ceilings[0].CountedSectors);
        if (regime.SafeHarbourLoan is { } loan)
        {
            FundReader.WriteMoney(w, "safeHarbourLoan", loan);
        }

        w.WriteNumber("safeHarbourYears", regime.SafeHarbourYears);
        if (regime.AppliesFrom is { } from)
        {
            w.WriteString("appliesFrom", from.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (regime.AppliesUntil is { } until)
        {
            w.WriteString("appliesUntil", until.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (regime.PeriodArticle is { } pa)
        {
            w.WriteString("periodArticle", pa);
        }

        if (regime.SchemeCoverMonths > 0)
        {
            w.WriteNumber("schemeCoverMonths", regime.SchemeCoverMonths);
            w.WriteString("schemeCoverArticle", regime.SchemeCoverArticle);
            if (regime.CoverIncludesIndividualAid)
            {
                w.WriteBoolean("coverIncludesIndividualAid", true);
            }
        }

        if (regime.RoadFreightCeiling is { } road)
        {
            w.WriteStartObject("roadFreight");
            FundReader.WriteMoney(w, "ceiling", road.Amount);
            w.WriteString("article", road.Article);
            if (regime.RoadFreightSafeHarbourLoan is { } rl)
            {
                FundReader.WriteMoney(w, "safeHarbourLoan", rl);
            }

            w.WriteEndObject();
        }

        w.WriteStartArray("cumulation");
        foreach (var c in regime.Ceilings.Skip(1).Where(c => !c.RoadFreight))
        {
            w.WriteStartObject();
            FundReader.WriteMoney(w, "ceiling", c.Amount);
            w.WriteString("window", ReasonCodes.NameOf(c.Window));
            w.WriteNumber("fiscalYearStart", c.FiscalYearStart);
            WriteSectors(w, "sectors", c.CountedSectors);
            w.WriteString("article", c.Article);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static DeMinimisCeiling? Ceiling(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "ceiling", "window", "fiscalYearStart", "sectors", "article"))
        {
            return null;
        }

        var amount = r.Money(e, p, "ceiling", required: true);
        var window = r.Enum<DeMinimisWindow>(e, p, "window") ?? DeMinimisWindow.RollingThreeYears;
        var fiscalStart = r.Int(e, p, "fiscalYearStart", 1, 12) ?? 1;
        var sectors = SectorList(r, e, p, "sectors");
        var article = r.String(e, p, "article", required: true);
        if (sectors.Count == 0)
        {
            r.Error(p + ".sectors", "required", "List at least one sector whose aid counts against this ceiling.", "Indiquez au moins un secteur dont les aides comptent pour ce plafond.");
        }

        return amount is null || article is null || sectors.Count == 0 ? null : r.Try(p, () => new DeMinimisCeiling(amount.Value, window, sectors, article, fiscalStart));
    }

    private static List<DeMinimisSector> SectorList(DocumentReader r, JsonElement e, string p, string name)
    {
        var names = r.Array(e, p, name, (x, xp) => r.StringValue(x, xp) is { } s ? new Box(s, xp) : null);
        var list = new List<DeMinimisSector>();
        foreach (var (text, path) in names)
        {
            if (ParseSector(text) is { } sector)
            {
                list.Add(sector);
            }
            else
            {
                r.Error(path, "value", $"'{text}' is not allowed; use one of {Sectors}.", $"« {text} » n'est pas admis ; valeurs possibles : {Sectors}.");
            }
        }

        return list;
    }

    private static DeMinimisSector? ParseSector(string text)
    {
        foreach (var sector in Enum.GetValues<DeMinimisSector>())
        {
            if (string.Equals(ReasonCodes.NameOf(sector), text, StringComparison.Ordinal))
            {
                return sector;
            }
        }

        return null;
    }

    private static void WriteSectors(Utf8JsonWriter w, string name, IEnumerable<DeMinimisSector> sectors)
    {
        w.WriteStartArray(name);
        foreach (var s in sectors.Order())
        {
            w.WriteStringValue(ReasonCodes.NameOf(s));
        }

        w.WriteEndArray();
    }

    private sealed record Box(string Text, string Path);
}
