using System.Globalization;
using NodaTime;
using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Tests.Eligibility;

/// <summary>
/// The five limbs of an "undertaking in difficulty", Article 2(18) of Commission Regulation (EU) No 651/2014
/// (http://data.europa.eu/eli/reg/2014/651/oj), each with a situation from the text at its boundary.
/// </summary>
public sealed class UndertakingInDifficultyTests
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);
    private static readonly EligibilityRule Rule = EligibilityRules.NotUndertakingInDifficulty();

    private static Money E(decimal amount) => Money.Euros(amount);

    /// <summary>A company with every limb's data: clean unless a test changes a part. Two closed years, an autonomous SME by default.</summary>
    internal static Application Company(
        LegalForm form = LegalForm.Sarl,
        decimal equity = 500_000m,
        decimal capital = 100_000m,
        LocalDate? created = null,
        decimal units = 40m,
        decimal turnover = 8_000_000m,
        decimal balanceSheet = 6_000_000m,
        (decimal Debt, decimal Ebitda, decimal Interest)? ratios = null,
        ProcedureStatus procedure = ProcedureStatus.None,
        bool insolvencyCriteria = false,
        RescueOrRestructuringAid aid = RescueOrRestructuringAid.None,
        IReadOnlyList<RelatedEnterprise>? related = null)
    {
        var (debt, ebitda, interest) = ratios ?? (1_000_000m, 900_000m, 40_000m);
        FiscalYear Year(int year) => new(
            new LocalDate(year, 12, 31),
            Turnover: E(turnover),
            Equity: E(equity),
            SubscribedCapital: E(capital),
            AnnualWorkUnits: units,
            BalanceSheetTotal: E(balanceSheet),
            Debt: E(debt),
            Ebitda: E(ebitda),
            InterestExpense: E(interest));
        return new Application(
            AsOf,
            identity: new ApplicantIdentity(legalForm: form, creationDate: created ?? new LocalDate(2001, 3, 1)),
            fiscalYears: [Year(2023), Year(2024)],
            compliance: new ComplianceAndProcedure(procedure: procedure, insolvencyCriteriaMet: insolvencyCriteria, rescueOrRestructuringAid: aid),
            group: new ApplicantGroup(relatedEnterprises: related ?? []));
    }

    private static Application Large(LegalForm form = LegalForm.Sa, decimal equity = 500_000m, (decimal, decimal, decimal)? ratios = null, LocalDate? created = null) =>
        Company(form, equity: equity, units: 600m, turnover: 90_000_000m, balanceSheet: 70_000_000m, ratios: ratios, created: created);

    private static (EligibilityOutcome Outcome, string Code) Judge(Application application)
    {
        var result = Rule.Evaluate(application);
        return (result.Outcome, result.Reason.Code.Value);
    }

    [Fact]
    public void A_clean_company_is_not_in_difficulty_and_says_why()
    {
        var result = Rule.Evaluate(Company());
        Assert.Equal(EligibilityOutcome.Eligible, result.Outcome);
        Assert.Equal(
            "Pas en difficulté au sens de l'UE (RGEC art. 2, point 18) : capitaux propres de 500\u202F000,00 EUR, au moins la moitié du capital souscrit de 100\u202F000,00 EUR, et aucun autre critère ne s'applique.",
            ReasonFormatter.Default.Format(result.Reason, CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Theory]
    [InlineData(LegalForm.Sarl, "50000.00", "notUndertakingInDifficulty.met")] // exactly half lost: not "more than half"
    [InlineData(LegalForm.Sarl, "49999.99", "notUndertakingInDifficulty.notMet")]
    [InlineData(LegalForm.Sas, "-10000.00", "notUndertakingInDifficulty.notMet")]
    [InlineData(LegalForm.Sa, "49999.99", "notUndertakingInDifficulty.notMet")]
    [InlineData(LegalForm.Sca, "49999.99", "notUndertakingInDifficulty.notMet")]
    [InlineData(LegalForm.Snc, "50000.00", "notUndertakingInDifficulty.met")]
    [InlineData(LegalForm.Snc, "49999.99", "notUndertakingInDifficulty.unlimitedCapital")]
    [InlineData(LegalForm.Scs, "49999.99", "notUndertakingInDifficulty.unlimitedCapital")]
    [InlineData(LegalForm.Sci, "49999.99", "notUndertakingInDifficulty.unlimitedCapital")]
    [InlineData(LegalForm.SoleProprietorship, "-10000.00", "notUndertakingInDifficulty.notLimited")]
    [InlineData(LegalForm.Association, "-10000.00", "notUndertakingInDifficulty.notLimited")]
    public void Limbs_a_and_b_more_than_half_the_capital_lost(LegalForm form, string equity, string code)
    {
        var (_, actual) = Judge(Company(form, equity: decimal.Parse(equity, CultureInfo.InvariantCulture)));
        Assert.Equal(code, actual);
    }

    [Fact]
    public void Only_an_SME_under_three_years_old_is_exempt_from_the_capital_tests()
    {
        var young = new LocalDate(2022, 7, 16); // three years old on 16 July 2025: still under three on 15 July
        Assert.Equal((EligibilityOutcome.Eligible, "notUndertakingInDifficulty.young"), Judge(Company(equity: 10_000m, created: young)));
        Assert.Equal((EligibilityOutcome.Ineligible, "notUndertakingInDifficulty.notMet"), Judge(Company(equity: 10_000m, created: new LocalDate(2022, 7, 15))));

        // A large young company is not exempt (the exemption is for "an SME that has been in existence for less than three years").
        Assert.Equal((EligibilityOutcome.Ineligible, "notUndertakingInDifficulty.notMet"), Judge(Large(LegalForm.Sas, equity: 10_000m, created: young)));

        // A young company whose SME status is unknown cannot be judged; an old one needs no SME status.
        var unknownGroup = Company(equity: 10_000m, created: young).WithGroup(ApplicantGroup.Empty);
        var result = Rule.Evaluate(unknownGroup);
        Assert.Equal(EligibilityOutcome.CannotTell, result.Outcome);
        Assert.Equal(["group.relatedEnterprises"], result.MissingData);
        Assert.Equal(EligibilityOutcome.Eligible, Rule.Evaluate(Company().WithGroup(ApplicantGroup.Empty)).Outcome);
    }

    [Theory]
    [InlineData(ProcedureStatus.Receivership, false, "notUndertakingInDifficulty.collectiveProceedings")]
    [InlineData(ProcedureStatus.Liquidation, false, "notUndertakingInDifficulty.collectiveProceedings")]
    [InlineData(ProcedureStatus.None, true, "notUndertakingInDifficulty.insolvencyCriteria")]
    [InlineData(ProcedureStatus.SafeguardPlan, false, "notUndertakingInDifficulty.met")]
    [InlineData(ProcedureStatus.ContinuationPlan, false, "notUndertakingInDifficulty.met")]
    [InlineData(ProcedureStatus.ConciliationWithoutPrivilege, false, "notUndertakingInDifficulty.met")]
    public void Limb_c_collective_insolvency_proceedings_or_their_criteria(ProcedureStatus procedure, bool criteria, string code) =>
        Assert.Equal(code, Judge(Company(procedure: procedure, insolvencyCriteria: criteria)).Code);

    [Theory]
    [InlineData(RescueOrRestructuringAid.RescueAidOutstanding, "notUndertakingInDifficulty.rescueAid")]
    [InlineData(RescueOrRestructuringAid.UnderRestructuringPlan, "notUndertakingInDifficulty.restructuringPlan")]
    [InlineData(RescueOrRestructuringAid.Concluded, "notUndertakingInDifficulty.met")]
    [InlineData(RescueOrRestructuringAid.None, "notUndertakingInDifficulty.met")]
    public void Limb_d_rescue_aid_not_repaid_or_restructuring_plan_running(RescueOrRestructuringAid aid, string code) =>
        Assert.Equal(code, Judge(Company(aid: aid)).Code);

    [Theory]
    [InlineData("4000000.01", "499999.99", "500000.00", "notUndertakingInDifficulty.leverage")] // 8.0000 and 0.99999998
    [InlineData("3750000.00", "499999.99", "500000.00", "notUndertakingInDifficulty.met")] // debt-to-equity exactly 7.5: not above
    [InlineData("4000000.01", "500000.00", "500000.00", "notUndertakingInDifficulty.met")] // interest cover exactly 1.0: not below
    [InlineData("4000000.01", "-100.00", "0.00", "notUndertakingInDifficulty.met")] // no interest to cover
    public void Limb_e_leverage_and_interest_cover_of_a_large_undertaking(string debt, string ebitda, string interest, string code)
    {
        decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        Assert.Equal(code, Judge(Large(ratios: (D(debt), D(ebitda), D(interest)))).Code);
    }

    [Fact]
    public void Limb_e_needs_both_years_applies_only_to_large_undertakings_and_counts_negative_equity_as_over()
    {
        var bad = (Debt: 8_000_000m, Ebitda: 100_000m, Interest: 200_000m);
        var large = Large(ratios: bad);
        Assert.Equal("notUndertakingInDifficulty.leverage", Judge(large).Code);
        Assert.Equal(
            "In difficulty in the EU sense (GBER Art. 2(18)(e)): not an SME, with a debt-to-equity ratio above 7.5 and an EBITDA interest cover below 1.0 in each of the last two years (year closing 31/12/2024: debt 8,000,000.00 EUR, equity 500,000.00 EUR, EBITDA 100,000.00 EUR, interest 200,000.00 EUR).",
            ReasonFormatter.Default.Format(Rule.Evaluate(large).Reason, CultureInfo.GetCultureInfo("en-GB")));

        // One good year of the two settles it, even when the other year's figures are missing.
        var oneGood = large.WithFiscalYears([large.FiscalYears[0] with { Debt = E(1_000_000m) }, large.FiscalYears[1]]);
        Assert.Equal("notUndertakingInDifficulty.met", Judge(oneGood).Code);
        var oneMissing = large.WithFiscalYears([large.FiscalYears[0] with { Ebitda = null }, large.FiscalYears[1] with { Debt = E(1_000_000m) }]);
        Assert.Equal("notUndertakingInDifficulty.met", Judge(oneMissing).Code);
        var unknown = Rule.Evaluate(large.WithFiscalYears([large.FiscalYears[0] with { Ebitda = null }, large.FiscalYears[1]]));
        Assert.Equal(EligibilityOutcome.CannotTell, unknown.Outcome);
        Assert.Equal(["fiscalYears.ebitda"], unknown.MissingData);

        // An SME with the same ratios is outside limb (e); its figures are not even needed.
        Assert.Equal("notUndertakingInDifficulty.met", Judge(Company(ratios: bad)).Code);
        var sme = Company();
        Assert.Equal("notUndertakingInDifficulty.met", Judge(sme.WithFiscalYears([.. sme.FiscalYears.Select(y => y with { Debt = null, Ebitda = null, InterestExpense = null })])).Code);

        // Negative equity with debt: a ratio above 7.5 in substance.
        Assert.Equal("notUndertakingInDifficulty.leverage", Judge(Large(LegalForm.Other, equity: -1_000m, ratios: bad)).Code);
    }

    [Fact]
    public void A_limb_that_applies_decides_and_otherwise_every_missing_input_is_named()
    {
        var receivership = new Application(AsOf, compliance: new ComplianceAndProcedure(procedure: ProcedureStatus.Receivership));
        Assert.Equal(EligibilityOutcome.Ineligible, Rule.Evaluate(receivership).Outcome);

        var empty = Rule.Evaluate(new Application(AsOf));
        Assert.Equal(EligibilityOutcome.CannotTell, empty.Outcome);
        Assert.Equal(
            ["compliance.procedure", "compliance.insolvencyCriteriaMet", "compliance.rescueOrRestructuringAid", "identity.legalForm", "fiscalYears (the last two years)"],
            empty.MissingData);
        Assert.Equal(
            "compliance.procedure, compliance.insolvencyCriteriaMet, compliance.rescueOrRestructuringAid, identity.legalForm, fiscalYears (the last two years) is missing, so notUndertakingInDifficulty cannot be decided; it needs review.",
            ReasonFormatter.Default.Format(empty.Reason, CultureInfo.GetCultureInfo("en-GB")));
    }
}
