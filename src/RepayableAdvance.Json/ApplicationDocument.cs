using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes an <see cref="Application"/> as a JSON document.</summary>
/// <remarks>
/// <para>Loading has two phases, so a document is never half built: strict parsing (size and depth limits, unknown
/// properties refused), then the domain's own validation. Every error is collected with its JSON path.</para>
/// <para>The layout mirrors <see cref="Application"/>'s constructor in camelCase; see <c>docs/examples/boilermaker-application.json</c>.</para>
/// </remarks>
public static class ApplicationDocument
{
    private static readonly string[] Properties =
    [
        "$schema", "asOf", "requestedAmount", "registrationNumber", "legalForm", "registration", "nafCode", "registeredOfficeRegion",
        "establishmentRegions", "creationDate", "takeover", "takeoverDate", "headcount", "fiscalYears", "monthlyLoadedPayroll",
        "workingCapitalNeed", "turnoverLost", "turnoverLossCause", "taxCompliance", "socialCompliance", "procedure",
        "procedureFinancingGap", "difficulty", "difficultyCause", "orderBookMonths", "hasRecoveryPlan", "coFinancing", "banqueDeFranceRating", "creditRating",
    ];

    private static readonly string[] FiscalYearProperties = ["endDate", "turnover", "netResult", "equity", "quasiEquity", "subscribedCapital", "accumulatedLosses", "annualLoadedPayroll"];
    private static readonly string[] CoFinancingProperties = ["kind", "amount", "tenorMonths", "date"];

