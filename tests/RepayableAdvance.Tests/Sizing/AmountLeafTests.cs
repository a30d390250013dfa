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
        Assert.Equal(2m, Assert.IsType<PayrollMonthsRule>(AmountRules.PayrollMonths(2m)).Months);
        Assert.Equal(Rate.FromPercent(30m), Assert.IsType<ShareOfLostTurnoverRule>(AmountRules.ShareOfLostTurnover(Rate.FromPercent(30m))).Share);
        var expense = Assert.IsType<ExpenseBaseRule>(AmountRules.ExpenseBase(3, euros));
        Assert.Equal((3, euros), (expense.Months, expense.MinimumBase));
        Assert.Equal([new TurnoverBand(null, euros)], Assert.IsType<TurnoverBandsRule>(AmountRules.TurnoverBands(new TurnoverBand(null, euros))).Bands);
        Assert.Equal(euros, Assert.IsType<SchemeMaximumRule>(AmountRules.SchemeMaximum(euros)).Maximum);
        var share = Assert.IsType<ShareOfNeedRule>(AmountRules.ShareOfNeed(Rate.FromPercent(50m), AmountRules.WorkingCapitalNeed()));
        Assert.Equal(Rate.FromPercent(50m), share.Share);
        Assert.IsType<WorkingCapitalNeedRule>(share.Of);
        Assert.Equal(Rate.FromPercent(25m), Assert.IsType<ShareOfTurnoverRule>(AmountRules.ShareOfTurnover(Rate.FromPercent(25m))).Share);
        var cap = new CoFinancingCap([CoFinancingKind.BankDebt], 2m);
        Assert.Equal([cap], Assert.IsType<CoFinancingAmountRule>(AmountRules.CoFinancing(cap)).Alternatives);
        var rounded = Assert.IsType<RoundedDownRule>(AmountRules.RoundedDown(AmountRules.RequestedAmount(), euros));
        Assert.Equal(euros, rounded.Step);
        Assert.IsType<RequestedAmountBaseRule>(rounded.Rule);
        Assert.Equal(euros, Assert.IsType<FloorRule>(AmountRules.Floor(euros)).Floor);
        Assert.IsType<EquityPlusQuasiEquityRule>(AmountRules.EquityPlusQuasiEquity());
        Assert.IsType<FundHeadroomRule>(AmountRules.FundHeadroom());
        Assert.IsType<DeMinimisHeadroomRule>(AmountRules.DeMinimisHeadroom());
        Assert.Equal(
            ["payrollMonths", "workingCapitalNeed", "requestedAmount", "fundHeadroom", "deMinimisHeadroom", "equityPlusQuasiEquity"],
            new AmountRule[] { AmountRules.PayrollMonths(1m), AmountRules.WorkingCapitalNeed(), AmountRules.RequestedAmount(), AmountRules.FundHeadroom(), AmountRules.DeMinimisHeadroom(), AmountRules.EquityPlusQuasiEquity() }.Select(r => r.Code));
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
