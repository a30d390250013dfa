using System.Globalization;
using System.Text.Json;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

/// <summary>The parts of terms that scheme documents and terms documents share: amortization, interest and deferral phases.</summary>
internal static class TermParts
{
    internal static AmortizationProfile? Amortization(DocumentReader r, JsonElement am, string p)
    {
        if (!r.Object(am, p, "kind", "percentages"))
        {
            return null;
        }

        var kind = r.Enum<AmortizationKind>(am, p, "kind", required: true);
        var percentages = new List<decimal>();
        if (DocumentReader.TryGet(am, "percentages", out var pe) && pe.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var x in pe.EnumerateArray())
            {
                var text = x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText();
                if (x.ValueKind is JsonValueKind.Number or JsonValueKind.String && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                {
                    if (d is >= 0m and <= 100m)
                    {
                        percentages.Add(d);
                    }
                    else
                    {
                        r.Error($"{p}.percentages[{i}]", "range", $"Percentage {text} is out of range: it must be between 0 and 100 inclusive.", $"Le pourcentage {text} est hors limites : de 0 à 100 inclus.");
                    }
                }
                else
                {
                    r.Error($"{p}.percentages[{i}]", "type", "Expected a decimal percentage such as 12.5.", "Pourcentage décimal attendu, comme 12.5.");
                }

                i++;
            }
        }

        return kind switch
        {
            AmortizationKind.Linear => AmortizationProfile.Linear,
            AmortizationKind.Annuity => AmortizationProfile.Annuity,
            AmortizationKind.Bullet => AmortizationProfile.Bullet,
            AmortizationKind.Custom => r.Try(p, () => AmortizationProfile.Custom(percentages)),
            _ => null,
        };
    }

    internal static void WriteAmortization(Utf8JsonWriter w, string name, AmortizationProfile profile)
    {
        w.WriteStartObject(name);
        w.WriteString("kind", ReasonCodes.NameOf(profile.Kind));
        if (profile.Kind == AmortizationKind.Custom)
        {
            w.WriteStartArray("percentages");
            foreach (var pct in profile.Percentages)
            {
                w.WriteRawValue(pct.ToString(CultureInfo.InvariantCulture));
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>Reads interest: <c>zero</c>, <c>fixed</c> (rate) or <c>indexed</c> (index, margin, floor, cap, floorTarget, fixingDate, fixingLagBusinessDays), each with its accrual basis.</summary>
    internal static InterestTerms? Interest(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "kind", "rate", "index", "margin", "floor", "cap", "floorTarget", "fixingDate", "fixingLagBusinessDays", "basis", "allowNegative"))
        {
            return null;
        }

        var kind = r.String(e, p, "kind", required: true);
        r.Repeated(e, p, "kind");
        var basis = r.String(e, p, "basis") is { } basisName ? r.Try(p + ".basis", () => AccrualBasis.FromName(basisName)) : AccrualBasis.Of(DayCountConventions.Actual360);
        var allowNegative = r.Bool(e, p, "allowNegative") ?? false;
        switch (kind)
        {
            case null:
                return null;
            case "zero":
                return InterestTerms.Zero;
            case "fixed":
                return r.Rate(e, p, "rate", required: true) is { } rate && basis is not null ? r.Try(p, () => InterestTerms.Fixed(rate, basis, allowNegative)) : null;
            case "indexed":
            {
                var index = r.String(e, p, "index", required: true);
                var margin = r.Rate(e, p, "margin", required: true);
                var floor = r.Rate(e, p, "floor");
                var cap = r.Rate(e, p, "cap");
                var target = r.Enum<FloorTarget>(e, p, "floorTarget") ?? FloorTarget.Index;
                var fixingDate = r.Date(e, p, "fixingDate");
                var lag = r.Int(e, p, "fixingLagBusinessDays") ?? 2;
                return index is null || margin is null || basis is null
                    ? null
                    : r.Try(p, () => InterestTerms.Indexed(new FloatingRate(index, margin.Value, floor, cap, target, fixingDate, lag), basis, allowNegative));
            }

            default:
                r.Error(p + ".kind", "value", $"Unknown interest kind '{kind}'; use zero, fixed or indexed.", $"Nature d'intérêt inconnue « {kind} » ; utilisez zero, fixed ou indexed.");
                return null;
        }
    }

    internal static void WriteInterest(Utf8JsonWriter w, string name, InterestTerms interest)
    {
        w.WriteStartObject(name);
        if (interest.Equals(InterestTerms.Zero))
        {
            w.WriteString("kind", "zero");
            w.WriteEndObject();
            return;
        }

        if (interest.Floating is { } floating)
        {
            w.WriteString("kind", "indexed");
            w.WriteString("index", floating.IndexName);
            w.WriteString("margin", floating.Margin.ToString());
            if (floating.Floor is { } floor)
            {
                w.WriteString("floor", floor.ToString());
            }

            if (floating.Cap is { } cap)
            {
                w.WriteString("cap", cap.ToString());
            }

            w.WriteString("floorTarget", ReasonCodes.NameOf(floating.FloorTarget));
            if (floating.FixingDate is { } fixingDate)
            {
                w.WriteString("fixingDate", fixingDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteNumber("fixingLagBusinessDays", floating.FixingLagBusinessDays);
        }
        else
        {
            w.WriteString("kind", "fixed");
            w.WriteString("rate", interest.FixedRate!.Value.ToString());
        }

        w.WriteString("basis", interest.Basis.Name);
        w.WriteBoolean("allowNegative", interest.AllowNegative);
        w.WriteEndObject();
    }

    internal static List<DeferralPhase> Deferral(DocumentReader r, JsonElement obj, string path, string name) =>
        r.Array(obj, path, name, (d, dp) =>
        {
            if (!r.Object(d, dp, "phase", "months", "installments"))
            {
                return null;
            }

            var phase = r.Enum<SchedulePhase>(d, dp, "phase", required: true);
            var months = r.Int(d, dp, "months");
            var installments = r.Int(d, dp, "installments");
            if (phase is not { } k || (months is null) == (installments is null))
            {
                r.Error(dp, "value", "A deferral phase needs a phase and exactly one of months or installments.", "Une phase de différé exige une nature et soit des mois, soit des échéances.");
                return null;
            }

            return r.Try(dp, () => (object)(months is { } m ? DeferralPhase.ForMonths(k, m) : DeferralPhase.ForInstallments(k, installments!.Value)));
        }).Cast<DeferralPhase>().ToList();

    internal static void WriteDeferral(Utf8JsonWriter w, string name, IReadOnlyList<DeferralPhase> phases)
    {
        w.WriteStartArray(name);
        foreach (var d in phases)
        {
            w.WriteStartObject();
            w.WriteString("phase", ReasonCodes.NameOf(d.Kind));
            w.WriteNumber(d.Unit == DeferralUnit.Months ? "months" : "installments", d.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

}
