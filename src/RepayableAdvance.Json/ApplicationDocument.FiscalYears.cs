using System.Globalization;
using System.Text.Json;

namespace RepayableAdvance.Json;

/// <summary>The fiscal years and related enterprises of an application document, read and written alike for the applicant and for each enterprise related to it.</summary>
public static partial class ApplicationDocument
{
    internal static readonly string[] RelatedEnterpriseProperties = ["name", "direction", "share", "controls", "kind", "fiscalYears"];

    private static List<FiscalYear> ReadFiscalYears(JsonElement e, string p, DocumentReader r) =>
        [.. r.Array(e, p, "fiscalYears", (y, yp) => r.Object(y, yp, FiscalYearProperties) && r.Date(y, yp, "endDate", required: true) is { } end
            ? new FiscalYear(
                end,
                r.Money(y, yp, "turnover"),
                r.Money(y, yp, "netResult"),
                r.Money(y, yp, "equity"),
                r.Money(y, yp, "quasiEquity"),
                r.Money(y, yp, "subscribedCapital"),
                r.Money(y, yp, "accumulatedLosses"),
                r.Money(y, yp, "annualLoadedPayroll"),
                r.Decimal(y, yp, "annualWorkUnits"),
                r.Money(y, yp, "balanceSheetTotal"),
                r.Money(y, yp, "debt"),
                r.Money(y, yp, "ebitda"),
                r.Money(y, yp, "interestExpense"))
            : null)];

    /// <summary>Reads one related enterprise; its own validation errors are reported at its path.</summary>
    private static RelatedEnterprise? RelatedEnterprise(JsonElement e, string p, DocumentReader r)
    {
        if (!r.Object(e, p, RelatedEnterpriseProperties))
        {
            return null;
        }

        var before = r.Errors.Count;
        var name = r.String(e, p, "name", required: true);
        var direction = r.Enum<HoldingDirection>(e, p, "direction", required: true);
        var share = r.Required(e, p, "share", out _) ? r.Decimal(e, p, "share") : null;
        var controls = r.Bool(e, p, "controls") ?? false;
        var kind = r.Enum<RelatedEnterpriseKind>(e, p, "kind") ?? RelatedEnterpriseKind.Enterprise;
        var years = ReadFiscalYears(e, p, r);
        if (r.Errors.Count > before || name is null || direction is not { } d || share is not { } s)
        {
            return null;
        }

        try
        {
            return new RelatedEnterprise(name, d, s, controls, kind, years);
        }
        catch (ArgumentException x)
        {
            r.Refused(x.ParamName is { Length: > 0 } n ? p + "." + n : p, x);
            return null;
        }
    }

    private static void FiscalYears(Utf8JsonWriter w, IReadOnlyList<FiscalYear> years, JsonSerializerOptions options)
    {
        if (years.Count == 0)
        {
            return;
        }

        w.WriteStartArray("fiscalYears");
        foreach (var y in years)
        {
            w.WriteStartObject();
            Date(w, "endDate", y.EndDate, options);
            Money(w, "turnover", y.Turnover);
            Money(w, "netResult", y.NetResult);
            Money(w, "equity", y.Equity);
            Money(w, "quasiEquity", y.QuasiEquity);
            Money(w, "subscribedCapital", y.SubscribedCapital);
            Money(w, "accumulatedLosses", y.AccumulatedLosses);
            Money(w, "annualLoadedPayroll", y.AnnualLoadedPayroll);
            if (y.AnnualWorkUnits is { } units)
            {
                w.WritePropertyName("annualWorkUnits");
                w.WriteRawValue(units.ToString(CultureInfo.InvariantCulture));
            }

            Money(w, "balanceSheetTotal", y.BalanceSheetTotal);
            Money(w, "debt", y.Debt);
            Money(w, "ebitda", y.Ebitda);
            Money(w, "interestExpense", y.InterestExpense);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
