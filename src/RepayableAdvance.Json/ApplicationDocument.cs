using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes an <see cref="Application"/> as a JSON document.</summary>
/// <remarks>
/// <para>Loading has two phases, so a document is never half built: strict parsing (size and depth limits, unknown
/// properties refused), then the domain's own validation. Every error is collected with its JSON path.</para>
/// <para>The layout mirrors <see cref="Application"/>'s parts in camelCase: <c>asOf</c>, then <c>identity</c>,
/// <c>location</c>, <c>fiscalYears</c>, <c>need</c>, <c>compliance</c>, <c>coFinancing</c> and <c>group</c>, each
/// optional; see <c>docs/examples/boilermaker-application.json</c>.</para>
/// </remarks>
public static partial class ApplicationDocument
{
    internal static readonly string[] Properties = ["$schema", "schemaVersion", "notes", "asOf", "identity", "location", "fiscalYears", "need", "compliance", "coFinancing", "group"];
    internal static readonly string[] IdentityProperties = ["registrationNumber", "legalForm", "registration", "nafCode", "creationDate", "takeover", "takeoverDate", "headcount", "banqueDeFranceRating", "creditRating", "roadFreight"];
    internal static readonly string[] LocationProperties = ["registeredOfficeRegion", "establishmentRegions"];
    internal static readonly string[] NeedProperties = ["requestedAmount", "monthlyLoadedPayroll", "workingCapitalNeed", "turnoverLost", "turnoverLossCause", "difficulty", "difficultyCause", "orderBookMonths", "hasRecoveryPlan", "termOption"];
    internal static readonly string[] ComplianceProperties = ["taxCompliance", "socialCompliance", "procedure", "procedureFinancingGap", "insolvencyCriteriaMet", "rescueOrRestructuringAid"];
    internal static readonly string[] GroupProperties = ["name", "linkedEntities", "relatedEnterprises"];

    internal static readonly string[] FiscalYearProperties = ["endDate", "turnover", "netResult", "equity", "quasiEquity", "subscribedCapital", "accumulatedLosses", "annualLoadedPayroll", "annualWorkUnits", "balanceSheetTotal", "debt", "ebitda", "interestExpense"];
    internal static readonly string[] CoFinancingProperties = ["kind", "amount", "tenorMonths", "date"];

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
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            Date(w, "asOf", application.AsOf, options);
            var identity = application.Identity;
            w.WriteStartObject("identity");
            String(w, "registrationNumber", identity.RegistrationNumber);
            Enum(w, "legalForm", identity.LegalForm);
            Enum(w, "registration", identity.Registration);
            String(w, "nafCode", identity.NafCode);
            Date(w, "creationDate", identity.CreationDate, options);
            Enum(w, "takeover", identity.Takeover);
            Date(w, "takeoverDate", identity.TakeoverDate, options);
            if (identity.Headcount is { } h)
            {
                w.WriteNumber("headcount", h);
            }

            String(w, "banqueDeFranceRating", identity.BanqueDeFranceRating);
            String(w, "creditRating", identity.CreditRating);
            Enum(w, "roadFreight", identity.RoadFreight);
            w.WriteEndObject();
            w.WriteStartObject("location");
            String(w, "registeredOfficeRegion", application.Location.RegisteredOfficeRegion);
            Strings(w, "establishmentRegions", application.Location.EstablishmentRegions);
            w.WriteEndObject();
            FiscalYears(w, application.FiscalYears, options);

            var need = application.Need;
            w.WriteStartObject("need");
            Money(w, "requestedAmount", need.RequestedAmount);
            Money(w, "monthlyLoadedPayroll", need.MonthlyLoadedPayroll);
            Money(w, "workingCapitalNeed", need.WorkingCapitalNeed);
            Money(w, "turnoverLost", need.TurnoverLost);
            String(w, "turnoverLossCause", need.TurnoverLossCause);
            Enum(w, "difficulty", need.Difficulty);
            String(w, "difficultyCause", need.DifficultyCause);
            if (need.OrderBookMonths is { } months)
            {
                w.WritePropertyName("orderBookMonths");
                w.WriteRawValue(months.ToString(CultureInfo.InvariantCulture));
            }

