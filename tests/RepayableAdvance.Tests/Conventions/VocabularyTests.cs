using System.Reflection;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Conventions;

/// <summary>
/// One name per concept: an eligibility rule's or a sizing amount's C# factory, its JSON name, its <c>Code</c> and the
/// stem of its reason codes are the same word, and the docs list it under that word.
/// </summary>
public class VocabularyTests
{
    private static readonly Money Euros = Money.Euros(100_000m);

    // One instance per factory of the catalogue. A new factory fails Every_factory_is_listed until it is added here.
    private static readonly Dictionary<string, EligibilityRule> Eligibility = new(StringComparer.Ordinal)
    {
        ["All"] = EligibilityRules.All(EligibilityRules.Registered()),
        ["Any"] = EligibilityRules.Any(EligibilityRules.Registered()),
        ["Not"] = EligibilityRules.Not(EligibilityRules.Registered()),
        ["When"] = EligibilityRules.When(EligibilityRules.Registered(), EligibilityRules.PositiveEquity()),
        ["HeadcountBetween"] = EligibilityRules.HeadcountBetween(1, 250),
        ["LocatedIn"] = EligibilityRules.LocatedIn("Hauts-de-France"),
        ["Registered"] = EligibilityRules.Registered(),
        ["MinimumAge"] = EligibilityRules.MinimumAge(3),
        ["AtMostLossYears"] = EligibilityRules.AtMostLossYears(1, 3),
        ["PositiveEquity"] = EligibilityRules.PositiveEquity(),
        ["NotUndertakingInDifficulty"] = EligibilityRules.NotUndertakingInDifficulty(),
        ["Sme"] = EligibilityRules.Sme(EnterpriseSize.Small),
        ["TaxAndSocialCompliance"] = EligibilityRules.TaxAndSocialCompliance(),
        ["ProcedureIn"] = EligibilityRules.ProcedureIn([ProcedureStatus.None]),
        ["ExcludedActivities"] = EligibilityRules.ExcludedActivities([new ActivityExclusion("01")]),
        ["ExcludedLegalForms"] = EligibilityRules.ExcludedLegalForms(LegalForm.Association),
        ["RatingAtBest"] = EligibilityRules.RatingAtBest("6+"),
        ["ConjuncturalDifficulty"] = EligibilityRules.ConjuncturalDifficulty(),
        ["OrderBookAtLeast"] = EligibilityRules.OrderBookAtLeast(3m),
        ["RecoveryPlan"] = EligibilityRules.RecoveryPlan(),
        ["CoFinancing"] = EligibilityRules.CoFinancing(new CoFinancingAlternative([CoFinancingKind.BankDebt], 1m)),
        ["RequestedAmountBetween"] = EligibilityRules.RequestedAmountBetween(Money.Euros(50_000m), Money.Euros(300_000m)),
    };

    private static readonly Dictionary<string, AmountRule> Amounts = new(StringComparer.Ordinal)
    {
        ["PayrollMonths"] = AmountRules.PayrollMonths(2m),
        ["WorkingCapitalNeed"] = AmountRules.WorkingCapitalNeed(),
        ["ShareOfLostTurnover"] = AmountRules.ShareOfLostTurnover(Rate.FromPercent(30m)),
        ["ExpenseBase"] = AmountRules.ExpenseBase(6, Money.Euros(75_000m)),
        ["TurnoverBands"] = AmountRules.TurnoverBands(new TurnoverBand(null, Euros)),
        ["RequestedAmount"] = AmountRules.RequestedAmount(),
        ["SchemeMaximum"] = AmountRules.SchemeMaximum(Euros),
        ["ShareOfNeed"] = AmountRules.ShareOfNeed(Rate.FromPercent(50m), AmountRules.WorkingCapitalNeed()),
        ["EquityPlusQuasiEquity"] = AmountRules.EquityPlusQuasiEquity(),
        ["ShareOfTurnover"] = AmountRules.ShareOfTurnover(Rate.FromPercent(25m)),
        ["CoFinancing"] = AmountRules.CoFinancing(new CoFinancingCap([CoFinancingKind.BankDebt], 2m)),
        ["FundHeadroom"] = AmountRules.FundHeadroom(),
        ["DeMinimisHeadroom"] = AmountRules.DeMinimisHeadroom(),
        ["Min"] = AmountRules.Min(AmountRules.RequestedAmount()),
        ["Max"] = AmountRules.Max(AmountRules.RequestedAmount()),
        ["RoundedDown"] = AmountRules.RoundedDown(AmountRules.RequestedAmount(), Money.Euros(1_000m)),
        ["When"] = AmountRules.When(EligibilityRules.Registered(), AmountRules.RequestedAmount(), AmountRules.WorkingCapitalNeed()),
        ["Floor"] = AmountRules.Floor(Euros),
    };

