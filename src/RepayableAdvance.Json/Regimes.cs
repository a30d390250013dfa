using System.Text.Json;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>De minimis regimes in documents: a built-in code or a full definition.</summary>
internal static class Regimes
{
    private static readonly DeMinimisRegime[] BuiltIn = [DeMinimisRegime.General2023, DeMinimisRegime.Sgei2023, DeMinimisRegime.Legacy1407];

    internal static DeMinimisRegime? Read(DocumentReader r, JsonElement e, string p)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            var code = e.GetString();
            var regime = BuiltIn.FirstOrDefault(b => b.Code == code);
            if (regime is null)
            {
                r.Error(p, "value", $"Unknown regime '{code}'; use general-2023, sgei-2023, legacy-1407 or an object {{ code, name, ceiling, … }}.", $"Régime inconnu « {code} » ; utilisez general-2023, sgei-2023, legacy-1407 ou un objet {{ code, name, ceiling, … }}.");
            }

            return regime;
        }

        if (!r.Object(e, p, "code", "name", "ceiling", "window", "countedRegimes", "safeHarbourLoan", "safeHarbourYears", "fiscalYearStart"))
        {
            return null;
        }

        var codeValue = r.String(e, p, "code", required: true);
        var name = r.String(e, p, "name", required: true);
        var ceiling = r.Money(e, p, "ceiling", required: true);
        var window = r.Enum<DeMinimisWindow>(e, p, "window") ?? DeMinimisWindow.RollingThreeYears;
        var counted = r.Array(e, p, "countedRegimes", (x, xp) => r.StringValue(x, xp));
        var loan = r.Money(e, p, "safeHarbourLoan");
        var years = r.Int(e, p, "safeHarbourYears") ?? 5;
        var fiscalStart = r.Int(e, p, "fiscalYearStart") ?? 1;
        if (codeValue is null || name is null || ceiling is null)
        {
            return null;
        }

        return r.Try(p, () => new DeMinimisRegime(codeValue, name, ceiling.Value, window, counted, loan, years, fiscalStart));
    }

    internal static void Write(Utf8JsonWriter w, string name, DeMinimisRegime regime)
    {
        if (BuiltIn.Any(b => ReferenceEquals(b, regime)))
        {
            w.WriteString(name, regime.Code);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("code", regime.Code);
        w.WriteString("name", regime.Name);
        FundReader.WriteMoney(w, "ceiling", regime.Ceiling);
        w.WriteString("window", ReasonCodes.NameOf(regime.Window));
        w.WriteStartArray("countedRegimes");
        foreach (var code in regime.CountedRegimes.Where(c => c != regime.Code).Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
        if (regime.SafeHarbourLoan is { } loan)
        {
            FundReader.WriteMoney(w, "safeHarbourLoan", loan);
        }

        w.WriteNumber("safeHarbourYears", regime.SafeHarbourYears);
        w.WriteNumber("fiscalYearStart", regime.FiscalYearStart);
        w.WriteEndObject();
    }
}
