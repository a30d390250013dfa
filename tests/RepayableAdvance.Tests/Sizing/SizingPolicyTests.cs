using System.Globalization;
using NodaTime;
using RepayableAdvance.Sizing;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Sizing;

public class SizingPolicyTests
{
    private static Money E(decimal amount) => Money.Euros(amount);

    private static readonly LocalDate AsOf = new(2025, 7, 15);

    [Fact]
    public void Boilermaker_TwoMonthsOfPayroll_NeedBinds()
    {
        var result = Presets.Sizing("hauts-de-france-prevention").Evaluate(TestApplications.Boilermaker());
        Assert.Equal(SizingOutcome.Sized, result.Outcome);
        Assert.Equal(E(150_000m), result.Amount);
        Assert.Equal("payrollMonths", result.BindingConstraint?.Code);
        Assert.Equal(E(150_000m), result.Unrounded);
        Assert.Equal("2021", result.Version);

        // Co-financing read backwards: a 400k bank loan allows 200k.
        Assert.Equal(E(200_000m), result.Caps.Single(c => c.Rule == "coFinancing").Amount);
        Assert.Equal(
        [
            "Besoin : 2 mois de masse salariale chargée à 75\u202F000,00 EUR = 150\u202F000,00 EUR.",
            "  Montant demandé : 150\u202F000,00 EUR.",
            "  Plafond du dispositif : 300\u202F000,00 EUR.",
            "  Cofinancement rapporté (÷ 2) : 200\u202F000,00 EUR.",
            "  Non vérifié, donc aucune limite appliquée : la disponibilité du fonds.",
            "  Non vérifié, donc aucune limite appliquée : la marge de minimis.",
            "La contrainte déterminante est le besoin en masse salariale : 150\u202F000,00 EUR.",
        ],
            result.Explain(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void A_largest_of_binding_says_which_amounts_it_compared()
    {
        // "The binding constraint is max" told nothing: the trace now names the comparison and lists each amount.
        var policy = new SizingPolicy("L", new SizingVersion("1", AsOf, null, AmountRules.Max(AmountRules.PayrollMonths(1m), AmountRules.RequestedAmount()), [AmountRules.SchemeMaximum(E(300_000m))], E(50_000m)));
        var result = policy.Evaluate(TestApplications.Boilermaker());
        Assert.Equal(E(150_000m), result.Amount);
        var english = result.Explain(CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal(
        [
            "The binding constraint is the largest of the amounts compared below: 150,000.00 EUR.",
            "Compared: the payroll need, 75,000.00 EUR.",
            "Compared: the amount requested, 150,000.00 EUR.",
        ],
            english.SkipWhile(l => !l.StartsWith("The binding", StringComparison.Ordinal)));
        Assert.Contains("Comparé : le montant demandé, 150\u202F000,00 EUR.", result.Explain(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void Crisis2020_CoFinancingOneForOne()
    {
        var application = TestApplications.Boilermaker(bankLoan: 120_000m, asOf: new LocalDate(2020, 5, 4));
        var result = Presets.Sizing("hauts-de-france-prevention").Evaluate(application);
        Assert.Equal("2020", result.Version);
        Assert.Equal(E(120_000m), result.Amount);
        Assert.Equal("coFinancing", result.BindingConstraint?.Code);
        var strict = Presets.Sizing("hauts-de-france-prevention").Evaluate(TestApplications.Boilermaker(bankLoan: 120_000m, asOf: new LocalDate(2018, 5, 4)));
        Assert.Equal(SizingOutcome.Sized, strict.Outcome);
        Assert.Equal(E(60_000m), strict.Amount); // 120k ÷ 2
    }

    [Fact]
    public void FundAndDeMinimisHeadrooms_AreCapsPassedIn()
    {
        var application = TestApplications.Boilermaker();
        var fund = Presets.Sizing("hauts-de-france-prevention").Evaluate(application, new SizingContext(FundHeadroom: E(123_456.78m)));
        Assert.Equal(E(123_000m), fund.Amount);
        Assert.Equal(E(123_456.78m), fund.Unrounded);
        Assert.Equal("fundHeadroom", fund.BindingConstraint?.Code);

        var deMinimis = Presets.Sizing("hauts-de-france-prevention").Evaluate(application, new SizingContext(DeMinimisCap: _ => E(90_000m)));
        Assert.Equal(E(90_000m), deMinimis.Amount);
        Assert.Equal("deMinimisHeadroom", deMinimis.BindingConstraint?.Code);
    }

    [Fact]
    public void BelowMinimum_IsNotFundable_UnlessRaisingIsAllowed()
    {
        var small = new Application(
            AsOf,
            need: new FinancingNeed(requestedAmount: E(40_000m), monthlyLoadedPayroll: E(20_000m)),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, E(200_000m), 60, AsOf)]);
        var result = Presets.Sizing("hauts-de-france-prevention").Evaluate(small);
        Assert.Equal(SizingOutcome.NotFundable, result.Outcome);
        Assert.Null(result.Amount);
        Assert.Equal(
            "40,000.00 EUR is below the scheme minimum of 50,000.00 EUR: not fundable.",
            ReasonFormatter.Default.Format(result.Trace[^1], CultureInfo.GetCultureInfo("en-GB")));

        var generous = new SizingPolicy("G", new SizingVersion("1", AsOf, null, AmountRules.PayrollMonths(2m), [AmountRules.SchemeMaximum(E(300_000m))], E(50_000m), raiseToMinimum: true));
        var raised = generous.Evaluate(small);
        Assert.Equal(SizingOutcome.Sized, raised.Outcome);
        Assert.Equal(E(50_000m), raised.Amount);

        // Never raised above a cap: a 45k cap on the request forbids it.
        var capped = new SizingPolicy("C", new SizingVersion("1", AsOf, null, AmountRules.PayrollMonths(2m), [AmountRules.CappedAt(AmountRules.RequestedAmount(), E(45_000m))], E(50_000m), raiseToMinimum: true));
        Assert.Equal(SizingOutcome.NotFundable, capped.Evaluate(small).Outcome);

        // A scheme maximum below the minimum could size nothing: the version is refused when built.
        var refused = Assert.Throws<ArgumentException>(() => new SizingVersion("1", AsOf, null, AmountRules.PayrollMonths(2m), [AmountRules.SchemeMaximum(E(45_000m))], E(50_000m), raiseToMinimum: true));
        Assert.StartsWith("Minimum 50000.00 EUR is above the scheme maximum 45000.00 EUR: no advance could be sized; lower the minimum or raise the maximum.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInput_CannotSize_NeverZero()
    {
        var result = Presets.Sizing("hauts-de-france-prevention").Evaluate(new Application(AsOf, need: new FinancingNeed(requestedAmount: E(100_000m))));
        Assert.Equal(SizingOutcome.CannotSize, result.Outcome);
        Assert.Null(result.Amount);
        Assert.Equal(["monthlyLoadedPayroll"], result.MissingData);
    }

    [Fact]
    public void OtherSchemes_FromTheirPublishedParameters()
    {
        var year = new FiscalYear(new LocalDate(2024, 12, 31), Turnover: E(2_000_000m), Equity: E(250_000m), QuasiEquity: E(50_000m));
        var normandie = new Application(
            AsOf,
            fiscalYears: [year],
            need: new FinancingNeed(requestedAmount: E(900_000m), workingCapitalNeed: E(500_000m)),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, E(900_000m), 48, AsOf)]);

        // 50 % of min(500k need, 20 % of 2M = 400k) = 200k; equity + quasi = 300k; so 200k.
        var n = Presets.Sizing("normandie-impulsion-tresorerie").Evaluate(normandie);
        Assert.Equal(E(200_000m), n.Amount);
        Assert.Equal("shareOfNeed", n.BindingConstraint?.Code);

        var grandEst = new Application(
            AsOf,
            fiscalYears: [year with { Equity = E(120_000m), QuasiEquity = null }],
            need: new FinancingNeed(requestedAmount: E(280_000m)),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, E(300_000m), 48, AsOf)]);
        var g = Presets.Sizing("pret-rebond-grand-est").Evaluate(grandEst);
        Assert.Equal(E(120_000m), g.Amount);
        Assert.Equal("equityPlusQuasiEquity", g.BindingConstraint?.Code);

        // Pays de la Loire Résilience: turnover bands.
        var bands = AmountRules.TurnoverBands(new TurnoverBand(E(50_000m), E(3_500m)), new TurnoverBand(E(100_000m), E(6_500m)), new TurnoverBand(E(1_000_000m), E(10_000m)), new TurnoverBand(null, E(0m)));
        Application Turnover(decimal t) => new(AsOf, fiscalYears: [new FiscalYear(new LocalDate(2024, 12, 31), Turnover: E(t))]);
        Assert.Equal(E(3_500m), bands.Evaluate(Turnover(50_000m), SizingContext.None).Amount);
        Assert.Equal(E(6_500m), bands.Evaluate(Turnover(50_000.01m), SizingContext.None).Amount);
        Assert.Equal(E(10_000m), bands.Evaluate(Turnover(999_999m), SizingContext.None).Amount);

        // Occitanie: working capital + 6 months of payroll, minimum base 75k.
        var occitanie = AmountRules.ExpenseBase(6, E(75_000m));
        Assert.Equal(E(80_000m), occitanie.Evaluate(new Application(AsOf, need: new FinancingNeed(monthlyLoadedPayroll: E(10_000m), workingCapitalNeed: E(20_000m))), SizingContext.None).Amount);
        Assert.Equal(E(0m), occitanie.Evaluate(new Application(AsOf, need: new FinancingNeed(monthlyLoadedPayroll: E(5_000m), workingCapitalNeed: E(20_000m))), SizingContext.None).Amount);

        // Bretagne: 25 % of turnover; a share of lost turnover.
        Assert.Equal(E(500_000m), AmountRules.ShareOfTurnover(Rate.FromPercent(25m)).Evaluate(new Application(AsOf, fiscalYears: [year]), SizingContext.None).Amount);
        Assert.Equal(E(400_000m), AmountRules.ShareOfLostTurnover(Rate.FromPercent(50m)).Evaluate(TestApplications.Boilermaker(), SizingContext.None).Amount);
    }

    [Fact]
    public void Combinators_AndConditional()
    {
        var application = TestApplications.Boilermaker();
        Assert.Equal(E(150_000m), AmountRules.Min(AmountRules.PayrollMonths(2m), AmountRules.SchemeMaximum(E(300_000m))).Evaluate(application, SizingContext.None).Amount);
        Assert.Equal(E(300_000m), AmountRules.Max(AmountRules.PayrollMonths(2m), AmountRules.SchemeMaximum(E(300_000m))).Evaluate(application, SizingContext.None).Amount);
        Assert.Equal(E(100_000m), AmountRules.CappedAt(AmountRules.PayrollMonths(2m), E(100_000m)).Evaluate(application, SizingContext.None).Amount);
        Assert.Equal(E(200_000m), AmountRules.FlooredAt(AmountRules.PayrollMonths(2m), E(200_000m)).Evaluate(application, SizingContext.None).Amount);
        Assert.Equal(E(145_000m), AmountRules.RoundedDown(AmountRules.PayrollMonths(1.95m), E(5_000m)).Evaluate(application, SizingContext.None).Amount);

        // Another cap for firms under a continuation plan.
        var underPlan = AmountRules.When(
            RepayableAdvance.Eligibility.EligibilityRules.ProcedureIn([ProcedureStatus.ContinuationPlan]),
            AmountRules.SchemeMaximum(E(100_000m)),
            AmountRules.SchemeMaximum(E(300_000m)));
        Assert.Equal(E(300_000m), underPlan.Evaluate(application, SizingContext.None).Amount);
        Assert.Equal(E(100_000m), underPlan.Evaluate(new Application(AsOf, compliance: new ComplianceAndProcedure(procedure: ProcedureStatus.ContinuationPlan)), SizingContext.None).Amount);
    }

    [Fact]
    public void BadInput_ClearErrors()
    {
        Assert.Equal("Amount -1.00 EUR is negative: it must be zero or more. (Parameter 'maximum')", Assert.Throws<ArgumentException>(() => AmountRules.SchemeMaximum(E(-1m))).Message);
        Assert.Equal("Step 0.00 EUR is not positive: give a step such as 1000.00 EUR. (Parameter 'step')", Assert.Throws<ArgumentException>(() => AmountRules.RoundedDown(AmountRules.RequestedAmount(), E(0m))).Message);
        Assert.Throws<ArgumentException>(() => new SizingVersion("1", AsOf, null, AmountRules.RequestedAmount(), [], E(10m), E(0m)));
        Assert.Throws<CurrencyMismatchException>(() => new SizingVersion("1", AsOf, null, AmountRules.RequestedAmount(), [], E(10m), new Money(1m, Currency.USD)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountRules.PayrollMonths(30m));
        Assert.Throws<ArgumentException>(() => AmountRules.Min());
        Assert.Throws<ArgumentException>(() => AmountRules.TurnoverBands(new TurnoverBand(null, E(1m)), new TurnoverBand(E(10m), E(2m))));
        var usd = new SizingPolicy("U", new SizingVersion("1", AsOf, null, AmountRules.RequestedAmount(), [], E(1m)));
        Assert.Throws<CurrencyMismatchException>(() => usd.Evaluate(new Application(AsOf, need: new FinancingNeed(requestedAmount: new Money(10m, Currency.USD)))));
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => AmountRules.CoFinancing(new CoFinancingCap([CoFinancingKind.BankDebt, (CoFinancingKind)64], 2m)));
        Assert.Equal("alternatives", undefined.ParamName);
        Assert.Throws<ArgumentException>(() => AmountRules.CoFinancing(new CoFinancingCap([CoFinancingKind.BankDebt], 0m)));
    }

    [Fact]
    public void CoFinancing_backwards_sums_the_kinds_of_each_alternative_and_keeps_the_best()
    {
        var rule = AmountRules.CoFinancing(
            new CoFinancingCap([CoFinancingKind.BankDebt], 2m),
            new CoFinancingCap([CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m));
        CoFinancingCommitment C(CoFinancingKind kind, decimal amount) => new(kind, E(amount), 60, AsOf);
        AmountResult Size(params CoFinancingCommitment[] commitments) => rule.Evaluate(new Application(AsOf, need: new FinancingNeed(requestedAmount: E(1m)), coFinancing: commitments), SizingContext.None);

        // Bank debt of 100,001.01 supports 50,000.50 (rounded down to the cent); equity and quasi-equity add up to 60,000.
        var bank = Size(C(CoFinancingKind.BankDebt, 100_001.01m), C(CoFinancingKind.Crowdfunding, 900_000m));
        Assert.Equal((E(50_000.50m), 2m), (bank.Amount!.Value, bank.Reason.Arguments[1].Value));
        var equity = Size(C(CoFinancingKind.BankDebt, 100_000m), C(CoFinancingKind.Equity, 40_000m), C(CoFinancingKind.QuasiEquity, 20_000m));
        Assert.Equal((E(60_000m), 1m), (equity.Amount!.Value, equity.Reason.Arguments[1].Value));
        Assert.Equal(E(0m), Size().Amount);
        Assert.Equal(E(0m), Size(C((CoFinancingKind)70, 500_000m)).Amount);
        Assert.Throws<ArgumentException>(() => Size(new CoFinancingCommitment(CoFinancingKind.BankDebt, new Money(1m, Currency.USD), 60, AsOf)));
    }
}