    /// <summary>Tries to load an application.</summary>
    /// <param name="json">The document.</param>
    /// <param name="application">The application, when there is no error.</param>
    /// <param name="errors">Every error, with its path (empty on success).</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Application? application, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Application? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out application, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Application? application, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        application = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            application = Read(document.RootElement, r);
        }

        errors = r.Errors;
        if (r.Errors.Count > 0)
        {
            application = null;
        }

        return application is not null;
    }

    /// <summary>Loads an application or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The application.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static Application Read(string json) =>
        TryRead(json, out var application, out var errors) ? application : throw new DocumentException(errors);

    /// <summary>Writes an application (the inverse of <see cref="Read(string)"/>).</summary>
    /// <param name="application">The application.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(Application application)
    {
        ArgumentNullException.ThrowIfNull(application);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var options = new JsonSerializerOptions();
            w.WriteStartObject();
            Date(w, "asOf", application.AsOf, options);
            Money(w, "requestedAmount", application.RequestedAmount);
            String(w, "registrationNumber", application.RegistrationNumber);
            Enum(w, "legalForm", application.LegalForm);
            Enum(w, "registration", application.Registration);
            String(w, "nafCode", application.NafCode);
            String(w, "registeredOfficeRegion", application.RegisteredOfficeRegion);
            if (application.EstablishmentRegions.Count > 0)
            {
                w.WriteStartArray("establishmentRegions");
                foreach (var region in application.EstablishmentRegions)
                {
                    w.WriteStringValue(region);
                }

                w.WriteEndArray();
            }

            Date(w, "creationDate", application.CreationDate, options);
            Enum(w, "takeover", application.Takeover);
            Date(w, "takeoverDate", application.TakeoverDate, options);
            if (application.Headcount is { } h)
            {
                w.WriteNumber("headcount", h);
            }

            if (application.FiscalYears.Count > 0)
            {
                w.WriteStartArray("fiscalYears");
                foreach (var y in application.FiscalYears)
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
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Money(w, "monthlyLoadedPayroll", application.MonthlyLoadedPayroll);
            Money(w, "workingCapitalNeed", application.WorkingCapitalNeed);
            Money(w, "turnoverLost", application.TurnoverLost);
            String(w, "turnoverLossCause", application.TurnoverLossCause);
            Enum(w, "taxCompliance", application.TaxCompliance);
            Enum(w, "socialCompliance", application.SocialCompliance);
            Enum(w, "procedure", application.Procedure);
            Bool(w, "procedureFinancingGap", application.ProcedureFinancingGap);
            Enum(w, "difficulty", application.Difficulty);
            String(w, "difficultyCause", application.DifficultyCause);
            if (application.OrderBookMonths is { } months)
            {
                w.WritePropertyName("orderBookMonths");
                w.WriteRawValue(months.ToString(CultureInfo.InvariantCulture));
            }

            Bool(w, "hasRecoveryPlan", application.HasRecoveryPlan);
            if (application.CoFinancing.Count > 0)
            {
                w.WriteStartArray("coFinancing");
                foreach (var c in application.CoFinancing)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", JsonNames.Of(c.Kind));
                    Money(w, "amount", c.Amount);
                    if (c.TenorMonths is { } tenor)
                    {
                        w.WriteNumber("tenorMonths", tenor);
                    }

                    Date(w, "date", c.Date, options);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            String(w, "banqueDeFranceRating", application.BanqueDeFranceRating);
            String(w, "creditRating", application.CreditRating);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static Application? Read(JsonElement root, DocumentReader r)
    {
        const string P = "$";
        if (!r.Object(root, P, Properties))
        {
            return null;
        }

        var asOf = r.Date(root, P, "asOf", required: true);
        var fiscalYears = r.Array(root, P, "fiscalYears", (e, p) => r.Object(e, p, FiscalYearProperties) && r.Date(e, p, "endDate", required: true) is { } end
            ? new FiscalYear(end, r.Money(e, p, "turnover"), r.Money(e, p, "netResult"), r.Money(e, p, "equity"), r.Money(e, p, "quasiEquity"), r.Money(e, p, "subscribedCapital"), r.Money(e, p, "accumulatedLosses"), r.Money(e, p, "annualLoadedPayroll"))
            : null);
        var coFinancing = r.Array(root, P, "coFinancing", (e, p) =>
        {
            if (!r.Object(e, p, CoFinancingProperties))
            {
                return null;
            }

            var kind = r.Enum<CoFinancingKind>(e, p, "kind", required: true);
            r.Repeated(e, p, "kind");
            var amount = r.Money(e, p, "amount", required: true);
            var tenor = r.Int(e, p, "tenorMonths", 1, DomainBounds.MaxMonths);
            var date = r.Date(e, p, "date", required: true);
            return kind is { } k && amount is { } a && date is { } d ? new CoFinancingCommitment(k, a, tenor, d) : null;
        });
        var regions = r.Array(root, P, "establishmentRegions", (e, p) =>
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                return e.GetString();
            }

            r.Error(p, "type", "Expected a string.", "Chaîne attendue.");
            return null;
        });

        var requested = r.Money(root, P, "requestedAmount");
        var registrationNumber = r.String(root, P, "registrationNumber");
        var legalForm = r.Enum<LegalForm>(root, P, "legalForm");
        var registration = r.Enum<Registration>(root, P, "registration");
        var naf = r.String(root, P, "nafCode");
        var office = r.String(root, P, "registeredOfficeRegion");
        var created = r.Date(root, P, "creationDate");
        var takeover = r.Enum<TakeoverContext>(root, P, "takeover");
        var takeoverDate = r.Date(root, P, "takeoverDate");
        var headcount = r.Int(root, P, "headcount", 0, DomainBounds.MaxHeadcount);
        var payroll = r.Money(root, P, "monthlyLoadedPayroll");
        var workingCapital = r.Money(root, P, "workingCapitalNeed");
        var lost = r.Money(root, P, "turnoverLost");
        var lossCause = r.String(root, P, "turnoverLossCause");
        var tax = r.Enum<ComplianceStatus>(root, P, "taxCompliance");
        var social = r.Enum<ComplianceStatus>(root, P, "socialCompliance");
        var procedure = r.Enum<ProcedureStatus>(root, P, "procedure");
        var gap = r.Bool(root, P, "procedureFinancingGap");
        var difficulty = r.Enum<DifficultyNature>(root, P, "difficulty");
        var difficultyCause = r.String(root, P, "difficultyCause");
        var orderBook = r.Decimal(root, P, "orderBookMonths");
        var plan = r.Bool(root, P, "hasRecoveryPlan");
        var rating = r.String(root, P, "banqueDeFranceRating");
        var creditRating = r.String(root, P, "creditRating");
        if (r.Errors.Count > 0 || asOf is not { } date)
        {
            return null;
        }

        // Phase two: the domain validates the values together (NAF shape, dates, rating…).
        try
        {
            return new Application(
                date, requested, registrationNumber, legalForm, registration, naf, office, regions, created, takeover, takeoverDate, headcount,
                fiscalYears, payroll, workingCapital, lost, lossCause, tax, social, procedure, gap, difficulty, difficultyCause, orderBook, plan, coFinancing, rating, creditRating);
        }
        catch (ArgumentException e)
        {
            var name = e.ParamName is { Length: > 0 } n ? "$." + n : "$";
            r.Refused(name, e);
            return null;
        }
    }

    private static void Date(Utf8JsonWriter w, string name, LocalDate? date, JsonSerializerOptions options)
    {
        if (date is { } d)
        {
            w.WritePropertyName(name);
            NodaConverters.LocalDateConverter.Write(w, d, options);
        }
    }

    private static void Money(Utf8JsonWriter w, string name, Money? money)
    {
        if (money is { } m)
        {
            w.WriteStartObject(name);
            w.WriteString("amount", m.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteString("currency", m.Currency.Code);
            w.WriteEndObject();
        }
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b)
        {
            w.WriteBoolean(name, b);
        }
    }

    private static void Enum<TEnum>(Utf8JsonWriter w, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            w.WriteString(name, JsonNames.Of(v));
        }
    }
}
