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
        var rule = Rules.All(
            Rules.HeadcountBetween(20, null),
            Rules.LocatedIn("Grand Est"),
            Rules.MinimumAge(years: 1, fiscalYears: 1),
            Rules.RatingAtBest("6+", acceptZero: true),
            Rules.ConjuncturalDifficulty(),
            Rules.ExcludedActivities(
                [new ActivityExclusion("64"), new ActivityExclusion("68.1"), new ActivityExclusion("01", TurnoverBelow: Money.Euros(750_000m))],
                exceptions: ["64.2", "02.20Z"]),
            // A rule with exceptions: in a procedure, only conciliation with new money, or a plan with a financing gap.
            Rules.When(
                Rules.Not(Rules.ProcedureIn([ProcedureStatus.None])),
                Rules.ProcedureIn([ProcedureStatus.ConciliationWithNewMoneyPrivilege, ProcedureStatus.SafeguardPlan], plansRequireFinancingGap: true)),
            Rules.CoFinancing(new CoFinancingAlternative([CoFinancingKind.BankDebt], 1m, MinimumTenorMonths: 48, WindowMonths: 6)));

        var policy = new EligibilityPolicy(
            "Prêt Rebond Grand Est",
            new PolicyVersion("2020", new LocalDate(2020, 4, 1), new LocalDate(2021, 12, 31), rule));
        #endregion
        Assert.Equal("2020", policy.VersionOn(new LocalDate(2020, 6, 1)).Version);
    }

    [Fact]
    public void ExplainADecision()
    {
        var application = TestApplications.Boilermaker();
        #region snippet:eligibility-explain
        var result = SchemePresets.HautsDeFrancePrevention.VersionOn(application.AsOf).Eligibility.Evaluate(application);

        Assert.Equal(Outcome.Eligible, result.Outcome);                 // three-valued: Eligible, Ineligible, CannotTell
        var lines = result.Explain(CultureInfo.GetCultureInfo("fr-FR")); // one line per criterion, French first
        Assert.Equal("Éligible au titre de Hauts-de-France Prévention (2021).", lines[0]);
        Assert.Contains(lines, l => l.Contains("plan d'apurement accordé, ce qui vaut régularité", StringComparison.Ordinal));
        #endregion
    }

    [Fact]
    public void MissingData()
    {
        #region snippet:eligibility-missing
        var policy = new EligibilityPolicy("Demo", new PolicyVersion("1", new LocalDate(2025, 1, 1), null,
            Rules.All(Rules.HeadcountBetween(20, null), Rules.PositiveEquity(), Rules.TaxAndSocialCompliance())));
        var incomplete = new Application(new LocalDate(2025, 7, 15), identity: new ApplicantIdentity(headcount: 25));

        var result = policy.Evaluate(incomplete);
        Assert.Equal(Outcome.CannotTell, result.Outcome);                // never "eligible by default"
        Assert.Equal(["fiscalYears.equity", "taxCompliance"], result.MissingData);
        #endregion
    }
}
