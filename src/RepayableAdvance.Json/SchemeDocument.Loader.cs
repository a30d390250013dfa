// Longer than 400 lines on purpose: one case per eligibility rule, sizing amount and scheme section, each reporting its errors with their JSON path.
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

public static partial class SchemeDocument
{
    private sealed class Loader(DocumentReader r, CustomRuleRegistry custom)
    {
        // 1 for the first shape (terms.rate and terms.accrual, notes as one string in a version), read with warnings.
        private int _schemaVersion = SchemaVersion;

        // The policies declared once at the top of the document, by name, and whether a version names each.
        private readonly Dictionary<string, (EligibilityPolicy Policy, bool Used)> _eligibility = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (SizingPolicy Policy, bool Used)> _sizing = new(StringComparer.Ordinal);

        /// <summary>The version listed last, or whether it failed: what a version that leaves a part out inherits.</summary>
        private (bool Failed, SchemeVersion? Version) _previous;

        public Scheme? Scheme(JsonElement root)
        {
            const string P = "$";
            if (!r.Object(root, P, "$schema", "schemaVersion", "id", "name", "notes", "annotations", "fund", "eligibilityPolicies", "sizingPolicies", "versions"))
            {
                return null;
            }

            switch (r.Int(root, P, "schemaVersion", int.MinValue, int.MaxValue))
            {
                case null when !DocumentReader.TryGet(root, "schemaVersion", out _):
                    r.Error("$.schemaVersion", "required", $"schemaVersion is required: {SchemaVersion}.", $"schemaVersion est obligatoire : {SchemaVersion}.");
                    break;
                case SchemaVersion:
                    break;
                case 1:
                    _schemaVersion = 1;
                    r.Warning("$.schemaVersion", "deprecated", $"schemaVersion 1 is read as {SchemaVersion}: terms.rate is now terms.rateRule, terms.accrual is rateRule.basis, and notes are lists. Write the document again to update it.", $"schemaVersion 1 est lu comme {SchemaVersion} : terms.rate devient terms.rateRule, terms.accrual devient rateRule.basis et les notes sont des listes. Réécrivez le document pour le mettre à jour.");
                    break;
                case null:
                    break; // a wrong type, which Int reports
                case { } other:
                    r.Error("$.schemaVersion", "value", $"schemaVersion {other} is not supported: this library reads 1 and {SchemaVersion}.", $"schemaVersion {other} n'est pas pris en charge : cette bibliothèque lit 1 et {SchemaVersion}.");
                    break;
            }

            var id = r.String(root, P, "id", required: true);
            var name = r.String(root, P, "name", required: true);
            var notes = r.Notes(root, P);
            var annotations = r.Array(root, P, "annotations", (e, p) => Annotation(root, e, p));
            var fund = r.Required(root, P, "fund", out var fundElement) ? Fund(fundElement, "$.fund") : null;
            Declare(root, "eligibilityPolicies", Eligibility, _eligibility, p => p.Name);
            Declare(root, "sizingPolicies", Sizing, _sizing, p => p.Name);
            var versions = r.Array(root, P, "versions", (e, p) => VersionInherited(e, p, fund));
            Unused("eligibilityPolicies", _eligibility);
            Unused("sizingPolicies", _sizing);
            if (r.Errors.Count > 0 || id is null || name is null)
            {
                return null;
            }

            return Try("$.versions", () => new Scheme(id, name, versions, notes, annotations));
        }

        private ParameterAnnotation? Annotation(JsonElement root, JsonElement e, string p)
        {
            if (!r.Object(e, p, "path", "source", "assumption", "meaning"))
            {
                return null;
            }

            var path = r.String(e, p, "path", required: true);
            var source = r.String(e, p, "source");
            var assumption = r.Bool(e, p, "assumption") ?? false;
            string? english = null, french = null;
            if (e.TryGetProperty("meaning", out var m) && r.Object(m, p + ".meaning", "en", "fr"))
            {
                english = r.String(m, p + ".meaning", "en", required: true);
                french = r.String(m, p + ".meaning", "fr", required: true);
            }

            if (path is null)
            {
                return null;
            }

            if (!JsonPaths.Resolves(root, path))
            {
                r.Error(p + ".path", "value", $"The annotated path {path} names no value of this document.", $"Le chemin annoté {path} ne désigne aucune valeur de ce document.");
                return null;
            }

            return r.Try(p, () => new ParameterAnnotation(path, source, assumption, english, french));
        }

