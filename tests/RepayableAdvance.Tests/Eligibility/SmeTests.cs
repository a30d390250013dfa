using System.Globalization;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Eligibility;

/// <summary>
/// The EU SME definition, Commission Recommendation 2003/361/EC (http://data.europa.eu/eli/reco/2003/361/oj), Annex,
/// Articles 2 to 6, with situations from the text at each ceiling.
/// </summary>
public sealed class SmeTests
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);
    private static readonly EligibilityRule Sme = EligibilityRules.Sme();

    private static Money E(decimal amount) => Money.Euros(amount);

    private static FiscalYear Year(int year, decimal units, decimal? turnover, decimal? balanceSheet) =>
        new(new LocalDate(year, 12, 31), Turnover: turnover is { } t ? E(t) : null, AnnualWorkUnits: units, BalanceSheetTotal: balanceSheet is { } b ? E(b) : null);

    private static Application Firm(IReadOnlyList<FiscalYear> years, IReadOnlyList<RelatedEnterprise>? related = null, LocalDate? created = null) =>
        new(AsOf, identity: new ApplicantIdentity(creationDate: created ?? new LocalDate(1990, 1, 1)), fiscalYears: years, group: new ApplicantGroup(relatedEnterprises: related ?? []));

    /// <summary>An autonomous firm with the same figures two years running.</summary>
    private static Application Steady(decimal units, decimal? turnover, decimal? balanceSheet) =>
        Firm([Year(2023, units, turnover, balanceSheet), Year(2024, units, turnover, balanceSheet)]);

    private static string Code(EligibilityRule rule, Application application) => rule.Evaluate(application).Reason.Code.Value;

    [Theory]
    [InlineData("249.9", "50000000.00", "99000000.00", "sme.met")] // fewer than 250 AWU, turnover at the ceiling
    [InlineData("250", "1000000.00", "1000000.00", "sme.notMet")] // 250 AWU is not "fewer than 250"
    [InlineData("100", "90000000.00", "43000000.00", "sme.met")] // turnover over, balance sheet at its ceiling: "or"
    [InlineData("100", "50000000.01", "43000000.01", "sme.notMet")] // both financial ceilings exceeded
    public void Article_2_headcount_and_turnover_or_balance_sheet(string units, string turnover, string balanceSheet, string code)
    {
        decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        Assert.Equal(code, Code(Sme, Steady(D(units), D(turnover), D(balanceSheet))));
    }

    [Fact]
    public void Article_2_small_and_micro_ceilings()
    {
        Assert.Equal("sme.small", Code(EligibilityRules.Sme(EnterpriseSize.Small), Steady(49.5m, 10_000_000m, 12_000_000m)));
        Assert.Equal("sme.notSmall", Code(EligibilityRules.Sme(EnterpriseSize.Small), Steady(50m, 1_000_000m, 1_000_000m)));
        Assert.Equal("sme.micro", Code(EligibilityRules.Sme(EnterpriseSize.Micro), Steady(9.9m, 2_000_000m, null)));
        Assert.Equal("sme.notMicro", Code(EligibilityRules.Sme(EnterpriseSize.Micro), Steady(9.9m, 2_000_000.01m, 2_000_000.01m)));

        // The explanation names the smallest class the firm is within.
        Assert.Equal("sme.micro", Code(Sme, Steady(3m, 400_000m, 300_000m)));
        Assert.Equal("sme.small", Code(Sme, Steady(30m, 4_000_000m, 3_000_000m)));
        Assert.Throws<ArgumentException>(() => EligibilityRules.Sme(EnterpriseSize.Large));
    }

    [Fact]
    public void Article_4_2_a_status_changes_only_over_two_consecutive_periods()
    {
        const decimal over = 300m, under = 100m;
        FiscalYear Y(int year, decimal units) => Year(year, units, 20_000_000m, 20_000_000m);

        // An SME that grows past the ceiling for one period keeps its status; for two, it loses it.
        Assert.Equal("sme.met", Code(Sme, Firm([Y(2022, under), Y(2023, under), Y(2024, over)])));
        Assert.Equal("sme.notMet", Code(Sme, Firm([Y(2022, under), Y(2023, over), Y(2024, over)])));

        // A large firm that falls under the ceiling for one period is not yet an SME; for two, it is.
        Assert.Equal("sme.notMet", Code(Sme, Firm([Y(2022, over), Y(2023, over), Y(2024, under)])));
        Assert.Equal("sme.met", Code(Sme, Firm([Y(2022, over), Y(2023, under), Y(2024, under)])));

        // Going back and forth never settles a new status.
        Assert.Equal("sme.met", Code(Sme, Firm([Y(2021, under), Y(2022, under), Y(2023, over), Y(2024, under)])));

        // Two periods that disagree, with nothing before them, cannot tell; so can a single period of an old firm.
        var changed = Sme.Evaluate(Firm([Y(2023, over), Y(2024, under)]));
        Assert.Equal(EligibilityOutcome.CannotTell, changed.Outcome);
        Assert.Equal(["fiscalYears"], changed.MissingData);
        Assert.Equal(EligibilityOutcome.CannotTell, Sme.Evaluate(Firm([Y(2024, under)])).Outcome);

        // The first period of a new firm decides on its own (created within the year before its first closing).
        Assert.Equal("sme.met", Code(Sme, Firm([Y(2024, under)], created: new LocalDate(2024, 1, 2))));
    }

    [Fact]
    public void Articles_3_and_6_partner_and_linked_enterprises()
    {
        FiscalYear Own(int year) => Year(year, 200m, 30_000_000m, 30_000_000m);
        RelatedEnterprise Holder(decimal share, bool controls = false, RelatedEnterpriseKind kind = RelatedEnterpriseKind.Enterprise, HoldingDirection direction = HoldingDirection.Upstream) =>
            new("holder", direction, share, controls, kind, [Year(2023, 200m, 30_000_000m, 30_000_000m), Year(2024, 200m, 30_000_000m, 30_000_000m)]);
        Application With(RelatedEnterprise holder) => Firm([Own(2023), Own(2024)], [holder]);

        // A partner (25 % to 50 %) adds its share: 200 + 25 % of 200 = 250 AWU and EUR 37.5M of turnover.
        Assert.Equal("sme.notMet", Code(Sme, With(Holder(25m))));
        Assert.Equal("sme.met", Code(Sme, With(Holder(24.99m)))); // under 25 %: autonomous
        Assert.Equal("sme.notMet", Code(Sme, With(Holder(30m, direction: HoldingDirection.Downstream)))); // the applicant's own partner

        // A linked enterprise (over 50 %, or control) adds in full: 400 AWU.
        Assert.Equal("sme.notMet", Code(Sme, With(Holder(10m, controls: true))));
        var linked = Sme.Evaluate(With(Holder(50.01m)));
        Assert.Equal(
            "Not an SME in the sense of Recommendation 2003/361/EC: 400 annual work units in the period closing 31/12/2024, partner and linked enterprises included; the ceilings (fewer than 250, and EUR 50 million of turnover or EUR 43 million of balance sheet) are exceeded as Article 4(2) counts them.",
            ReasonFormatter.Default.Format(linked.Reason, CultureInfo.GetCultureInfo("en-GB")));

        // Article 3(2): a qualifying investor may hold up to 50 % without making a partner; above 50 % it is linked.
        Assert.Equal("sme.met", Code(Sme, With(Holder(50m, kind: RelatedEnterpriseKind.QualifyingInvestor))));
        Assert.Equal("sme.notMet", Code(Sme, With(Holder(51m, kind: RelatedEnterpriseKind.QualifyingInvestor))));

        // A partner's figures for the period are needed.
        var noFigures = Firm([Own(2023), Own(2024)], [new RelatedEnterprise("partner", HoldingDirection.Upstream, 30m)]);
        var unknown = Sme.Evaluate(noFigures);
        Assert.Equal(EligibilityOutcome.CannotTell, unknown.Outcome);
        Assert.Equal(["group.relatedEnterprises[0].fiscalYears"], unknown.MissingData);
    }

    [Fact]
    public void Article_3_4_public_bodies_holding_25_percent_disqualify_together()
    {
        var years = new[] { Year(2023, 12m, 1_000_000m, 1_000_000m), Year(2024, 12m, 1_000_000m, 1_000_000m) };
        RelatedEnterprise Body(string name, decimal share) => new(name, HoldingDirection.Upstream, share, kind: RelatedEnterpriseKind.PublicBody);
        var held = Sme.Evaluate(Firm(years, [Body("région", 15m), Body("commune", 10m)]));
        Assert.Equal(EligibilityOutcome.Ineligible, held.Outcome);
        Assert.Equal(
            "Pas une PME : des collectivités ou organismes publics détiennent 25 % du capital ou des droits de vote, soit 25 % ou plus (recommandation 2003/361/CE, annexe, article 3, paragraphe 4).",
            ReasonFormatter.Default.Format(held.Reason, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("sme.small", Code(Sme, Firm(years, [Body("région", 15m), Body("commune", 9.99m)])));
    }

    [Fact]
    public void Missing_group_data_or_figures_or_another_currency_cannot_tell()
    {
        var undeclared = Sme.Evaluate(new Application(AsOf, fiscalYears: [Year(2023, 12m, 1_000_000m, null), Year(2024, 12m, 1_000_000m, null)]));
        Assert.Equal(["group.relatedEnterprises"], undeclared.MissingData);
        var noUnits = Sme.Evaluate(Firm([new FiscalYear(new LocalDate(2023, 12, 31), Turnover: E(1m)), new FiscalYear(new LocalDate(2024, 12, 31), Turnover: E(1m))]));
        Assert.Equal(["fiscalYears.annualWorkUnits"], noUnits.MissingData);
        var pounds = Firm([new FiscalYear(new LocalDate(2024, 12, 31), Turnover: new Money(1_000m, Currency.FromCode("GBP")), AnnualWorkUnits: 3m)]);
        Assert.Equal("sme.notEuro", Code(Sme, pounds));
        Assert.Equal(EligibilityOutcome.CannotTell, Sme.Evaluate(pounds).Outcome);
    }

    [Fact]
    public void Related_enterprises_are_validated_and_round_trip_through_the_application_document()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelatedEnterprise("x", HoldingDirection.Upstream, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RelatedEnterprise("x", HoldingDirection.Upstream, 100.01m));
        Assert.Throws<ArgumentException>(() => new RelatedEnterprise(" ", HoldingDirection.Upstream, 30m));
        Assert.Throws<ArgumentException>(() => new FiscalYear(new LocalDate(2024, 12, 31), AnnualWorkUnits: -1m).Validate("fiscalYears"));

        var application = Firm(
            [Year(2023, 12.5m, 1_000_000m, 800_000m), Year(2024, 13m, 1_100_000m, 850_000m)],
            [new RelatedEnterprise("552 100 554", HoldingDirection.Upstream, 30m, kind: RelatedEnterpriseKind.Enterprise, fiscalYears: [Year(2024, 5m, 500_000m, null)])]);
        var json = ApplicationDocument.Write(application);
        Assert.Equal(json, ApplicationDocument.Write(ApplicationDocument.Read(json)));
        Assert.Contains("\"relatedEnterprises\"", json, StringComparison.Ordinal);

        var bad = json.Replace("\"share\": 30", "\"share\": 130", StringComparison.Ordinal);
        Assert.False(ApplicationDocument.TryRead(bad, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("$.group.relatedEnterprises[0].share", error.Path);
        Assert.Contains("130", error.Message, StringComparison.Ordinal);
    }
}
