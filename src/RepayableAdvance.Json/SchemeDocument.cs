using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>Code-only eligibility rules a scheme document may refer to by name.</summary>
/// <remarks>A document says <c>{ "rule": "custom", "name": "regionalLabel" }</c>; the loader resolves the name here, and an unknown name is a validation error.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CustomRuleRegistry
{
    private readonly Dictionary<string, EligibilityRule> _rules;

    /// <summary>Initializes a new instance of the <see cref="CustomRuleRegistry"/> class.</summary>
    /// <param name="rules">Rules built with <see cref="EligibilityRules.Custom"/>, found by their code.</param>
    public CustomRuleRegistry(IEnumerable<EligibilityRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets an empty registry.</summary>
    /// <value>No custom rule.</value>
    public static CustomRuleRegistry Empty { get; } = new([]);

    internal bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EligibilityRule? rule) => _rules.TryGetValue(name, out rule);

    internal IEnumerable<string> Names => _rules.Keys;
}

/// <summary>Reads and writes a whole <see cref="Scheme"/> as one JSON document: versions with eligibility, sizing, terms, State aid and fund.</summary>
/// <remarks>
/// <para>The vocabulary is closed: every eligibility rule of <see cref="EligibilityRules"/> (<c>"rule": "headcountBetween"</c> …), every
/// amount rule of <see cref="AmountRules"/> (<c>"amount": "payrollMonths"</c> …), the terms template, the State-aid regime and
/// the fund. Loading is two-phase and collects every error with its JSON path. Writing is the inverse.</para>
/// <para>The document's <c>schemaVersion</c> is 1. See <c>docs/configure-a-scheme.md</c>.</para>
/// </remarks>
public static class SchemeDocument
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Tries to load a scheme.</summary>
    /// <param name="json">The document.</param>
    /// <param name="scheme">The scheme, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <param name="customRules">The code-only rules the document may name; null for none.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scheme? scheme, out IReadOnlyList<DocumentError> errors, CustomRuleRegistry? customRules = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return TryReadCore(json, out scheme, out errors, customRules);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            scheme = default;
            errors = [DocumentReader.Internal(e)];
            return false;
        }
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scheme? scheme, out IReadOnlyList<DocumentError> errors, CustomRuleRegistry? customRules)
    {
        ArgumentNullException.ThrowIfNull(json);
        scheme = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            scheme = new Loader(r, customRules ?? CustomRuleRegistry.Empty).Scheme(document.RootElement);
        }

        errors = r.Errors;
        if (r.Errors.Count > 0)
        {
            scheme = null;
        }

        return scheme is not null;
    }

    /// <summary>Loads a scheme or throws.</summary>
    /// <param name="json">The document.</param>
    /// <param name="customRules">The code-only rules the document may name.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static Scheme Read(string json, CustomRuleRegistry? customRules = null) =>
        TryRead(json, out var scheme, out var errors, customRules) ? scheme : throw new DocumentException(errors);

    /// <summary>Writes a scheme (the inverse of <see cref="Read"/>).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentException">The versions draw on different funds: a document holds one fund.</exception>
    public static string Write(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            new Writer(w).Scheme(scheme);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNames.Of(value);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bp(Rate rate) => rate.BasisPoints.ToString("0.############", CultureInfo.InvariantCulture) + "bp";

    private sealed class Loader(DocumentReader r, CustomRuleRegistry custom)
    {
        public Scheme? Scheme(JsonElement root)
        {
            const string P = "$";
            if (!r.Object(root, P, "$schema", "schemaVersion", "id", "name", "notes", "fund", "versions"))
            {
                return null;
            }

            if (r.Int(root, P, "schemaVersion") is not SchemaVersion)
            {
                r.Error("$.schemaVersion", "value", $"schemaVersion must be {SchemaVersion}.", $"schemaVersion doit valoir {SchemaVersion}.");
            }

            var id = r.String(root, P, "id", required: true);
            var name = r.String(root, P, "name", required: true);
            var notes = r.Array(root, P, "notes", (e, p) => r.StringValue(e, p)).Cast<string>().ToList();
            var fund = r.Required(root, P, "fund", out var fundElement) ? Fund(fundElement, "$.fund") : null;
            var versions = r.Array(root, P, "versions", (e, p) => Version(e, p, fund));
            if (r.Errors.Count > 0 || id is null || name is null)
            {
                return null;
            }

            return Try("$.versions", () => new Scheme(id, name, versions, notes));
        }

        private T? Try<T>(string path, Func<T> build)
            where T : class => r.Try(path, build);

        private Fund? Fund(JsonElement e, string p) => FundReader.Read(r, e, p);

        private SchemeVersion? Version(JsonElement e, string p, Fund? fund)
        {
            if (!r.Object(e, p, "version", "effectiveFrom", "effectiveTo", "eligibility", "sizing", "terms", "stateAid", "notes"))
            {
                return null;
            }

            var version = r.String(e, p, "version", required: true);
            _ = r.String(e, p, "notes");
            var from = r.Date(e, p, "effectiveFrom", required: true);
            var to = r.Date(e, p, "effectiveTo");
            var eligibility = r.Required(e, p, "eligibility", out var el) ? Eligibility(el, p + ".eligibility") : null;
            var sizing = r.Required(e, p, "sizing", out var si) ? Sizing(si, p + ".sizing") : null;
            var terms = r.Required(e, p, "terms", out var te) ? Terms(te, p + ".terms") : null;
            var aid = r.Required(e, p, "stateAid", out var sa) ? StateAid(sa, p + ".stateAid") : null;
            return version is null || from is not { } f || eligibility is null || sizing is null || terms is null || aid is null || fund is null
                ? null
                : Try(p, () => new SchemeVersion(version, f, to, eligibility, sizing, terms, aid, fund));
        }

        private EligibilityPolicy? Eligibility(JsonElement e, string p) =>
            Versioned<EligibilityVersion, EligibilityPolicy>(e, p, ["rule"], (v, vp) =>
                r.Required(v, vp, "rule", out var re) && Rule(re, vp + ".rule") is { } rule
                    ? (label, from, to) => new EligibilityVersion(label, from, to, rule)
                    : null,
                (name, versions) => new EligibilityPolicy(name, versions));

        /// <summary>
        /// Reads a named policy with dated versions (<c>{ "name", "versions": [ { "version", "effectiveFrom", "effectiveTo", … } ] }</c>):
        /// <paramref name="body"/> reads a version's own properties and returns how to build it, or null after reporting errors.
        /// </summary>
        private TPolicy? Versioned<TVersion, TPolicy>(
            JsonElement e,
            string p,
            string[] properties,
            Func<JsonElement, string, Func<string, LocalDate, LocalDate?, TVersion>?> body,
            Func<string, List<TVersion>, TPolicy> policy)
            where TVersion : class
            where TPolicy : class
        {
            if (!r.Object(e, p, "name", "versions"))
            {
                return null;
            }

            var name = r.String(e, p, "name", required: true);
            var versions = r.Array(e, p, "versions", (v, vp) =>
            {
                if (!r.Object(v, vp, ["version", "effectiveFrom", "effectiveTo", .. properties]))
                {
                    return null;
                }

                var label = r.String(v, vp, "version", required: true);
                var from = r.Date(v, vp, "effectiveFrom", required: true);
                var to = r.Date(v, vp, "effectiveTo");
                var build = body(v, vp);
                return label is null || from is not { } f || build is null ? null : Try(vp, () => build(label, f, to));
            });
            return name is null || versions.Count == 0 ? null : Try(p, () => policy(name, versions));
        }

        private EligibilityRule? Rule(JsonElement e, string p)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                r.Error(p, "type", "Expected a rule object such as { \"rule\": \"positiveEquity\" }.", "Objet règle attendu, comme { \"rule\": \"positiveEquity\" }.");
                return null;
            }

            var code = r.String(e, p, "rule", required: true);
            r.Repeated(e, p, "rule");
            switch (code)
            {
                case null:
                    return null;
                case "all" or "any":
                {
                    r.Object(e, p, "rule", "rules");
                    var children = r.Array(e, p, "rules", Rule);
                    return children.Count == 0 ? Missing(p, "rules") : Try(p, () => code == "all" ? EligibilityRules.All(children) : EligibilityRules.Any(children));
                }

                case "not":
                    r.Object(e, p, "rule", "of");
                    return r.Required(e, p, "of", out var of) && Rule(of, p + ".of") is { } inner ? EligibilityRules.Not(inner) : null;
                case "when":
                {
                    r.Object(e, p, "rule", "condition", "then");
                    var condition = r.Required(e, p, "condition", out var c) ? Rule(c, p + ".condition") : null;
                    var then = r.Required(e, p, "then", out var t) ? Rule(t, p + ".then") : null;
                    return condition is null || then is null ? null : EligibilityRules.When(condition, then);
                }

                case "headcountBetween":
                    r.Object(e, p, "rule", "minimum", "maximum");
                    return Try(p, () => EligibilityRules.HeadcountBetween(r.Int(e, p, "minimum"), r.Int(e, p, "maximum")));
                case "locatedIn":
                    r.Object(e, p, "rule", "region", "establishmentCounts");
                    return r.String(e, p, "region", required: true) is { } region ? Try(p, () => EligibilityRules.LocatedIn(region, r.Bool(e, p, "establishmentCounts") ?? true)) : null;
                case "registered":
                    r.Object(e, p, "rule");
                    return EligibilityRules.Registered();
                case "minimumAge":
                    r.Object(e, p, "rule", "years", "fiscalYears", "takeoverException");
                    return Try(p, () => EligibilityRules.MinimumAge(r.Int(e, p, "years"), r.Int(e, p, "fiscalYears"), r.Bool(e, p, "takeoverException") ?? false));
                case "atMostLossYears":
                    r.Object(e, p, "rule", "maxLossYears", "lastYears");
                    return r.Int(e, p, "maxLossYears") is { } max && r.Int(e, p, "lastYears") is { } last ? Try(p, () => EligibilityRules.AtMostLossYears(max, last)) : Missing(p, "maxLossYears and lastYears");
                case "positiveEquity":
                    r.Object(e, p, "rule");
                    return EligibilityRules.PositiveEquity();
                case "notUndertakingInDifficulty":
                    r.Object(e, p, "rule");
                    return EligibilityRules.NotUndertakingInDifficulty();
                case "taxAndSocialCompliance":
                    r.Object(e, p, "rule", "paymentPlanCounts");
                    return EligibilityRules.TaxAndSocialCompliance(r.Bool(e, p, "paymentPlanCounts") ?? true);
                case "procedureIn":
                {
                    r.Object(e, p, "rule", "allowed", "plansRequireFinancingGap");
                    var allowed = EnumList<ProcedureStatus>(e, p, "allowed");
                    return Try(p, () => EligibilityRules.ProcedureIn(allowed, r.Bool(e, p, "plansRequireFinancingGap") ?? false));
                }

                case "excludedActivities":
                {
                    r.Object(e, p, "rule", "excluded", "exceptions");
                    var excluded = r.Array(e, p, "excluded", (x, xp) => r.Object(x, xp, "prefix", "turnoverBelow") && r.String(x, xp, "prefix", required: true) is { } prefix ? new ActivityExclusion(prefix, r.Money(x, xp, "turnoverBelow")) : null);
                    var exceptions = r.Array(e, p, "exceptions", (x, _) => x.ValueKind == JsonValueKind.String ? x.GetString() : null);
                    return Try(p, () => EligibilityRules.ExcludedActivities(excluded, exceptions));
                }

                case "excludedLegalForms":
                {
                    r.Object(e, p, "rule", "excluded");
                    var forms = EnumList<LegalForm>(e, p, "excluded");
                    return Try(p, () => EligibilityRules.ExcludedLegalForms(forms));
                }

                case "ratingAtBest":
                    r.Object(e, p, "rule", "worstAccepted", "acceptZero");
                    return r.String(e, p, "worstAccepted", required: true) is { } worst ? Try(p, () => EligibilityRules.RatingAtBest(worst, r.Bool(e, p, "acceptZero") ?? false)) : null;
                case "conjuncturalDifficulty":
                    r.Object(e, p, "rule");
                    return EligibilityRules.ConjuncturalDifficulty();
                case "orderBookAtLeast":
                    r.Object(e, p, "rule", "minimumMonths");
                    return r.Decimal(e, p, "minimumMonths") is { } months ? Try(p, () => EligibilityRules.OrderBookAtLeast(months)) : Missing(p, "minimumMonths");
                case "recoveryPlan":
                    r.Object(e, p, "rule");
                    return EligibilityRules.RecoveryPlan();
                case "coFinancing":
                {
                    r.Object(e, p, "rule", "alternatives");
                    var alternatives = r.Array(e, p, "alternatives", (x, xp) =>
                        r.Object(x, xp, "kinds", "multiple", "minimumTenorMonths", "windowMonths") && r.Decimal(x, xp, "multiple") is { } multiple
                            ? Try(xp, () => new CoFinancingAlternative(EnumList<CoFinancingKind>(x, xp, "kinds"), multiple, r.Int(x, xp, "minimumTenorMonths"), r.Int(x, xp, "windowMonths")))
                            : null);
                    return Try(p, () => EligibilityRules.CoFinancing(alternatives));
                }

                case "requestedAmountBetween":
                    r.Object(e, p, "rule", "minimum", "maximum");
                    return r.Money(e, p, "minimum", required: true) is { } min && r.Money(e, p, "maximum", required: true) is { } maxAmount ? Try(p, () => EligibilityRules.RequestedAmountBetween(min, maxAmount)) : null;
                case "custom":
                {
                    r.Object(e, p, "rule", "name");
                    var name = r.String(e, p, "name", required: true);
                    if (name is not null && custom.TryGet(name, out var rule))
                    {
                        return rule;
                    }

                    if (name is not null)
                    {
                        var known = string.Join(", ", custom.Names.DefaultIfEmpty("none"));
                        r.Error(p + ".name", "value", $"No custom rule named '{name}' was registered (registered: {known}). Custom rules are code: pass them in a CustomRuleRegistry.", $"Aucune règle personnalisée « {name} » n'est enregistrée (enregistrées : {known}).");
                    }

                    return null;
                }

                default:
                    r.Error(p + ".rule", "value", $"Unknown rule '{code}'; see the catalogue in docs/configure-a-scheme.md.", $"Règle inconnue « {code} » ; voir le catalogue dans docs/configure-a-scheme.md.");
                    return null;
            }
        }

        private List<TEnum> EnumList<TEnum>(JsonElement e, string p, string name)
            where TEnum : struct, Enum =>
            [.. r.Array(e, p, name, (x, xp) =>
            {
                if (x.ValueKind == JsonValueKind.String)
                {
                    foreach (var v in Enum.GetValues<TEnum>())
                    {
                        if (JsonNames.Of(v) == x.GetString())
                        {
                            return (object)v;
                        }
                    }
                }

                r.Error(xp, "value", $"{x.GetRawText()} is not allowed; use one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonNames.Of(v)))}.", $"{x.GetRawText()} n'est pas admis.");
                return null;
            }).Cast<TEnum>()];

        private T? Missing<T>(string p, string what)
            where T : class
        {
            r.Error(p, "required", $"The rule needs {what}.", $"La règle exige {what}.");
            return null;
        }

        private EligibilityRule? Missing(string p, string what) => Missing<EligibilityRule>(p, what);

        private SizingPolicy? Sizing(JsonElement e, string p) =>
            Versioned<SizingVersion, SizingPolicy>(e, p, ["need", "caps", "minimum", "step", "raiseToMinimum"], (v, vp) =>
                {
                    var need = r.Required(v, vp, "need", out var ne) ? Amount(ne, vp + ".need") : null;
                    var caps = r.Array(v, vp, "caps", Amount);
                    var minimum = r.Money(v, vp, "minimum", required: true);
                    var step = r.Money(v, vp, "step");
                    var raise = r.Bool(v, vp, "raiseToMinimum") ?? false;
                    return need is null || minimum is not { } min
                        ? null
                        : (label, from, to) => new SizingVersion(label, from, to, need, caps, min, step, raise);
                },
                (name, versions) => new SizingPolicy(name, versions));

        private AmountRule? Amount(JsonElement e, string p)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                r.Error(p, "type", "Expected an amount rule object such as { \"amount\": \"requestedAmount\" }.", "Objet règle de montant attendu.");
                return null;
            }

            var code = r.String(e, p, "amount", required: true);
            r.Repeated(e, p, "amount");
            switch (code)
            {
                case null:
                    return null;
                case "payrollMonths":
                    r.Object(e, p, "amount", "months");
                    return r.Decimal(e, p, "months") is { } months ? Try(p, () => AmountRules.PayrollMonths(months)) : MissingAmount(p, "months");
                case "workingCapitalNeed":
                    r.Object(e, p, "amount");
                    return AmountRules.WorkingCapitalNeed();
                case "shareOfLostTurnover" or "shareOfTurnover":
                    r.Object(e, p, "amount", "share");
                    return Share(e, p) is { } share ? Try(p, () => code == "shareOfTurnover" ? AmountRules.ShareOfTurnover(share) : AmountRules.ShareOfLostTurnover(share)) : null;
                case "expenseBase":
                    r.Object(e, p, "amount", "months", "minimumBase");
                    return r.Int(e, p, "months") is { } m && r.Money(e, p, "minimumBase", required: true) is { } mb ? Try(p, () => AmountRules.ExpenseBase(m, mb)) : MissingAmount(p, "months and minimumBase");
                case "turnoverBands":
                {
                    r.Object(e, p, "amount", "bands");
                    var bands = r.Array(e, p, "bands", (b, bp) => r.Object(b, bp, "upTo", "amount") && r.Money(b, bp, "amount", required: true) is { } a ? new TurnoverBand(r.Money(b, bp, "upTo"), a) : null);
                    return Try(p, () => AmountRules.TurnoverBands(bands));
                }

                case "requestedAmount":
                    r.Object(e, p, "amount");
                    return AmountRules.RequestedAmount();
                case "schemeMaximum":
                    r.Object(e, p, "amount", "maximum");
                    return r.Money(e, p, "maximum", required: true) is { } max ? Try(p, () => AmountRules.SchemeMaximum(max)) : null;
                case "floor":
                    r.Object(e, p, "amount", "floor");
                    return r.Money(e, p, "floor", required: true) is { } floor ? Try(p, () => AmountRules.Floor(floor)) : null;
                case "shareOfNeed":
                    r.Object(e, p, "amount", "share", "of");
                    return Share(e, p) is { } s && r.Required(e, p, "of", out var of) && Amount(of, p + ".of") is { } inner ? Try(p, () => AmountRules.ShareOfNeed(s, inner)) : null;
                case "equityPlusQuasiEquity":
                    r.Object(e, p, "amount");
                    return AmountRules.EquityPlusQuasiEquity();
                case "coFinancing":
                {
                    r.Object(e, p, "amount", "alternatives");
                    var alternatives = r.Array(e, p, "alternatives", (x, xp) =>
                        r.Object(x, xp, "kinds", "divisor") && r.Decimal(x, xp, "divisor") is { } divisor ? Try(xp, () => new CoFinancingCap(EnumList<CoFinancingKind>(x, xp, "kinds"), divisor)) : null);
                    return Try(p, () => AmountRules.CoFinancing(alternatives));
                }

                case "fundHeadroom":
                    r.Object(e, p, "amount");
                    return AmountRules.FundHeadroom();
                case "deMinimisHeadroom":
                    r.Object(e, p, "amount");
                    return AmountRules.DeMinimisHeadroom();
                case "min" or "max":
                {
                    r.Object(e, p, "amount", "rules");
                    var rules = r.Array(e, p, "rules", Amount);
                    return Try(p, () => code == "min" ? AmountRules.Min(rules) : AmountRules.Max(rules));
                }

                case "roundedDown":
                    r.Object(e, p, "amount", "step", "of");
                    return r.Money(e, p, "step", required: true) is { } step && r.Required(e, p, "of", out var o) && Amount(o, p + ".of") is { } rule ? Try(p, () => AmountRules.RoundedDown(rule, step)) : null;
                case "when":
                {
                    r.Object(e, p, "amount", "condition", "then", "otherwise");
                    var condition = r.Required(e, p, "condition", out var c) ? Rule(c, p + ".condition") : null;
                    var then = r.Required(e, p, "then", out var t) ? Amount(t, p + ".then") : null;
                    var otherwise = r.Required(e, p, "otherwise", out var oe) ? Amount(oe, p + ".otherwise") : null;
                    return condition is null || then is null || otherwise is null ? null : AmountRules.When(condition, then, otherwise);
                }

                default:
                    r.Error(p + ".amount", "value", $"Unknown amount rule '{code}'; see the catalogue in docs/configure-a-scheme.md.", $"Règle de montant inconnue « {code} ».");
                    return null;
            }
        }

        private AmountRule? MissingAmount(string p, string what) => Missing<AmountRule>(p, what);

        private Rate? Share(JsonElement e, string p) => RateValue(e, p, "share", required: true);

        private Rate? RateValue(JsonElement e, string p, string name, bool required = false) => r.Rate(e, p, name, required);

        private AdvanceTermsTemplate? Terms(JsonElement e, string p)
        {
            if (!r.Object(e, p, "termMonths", "frequencyMonths", "amortization", "rate", "deferral", "accrual", "calendar", "convention", "disbursementDelayDays"))
            {
                return null;
            }

            var term = r.Int(e, p, "termMonths");
            var frequency = r.Int(e, p, "frequencyMonths");
            var amortization = r.Required(e, p, "amortization", out var am) ? TermParts.Amortization(r, am, p + ".amortization") : null;

            RateRule? rate = null;
            if (r.Required(e, p, "rate", out var ra) && r.Object(ra, p + ".rate", "kind", "rate", "index", "margin", "floor", "floorTarget", "cap", "fixedAtApplication"))
            {
                var rp = p + ".rate";
                rate = r.Enum<RateKind>(ra, rp, "kind", required: true) switch
                {
                    RateKind.Zero => RateRule.Zero,
                    RateKind.Fixed => RateValue(ra, rp, "rate", required: true) is { } fixedRate ? Try(rp + ".rate", () => RateRule.Fixed(fixedRate)) : null,
                    RateKind.Indexed => r.String(ra, rp, "index", required: true) is { } index && RateValue(ra, rp, "margin", required: true) is { } margin
                        ? Try(rp, () => RateRule.Indexed(index, margin, RateValue(ra, rp, "floor"), r.Enum<FloorTarget>(ra, rp, "floorTarget") ?? FloorTarget.Index, RateValue(ra, rp, "cap"), r.Bool(ra, rp, "fixedAtApplication") ?? true))
                        : null,
                    _ => null,
                };
            }

            var deferral = TermParts.Deferral(r, e, p, "deferral");
            var accrual = r.String(e, p, "accrual") is { } accrualName ? Try(p + ".accrual", () => AccrualBasis.FromName(accrualName)) : null;
            var calendar = r.String(e, p, "calendar") is { } calendarName ? Try(p + ".calendar", () => HolidayCalendars.FromName(calendarName)) : null;
            var convention = r.Enum<BusinessDayConvention>(e, p, "convention") ?? BusinessDayConvention.ModifiedFollowing;
            var delay = r.Int(e, p, "disbursementDelayDays") ?? 17;
            if (term is null || frequency is null)
            {
                r.Error(p, "required", "The terms need termMonths and frequencyMonths.", "Les conditions exigent termMonths et frequencyMonths.");
                return null;
            }

            return amortization is null || rate is null || r.Errors.Count > 0
                ? null
                : Try(p, () => new AdvanceTermsTemplate(term.Value, Frequency.EveryMonths(frequency.Value), amortization, rate, deferral, accrual, calendar, convention, delay));
        }

        private StateAidTerms? StateAid(JsonElement e, string p)
        {
            if (!r.Object(e, p, "regime", "country", "method", "collateral", "plansCountAsProceedings", "dayCount", "compounding", "periodsPerYear", "ratingMapping", "marginGrid"))
            {
                return null;
            }

            var regime = r.Required(e, p, "regime", out var regimeElement) ? Regimes.Read(r, regimeElement, p + ".regime") : null;
            var country = r.String(e, p, "country", required: true);
            var method = r.String(e, p, "method") switch
            {
                null or "A" => (GrantEquivalentMethod?)GrantEquivalentMethod.DifferentialAtDiscountRate,
                "B" => GrantEquivalentMethod.DifferentialAtReferenceRate,
                "cashFlow" => GrantEquivalentMethod.CashFlow,
                var other => Invalid(p + ".method", other),
            };
            var collateral = r.Enum<CollateralLevel>(e, p, "collateral") ?? CollateralLevel.Low;
            var ratingMapping = RatingMappingValue(e, p);
            var grid = DocumentReader.TryGet(e, "marginGrid", out var ge) ? Grid(ge, p + ".marginGrid") : null;

            GrantEquivalentConvention? convention = null;
            if (r.String(e, p, "dayCount") is { } dayCount)
            {
                var compounding = r.Enum<Compounding>(e, p, "compounding") ?? Compounding.Annual;
                var periods = r.Int(e, p, "periodsPerYear") ?? 1;
                convention = Try(p, () => new GrantEquivalentConvention(DayCountConventions.FromName(dayCount), compounding, periods));
            }

            return regime is null || country is null || method is null
                ? null
                : new StateAidTerms(regime, country, method.Value, convention, ratingMapping, collateral, grid, r.Bool(e, p, "plansCountAsProceedings") ?? true);
        }

        /// <summary>Reads <c>ratingMapping</c>: the built-in name, or an object mapping each rating to a category.</summary>
        private RatingMapping? RatingMappingValue(JsonElement e, string p)
        {
            if (!DocumentReader.TryGet(e, "ratingMapping", out var m))
            {
                return null;
            }

            var mp = p + ".ratingMapping";
            if (m.ValueKind == JsonValueKind.String)
            {
                if (m.GetString() == RatingMapping.BanqueDeFrance.Name)
                {
                    return RatingMapping.BanqueDeFrance;
                }

                r.Error(mp, "value", $"Unknown rating mapping '{m.GetString()}'; use {RatingMapping.BanqueDeFrance.Name} or an object {{ name, categories, noCreditHistory }}.", $"Table de notation inconnue « {m.GetString()} » ; utilisez {RatingMapping.BanqueDeFrance.Name} ou un objet {{ name, categories, noCreditHistory }}.");
                return null;
            }

            if (!r.Object(m, mp, "name", "categories", "noCreditHistory"))
            {
                return null;
            }

            var name = r.String(m, mp, "name", required: true);
            var categories = new Dictionary<string, RatingCategory>(StringComparer.Ordinal);
            if (r.Required(m, mp, "categories", out var ce))
            {
                if (ce.ValueKind != JsonValueKind.Object)
                {
                    r.Error(mp + ".categories", "type", "Expected an object mapping each rating to strong, good, satisfactory, weak or bad.", "Objet attendu, associant chaque note à strong, good, satisfactory, weak ou bad.");
                }
                else if (r.Map(ce, mp + ".categories"))
                {
                    foreach (var property in ce.EnumerateObject())
                    {
                        if (r.Enum<RatingCategory>(ce, mp + ".categories", property.Name, required: true) is { } category)
                        {
                            categories[property.Name] = category;
                        }
                    }
                }
            }

            var none = r.Array(m, mp, "noCreditHistory", (x, xp) => r.StringValue(x, xp)).Cast<string>().ToList();
            return name is null ? null : Try(mp, () => new RatingMapping(name, categories, none));
        }

        /// <summary>Reads <c>marginGrid</c>: five rows (strong to bad) of three margins (high, normal, low collateral), each with its unit.</summary>
        private MarginGrid? Grid(JsonElement g, string gp)
        {
            if (!r.Object(g, gp, "margins", "noCreditHistoryMinimum"))
            {
                return null;
            }

            var rows = r.Array(g, gp, "margins", (row, rp) =>
            {
                if (row.ValueKind != JsonValueKind.Array)
                {
                    r.Error(rp, "type", "Expected an array of three margins (high, normal, low collateral).", "Tableau de trois marges attendu (sûretés élevées, normales, faibles).");
                    return null;
                }

                var cells = new List<decimal>();
                var i = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    var cp = $"{rp}[{i++}]";
                    if (cell.ValueKind != JsonValueKind.String)
                    {
                        r.Error(cp, "type", "Expected a rate with its unit, such as \"220bp\" or \"2.2%\".", "Taux attendu avec son unité, par exemple « 220bp » ou « 2.2% ».");
                    }
                    else if (r.RateText(cell.GetString()!, cp) is { } rate)
                    {
                        cells.Add(rate.BasisPoints);
                    }
                }

                return (IReadOnlyList<decimal>)cells;
            });
            var minimum = RateValue(g, gp, "noCreditHistoryMinimum") ?? Rate.FromBasisPoints(400m);
            return r.Errors.Count > 0 ? null : Try(gp, () => new MarginGrid(rows, minimum.BasisPoints));
        }

        private GrantEquivalentMethod? Invalid(string path, string value)
        {
            r.Error(path, "value", $"Unknown method '{value}'; use A, B or cashFlow.", $"Méthode inconnue « {value} » ; utilisez A, B ou cashFlow.");
            return null;
        }
    }

    private sealed class Writer(Utf8JsonWriter w)
    {
        public void Scheme(Scheme scheme)
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("id", scheme.Id);
            w.WriteString("name", scheme.Name);
            if (scheme.Notes.Count > 0)
            {
                Names("notes", scheme.Notes);
            }

            Fund(scheme.Versions[0].Fund);
            w.WriteStartArray("versions");
            foreach (var v in scheme.Versions)
            {
                ArgumentOutOfRangeException.ThrowIfNotEqual(ReferenceEquals(v.Fund, scheme.Versions[0].Fund) || v.Fund.Id == scheme.Versions[0].Fund.Id, true, nameof(scheme));
                w.WriteStartObject();
                w.WriteString("version", v.Version);
                w.WriteString("effectiveFrom", Iso(v.EffectiveFrom));
                DateOrNull("effectiveTo", v.EffectiveTo);
                Eligibility(v.Eligibility);
                Sizing(v.Sizing);
                Terms(v.Terms);
                StateAid(v.StateAid);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private void DateOrNull(string name, LocalDate? date)
        {
            if (date is { } d)
            {
                w.WriteString(name, Iso(d));
            }
            else
            {
                w.WriteNull(name);
            }
        }

        private void MoneyValue(string name, Money m)
        {
            w.WriteStartObject(name);
            w.WriteString("amount", Dec(m.Amount));
            w.WriteString("currency", m.Currency.Code);
            w.WriteEndObject();
        }

        private void Fund(Fund fund) => FundReader.Write(w, fund);

        private void Eligibility(EligibilityPolicy policy)
        {
            w.WriteStartObject("eligibility");
            w.WriteString("name", policy.Name);
            w.WriteStartArray("versions");
            foreach (var v in policy.Versions)
            {
                w.WriteStartObject();
                w.WriteString("version", v.Version);
                w.WriteString("effectiveFrom", Iso(v.EffectiveFrom));
                DateOrNull("effectiveTo", v.EffectiveTo);
                w.WritePropertyName("rule");
                Rule(v.Rule);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private void Rule(EligibilityRule rule)
        {
            w.WriteStartObject();
            if (rule is not CustomRule)
            {
                w.WriteString("rule", rule.Code); // the rule's one name: its factory, its JSON name and its reason-code stem
            }

            switch (rule)
            {
                case AllRule all:
                    Rules("rules", all.Children);
                    break;
                case AnyRule any:
                    Rules("rules", any.Children);
                    break;
                case NotRule not:
                    w.WritePropertyName("of");
                    Rule(not.Rule);
                    break;
                case WhenRule conditional:
                    w.WritePropertyName("condition");
                    Rule(conditional.Condition);
                    w.WritePropertyName("then");
                    Rule(conditional.Rule);
                    break;
                case HeadcountBetweenRule h:
                    IntOrSkip("minimum", h.Minimum);
                    IntOrSkip("maximum", h.Maximum);
                    break;
                case LocatedInRule l:
                    w.WriteString("region", l.Region);
                    w.WriteBoolean("establishmentCounts", l.EstablishmentCounts);
                    break;
                case RegisteredRule:
                    break;
                case MinimumAgeRule m:
                    IntOrSkip("years", m.Years);
                    IntOrSkip("fiscalYears", m.FiscalYears);
                    w.WriteBoolean("takeoverException", m.TakeoverException);
                    break;
                case AtMostLossYearsRule ly:
                    w.WriteNumber("maxLossYears", ly.MaxLossYears);
                    w.WriteNumber("lastYears", ly.LastYears);
                    break;
                case PositiveEquityRule:
                    break;
                case NotUndertakingInDifficultyRule:
                    break;
                case TaxAndSocialComplianceRule c:
                    w.WriteBoolean("paymentPlanCounts", c.PaymentPlanCounts);
                    break;
                case ProcedureInRule pr:
                    Names("allowed", pr.Allowed.Select(Name));
                    w.WriteBoolean("plansRequireFinancingGap", pr.PlansRequireFinancingGap);
                    break;
                case ExcludedActivitiesRule ea:
                    w.WriteStartArray("excluded");
                    foreach (var x in ea.Excluded)
                    {
                        w.WriteStartObject();
                        w.WriteString("prefix", x.Prefix);
                        if (x.TurnoverBelow is { } below)
                        {
                            MoneyValue("turnoverBelow", below);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    Names("exceptions", ea.Exceptions);
                    break;
                case ExcludedLegalFormsRule lf:
                    Names("excluded", lf.Excluded.Select(Name));
                    break;
                case RatingAtBestRule rr:
                    w.WriteString("worstAccepted", rr.WorstAccepted);
                    w.WriteBoolean("acceptZero", rr.AcceptZero);
                    break;
                case ConjuncturalDifficultyRule:
                    break;
                case OrderBookAtLeastRule ob:
                    w.WritePropertyName("minimumMonths");
                    w.WriteRawValue(Dec(ob.MinimumMonths));
                    break;
                case RecoveryPlanRule:
                    break;
                case CoFinancingRule cf:
                    w.WriteStartArray("alternatives");
                    foreach (var a in cf.Alternatives)
                    {
                        w.WriteStartObject();
                        Names("kinds", a.Kinds.Select(Name));
                        w.WritePropertyName("multiple");
                        w.WriteRawValue(Dec(a.Multiple));
                        IntOrSkip("minimumTenorMonths", a.MinimumTenorMonths);
                        IntOrSkip("windowMonths", a.WindowMonths);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    break;
                case RequestedAmountBetweenRule ra:
                    MoneyValue("minimum", ra.Minimum);
                    MoneyValue("maximum", ra.Maximum);
                    break;
                case CustomRule custom:
                    w.WriteString("rule", "custom");
                    w.WriteString("name", custom.Code);
                    break;
                default:
                    throw new ArgumentException($"Rule {rule.Code} ({rule.GetType().Name}) has no document form.", nameof(rule));
            }

            w.WriteEndObject();
        }

        private void Rules(string name, IReadOnlyList<EligibilityRule> rules)
        {
            w.WriteStartArray(name);
            foreach (var r in rules)
            {
                Rule(r);
            }

            w.WriteEndArray();
        }

        private void Names(string name, IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var v in values)
            {
                w.WriteStringValue(v);
            }

            w.WriteEndArray();
        }

        private void IntOrSkip(string name, int? value)
        {
            if (value is { } v)
            {
                w.WriteNumber(name, v);
            }
        }

        private void Sizing(SizingPolicy policy)
        {
            w.WriteStartObject("sizing");
            w.WriteString("name", policy.Name);
            w.WriteStartArray("versions");
            foreach (var v in policy.Versions)
            {
                w.WriteStartObject();
                w.WriteString("version", v.Version);
                w.WriteString("effectiveFrom", Iso(v.EffectiveFrom));
                DateOrNull("effectiveTo", v.EffectiveTo);
                w.WritePropertyName("need");
                Amount(v.Need);
                w.WriteStartArray("caps");
                foreach (var c in v.Caps)
                {
                    Amount(c);
                }

                w.WriteEndArray();
                MoneyValue("minimum", v.Minimum);
                if (v.Step is { } step)
                {
                    MoneyValue("step", step);
                }

                w.WriteBoolean("raiseToMinimum", v.RaiseToMinimum);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private void Amount(AmountRule rule)
        {
            w.WriteStartObject();
            switch (rule)
            {
                case ExtremumRule x:
                    w.WriteString("amount", x.IsMinimum ? "min" : "max");
                    w.WriteStartArray("rules");
                    foreach (var r in x.Rules)
                    {
                        Amount(r);
                    }

                    w.WriteEndArray();
                    break;
                case ConditionalAmountRule c:
                    w.WriteString("amount", c.Code);
                    w.WritePropertyName("condition");
                    Rule(c.Condition);
                    w.WritePropertyName("then");
                    Amount(c.Then);
                    w.WritePropertyName("otherwise");
                    Amount(c.Otherwise);
                    break;
                case PayrollMonthsRule payroll:
                    w.WriteString("amount", payroll.Code);
                    w.WritePropertyName("months");
                    w.WriteRawValue(Dec(payroll.Months));
                    break;
                case ShareOfLostTurnoverRule lost:
                    w.WriteString("amount", lost.Code);
                    w.WriteString("share", lost.Share.ToString());
                    break;
                case ShareOfTurnoverRule turnover:
                    w.WriteString("amount", turnover.Code);
                    w.WriteString("share", turnover.Share.ToString());
                    break;
                case ExpenseBaseRule expense:
                    w.WriteString("amount", expense.Code);
                    w.WriteNumber("months", expense.Months);
                    MoneyValue("minimumBase", expense.MinimumBase);
                    break;
                case TurnoverBandsRule bands:
                    w.WriteString("amount", bands.Code);
                    w.WriteStartArray("bands");
                    foreach (var band in bands.Bands)
                    {
                        w.WriteStartObject();
                        if (band.UpTo is { } upTo)
                        {
                            MoneyValue("upTo", upTo);
                        }

                        MoneyValue("amount", band.Amount);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    break;
                case SchemeMaximumRule maximum:
                    w.WriteString("amount", maximum.Code);
                    MoneyValue("maximum", maximum.Maximum);
                    break;
                case FloorRule floor:
                    w.WriteString("amount", floor.Code);
                    MoneyValue("floor", floor.Floor);
                    break;
                case ShareOfNeedRule share:
                    w.WriteString("amount", share.Code);
                    w.WriteString("share", share.Share.ToString());
                    w.WritePropertyName("of");
                    Amount(share.Of);
                    break;
                case CoFinancingAmountRule coFinancing:
                    w.WriteString("amount", coFinancing.Code);
                    w.WriteStartArray("alternatives");
                    foreach (var cap in coFinancing.Alternatives)
                    {
                        w.WriteStartObject();
                        Names("kinds", cap.Kinds.Select(Name));
                        w.WritePropertyName("divisor");
                        w.WriteRawValue(Dec(cap.Divisor));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    break;
                case RoundedDownRule rounded:
                    w.WriteString("amount", rounded.Code);
                    MoneyValue("step", rounded.Step);
                    w.WritePropertyName("of");
                    Amount(rounded.Rule);
                    break;
                case WorkingCapitalNeedRule or RequestedAmountBaseRule or EquityPlusQuasiEquityRule or FundHeadroomRule or DeMinimisHeadroomRule:
                    w.WriteString("amount", rule.Code);
                    break;
                default:
                    throw new ArgumentException($"Amount rule {rule.Code} has no document form.", nameof(rule));
            }

            w.WriteEndObject();
        }

        private void Terms(AdvanceTermsTemplate t)
        {
            w.WriteStartObject("terms");
            w.WriteNumber("termMonths", t.TermMonths);
            w.WriteNumber("frequencyMonths", t.Frequency.Months);
            TermParts.WriteAmortization(w, "amortization", t.Amortization);
            w.WriteStartObject("rate");
            w.WriteString("kind", Name(t.Rate.Kind));
            switch (t.Rate.Kind)
            {
                case RateKind.Fixed:
                    w.WriteString("rate", t.Rate.Rate.ToString());
                    break;
                case RateKind.Indexed:
                    w.WriteString("index", t.Rate.Index);
                    w.WriteString("margin", t.Rate.Rate.ToString());
                    if (t.Rate.Floor is { } floor)
                    {
                        w.WriteString("floor", floor.ToString());
                    }

                    w.WriteString("floorTarget", Name(t.Rate.FloorTarget));
                    if (t.Rate.Cap is { } cap)
                    {
                        w.WriteString("cap", cap.ToString());
                    }

                    w.WriteBoolean("fixedAtApplication", t.Rate.FixedAtApplication);
                    break;
            }

            w.WriteEndObject();
            TermParts.WriteDeferral(w, "deferral", t.Deferral);
            w.WriteString("accrual", t.Basis.Name);
            w.WriteString("calendar", t.Calendar.Name);
            w.WriteString("convention", Name(t.Convention));
            w.WriteNumber("disbursementDelayDays", t.DisbursementDelayDays);
            w.WriteEndObject();
        }

        private void StateAid(StateAidTerms s)
        {
            w.WriteStartObject("stateAid");
            Regimes.Write(w, "regime", s.Regime);
            w.WriteString("country", s.Country);
            w.WriteString("method", s.Method switch
            {
                GrantEquivalentMethod.DifferentialAtDiscountRate => "A",
                GrantEquivalentMethod.DifferentialAtReferenceRate => "B",
                _ => "cashFlow",
            });
            w.WriteString("collateral", Name(s.Collateral));
            w.WriteBoolean("plansCountAsProceedings", s.PlansCountAsProceedings);
            if (s.Convention is { } c)
            {
                w.WriteString("dayCount", c.DayCount.Name);
                w.WriteString("compounding", Name(c.Compounding));
                w.WriteNumber("periodsPerYear", c.PeriodsPerYear);
            }

            if (s.RatingMapping is null)
            {
                // No mapping: the default (Banque de France) applies, and the document says nothing.
            }
            else if (s.RatingMapping.Equals(RatingMapping.BanqueDeFrance))
            {
                w.WriteString("ratingMapping", RatingMapping.BanqueDeFrance.Name);
            }
            else
            {
                w.WriteStartObject("ratingMapping");
                w.WriteString("name", s.RatingMapping.Name);
                w.WriteStartObject("categories");
                foreach (var (rating, category) in s.RatingMapping.Categories.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.WriteString(rating, Name(category));
                }

                w.WriteEndObject();
                Names("noCreditHistory", s.RatingMapping.NoCreditHistory.Order(StringComparer.Ordinal));
                w.WriteEndObject();
            }

            if (s.Grid is { } grid)
            {
                w.WriteStartObject("marginGrid");
                w.WriteStartArray("margins");
                foreach (var category in Enum.GetValues<RatingCategory>())
                {
                    w.WriteStartArray();
                    foreach (var collateral in Enum.GetValues<CollateralLevel>())
                    {
                        w.WriteStringValue(Bp(grid.Margin(category, collateral)));
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
                w.WriteString("noCreditHistoryMinimum", Bp(grid.NoCreditHistoryMinimum));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }
    }
}