        private T? Try<T>(string path, Func<T> build)
            where T : class => r.Try(path, build);

        private Fund? Fund(JsonElement e, string p) => FundReader.Read(r, e, p);

        private SchemeVersion? Version(JsonElement e, string p, Fund? fund)
        {
            if (!r.Object(e, p, "version", "effectiveFrom", "effectiveTo", "eligibility", "sizing", "terms", "termOptions", "stateAid", "collections", "notes"))
            {
                return null;
            }

            var version = r.String(e, p, "version", required: true);
            var notes = r.Notes(e, p);
            var from = r.Date(e, p, "effectiveFrom", required: true);
            var to = r.Date(e, p, "effectiveTo");
            // A part left out is the one of the version listed just before (the first version states every part).
            var eligibility = DocumentReader.TryGet(e, "eligibility", out var el) ? Policy(el, p + ".eligibility", "eligibilityPolicies", Eligibility, _eligibility) : Inherited(p, "eligibility", v => v.Eligibility);
            var sizing = DocumentReader.TryGet(e, "sizing", out var si) ? Policy(si, p + ".sizing", "sizingPolicies", Sizing, _sizing) : Inherited(p, "sizing", v => v.Sizing);
            var terms = TermOptions(e, p);
            var aid = DocumentReader.TryGet(e, "stateAid", out var sa) ? StateAid(sa, p + ".stateAid") : Inherited(p, "stateAid", v => v.StateAid);
            var collections = DocumentReader.TryGet(e, "collections", out var co) ? CollectionsSection.Read(r, co, p + ".collections") : null;
            return version is null || from is not { } f || eligibility is null || sizing is null || terms is null || aid is null || fund is null
                || (collections is null && DocumentReader.TryGet(e, "collections", out _))
                ? null
                : Try(p, () => SchemeVersion.OfferingChoice(version, f, to, eligibility, sizing, terms, aid, fund, notes, collections));
        }

        /// <summary>Reads one version and remembers it, or that it failed, for the version listed after it to inherit from.</summary>
        private SchemeVersion? VersionInherited(JsonElement e, string p, Fund? fund)
        {
            var version = Version(e, p, fund);
            _previous = (version is null, version);
            return version;
        }

        /// <summary>A part the version leaves out: the previous version's; the first version must state it.</summary>
        private T? Inherited<T>(string p, string name, Func<SchemeVersion, T> part)
            where T : class
        {
            if (_previous.Version is { } before)
            {
                return part(before);
            }

            if (!_previous.Failed)
            {
                r.Error(p + "." + name, "required", $"The first version needs {name}: a later version may leave it out to keep the one of the version before it.", $"La première version exige {name} : une version suivante peut l'omettre pour garder celui de la version précédente.");
            }

            return null;
        }

        /// <summary>Reads a version's terms: one set under <c>terms</c>, or a choice under <c>termOptions</c>, never both.</summary>
        private List<TermOption>? TermOptions(JsonElement e, string p)
        {
            var hasTerms = DocumentReader.TryGet(e, "terms", out var te);
            var hasOptions = DocumentReader.TryGet(e, "termOptions", out _);
            if (hasTerms && hasOptions)
            {
                r.Error(p + ".termOptions", "conflict", "A version gives either terms (one set) or termOptions (a choice for the firm), not both: move terms into termOptions as one more option.", "Une version donne soit terms (une seule série de conditions), soit termOptions (un choix pour l'entreprise), pas les deux : placez terms dans termOptions comme une option de plus.");
                return null;
            }

            if (!hasOptions)
            {
                return hasTerms
                    ? Terms(te, p + ".terms") is { } single ? [new TermOption(TermOption.StandardName, single)] : null
                    : Inherited<IReadOnlyList<TermOption>>(p, "terms", v => v.TermOptions) is { } inherited ? [.. inherited] : null;
            }

            var count = r.Errors.Count;
            var options = r.Array(e, p, "termOptions", (o, op) =>
            {
                if (!r.Object(o, op, "name", "terms"))
                {
                    return null;
                }

                var name = r.String(o, op, "name", required: true);
                var terms = r.Required(o, op, "terms", out var ot) ? Terms(ot, op + ".terms") : null;
                return name is null || terms is null ? null : Try(op + ".name", () => new TermOption(name, terms));
            });
            if (r.Errors.Count > count)
            {
                return null;
            }

            if (options.Count == 0)
            {
                r.Error(p + ".termOptions", "required", "termOptions is empty: give at least one option, each with a name and its terms.", "termOptions est vide : donnez au moins une option, chacune avec un nom et ses conditions.");
                return null;
            }

            for (var i = 0; i < options.Count; i++)
            {
                if (options.FindIndex(o => o.Name == options[i].Name) is var first && first < i)
                {
                    r.Error($"{p}.termOptions[{i}].name", "duplicate", $"Term option '{options[i].Name}' is named twice (also termOptions[{first}]): give each option its own name, which the application chooses it by.", $"L'option de conditions « {options[i].Name} » est nommée deux fois (aussi termOptions[{first}]) : donnez à chaque option son propre nom, par lequel la demande la choisit.");
                    return null;
                }
            }

            return options;
        }

