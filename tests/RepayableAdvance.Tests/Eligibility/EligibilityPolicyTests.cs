using System.Globalization;
using NodaTime;
using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Tests.Eligibility;

public class EligibilityPolicyTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Boilermaker_IsEligible_UnderTheVersionInForce()
    {
        var result = Presets.Eligibility("hauts-de-france-prevention").Evaluate(TestApplications.Boilermaker());
        Assert.Equal(EligibilityOutcome.Eligible, result.Outcome);
        Assert.True(result.IsEligible);
        Assert.Equal("2021", result.Version);
        Assert.Empty(result.Failures);
        Assert.Empty(result.MissingData);

        var compliance = result.Root.Leaves().Single(l => l.Rule == "taxAndSocialCompliance");
        Assert.Equal(new ReasonCode("taxAndSocialCompliance.metUnderPlan"), compliance.Reason.Code);
        Assert.Contains("plan d'apurement accordé, ce qui vaut régularité", ReasonFormatter.Default.Format(compliance.Reason, French), StringComparison.Ordinal);
        Assert.Equal(
            "Up to date with tax and social obligations: the social debts are under an agreed payment plan, which counts as compliant.",
            ReasonFormatter.Default.Format(compliance.Reason, English));
    }

    [Fact]
    public void Boilermaker_FullExplanation_InFrench()
    {
        var lines = Presets.Eligibility("hauts-de-france-prevention").Evaluate(TestApplications.Boilermaker()).Explain(French);
        Assert.Equal(
        [
            "Éligible au titre de Hauts-de-France Prévention, règles d'éligibilité de 2021.",
            "✓ Les 13 critères sont remplis.",
            "  ✓ L'effectif de 20 est dans la plage ≥ 11.",
            "  ✓ Implantée en Hauts-de-France (Hauts-de-France).",
            "  ✓ Immatriculée (RCS).",
            "  ✓ Condition d'ancienneté levée : reprise d'entreprise.",
            "  ✓ 1 exercice(s) déficitaire(s) sur les 3 derniers ; 2 au plus.",
            "  ✓ Capitaux propres positifs : 510\u202F000,00 EUR.",
            "  ✓ À jour de ses obligations fiscales et sociales : les dettes sociales font l'objet d'un plan d'apurement accordé, ce qui vaut régularité.",
            "  ✓ Situation au regard des procédures acceptée : aucune.",
            "  ✓ Un plan de redressement existe.",
            "  ✓ La forme juridique SAS est éligible.",
            "  ✓ L'activité 25.29Z est éligible.",
            "  ✓ La demande de 150\u202F000,00 EUR est comprise entre 50\u202F000,00 EUR et 300\u202F000,00 EUR.",
            "  ✓ Le cofinancement de 400\u202F000,00 EUR (dette bancaire) couvre les 300\u202F000,00 EUR exigés.",
        ],
            lines);
    }

    [Fact]
    public void FailingApplicant_GoldenExplanation_InEnglish()
    {
        // A 9-person real-estate SCI in Picardy, in arrears with URSSAF, with a 100k bank loan for a 150k request.
        var application = new Application(
            asOf: new LocalDate(2025, 7, 15),
            identity: new ApplicantIdentity(legalForm: LegalForm.Sci, registration: Registration.Rcs, nafCode: "68.20B", creationDate: new LocalDate(2015, 1, 1), headcount: 9),
            location: new ApplicantLocation(registeredOfficeRegion: "Hauts-de-France"),
            fiscalYears: [
                new FiscalYear(new LocalDate(2022, 12, 31), NetResult: Money.Euros(-10_000m), Equity: Money.Euros(50_000m)),
                new FiscalYear(new LocalDate(2023, 12, 31), NetResult: Money.Euros(-20_000m), Equity: Money.Euros(30_000m)),
                new FiscalYear(new LocalDate(2024, 12, 31), NetResult: Money.Euros(-40_000m), Equity: Money.Euros(-10_000m)),
            ],
            need: new FinancingNeed(requestedAmount: Money.Euros(150_000m), hasRecoveryPlan: null),
            compliance: new ComplianceAndProcedure(taxCompliance: ComplianceStatus.UpToDate, socialCompliance: ComplianceStatus.InArrears, procedure: ProcedureStatus.None),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(100_000m), 48, new LocalDate(2025, 6, 1))]);
        var result = Presets.Eligibility("hauts-de-france-prevention").Evaluate(application);
        Assert.Equal(EligibilityOutcome.Ineligible, result.Outcome);
        Assert.Equal(["headcountBetween", "atMostLossYears", "positiveEquity", "taxAndSocialCompliance", "excludedActivities", "coFinancing"], result.Failures.Select(f => f.Rule));
        Assert.Empty(result.MissingData); // the missing recovery plan cannot change an ineligible decision; the explanation still shows it
        Assert.Equal(
        [
            "Not eligible under Hauts-de-France Prévention, eligibility rules of 2021.",
            "✗ 6 of 13 criteria are not met.",
            "  ✗ Headcount 9 is outside ≥ 11.",
            "  ✓ Located in Hauts-de-France (Hauts-de-France).",
            "  ✓ Registered (RCS).",
            "  ✓ Age 10 years; at least 3 required.",
            "  ✗ 3 loss-making years in the last 3; at most 2 allowed.",
            "  ✗ Equity is not positive: -10,000.00 EUR.",
            "  ✗ Not up to date with social obligations.",
            "  ✓ Procedure status accepted: none.",
            "  ? hasRecoveryPlan is missing, so recoveryPlan cannot be decided; it needs review.",
            "  ✓ Legal form SCI is eligible.",
            "  ✗ Activity 68.20B is excluded (68).",
            "  ✓ Requested 150,000.00 EUR is between 50,000.00 EUR and 300,000.00 EUR.",
            "  ✗ Co-financing falls short by 150,000.00 EUR under the best of 2 alternative(s).", // equity 1× beats bank 2×
        ],
            result.Explain(English));
        var ex = Assert.Throws<IneligibleException>(() => result.ThrowIfIneligible());
        Assert.Same(result, ex.Result);
    }

    [Fact]
    public void CciGrandLille_GoldenExplanation_ForAStructurallyFailingFirm()
    {
        // A 250-person Lille metalworks in structural decline: losses three years running, equity under half its capital.
        var lille = new Application(
            new LocalDate(2016, 3, 1),
            identity: new ApplicantIdentity(legalForm: LegalForm.Sa, registration: Registration.Rcs, nafCode: "24.10Z", creationDate: new LocalDate(1962, 1, 1), headcount: 250),
            location: new ApplicantLocation(registeredOfficeRegion: "Hauts-de-France"),
            fiscalYears: [new FiscalYear(new LocalDate(2013,12,31), NetResult: Money.Euros(-300_000m), Equity: Money.Euros(900_000m), SubscribedCapital: Money.Euros(1_000_000m)),
            new FiscalYear(new LocalDate(2014,12,31), NetResult: Money.Euros(-250_000m), Equity: Money.Euros(650_000m), SubscribedCapital: Money.Euros(1_000_000m)),
            new FiscalYear(new LocalDate(2015,12,31), NetResult: Money.Euros(-200_000m), Equity: Money.Euros(450_000m), SubscribedCapital: Money.Euros(1_000_000m))],
            need: new FinancingNeed(requestedAmount: Money.Euros(200_000m), difficulty: DifficultyNature.Structural, difficultyCause: "steel overcapacity"),
            compliance: new ComplianceAndProcedure(taxCompliance: ComplianceStatus.UpToDate, socialCompliance: ComplianceStatus.UpToDate));
        var result = Presets.Eligibility("cci-grand-lille-prevention").Evaluate(lille);
        Assert.Equal(["notUndertakingInDifficulty", "conjuncturalDifficulty", "atMostLossYears"], result.Failures.Select(f => f.Rule));
        Assert.Equal(
        [
            "Not eligible under CCI Grand Lille Prévention, eligibility rules of 2012.",
            "✗ 3 of 8 criteria are not met.",
            "  ✓ Headcount 250 is within 20–300.",
            "  ✓ Located in Hauts-de-France (Hauts-de-France).",
            "  ✓ Registered (RCS).",
            "  ✓ Equity is positive: 450,000.00 EUR.",
            "  ✗ In difficulty in the EU sense (GBER Art. 2(18)(a)): losses have eaten more than half the subscribed capital (equity 450,000.00 EUR, capital 1,000,000.00 EUR).",
            "  ✗ The difficulty is structural: steel overcapacity.",
            "  ✗ 3 loss-making years in the last 3; at most 2 allowed.",
            "  ✓ Up to date with tax and social obligations.",
        ],
            result.Explain(English));
    }

    [Fact]
    public void IleDeFrance_GoldenExplanation_ForASmallFirmInArrears()
    {
        // A 15-person Paris software SME under cash strain, with social arrears and no co-financing yet.
        var paris = new Application(
            new LocalDate(2025, 7, 15),
            identity: new ApplicantIdentity(legalForm: LegalForm.Sas, registration: Registration.Rcs, nafCode: "62.01Z", creationDate: new LocalDate(2012, 5, 1), headcount: 15),
            location: new ApplicantLocation(registeredOfficeRegion: "Île-de-France"),
            fiscalYears:
            [
                new FiscalYear(new LocalDate(2023, 12, 31), NetResult: Money.Euros(40_000m), Equity: Money.Euros(350_000m), SubscribedCapital: Money.Euros(100_000m), Turnover: Money.Euros(2_100_000m), AnnualWorkUnits: 14.5m, BalanceSheetTotal: Money.Euros(1_300_000m)),
                new FiscalYear(new LocalDate(2024, 12, 31), NetResult: Money.Euros(-50_000m), Equity: Money.Euros(300_000m), SubscribedCapital: Money.Euros(100_000m), Turnover: Money.Euros(1_800_000m), AnnualWorkUnits: 14.8m, BalanceSheetTotal: Money.Euros(1_200_000m)),
            ],
            need: new FinancingNeed(requestedAmount: Money.Euros(120_000m), difficulty: DifficultyNature.Conjunctural, difficultyCause: "a client's insolvency"),
            compliance: new ComplianceAndProcedure(taxCompliance: ComplianceStatus.UpToDate, socialCompliance: ComplianceStatus.InArrears, procedure: ProcedureStatus.None, insolvencyCriteriaMet: false, rescueOrRestructuringAid: RescueOrRestructuringAid.None),
            group: new ApplicantGroup(relatedEnterprises: []));
        var result = Presets.Eligibility("ile-de-france-prevention").Evaluate(paris);
        Assert.Equal(["headcountBetween", "taxAndSocialCompliance", "coFinancing"], result.Failures.Select(f => f.Rule));
        Assert.Equal(
        [
            "Not eligible under Île-de-France Prévention, eligibility rules of 2021.",
            "✗ 3 of 9 criteria are not met.",
            "  ✗ Headcount 15 is outside ≥ 20.",
            "  ✓ Within the small-enterprise ceilings of Recommendation 2003/361/EC: 14.8 annual work units in the period closing 31/12/2024, partner and linked enterprises included, and turnover or balance sheet total at most EUR 10 million.",
            "  ✓ Located in Île-de-France (Île-de-France).",
            "  ✓ Registered (RCS).",
            "  ✓ Not in difficulty in the EU sense (GBER Art. 2(18)): equity of 300,000.00 EUR is at least half the subscribed capital of 100,000.00 EUR, and no other limb applies.",
            "  ✓ At least one of 2 alternatives is met.",
            "    ✗ Procedure status not accepted: none.",
            "    ✓ The difficulty is conjunctural: a client's insolvency.",
            "  ✗ Not up to date with social obligations.",
            "  ✓ Requested 120,000.00 EUR is between 0.01 EUR and 300,000.00 EUR.",
            "  ✗ Co-financing falls short by 120,000.00 EUR under the best of 1 alternative(s).",
        ],
            result.Explain(English));
    }

    [Fact]
    public void Versions_2017RequiresTwiceTheAdvance_2020OnlyOnce()
    {
        var policy = Presets.Eligibility("hauts-de-france-prevention");
        var during2020 = TestApplications.Boilermaker(bankLoan: 200_000m, asOf: new LocalDate(2020, 5, 4));
        var in2018 = TestApplications.Boilermaker(bankLoan: 200_000m, asOf: new LocalDate(2018, 5, 4));
        Assert.Equal(EligibilityOutcome.Eligible, policy.Evaluate(during2020).Outcome);
        Assert.Equal("2020", policy.Evaluate(during2020).Version);
        var strict = policy.Evaluate(in2018);
        Assert.Equal(EligibilityOutcome.Ineligible, strict.Outcome);
        Assert.Equal("2017", strict.Version);
        Assert.Equal(["coFinancing"], strict.Failures.Select(f => f.Rule));

        var before = Assert.Throws<MissingReferenceDataException>(() => policy.Evaluate(TestApplications.Boilermaker(asOf: new LocalDate(2016, 1, 4))));
        Assert.StartsWith("No version of policy Hauts-de-France Prévention is in force on 2016-01-04", before.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingData_CannotTell_ListsExactlyWhatIsMissing()
    {
        var result = Presets.Eligibility("hauts-de-france-prevention").Evaluate(TestApplications.Boilermaker(headcount: null, social: null));
        Assert.Equal(EligibilityOutcome.CannotTell, result.Outcome);
        Assert.False(result.IsEligible);
        Assert.Equal(["headcount", "socialCompliance"], result.MissingData);
        Assert.Equal("À instruire au titre de Hauts-de-France Prévention, règles d'éligibilité de 2021 : des données manquent.", result.Explain(French)[0]);
    }

    [Fact]
    public void CciGrandLille_And_IleDeFrance_FromTheirCriteria()
    {
        var lille = Presets.Eligibility("cci-grand-lille-prevention").Evaluate(TestApplications.Boilermaker(asOf: new LocalDate(2016, 9, 1), headcount: 20));
        Assert.Equal(EligibilityOutcome.Eligible, lille.Outcome);
        var tooSmall = Presets.Eligibility("cci-grand-lille-prevention").Evaluate(TestApplications.Boilermaker(asOf: new LocalDate(2016, 9, 1), headcount: 15));
        Assert.Equal(["headcountBetween"], tooSmall.Failures.Select(f => f.Rule));

        // The boilermaker's seat is not in Île-de-France.
        var paris = Presets.Eligibility("ile-de-france-prevention").Evaluate(TestApplications.Boilermaker());
        Assert.Equal(["locatedIn"], paris.Failures.Select(f => f.Rule));
    }

    [Fact]
    public void ThreeValuedLogic_Combinators()
    {
        var app = TestApplications.Boilermaker(headcount: null);
        var yes = EligibilityRules.Registered();
        var no = EligibilityRules.HeadcountBetween(null, 5).Evaluate(TestApplications.Boilermaker()).Outcome == EligibilityOutcome.Ineligible ? EligibilityRules.HeadcountBetween(null, 5) : throw new InvalidOperationException();
        var unknown = EligibilityRules.HeadcountBetween(1, null);
        var noForApp = EligibilityRules.OrderBookAtLeast(12m);

        Assert.Equal(EligibilityOutcome.Ineligible, EligibilityRules.All(yes, unknown, noForApp).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.CannotTell, EligibilityRules.All(yes, unknown).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, EligibilityRules.Any(noForApp, unknown, yes).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.CannotTell, EligibilityRules.Any(noForApp, unknown).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, EligibilityRules.Any(noForApp).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, EligibilityRules.Not(yes).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.CannotTell, EligibilityRules.Not(unknown).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, EligibilityRules.Not(noForApp).Evaluate(app).Outcome);

        // When: not applicable counts as eligible with its own reason; an unknown condition cannot tell.
        var notApplicable = EligibilityRules.When(noForApp, EligibilityRules.HeadcountBetween(1000, null)).Evaluate(app);
        Assert.Equal(EligibilityOutcome.Eligible, notApplicable.Outcome);
        Assert.True(notApplicable.NotApplicable);
        Assert.Equal(new ReasonCode("notApplicable"), notApplicable.Reason.Code);
        Assert.Equal(EligibilityOutcome.CannotTell, EligibilityRules.When(unknown, yes).Evaluate(app).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, EligibilityRules.When(yes, noForApp).Evaluate(app).Outcome);
        _ = no;
    }

    [Fact]
    public void RuleWithExceptions_ProcedureConditions()
    {
        // "In a procedure, then only conciliation with new money, or a safeguard plan with a financing gap."
        var rule = EligibilityRules.ProcedureIn([ProcedureStatus.None, ProcedureStatus.ConciliationWithNewMoneyPrivilege, ProcedureStatus.SafeguardPlan], plansRequireFinancingGap: true);
        Application With(ProcedureStatus status, bool? gap) => new(new LocalDate(2025, 7, 15), compliance: new ComplianceAndProcedure(procedure: status, procedureFinancingGap: gap));
        Assert.Equal(EligibilityOutcome.Eligible, rule.Evaluate(With(ProcedureStatus.ConciliationWithNewMoneyPrivilege, null)).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, rule.Evaluate(With(ProcedureStatus.ConciliationWithoutPrivilege, null)).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, rule.Evaluate(With(ProcedureStatus.SafeguardPlan, true)).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, rule.Evaluate(With(ProcedureStatus.SafeguardPlan, false)).Outcome);
        Assert.Equal(EligibilityOutcome.CannotTell, rule.Evaluate(With(ProcedureStatus.SafeguardPlan, null)).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, rule.Evaluate(With(ProcedureStatus.Liquidation, null)).Outcome);
    }

    [Fact]
    public void Catalogue_EdgeCases()
    {
        var asOf = new LocalDate(2025, 7, 15);

        // EU undertaking in difficulty and the SME test: see UndertakingInDifficultyTests and SmeTests.

        // NAF exclusions with exceptions and a turnover condition (Prêt Rebond Grand Est: agriculture below 750k).
        var rebond = EligibilityRules.ExcludedActivities([new ActivityExclusion("64"), new ActivityExclusion("01", Money.Euros(750_000m)), new ActivityExclusion("02", Money.Euros(750_000m))], ["64.2", "02.20Z"]);
        Application Naf(string code, decimal turnover = 1_000_000m) => new(asOf, identity: new ApplicantIdentity(nafCode: code), fiscalYears: [new FiscalYear(new LocalDate(2024, 12, 31), Turnover: Money.Euros(turnover))]);
        Assert.Equal(EligibilityOutcome.Ineligible, rebond.Evaluate(Naf("64.19Z")).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, rebond.Evaluate(Naf("64.20Z")).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, rebond.Evaluate(Naf("01.11Z", 800_000m)).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, rebond.Evaluate(Naf("01.11Z", 500_000m)).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, rebond.Evaluate(Naf("02.20Z", 100_000m)).Outcome);

        // Banque de France rating up to 6+, 0 accepted (Prêt Rebond).
        var rating = EligibilityRules.RatingAtBest("6+", acceptZero: true);
        Assert.Equal(EligibilityOutcome.Eligible, rating.Evaluate(new Application(asOf, identity: new ApplicantIdentity(banqueDeFranceRating: "5+"))).Outcome);
        Assert.Equal(EligibilityOutcome.Eligible, rating.Evaluate(new Application(asOf, identity: new ApplicantIdentity(banqueDeFranceRating: "0"))).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, rating.Evaluate(new Application(asOf, identity: new ApplicantIdentity(banqueDeFranceRating: "6"))).Outcome);
        Assert.Equal(EligibilityOutcome.CannotTell, rating.Evaluate(new Application(asOf)).Outcome);

        // Co-financing with a minimum tenor and a window (Grand Est: bank loan ≥ 4 years within 6 months).
        var grandEst = EligibilityRules.CoFinancing(new CoFinancingAlternative([CoFinancingKind.BankDebt], 1m, MinimumTenorMonths: 48, WindowMonths: 6));
        Application Loan(int tenor, LocalDate date) => new(asOf, need: new FinancingNeed(requestedAmount: Money.Euros(100_000m)), coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(100_000m), tenor, date)]);
        Assert.Equal(EligibilityOutcome.Eligible, grandEst.Evaluate(Loan(48, new LocalDate(2025, 3, 1))).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, grandEst.Evaluate(Loan(36, new LocalDate(2025, 3, 1))).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, grandEst.Evaluate(Loan(48, new LocalDate(2024, 3, 1))).Outcome);

        // Age with and without the takeover exception.
        var age = EligibilityRules.MinimumAge(years: null, fiscalYears: 3, takeoverException: true);
        Assert.Equal(EligibilityOutcome.Eligible, age.Evaluate(new Application(asOf, identity: new ApplicantIdentity(takeover: TakeoverContext.CourtOrderedAssetTakeover))).Outcome);
        Assert.Equal(EligibilityOutcome.Ineligible, age.Evaluate(new Application(asOf, identity: new ApplicantIdentity(takeover: TakeoverContext.None, creationDate: new LocalDate(2024, 1, 1)), fiscalYears: [new FiscalYear(new LocalDate(2024, 12, 31))])).Outcome);

        // Custom predicate: a code-only extension with its own code.
        var custom = EligibilityRules.Custom("jobsKept", a => a.Identity.Headcount is { } h ? h >= 15 : null, "headcount");
        Assert.Equal(EligibilityOutcome.Eligible, custom.Evaluate(TestApplications.Boilermaker()).Outcome);
        Assert.Equal(["headcount"], custom.Evaluate(new Application(asOf)).MissingData);
    }

    [Fact]
    public void BadInput_RejectedWhenBuilt()
    {
        var asOf = new LocalDate(2025, 7, 15);
        Assert.StartsWith("Headcount -1 is out of range: it must be between 0 and 10000000 inclusive. (Parameter 'headcount')", Assert.Throws<ArgumentOutOfRangeException>(() => new Application(asOf, identity: new ApplicantIdentity(headcount: -1))).Message, StringComparison.Ordinal);
        Assert.Equal(
            "NAF code '2529Z' is not shaped like NN.NNL (two digits, a dot, two digits, an upper-case letter), such as 25.29Z. (Parameter 'nafCode')",
            Assert.Throws<ArgumentException>(() => new Application(asOf, identity: new ApplicantIdentity(nafCode: "2529Z"))).Message);
        var order = Assert.Throws<ArgumentException>(() => new Application(asOf, fiscalYears: [new FiscalYear(new LocalDate(2024, 12, 31)), new FiscalYear(new LocalDate(2023, 12, 31))]));
        Assert.Equal("Fiscal years are out of order: 2023-12-31 comes after 2024-12-31; list them oldest first. (Parameter 'fiscalYears')", order.Message);
        Assert.Throws<ArgumentException>(() => new Application(asOf, identity: new ApplicantIdentity(banqueDeFranceRating: "A+")));
        Assert.Equal("Amounts are in EUR and USD: an application uses one currency. (Parameter 'currency')", Assert.Throws<ArgumentException>(() => new Application(asOf, need: new FinancingNeed(requestedAmount: Money.Euros(1m), monthlyLoadedPayroll: new Money(1m, Currency.USD)))).Message);

        Assert.Equal("An 'all' rule with no children is rejected: it would be vacuously eligible. Give at least one rule. (Parameter 'children')", Assert.Throws<ArgumentException>(() => EligibilityRules.All()).Message);
        Assert.Throws<ArgumentException>(() => EligibilityRules.Any());
        Assert.Equal("Headcount range 50–10 is empty: the minimum must not exceed the maximum. (Parameter 'maximum')", Assert.Throws<ArgumentException>(() => EligibilityRules.HeadcountBetween(50, 10)).Message);
        Assert.Throws<ArgumentException>(() => EligibilityRules.RequestedAmountBetween(Money.Euros(300_000m), Money.Euros(50_000m)));
        Assert.Throws<ArgumentException>(() => EligibilityRules.ExcludedActivities([new ActivityExclusion("64")], ["64"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => EligibilityRules.AtMostLossYears(3, 3));
        Assert.Throws<ArgumentException>(() => EligibilityRules.RatingAtBest("Z"));
        Assert.Throws<ArgumentException>(() => EligibilityRules.Custom("Bad.Code", _ => true));
        var overlap = Assert.Throws<ArgumentException>(() => new EligibilityPolicy(
            "X",
            new EligibilityVersion("a", new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1), EligibilityRules.Registered()),
            new EligibilityVersion("b", new LocalDate(2020, 6, 1), null, EligibilityRules.Registered())));
        Assert.Equal("Versions a and b of policy X overlap: each version must end before the next starts. (Parameter 'versions')", overlap.Message);
    }
}
