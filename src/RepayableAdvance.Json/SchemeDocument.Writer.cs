// Longer than 400 lines on purpose: one case per eligibility rule, sizing amount and scheme section, in the order the schema states them.
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

public static partial class SchemeDocument
{
    /// <summary>Writes a terms template as a scheme version holds it (<c>terms</c>, or <c>termOptions[].terms</c>).</summary>
    internal static void WriteTerms(Utf8JsonWriter w, string name, AdvanceTermsTemplate t)
    {
        w.WriteStartObject(name);
        w.WriteNumber("termMonths", t.TermMonths);
        w.WriteNumber("frequencyMonths", t.Frequency.Months);
        TermParts.WriteAmortization(w, "amortization", t.Amortization);
        w.WriteStartObject("rateRule");
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

        w.WriteString("basis", t.Basis.Name);
        w.WriteEndObject();
        TermParts.WriteDeferral(w, "deferral", t.Deferral);
        w.WriteString("calendar", t.Calendar.Name);
        w.WriteString("convention", Name(t.Convention));
        w.WriteNumber("disbursementDelayDays", t.DisbursementDelayDays);
        w.WriteEndObject();
    }

    private sealed class Writer(Utf8JsonWriter w)
    {
        public void Scheme(Scheme scheme)
        {
            // A policy that several versions share, word for word, is declared once and named from each version.
            var eligibility = Shared(scheme.Versions.Select(v => v.Eligibility).ToList(), v => v.Name, (x, p) => x.EligibilityPolicy(p));
            var sizing = Shared(scheme.Versions.Select(v => v.Sizing).ToList(), v => v.Name, (x, p) => x.SizingPolicy(p));
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("id", scheme.Id);
            w.WriteString("name", scheme.Name);
            if (scheme.Notes.Count > 0)
            {
                Names("notes", scheme.Notes);
            }

            if (scheme.Annotations.Count > 0)
            {
                w.WriteStartArray("annotations");
                foreach (var a in scheme.Annotations)
                {
                    w.WriteStartObject();
                    w.WriteString("path", Compact(Compact(a.Path, "eligibility", eligibility.Slots), "sizing", sizing.Slots));
                    if (a.Source is { } source)
                    {
                        w.WriteString("source", source);
                    }

                    w.WriteBoolean("assumption", a.IsAssumption);
                    if (a.Meaning is { } english)
                    {
                        w.WriteStartObject("meaning");
                        w.WriteString("en", english);
                        w.WriteString("fr", a.FrenchMeaning);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Fund(scheme.Versions[0].Fund);
            Declared("eligibilityPolicies", eligibility.Declared, EligibilityPolicy);
            Declared("sizingPolicies", sizing.Declared, SizingPolicy);
            w.WriteStartArray("versions");
            for (var i = 0; i < scheme.Versions.Count; i++)
            {
                var v = scheme.Versions[i];
                ArgumentOutOfRangeException.ThrowIfNotEqual(ReferenceEquals(v.Fund, scheme.Versions[0].Fund) || v.Fund.Id == scheme.Versions[0].Fund.Id, true, nameof(scheme));
                w.WriteStartObject();
                w.WriteString("version", v.Version);
                w.WriteString("effectiveFrom", Iso(v.EffectiveFrom));
                DateOrNull("effectiveTo", v.EffectiveTo);
                Policy("eligibility", v.Eligibility.Name, eligibility.Slots[i], () => EligibilityPolicy(v.Eligibility));
                Policy("sizing", v.Sizing.Name, sizing.Slots[i], () => SizingPolicy(v.Sizing));
                if (v.TermOptions is [{ Name: TermOption.StandardName } only])
                {
                    Terms("terms", only.Terms);
                }
                else
                {
                    w.WriteStartArray("termOptions");
                    foreach (var option in v.TermOptions)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", option.Name);
                        Terms("terms", option.Terms);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                StateAid(v.StateAid);
                if (v.Collections is { } collections)
                {
                    w.WritePropertyName("collections");
                    CollectionsSection.Write(w, collections);
                }

                if (v.Notes.Count > 0)
                {
                    Names("notes", v.Notes);
                }

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

        /// <summary>The policies several versions share: each declared once, and for each version the index of its declaration, or -1 when it is written in place.</summary>
        private static (List<T> Declared, int[] Slots) Shared<T>(List<T> policies, Func<T, string> name, Action<Writer, T> write)
        {
            var texts = policies.Select(p => Text(p, write)).ToList();
            var declared = new List<T>();
            var slots = new int[policies.Count];
            for (var i = 0; i < policies.Count; i++)
            {
                var same = Enumerable.Range(0, policies.Count).Where(j => name(policies[j]) == name(policies[i])).ToList();
                if (same.Count < 2 || same.Any(j => texts[j] != texts[i]))
                {
                    slots[i] = -1;
                    continue;
                }

                slots[i] = same[0] == i ? declared.Count : slots[same[0]];
                if (same[0] == i)
                {
                    declared.Add(policies[i]);
                }
            }

            return (declared, slots);
        }

        private static string Text<T>(T policy, Action<Writer, T> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                write(new Writer(writer), policy);
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>An annotation's path to a shared policy: <c>$.versions[i].eligibility…</c> becomes <c>$.eligibilityPolicies[k]…</c>; with <c>[*]</c>, when every version shares the same one.</summary>
        private static string Compact(string path, string part, int[] slots)
        {
            var match = System.Text.RegularExpressions.Regex.Match(path, @"^\$\.versions\[(\*|[0-9]+)\]\." + part + @"(?=\.|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (!match.Success)
            {
                return path;
            }

            var index = match.Groups[1].Value;
            var slot = index == "*"
                ? slots.Distinct().Count() == 1 ? slots[0] : -1
                : int.TryParse(index, System.Globalization.CultureInfo.InvariantCulture, out var v) && v < slots.Length ? slots[v] : -1;
            return slot < 0 ? path : $"$.{part}Policies[{slot.ToString(System.Globalization.CultureInfo.InvariantCulture)}]" + path[match.Length..];
        }

        private void Declared<T>(string name, List<T> policies, Action<T> write)
        {
            if (policies.Count == 0)
            {
                return;
            }

            w.WriteStartArray(name);
            foreach (var policy in policies)
            {
                write(policy);
            }

            w.WriteEndArray();
        }

        /// <summary>A version's policy: its name when it is declared once for several versions, else the policy in place.</summary>
        private void Policy(string property, string name, int slot, Action write)
        {
            w.WritePropertyName(property);
            if (slot >= 0)
            {
                w.WriteStringValue(name);
            }
            else
            {
                write();
            }
        }

        private void EligibilityPolicy(EligibilityPolicy policy)
        {
            w.WriteStartObject();
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
                case SmeRule sme:
                    if (sme.Maximum != EnterpriseSize.Medium)
                    {
                        w.WriteString("maximum", ReasonCodes.NameOf(sme.Maximum));
                    }

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

        private void SizingPolicy(SizingPolicy policy)
        {
            w.WriteStartObject();
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

        private void Terms(string name, AdvanceTermsTemplate t) => WriteTerms(w, name, t);

        private void StateAid(StateAidTerms s)
        {
            w.WriteStartObject("stateAid");
            Regimes.Write(w, "regime", s.Regime, s.RegimeFollowsGrantDate);
            w.WriteString("grantDate", ReasonCodes.NameOf(s.GrantDateEvent));
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
                if (c.TimeMeasure == GrantEquivalentTimeMeasure.WholePeriods)
                {
                    w.WriteString("timeMeasure", Name(c.TimeMeasure));
                    w.WriteNumber("timeStepsPerYear", c.TimeStepsPerYear);
                }

                if (c.LineRounding is { } unit)
                {
                    w.WriteString("lineRounding", unit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
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