        /// <summary>Reads the policies declared once at the top of the document; two with one name are an error.</summary>
        private void Declare<T>(JsonElement root, string property, Func<JsonElement, string, T?> read, Dictionary<string, (T Policy, bool Used)> declared, Func<T, string> name)
            where T : class
        {
            var policies = r.Array(root, "$", property, read);
            for (var i = 0; i < policies.Count; i++)
            {
                if (!declared.TryAdd(name(policies[i]), (policies[i], false)))
                {
                    r.Error(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.{property}[{i}].name"), "value", $"Two policies in {property} are named '{name(policies[i])}': give each its own name.", $"Deux politiques de {property} s'appellent « {name(policies[i])} » : donnez à chacune son nom.");
                }
            }
        }

        /// <summary>A version's policy: in place, or the name of one declared at the top of the document.</summary>
        private T? Policy<T>(JsonElement e, string p, string property, Func<JsonElement, string, T?> read, Dictionary<string, (T Policy, bool Used)> declared)
            where T : class
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                return read(e, p);
            }

            var name = e.GetString()!;
            if (declared.TryGetValue(name, out var found))
            {
                declared[name] = (found.Policy, true);
                return found.Policy;
            }

            var names = declared.Count == 0 ? "none" : string.Join(", ", declared.Keys);
            r.Error(p, "value", $"No policy named '{name}' is declared in {property} (declared: {names}): declare it there, or write the policy in place.", $"Aucune politique « {name} » n'est déclarée dans {property} (déclarées : {names}) : déclarez-la, ou écrivez la politique sur place.");
            return null;
        }

