using System.Globalization;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/eligibility.md, run as tests.</summary>
public class EligibilitySnippets
{
    [Fact]
    public void ComposeAPolicy()
    {
        #region snippet:eligibility-compose
        var rule = EligibilityRules.All(
            EligibilityRules.HeadcountBetween(20, null),
            EligibilityRules.LocatedIn("Grand Est"),
            EligibilityRules.MinimumAge(years: 1, fiscalYears: 1),
            EligibilityRules.RatingAtBest("6+", acceptZero: true),
            EligibilityRules.ConjuncturalDifficulty(),
            EligibilityRules.ExcludedActivities(
                [new ActivityExclusion("64"), new ActivityExclusion("68.1"), new ActivityExclusion("01", TurnoverBelow: Money.Euros(750_000m))],
                exceptions: ["64.2", "02.20Z"]),
            // A rule with exceptions: in a procedure, only conciliation with new money, or a plan with a financing gap.
            EligibilityRules.When(
                EligibilityRules.Not(EligibilityRules.ProcedureIn([ProcedureStatus.None])),
                EligibilityRules.ProcedureIn([ProcedureStatus.ConciliationWithNewMoneyPrivilege, ProcedureStatus.SafeguardPlan], plansRequireFinancingGap: true)),
            EligibilityRules.CoFinancing(new CoFinancingAlternative([CoFinancingKind.BankDebt], 1m, MinimumTenorMonths: 48, WindowMonths: 6)));

        var policy = new EligibilityPolicy(
            "Prêt Rebond Grand Est",
            new EligibilityVersion("2020", new LocalDate(2020, 4, 1), new LocalDate(2021, 12, 31), rule));
        #endregion
        Assert.Equal("2020", policy.VersionOn(new LocalDate(2020, 6, 1)).Version);
    }

    [Fact]
    public void ExplainADecision()
    {
        var application = TestApplications.Boilermaker();
        #region snippet:eligibility-explain
        var result = SchemePresets.HautsDeFrancePrevention.VersionOn(application.AsOf).Eligibility.Evaluate(application);

        Assert.Equal(EligibilityOutcome.Eligible, result.Outcome);                 // three-valued: Eligible, Ineligible, CannotTell
        var lines = result.Explain(CultureInfo.GetCultureInfo("fr-FR")); // one line per criterion, French first
        Assert.Equal("Éligible au titre de Hauts-de-France Prévention, règles d'éligibilité de 2021.", lines[0]);
        Assert.Contains(lines, l => l.Contains("plan d'apurement accordé, ce qui vaut régularité", StringComparison.Ordinal));
        #endregion
    }

    [Fact]
    public void MissingData()
    {
        #region snippet:eligibility-missing
        var policy = new EligibilityPolicy("Demo", new EligibilityVersion("1", new LocalDate(2025, 1, 1), null,
            EligibilityRules.All(EligibilityRules.HeadcountBetween(20, null), EligibilityRules.PositiveEquity(), EligibilityRules.TaxAndSocialCompliance())));
        var incomplete = new Application(new LocalDate(2025, 7, 15), identity: new ApplicantIdentity(headcount: 25));

        var result = policy.Evaluate(incomplete);
        Assert.Equal(EligibilityOutcome.CannotTell, result.Outcome);                // never "eligible by default"
        Assert.Equal(["fiscalYears.equity", "taxCompliance"], result.MissingData);
        #endregion
    }
}
