using FsCheck;

using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Tests.Eligibility;

public class EligibilityInvariants
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);

    /// <summary>Applications with every field independently present or missing, around the thresholds the leaves test.</summary>
    internal static readonly Gen<Application> Applications =
        from headcount in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 400).Select(h => (int?)h))
        from region in Gen.Elements<string?>(null, "Hauts-de-France", "Île-de-France", "Bretagne")
        from registration in Gen.Elements<Registration?>(null, Registration.None, Registration.Rcs, Registration.Rm)
        from years in Gen.Choose(0, 4)
        from results in Gen.ArrayOf(Gen.Choose(-200, 200), 4)
        from equity in Gen.Choose(-100, 900)
        from tax in Gen.Elements<ComplianceStatus?>(null, ComplianceStatus.UpToDate, ComplianceStatus.UnderAgreedPaymentPlan, ComplianceStatus.InArrears)
        from social in Gen.Elements<ComplianceStatus?>(null, ComplianceStatus.UpToDate, ComplianceStatus.UnderAgreedPaymentPlan, ComplianceStatus.InArrears)
        from procedure in Gen.Elements<ProcedureStatus?>([null, .. Enum.GetValues<ProcedureStatus>().Select(p => (ProcedureStatus?)p)])
        from gap in Gen.Elements<bool?>(null, true, false)
        from naf in Gen.Elements<string?>(null, "25.29Z", "68.20B", "64.19Z", "01.11Z", "47.11F")
        from form in Gen.Elements<LegalForm?>(null, LegalForm.Sas, LegalForm.Sarl, LegalForm.Association, LegalForm.Sci)
        from rating in Gen.Elements<string?>(null, "3+", "5+", "6", "0")
        from plan in Gen.Elements<bool?>(null, true, false)
        from difficulty in Gen.Elements<DifficultyNature?>(null, DifficultyNature.Conjunctural, DifficultyNature.Structural)
        from requested in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(10, 400).Select(k => (int?)(k * 1000)))
        from bank in Gen.Choose(0, 800)
        from takeover in Gen.Elements<TakeoverContext?>(null, TakeoverContext.None, TakeoverContext.BusinessTakeover)
        select new Application(
            AsOf,
            identity: new ApplicantIdentity(legalForm: form, registration: registration, nafCode: naf, creationDate: new LocalDate(2025 - (years * 2), 1, 1), takeover: takeover, headcount: headcount, banqueDeFranceRating: rating),
            location: new ApplicantLocation(registeredOfficeRegion: region),
            fiscalYears: [.. Enumerable.Range(0, years).Select(i => new FiscalYear(new LocalDate(2024 - years + 1 + i, 12, 31), Turnover: Money.Euros(1_000_000m), NetResult: Money.Euros(results[i] * 1000m), Equity: Money.Euros(equity * 1000m), SubscribedCapital: Money.Euros(200_000m)))],
            need: new FinancingNeed(requestedAmount: requested is { } r ? Money.Euros(r) : null, difficulty: difficulty, orderBookMonths: 3m, hasRecoveryPlan: plan),
            compliance: new ComplianceAndProcedure(taxCompliance: tax, socialCompliance: social, procedure: procedure, procedureFinancingGap: gap),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(bank * 1000m), 60, AsOf.PlusDays(-10))]);

    private static readonly EligibilityRule[] LeafPool =
    [
        EligibilityRules.HeadcountBetween(11, null),
        EligibilityRules.HeadcountBetween(20, 300),
        EligibilityRules.LocatedIn("Hauts-de-France"),
        EligibilityRules.Registered(),
        EligibilityRules.MinimumAge(null, 3, takeoverException: true),
        EligibilityRules.AtMostLossYears(2, 3),
        EligibilityRules.PositiveEquity(),
        EligibilityRules.NotUndertakingInDifficulty(),
        EligibilityRules.TaxAndSocialCompliance(),
        EligibilityRules.ProcedureIn([ProcedureStatus.None, ProcedureStatus.SafeguardPlan], plansRequireFinancingGap: true),
        EligibilityRules.ExcludedActivities([new ActivityExclusion("64"), new ActivityExclusion("68")]),
        EligibilityRules.ExcludedLegalForms(LegalForm.Association),
        EligibilityRules.RatingAtBest("6+", acceptZero: true),
        EligibilityRules.ConjuncturalDifficulty(),
        EligibilityRules.RecoveryPlan(),
        EligibilityRules.CoFinancing(new CoFinancingAlternative([CoFinancingKind.BankDebt], 2m)),
        EligibilityRules.RequestedAmountBetween(Money.Euros(50_000m), Money.Euros(300_000m)),
    ];

    /// <summary>Random policy trees of depth at most 4.</summary>
    internal static Gen<EligibilityRule> Tree(int depth) =>
        depth <= 1
            ? Gen.Elements(LeafPool)
            : Gen.OneOf(
                Gen.Elements(LeafPool),
                Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Tree(depth - 1), n)).Select(l => EligibilityRules.All(l)),
                Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Tree(depth - 1), n)).Select(l => EligibilityRules.Any(l)),
                Tree(depth - 1).Select(EligibilityRules.Not),
                Tree(depth - 1).Zip(Tree(depth - 1)).Select(t => EligibilityRules.When(t.Item1, t.Item2)));

    private static readonly Gen<(EligibilityRule Rule, Application App)> Case = Tree(4).Zip(Applications);

    [Fact]
    public void DoubleNegation_IsIdentity() => Laws.Check(1000, Case, c =>
        EligibilityRules.Not(EligibilityRules.Not(c.Rule)).Evaluate(c.App).Outcome == c.Rule.Evaluate(c.App).Outcome);

    [Fact]
    public void DeMorgan_Holds() => Laws.Check(1000, Case.Zip(Tree(3)), c =>
    {
        var (a, app) = c.Item1;
        var b = c.Item2;
        return EligibilityRules.Not(EligibilityRules.All(a, b)).Evaluate(app).Outcome == EligibilityRules.Any(EligibilityRules.Not(a), EligibilityRules.Not(b)).Evaluate(app).Outcome
            && EligibilityRules.Not(EligibilityRules.Any(a, b)).Evaluate(app).Outcome == EligibilityRules.All(EligibilityRules.Not(a), EligibilityRules.Not(b)).Evaluate(app).Outcome;
    });

    [Fact]
    public void AllAndAny_DoNotDependOnChildOrder() => Laws.Check(1000, Gen.Choose(2, 5).SelectMany(n => Gen.ArrayOf(Tree(3), n)).Zip(Applications), c =>
    {
        var children = c.Item1.ToArray();
        var reversed = children.Reverse().ToArray();
        return EligibilityRules.All(children).Evaluate(c.Item2).Outcome == EligibilityRules.All(reversed).Evaluate(c.Item2).Outcome
            && EligibilityRules.Any(children).Evaluate(c.Item2).Outcome == EligibilityRules.Any(reversed).Evaluate(c.Item2).Outcome;
    });

    [Fact]
    public void AddingAConjunct_NeverMakesAnIneligibleApplicationEligible() => Laws.Check(1000, Case.Zip(Tree(3)), c =>
    {
        var (rule, app) = c.Item1;
        return rule.Evaluate(app).Outcome != EligibilityOutcome.Ineligible || EligibilityRules.All(rule, c.Item2).Evaluate(app).Outcome == EligibilityOutcome.Ineligible;
    });

    [Fact]
    public void EveryFailingLeaf_AppearsInTheExplanation() => Laws.Check(1000, Case, c =>
    {
        var policy = new EligibilityPolicy("P", new EligibilityVersion("1", new LocalDate(2000, 1, 1), null, c.Rule));
        var result = policy.Evaluate(c.App);
        var lines = result.Explain(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        foreach (var leaf in result.Root.Leaves().Where(l => l.Outcome == EligibilityOutcome.Ineligible))
        {
            var text = ReasonFormatter.Default.Format(leaf.Reason, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
            Assert.Contains(lines, l => l.EndsWith("✗ " + text, StringComparison.Ordinal));
        }

        Assert.All(result.Failures, f => Assert.Equal(EligibilityOutcome.Ineligible, f.Outcome));
        Assert.Equal(result.Outcome == EligibilityOutcome.Ineligible, result.Failures.Count > 0);
        Assert.Equal(result.Outcome == EligibilityOutcome.CannotTell, result.MissingData.Count > 0);
    });

    [Fact]
    public void CompleteAndShortCircuit_Agree() => Laws.Check(1000, Case, c =>
        c.Rule.Evaluate(c.App, EvaluationMode.Complete).Outcome == c.Rule.Evaluate(c.App, EvaluationMode.ShortCircuit).Outcome);

    [Fact]
    public void Evaluation_IsDeterministic() => Laws.Check(1000, Case, c =>
        c.Rule.Evaluate(c.App).Equals(c.Rule.Evaluate(c.App)) || Same(c.Rule.Evaluate(c.App), c.Rule.Evaluate(c.App)));

    private static bool Same(RuleResult a, RuleResult b) =>
        a.Rule == b.Rule && a.Outcome == b.Outcome && a.Reason.Equals(b.Reason) && a.NotApplicable == b.NotApplicable
        && a.MissingData.SequenceEqual(b.MissingData) && a.Children.Count == b.Children.Count && a.Children.Zip(b.Children).All(p => Same(p.First, p.Second));
}
