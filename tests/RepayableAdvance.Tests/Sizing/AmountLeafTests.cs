using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.Tests.Sizing;

/// <summary>Sizing leaves are typed like eligibility leaves: each factory returns its own class with its settings as properties.</summary>
public sealed class AmountLeafTests
{
    [Fact]
    public void Every_leaf_exposes_its_settings_as_typed_properties()
    {
        var euros = Money.Euros(1_000m);
        Assert.Equal(2m, Assert.IsType<PayrollMonthsRule>(Amounts.PayrollMonths(2m)).Months);
        Assert.Equal(Rate.FromPercent(30m), Assert.IsType<ShareOfLostTurnoverRule>(Amounts.ShareOfLostTurnover(Rate.FromPercent(30m))).Share);
        var expense = Assert.IsType<ExpenseBaseRule>(Amounts.ExpenseBase(3, euros));
        Assert.Equal((3, euros), (expense.Months, expense.MinimumBase));
        Assert.Equal([new TurnoverBand(null, euros)], Assert.IsType<TurnoverBandsRule>(Amounts.TurnoverBands(new TurnoverBand(null, euros))).Bands);
        Assert.Equal(euros, Assert.IsType<SchemeMaximumRule>(Amounts.SchemeMaximum(euros)).Maximum);
        var share = Assert.IsType<ShareOfRule>(Amounts.ShareOf(Rate.FromPercent(50m), Amounts.WorkingCapitalNeed()));
        Assert.Equal(Rate.FromPercent(50m), share.Share);
        Assert.IsType<WorkingCapitalNeedRule>(share.Of);
        Assert.Equal(Rate.FromPercent(25m), Assert.IsType<ShareOfTurnoverRule>(Amounts.ShareOfTurnover(Rate.FromPercent(25m))).Share);
        var cap = new CoFinancingCap([CoFinancingKind.BankDebt], 2m);
        Assert.Equal([cap], Assert.IsType<CoFinancingBackwardsRule>(Amounts.CoFinancingBackwards(cap)).Alternatives);
        var rounded = Assert.IsType<RoundedDownRule>(Amounts.RoundedDownTo(Amounts.RequestedAmount(), euros));
        Assert.Equal(euros, rounded.Step);
        Assert.IsType<RequestedAmountBaseRule>(rounded.Rule);
        Assert.Equal(euros, Assert.IsType<FloorRule>(Amounts.Floor(euros)).Floor);
        Assert.IsType<EquityPlusQuasiEquityRule>(Amounts.EquityPlusQuasiEquity());
        Assert.IsType<FundHeadroomRule>(Amounts.FundHeadroom());
        Assert.IsType<DeMinimisHeadroomRule>(Amounts.DeMinimisHeadroom());
        Assert.Equal(
            ["payrollMonths", "workingCapitalNeed", "requestedAmount", "fundHeadroom", "deMinimisHeadroom", "equityPlusQuasiEquity"],
            new AmountRule[] { Amounts.PayrollMonths(1m), Amounts.WorkingCapitalNeed(), Amounts.RequestedAmount(), Amounts.FundHeadroom(), Amounts.DeMinimisHeadroom(), Amounts.EquityPlusQuasiEquity() }.Select(r => r.Code));
    }

    [Fact]
    public void Stress_defaults_build_linear_terms_after_a_principal_deferral()
    {
        var terms = StressDefaults.AdvanceTerms(Money.Euros(120_000m), new LocalDate(2025, 1, 15), StressDefaults.TermMonths, 3, 12, Rate.FromPercent(2m));
        var schedule = RepaymentSchedule.Generate(terms);
        Assert.Equal(20, schedule.Installments.Count);
        Assert.Equal(4, schedule.Installments.Count(i => i.Phase == SchedulePhase.PrincipalDeferral));
        Assert.Equal(Money.Euros(120_000m), schedule.TotalPrincipal);
        Assert.Equal(Money.Euros(7_500m), schedule.Installments[^1].Principal);
        Assert.Throws<ArgumentOutOfRangeException>(() => StressDefaults.AdvanceTerms(Money.Euros(1m), new LocalDate(2025, 1, 15), 12, 13, 0, Rate.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => StressDefaults.AdvanceTerms(Money.Euros(1m), new LocalDate(2025, 1, 15), 12, 1, 12, Rate.Zero));

        var profile = StressDefaults.LinearRepaymentProfile(5, 1);
        Assert.Equal([0m, 0.25m, 0.25m, 0.25m, 0.25m], profile);
        Assert.Throws<ArgumentException>(() => StressDefaults.LinearRepaymentProfile(5, 5));
    }
}
