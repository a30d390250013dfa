using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Tests.Eligibility;

/// <summary>Laws of the EU SME test over generated histories and holdings (explicit counts).</summary>
public sealed class SmeLaws
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);

    private static FiscalYear Year(int year, decimal units, decimal turnover) =>
        new(new LocalDate(year, 12, 31), Turnover: Money.Euros(turnover), AnnualWorkUnits: units, BalanceSheetTotal: Money.Euros(turnover));

    private static readonly Gen<(decimal Units, decimal Turnover)> Figures =
        from units in Gen.Elements(5m, 49m, 120m, 249.9m, 250m, 400m)
        from turnover in Gen.Elements(1_000_000m, 9_000_000m, 50_000_000m, 60_000_000m)
        select (units, turnover);

    private static Application Firm(IEnumerable<(decimal Units, decimal Turnover)> history, IReadOnlyList<RelatedEnterprise> related)
    {
        var years = history.Select((f, i) => Year(2025 - history.Count() + i, f.Units, f.Turnover)).ToList();
        return new Application(AsOf, identity: new ApplicantIdentity(creationDate: new LocalDate(1990, 1, 1)), fiscalYears: years, group: new ApplicantGroup(relatedEnterprises: related));
    }

    private static bool? Within(Application application) => EligibilityRules.Sme().Evaluate(application).Outcome switch
    {
        EligibilityOutcome.Eligible => true,
        EligibilityOutcome.Ineligible => false,
        _ => null,
    };

    [Fact]
    public void Two_agreeing_last_periods_settle_the_status_to_their_answer() =>
        Laws.Check(
            300,
            from earlier in Gen.ListOf(Figures).Select(l => l.Take(4).ToList())
            from last in Figures
            select (earlier, last),
            c =>
            {
                var history = c.earlier.Append(c.last).Append(c.last).ToList();
                var alone = Firm([c.last, c.last], []);
                Assert.NotNull(Within(alone));
                Assert.Equal(Within(alone), Within(Firm(history, [])));
            });

    [Fact]
    public void Adding_a_partner_or_a_linked_enterprise_never_makes_an_SME() =>
        Laws.Check(
            300,
            from own in Figures
            from theirs in Figures
            from share in Gen.Elements(10m, 25m, 40m, 50m, 50.01m, 100m)
            from controls in Gen.Elements(false, true)
            from direction in Gen.Elements(HoldingDirection.Upstream, HoldingDirection.Downstream)
            select (own, theirs, share, controls, direction),
            c =>
            {
                var related = new RelatedEnterprise("r", c.direction, c.share, c.controls, fiscalYears: [Year(2023, c.theirs.Units, c.theirs.Turnover), Year(2024, c.theirs.Units, c.theirs.Turnover)]);
                var autonomous = Within(Firm([c.own, c.own], []));
                var grouped = Within(Firm([c.own, c.own], [related]));
                Assert.NotNull(grouped);
                Assert.True(autonomous == true || grouped == false, $"autonomous {autonomous}, grouped {grouped}");
                if (!related.IsLinked && !related.IsPartner)
                {
                    Assert.Equal(autonomous, grouped); // under 25 % without control: not counted
                }
            });
}