        private void Unused<T>(string property, Dictionary<string, (T Policy, bool Used)> declared)
        {
            foreach (var (name, (_, used)) in declared)
            {
                if (!used && r.Errors.Count == 0)
                {
                    r.Warning("$." + property, "unused", $"The policy '{name}' is declared in {property} but no version names it.", $"La politique « {name} » est déclarée dans {property} mais aucune version ne la nomme.");
                }
            }
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
            if (code is null)
            {
                return null;
            }

            if (!SchemeCatalogue.TryGetRule(code, out var entry))
            {
                r.Error(p + ".rule", "value", $"Unknown rule '{code}'; the rules are {string.Join(", ", SchemeCatalogue.Rules.Select(x => x.Name))} (docs/configure-a-scheme.md).", $"Règle inconnue « {code} » ; les règles sont {string.Join(", ", SchemeCatalogue.Rules.Select(x => x.Name))} (docs/configure-a-scheme.md).");
                return null;
            }

            r.Object(e, p, entry.Properties);
            switch (code)
            {
                case "all" or "any":
                {
                    var children = r.Array(e, p, "rules", Rule);
                    return children.Count == 0 ? Missing(e, p, "rules") : Try(p, () => code == "all" ? EligibilityRules.All(children) : EligibilityRules.Any(children));
                }

                case "not":
                    return r.Required(e, p, "of", out var of) && Rule(of, p + ".of") is { } inner ? EligibilityRules.Not(inner) : null;
                case "when":
                {
                    var condition = r.Required(e, p, "condition", out var c) ? Rule(c, p + ".condition") : null;
                    var then = r.Required(e, p, "then", out var t) ? Rule(t, p + ".then") : null;
                    return condition is null || then is null ? null : EligibilityRules.When(condition, then);
                }

                case "headcountBetween":
                    return Try(p, () => EligibilityRules.HeadcountBetween(r.Int(e, p, "minimum"), r.Int(e, p, "maximum")));
                case "locatedIn":
                    return r.String(e, p, "region", required: true) is { } region ? Try(p, () => EligibilityRules.LocatedIn(region, r.Bool(e, p, "establishmentCounts") ?? true)) : null;
                case "registered":
                    return EligibilityRules.Registered();
                case "minimumAge":
                    return Try(p, () => EligibilityRules.MinimumAge(r.Int(e, p, "years"), r.Int(e, p, "fiscalYears"), r.Bool(e, p, "takeoverException") ?? false));
                case "atMostLossYears":
                    return r.Int(e, p, "maxLossYears") is { } max && r.Int(e, p, "lastYears") is { } last ? Try(p, () => EligibilityRules.AtMostLossYears(max, last)) : Missing(e, p, "maxLossYears", "lastYears");
                case "positiveEquity":
                    return EligibilityRules.PositiveEquity();
                case "notUndertakingInDifficulty":
                    return EligibilityRules.NotUndertakingInDifficulty();
                case "sme":
                    return EligibilityRules.Sme(r.Enum<EnterpriseSize>(e, p, "maximum") is { } size ? size : EnterpriseSize.Medium);
                case "taxAndSocialCompliance":
                    return EligibilityRules.TaxAndSocialCompliance(r.Bool(e, p, "paymentPlanCounts") ?? true);
                case "procedureIn":
                {
                    return EnumList<ProcedureStatus>(e, p, "allowed") is not { } allowed ? null : Try(p, () => EligibilityRules.ProcedureIn(allowed, r.Bool(e, p, "plansRequireFinancingGap") ?? false));
                }

                case "excludedActivities":
                {
                    var excluded = r.WholeArray(e, p, "excluded", (x, xp) => r.Object(x, xp, entry.FieldsOf("excluded")) && r.String(x, xp, "prefix", required: true) is { } prefix ? new ActivityExclusion(prefix, r.Money(x, xp, "turnoverBelow")) : null);
                    var exceptions = r.WholeArray(e, p, "exceptions", r.StringValue);
                    return excluded is null || exceptions is null ? null : Try(p, () => EligibilityRules.ExcludedActivities(excluded, exceptions));
                }

                case "excludedLegalForms":
                {
                    return EnumList<LegalForm>(e, p, "excluded") is not { } forms ? null : Try(p, () => EligibilityRules.ExcludedLegalForms(forms));
                }

                case "ratingAtBest":
                    return r.String(e, p, "worstAccepted", required: true) is { } worst ? Try(p, () => EligibilityRules.RatingAtBest(worst, r.Bool(e, p, "acceptZero") ?? false)) : null;
                case "conjuncturalDifficulty":
                    return EligibilityRules.ConjuncturalDifficulty();
                case "orderBookAtLeast":
                    return r.Decimal(e, p, "minimumMonths") is { } months ? Try(p, () => EligibilityRules.OrderBookAtLeast(months)) : Missing(e, p, "minimumMonths");
                case "recoveryPlan":
                    return EligibilityRules.RecoveryPlan();
                case "coFinancing":
                {
                    var alternatives = r.WholeArray(e, p, "alternatives", (x, xp) =>
                    {
                        if (!r.Object(x, xp, entry.FieldsOf("alternatives")))
                        {
                            return null;
                        }

                        var (kinds, multiple, tenor, window) = (EnumList<CoFinancingKind>(x, xp, "kinds"), r.Decimal(x, xp, "multiple"), r.Int(x, xp, "minimumTenorMonths"), r.Int(x, xp, "windowMonths"));
                        return kinds is null || multiple is not { } m ? null : Try(xp, () => new CoFinancingAlternative(kinds, m, tenor, window));
                    });
                    return alternatives is null ? null : Try(p, () => EligibilityRules.CoFinancing(alternatives));
                }

                case "requestedAmountBetween":
                    return r.Money(e, p, "minimum", required: true) is { } min && r.Money(e, p, "maximum", required: true) is { } maxAmount ? Try(p, () => EligibilityRules.RequestedAmountBetween(min, maxAmount)) : null;
                case "custom":
                {
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
                    r.Error(p + ".rule", "value", $"The rule '{code}' is in the catalogue but this loader does not read it.", $"La règle « {code} » est au catalogue mais ce chargeur ne la lit pas.");
                    return null;
            }
        }

        /// <summary>A list of enumeration names, or null when one is wrong (reported) or the value is not a list.</summary>
        private List<TEnum>? EnumList<TEnum>(JsonElement e, string p, string name)
            where TEnum : struct, Enum =>
            r.WholeArray(e, p, name, (x, xp) =>
            {
                if (x.ValueKind == JsonValueKind.String)
                {
                    foreach (var v in Enum.GetValues<TEnum>())
                    {
                        if (ReasonCodes.NameOf(v) == x.GetString())
                        {
                            return (object)v;
                        }
                    }
                }

                r.Error(xp, "value", $"{x.GetRawText()} is not allowed; use one of {string.Join(", ", Enum.GetValues<TEnum>().Select(v => ReasonCodes.NameOf(v)))}.", $"{x.GetRawText()} n'est pas admis.");
                return null;
            })?.Cast<TEnum>().ToList();

        /// <summary>
        /// Reports the parameters the node lacks (absent, null or an empty list). A parameter that is present but of the
        /// wrong type has had its own error already, so it is not reported again as missing.
        /// </summary>
        private T? Missing<T>(JsonElement e, string p, params string[] names)
            where T : class
        {
            var absent = names.Where(n => !e.TryGetProperty(n, out var v) || v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0)).ToArray();
            if (absent.Length > 0)
            {
                var list = string.Join(" and ", absent);
                r.Error(p, "required", $"The rule needs {list}.", $"La règle exige {string.Join(" et ", absent)}.");
            }

            return null;
        }