            Bool(w, "hasRecoveryPlan", need.HasRecoveryPlan);
            String(w, "termOption", need.TermOption);
            w.WriteEndObject();
            var compliance = application.Compliance;
            w.WriteStartObject("compliance");
            Enum(w, "taxCompliance", compliance.TaxCompliance);
            Enum(w, "socialCompliance", compliance.SocialCompliance);
            Enum(w, "procedure", compliance.Procedure);
            Bool(w, "procedureFinancingGap", compliance.ProcedureFinancingGap);
            Bool(w, "insolvencyCriteriaMet", compliance.InsolvencyCriteriaMet);
            Enum(w, "rescueOrRestructuringAid", compliance.RescueOrRestructuringAid);
            w.WriteEndObject();
            if (application.CoFinancing.Count > 0)
            {
                w.WriteStartArray("coFinancing");
                foreach (var c in application.CoFinancing)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", ReasonCodes.NameOf(c.Kind));
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

            var group = application.Group;
            if (group.Name is not null || group.LinkedEntities.Count > 0 || group.RelatedEnterprises is not null)
            {
                w.WriteStartObject("group");
                String(w, "name", group.Name);
                Strings(w, "linkedEntities", group.LinkedEntities);
                if (group.RelatedEnterprises is { } related)
                {
                    w.WriteStartArray("relatedEnterprises");
                    foreach (var e in related)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", e.Name);
                        w.WriteString("direction", ReasonCodes.NameOf(e.Direction));
                        w.WriteNumber("share", e.Share);
                        w.WriteBoolean("controls", e.Controls);
                        w.WriteString("kind", ReasonCodes.NameOf(e.Kind));
                        FiscalYears(w, e.FiscalYears, options);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static Application? Read(JsonElement root, DocumentReader r)
    {
        const string P = "$";
        if (!r.Object(root, P, Properties) || r.SchemaVersion(root, P) is null)
        {
            return null;
        }

        _ = r.Notes(root, P);
        var asOf = r.Date(root, P, "asOf", required: true);
        var fiscalYears = ReadFiscalYears(root, P, r);
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
        var identity = Part(root, r, "identity", IdentityProperties, (e, p) => new ApplicantIdentity(
            r.String(e, p, "registrationNumber"),
            r.Enum<LegalForm>(e, p, "legalForm"),
            r.Enum<Registration>(e, p, "registration"),
            r.String(e, p, "nafCode"),
            r.Date(e, p, "creationDate"),
            r.Enum<TakeoverContext>(e, p, "takeover"),
            r.Date(e, p, "takeoverDate"),
            r.Int(e, p, "headcount", 0, DomainBounds.MaxHeadcount),
            r.String(e, p, "banqueDeFranceRating"),
            r.String(e, p, "creditRating"),
            r.Enum<RoadFreightActivity>(e, p, "roadFreight")));
        var location = Part(root, r, "location", LocationProperties, (e, p) => new ApplicantLocation(r.String(e, p, "registeredOfficeRegion"), Strings(e, p, "establishmentRegions", r)));
        var need = Part(root, r, "need", NeedProperties, (e, p) => new FinancingNeed(
            r.Money(e, p, "requestedAmount"),
            r.Money(e, p, "monthlyLoadedPayroll"),
            r.Money(e, p, "workingCapitalNeed"),
            r.Money(e, p, "turnoverLost"),
            r.String(e, p, "turnoverLossCause"),
            r.Enum<DifficultyNature>(e, p, "difficulty"),
            r.String(e, p, "difficultyCause"),
            r.Decimal(e, p, "orderBookMonths"),
            r.Bool(e, p, "hasRecoveryPlan"),
            r.String(e, p, "termOption")));
        var compliance = Part(root, r, "compliance", ComplianceProperties, (e, p) => new ComplianceAndProcedure(
            r.Enum<ComplianceStatus>(e, p, "taxCompliance"),
            r.Enum<ComplianceStatus>(e, p, "socialCompliance"),
            r.Enum<ProcedureStatus>(e, p, "procedure"),
            r.Bool(e, p, "procedureFinancingGap"),
            r.Bool(e, p, "insolvencyCriteriaMet"),
            r.Enum<RescueOrRestructuringAid>(e, p, "rescueOrRestructuringAid")));
        var group = Part(root, r, "group", GroupProperties, (e, p) => new ApplicantGroup(
            r.String(e, p, "name"),
            Strings(e, p, "linkedEntities", r),
            DocumentReader.TryGet(e, "relatedEnterprises", out _) ? r.Array(e, p, "relatedEnterprises", (item, ip) => RelatedEnterprise(item, ip, r)) : null));
        if (r.Errors.Count > 0 || asOf is not { } date)
        {
            return null;
        }

        // Phase two: the domain validates the parts together (dates against the as-of date, one currency…).
        try
        {
            return new Application(date, identity, location, fiscalYears, need, compliance, coFinancing, group);
        }
        catch (ArgumentException e)
        {
            var name = e.ParamName is { Length: > 0 } n ? "$." + n : "$";
            r.Refused(name, e);
            return null;
        }
    }

    /// <summary>Reads one optional part: strict properties, then the part's own validation, each error at its path.</summary>
    private static T? Part<T>(JsonElement root, DocumentReader r, string name, string[] properties, Func<JsonElement, string, T> read)
        where T : class
    {
        if (!DocumentReader.TryGet(root, name, out var element))
        {
            return null;
        }

        var path = "$." + name;
        if (!r.Object(element, path, properties))
        {
            return null;
        }

        var before = r.Errors.Count;
        try
        {
            var part = read(element, path);
            return r.Errors.Count == before ? part : null;
        }
        catch (ArgumentException e) when (r.Errors.Count == before)
        {
            r.Refused(e.ParamName is { Length: > 0 } n ? path + "." + n : path, e);
            return null;
        }
        catch (ArgumentException)
        {
            return null; // a value that did not read is already reported at its path
        }
    }

    private static List<string> Strings(JsonElement e, string p, string name, DocumentReader r) => [.. r.Array(e, p, name, (item, ip) =>
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return item.GetString();
        }

        r.Error(ip, "type", "Expected a string.", "Chaîne attendue.");
        return null;
    })];

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter w, string name, LocalDate? date, JsonSerializerOptions options)
    {
        if (date is { } d)
        {
            w.WriteString(name, Documents.Iso(d));
        }
    }

    private static void Money(Utf8JsonWriter w, string name, Money? money)
    {
        if (money is { } m)
        {
            FundReader.WriteMoney(w, name, m);
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
            w.WriteString(name, ReasonCodes.NameOf(v));
        }
    }
}