    // Conveniences that build other rules, so they have no name of their own: CappedAt is min(rule, schemeMaximum),
    // FlooredAt is max(rule, floor); Custom takes the caller's code.
    private static readonly string[] Conveniences = ["CappedAt", "FlooredAt", "Custom"];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string[] Factories(Type catalogue) =>
        [.. catalogue.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct().Where(n => !Conveniences.Contains(n)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_factory_is_listed()
    {
        Assert.Equal(Factories(typeof(EligibilityRules)), Eligibility.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Factories(typeof(AmountRules)), Amounts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_has_one_name_in_csharp_json_codes_and_docs()
    {
        var page = File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "eligibility.md"));
        var codes = ReasonCodes.All.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var written = JsonNames(SchemeDocument.Write(SchemeWith(EligibilityRules.All([.. Eligibility.Values]), AmountRules.Max([.. Amounts.Values]))));
        foreach (var (factory, rule) in Eligibility)
        {
            var name = Camel(factory);
            Assert.Equal(name, rule.Code);
            Assert.Contains(name, written);
            Assert.True(codes.Contains(name + ".met") && codes.Contains(name + ".notMet"), $"{name}.met and {name}.notMet are reason codes");
            if (factory is not ("All" or "Any" or "Not" or "When"))
            {
                Assert.Contains($"| `{name}` | `{factory}(", page, StringComparison.Ordinal);
            }
        }

        var sizingPage = File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "sizing.md"));
        foreach (var (factory, rule) in Amounts)
        {
            var name = Camel(factory);
            Assert.Equal(name, rule.Code);
            Assert.Contains(name, written);
            Assert.Contains("sizing." + name, codes);
            Assert.Contains($"`{factory}", sizingPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_scheme_written_with_every_rule_reads_back_with_the_same_names()
    {
        var json = SchemeDocument.Write(SchemeWith(EligibilityRules.All([.. Eligibility.Values]), AmountRules.Max([.. Amounts.Values])));
        Assert.True(SchemeDocument.TryRead(json, out var scheme, out var errors), string.Join("; ", errors));
        Assert.Equal(json, SchemeDocument.Write(scheme!));
    }

    [Fact]
    public void Reason_codes_are_the_templates_codes_and_every_refusal_rule_has_one()
    {
        Assert.Equal(ReasonFormatter.Default.Codes.Order(), ReasonCodes.All.Order());
        Assert.Equal(ReasonCodes.All.Count, ReasonCodes.All.Distinct().Count());
        foreach (var rule in Enum.GetValues<StateAidRule>())
        {
            Assert.Contains(StateAidRefusal.CodeOf(rule), ReasonCodes.All);
        }

        foreach (var outcome in Enum.GetValues<ProposalOutcome>())
        {
            Assert.Contains(Proposal.DecisionCode(outcome), ReasonCodes.All);
        }

        Assert.Equal("exceedsAvailable", ReasonCodes.NameOf(LedgerRule.ExceedsAvailable));
        Assert.Equal(ReasonCodes.Eligibility.HeadcountBetweenNotMet, EligibilityRules.HeadcountBetween(50, null).Evaluate(TestApplications.Boilermaker()).Reason.Code);
    }

    private static HashSet<string> JsonNames(string json)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return names;

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name is "rule" or "amount" && p.Value.ValueKind == JsonValueKind.String)
                    {
                        names.Add(p.Value.GetString()!);
                    }

                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray())
                {
                    Walk(x);
                }
            }
        }
    }

    private static Scheme SchemeWith(EligibilityRule rule, AmountRule need)
    {
        var preset = SchemePresets.HautsDeFrancePrevention.Versions[^1];
        var from = new LocalDate(2025, 1, 1);
        var version = new SchemeVersion(
            "v", from, null, new EligibilityPolicy("Every rule", new EligibilityVersion("v", from, null, rule)),
            new SizingPolicy("Every amount", new SizingVersion("v", from, null, need, [], Money.Euros(1m), null)),
            preset.Terms, preset.StateAid, preset.Fund);
        return new Scheme("vocabulary", "Vocabulary", [version], []);
    }
}