        private EligibilityRule? Missing(JsonElement e, string p, params string[] names) => Missing<EligibilityRule>(e, p, names);

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
            if (code is null)
            {
                return null;
            }

            if (!SchemeCatalogue.TryGetAmount(code, out var entry))
            {
                r.Error(p + ".amount", "value", $"Unknown amount rule '{code}'; the amount rules are {string.Join(", ", SchemeCatalogue.Amounts.Select(x => x.Name))} (docs/configure-a-scheme.md).", $"Règle de montant inconnue « {code} » ; les règles de montant sont {string.Join(", ", SchemeCatalogue.Amounts.Select(x => x.Name))} (docs/configure-a-scheme.md).");
                return null;
            }

            r.Object(e, p, entry.Properties);
            switch (code)
            {
                case "payrollMonths":
                    return r.Decimal(e, p, "months") is { } months ? Try(p, () => AmountRules.PayrollMonths(months)) : MissingAmount(e, p, "months");
                case "workingCapitalNeed":
                    return AmountRules.WorkingCapitalNeed();
                case "shareOfLostTurnover" or "shareOfTurnover":
                    return Share(e, p) is { } share ? Try(p, () => code == "shareOfTurnover" ? AmountRules.ShareOfTurnover(share) : AmountRules.ShareOfLostTurnover(share)) : null;
                case "expenseBase":
                    return r.Int(e, p, "months") is { } m && r.Money(e, p, "minimumBase", required: true) is { } mb ? Try(p, () => AmountRules.ExpenseBase(m, mb)) : MissingAmount(e, p, "months", "minimumBase");
                case "turnoverBands":
                {
                    var bands = r.WholeArray(e, p, "bands", (b, bp) => r.Object(b, bp, entry.FieldsOf("bands")) && r.Money(b, bp, "amount", required: true) is { } a ? new TurnoverBand(r.Money(b, bp, "upTo"), a) : null);
                    return bands is null ? null : Try(p, () => AmountRules.TurnoverBands(bands));
                }

                case "requestedAmount":
                    return AmountRules.RequestedAmount();
                case "schemeMaximum":
                    return r.Money(e, p, "maximum", required: true) is { } max ? Try(p, () => AmountRules.SchemeMaximum(max)) : null;
                case "floor":
                    return r.Money(e, p, "floor", required: true) is { } floor ? Try(p, () => AmountRules.Floor(floor)) : null;
                case "shareOfNeed":
                    return Share(e, p) is { } s && r.Required(e, p, "of", out var of) && Amount(of, p + ".of") is { } inner ? Try(p, () => AmountRules.ShareOfNeed(s, inner)) : null;
                case "equityPlusQuasiEquity":
                    return AmountRules.EquityPlusQuasiEquity();
                case "coFinancing":
                {
                    var alternatives = r.WholeArray(e, p, "alternatives", (x, xp) =>
                    {
                        if (!r.Object(x, xp, entry.FieldsOf("alternatives")))
                        {
                            return null;
                        }

                        var (kinds, divisor) = (EnumList<CoFinancingKind>(x, xp, "kinds"), r.Decimal(x, xp, "divisor"));
                        return kinds is null || divisor is not { } d ? null : Try(xp, () => new CoFinancingCap(kinds, d));
                    });
                    return alternatives is null ? null : Try(p, () => AmountRules.CoFinancing(alternatives));
                }

                case "fundHeadroom":
                    return AmountRules.FundHeadroom();
                case "deMinimisHeadroom":
                    return AmountRules.DeMinimisHeadroom();
                case "min" or "max":
                {
                    return r.WholeArray(e, p, "rules", Amount) is not { } rules ? null : Try(p, () => code == "min" ? AmountRules.Min(rules) : AmountRules.Max(rules));
                }

                case "roundedDown":
                    return r.Money(e, p, "step", required: true) is { } step && r.Required(e, p, "of", out var o) && Amount(o, p + ".of") is { } rule ? Try(p, () => AmountRules.RoundedDown(rule, step)) : null;
                case "when":
                {
                    var condition = r.Required(e, p, "condition", out var c) ? Rule(c, p + ".condition") : null;
                    var then = r.Required(e, p, "then", out var t) ? Amount(t, p + ".then") : null;
                    var otherwise = r.Required(e, p, "otherwise", out var oe) ? Amount(oe, p + ".otherwise") : null;
                    return condition is null || then is null || otherwise is null ? null : AmountRules.When(condition, then, otherwise);
                }

                default:
                    r.Error(p + ".amount", "value", $"The amount rule '{code}' is in the catalogue but this loader does not read it.", $"La règle de montant « {code} » est au catalogue mais ce chargeur ne la lit pas.");
                    return null;
            }
        }

        private AmountRule? MissingAmount(JsonElement e, string p, params string[] names) => Missing<AmountRule>(e, p, names);

        private Rate? Share(JsonElement e, string p) => RateValue(e, p, "share", required: true);

        private Rate? RateValue(JsonElement e, string p, string name, bool required = false) => r.Rate(e, p, name, required);

        private static readonly string[] TermsRequired = ["termMonths", "frequencyMonths"];

        private AdvanceTermsTemplate? Terms(JsonElement e, string p)
        {
            var v1 = _schemaVersion == 1;
            var rateName = v1 ? "rate" : "rateRule";
            if (!(v1
                ? r.Object(e, p, "termMonths", "frequencyMonths", "amortization", "rate", "deferral", "accrual", "calendar", "convention", "disbursementDelayDays")
                : r.Object(e, p, "termMonths", "frequencyMonths", "amortization", "rateRule", "deferral", "calendar", "convention", "disbursementDelayDays")))
            {
                return null;
            }

            var term = r.Int(e, p, "termMonths");
            var frequency = r.Int(e, p, "frequencyMonths");
            var amortization = r.Required(e, p, "amortization", out var am) ? TermParts.Amortization(r, am, p + ".amortization") : null;

            RateRule? rate = null;
            string? basisName = null;
            var basisPath = p + ".accrual";
            if (r.Required(e, p, rateName, out var ra) && (v1
                ? r.Object(ra, p + ".rate", "kind", "rate", "index", "margin", "floor", "floorTarget", "cap", "fixedAtApplication")
                : r.Object(ra, p + ".rateRule", "kind", "rate", "index", "margin", "floor", "floorTarget", "cap", "fixedAtApplication", "basis")))
            {
                var rp = p + "." + rateName;
                if (!v1)
                {
                    basisName = r.String(ra, rp, "basis");
                    basisPath = rp + ".basis";
                }

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
            if (v1)
            {
                basisName = r.String(e, p, "accrual");
                if (e.TryGetProperty("rate", out _))
                {
                    r.Warning(p + ".rate", "deprecated", "rate is read as rateRule: the template's rule for the rate, which a terms document holds as interest.", "rate est lu comme rateRule : la règle du taux du modèle, qu'un document de conditions porte sous interest.");
                }

                if (basisName is not null)
                {
                    r.Warning(p + ".accrual", "deprecated", "accrual is read as rateRule.basis, the day-count basis, named as in a terms document (interest.basis).", "accrual est lu comme rateRule.basis, la base de calcul des jours, nommée comme dans un document de conditions (interest.basis).");
                }
            }

            var accrual = basisName is { } accrualName ? Try(basisPath, () => AccrualBasis.FromName(accrualName)) : null;
            var calendar = r.String(e, p, "calendar") is { } calendarName ? Try(p + ".calendar", () => HolidayCalendars.FromName(calendarName)) : null;
            var convention = r.Enum<BusinessDayConvention>(e, p, "convention") ?? BusinessDayConvention.ModifiedFollowing;
            var delay = r.Int(e, p, "disbursementDelayDays") ?? 17;
            if (term is null || frequency is null)
            {
                // A value of the wrong type is already reported where it is; only an absent one is missing.
                var absent = TermsRequired.Where(n => !e.TryGetProperty(n, out var v) || v.ValueKind == JsonValueKind.Null).ToArray();
                if (absent.Length > 0)
                {
                    r.Error(p, "required", $"The terms need {string.Join(" and ", absent)}.", $"Les conditions exigent {string.Join(" et ", absent)}.");
                }

                return null;
            }

            return amortization is null || rate is null || r.Errors.Count > 0
                ? null
                : Try(p, () => new AdvanceTermsTemplate(term.Value, Frequency.EveryMonths(frequency.Value), amortization, rate, deferral, accrual, calendar, convention, delay));
        }

        private StateAidTerms? StateAid(JsonElement e, string p)
        {
            if (!r.Object(e, p, "regime", "grantDate", "country", "method", "collateral", "plansCountAsProceedings", "dayCount", "compounding", "periodsPerYear", "timeMeasure", "timeStepsPerYear", "lineRounding", "ratingMapping", "marginGrid"))
            {
                return null;
            }

            var (regime, followsGrantDate) = r.Required(e, p, "regime", out var regimeElement) ? Regimes.Read(r, regimeElement, p + ".regime", allowSector: true) : (null, false);
            var grantDateEvent = r.Enum<GrantDateEvent>(e, p, "grantDate") ?? GrantDateEvent.CommitteeDecision;
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
                if (DayCountConventions.All.FirstOrDefault(c => c.Name == dayCount) is { UsesReferencePeriod: true })
                {
                    r.Error(
                        p + ".dayCount",
                        "value",
                        $"{dayCount} needs a schedule's reference periods, which the GGE's discounting from the grant date does not have: choose another day count, such as Actual/365F.",
                        $"{dayCount} exige les périodes de référence d'un échéancier, que l'actualisation de l'ESB depuis la date d'octroi n'a pas : choisissez un autre décompte, comme Actual/365F.");
                }
                else
                {
                    var compounding = r.Enum<Compounding>(e, p, "compounding") ?? Compounding.Annual;
                    var periods = r.Int(e, p, "periodsPerYear") ?? 1;
                    convention = Try(p, () => new GrantEquivalentConvention(DayCountConventions.FromName(dayCount), compounding, periods));
                }
            }

            if (r.Enum<GrantEquivalentTimeMeasure>(e, p, "timeMeasure") == GrantEquivalentTimeMeasure.WholePeriods)
            {
                var steps = r.Int(e, p, "timeStepsPerYear", 1, 12) ?? 1;
                convention = Try(p, () => (convention ?? GrantEquivalentConvention.Default).WithWholePeriods(steps));
            }

            if (r.Decimal(e, p, "lineRounding") is { } unit)
            {
                convention = Try(p + ".lineRounding", () => (convention ?? GrantEquivalentConvention.Default).WithLineRounding(unit));
            }

            return regime is null || country is null || method is null
                ? null
                : new StateAidTerms(regime, country, method.Value, convention, ratingMapping, collateral, grid, r.Bool(e, p, "plansCountAsProceedings") ?? true, followsGrantDate, grantDateEvent);
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
}
