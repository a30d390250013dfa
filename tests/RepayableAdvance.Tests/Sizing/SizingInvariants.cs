using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.Tests.Sizing;

public class SizingInvariants
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);

    private sealed record Case(decimal Payroll, decimal Months, decimal Maximum, decimal Bank, decimal Fund, decimal Minimum, decimal Step, bool Raise);

    private static readonly Gen<Case> Cases =
        from payroll in Gen.Choose(0, 200_000)
        from months in Gen.Elements(1m, 1.5m, 2m, 3m, 6m)
        from maximum in Gen.Choose(0, 1_000).Select(k => k * 1000m)
        from bank in Gen.Choose(0, 2_000_000)
        from fund in Gen.Choose(0, 1_000_000)
        from minimum in Gen.Choose(0, 100).Select(k => k * 1000m)
        from step in Gen.Elements(0.01m, 1m, 1000m, 5000m)
        from raise in Gen.Elements(false, true)
        select new Case(payroll + 0.37m, months, maximum, bank, fund, Math.Min(minimum, maximum), step, raise); // a minimum above the scheme maximum is refused when built

    private static SizingPolicy Policy(Case c, bool reversed = false)
    {
        AmountRule[] caps =
        [
            AmountRules.SchemeMaximum(Money.Euros(c.Maximum)),
            AmountRules.CoFinancing(new CoFinancingCap([CoFinancingKind.BankDebt], 2m)),
            AmountRules.FundHeadroom(),
        ];
        return new SizingPolicy("P", new SizingVersion("1", AsOf, null, AmountRules.PayrollMonths(c.Months), reversed ? [.. caps.Reverse()] : caps, Money.Euros(c.Minimum), Money.Euros(c.Step), c.Raise));
    }

    private static Application App(Case c) => new(
        AsOf,
        need: new FinancingNeed(requestedAmount: Money.Euros(1m), monthlyLoadedPayroll: Money.Euros(c.Payroll)),
        coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(c.Bank), 60, AsOf)]);

    private static SizingResult Size(Case c, bool reversed = false) => Policy(c, reversed).Evaluate(App(c), new SizingContext(FundHeadroom: Money.Euros(c.Fund)));

    [Fact]
    public void Result_IsAtMostEveryCap_AndAMultipleOfTheStep_AndAtLeastTheMinimum() => Laws.Check(1000, Cases, c =>
    {
        var r = Size(c);
        if (r.Outcome == SizingOutcome.NotFundable)
        {
            Assert.Null(r.Amount);
            return;
        }

        var amount = r.Amount!.Value;
        Assert.True(amount >= Money.Euros(c.Minimum));
        foreach (var cap in r.Caps.Where(x => x.Applies))
        {
            Assert.True(amount <= cap.Amount!.Value, $"{amount} > {cap.Rule} {cap.Amount}");
        }

        Assert.True(r.Outcome == SizingOutcome.Sized);
        if (amount != Money.Euros(c.Minimum))
        {
            Assert.Equal(0m, amount.Amount % c.Step);
            Assert.True(amount <= r.Need.Amount!.Value);
        }
    });

    [Fact]
    public void BindingConstraint_EqualsTheUnroundedAmount() => Laws.Check(1000, Cases, c =>
    {
        var r = Size(c);
        var all = new[] { r.Need }.Concat(r.Caps).Where(x => x.Applies).ToList();
        Assert.Equal(all.Min(x => x.Amount!.Value.Amount), r.Unrounded!.Value.Amount);
        Assert.Contains(all, x => x.Rule == r.BindingConstraint!.Code && x.Amount == r.Unrounded);
    });

    [Fact]
    public void BindingConstraint_IsTheFirstSmallestOfTheNeedAndTheCaps() => Laws.Check(1000, Cases, c =>
    {
        var r = Size(c);
        var binding = r.BindingConstraint!;
        Assert.Equal(r.Unrounded, binding.Amount);
        Assert.Same(binding.IsNeed ? r.Need : r.Caps[binding.CapIndex!.Value], binding.Result);
        Assert.Equal(binding.Result.Reason, binding.Reason);
        Assert.Equal(binding.Rule.Code, binding.Result.Rule);
        var firstCapBelowNeed = r.Caps.Select((cap, i) => (cap, i)).Where(x => x.cap.Applies && x.cap.Amount!.Value.Amount < r.Need.Amount!.Value.Amount).ToList();
        if (firstCapBelowNeed.Count == 0)
        {
            Assert.True(binding.IsNeed);
        }
        else
        {
            var smallest = firstCapBelowNeed.Min(x => x.cap.Amount!.Value.Amount);
            Assert.Equal(firstCapBelowNeed.First(x => x.cap.Amount!.Value.Amount == smallest).i, binding.CapIndex);
        }
    });

    [Fact]
    public void MoreNeedOrLooserCaps_NeverGiveLessMoney() => Laws.Check(1000, Generators.Zip3(Cases, Gen.Choose(0, 100_000), Gen.Choose(0, 100_000)), t =>
    {
        var (c, extraNeed, extraCap) = (t.Item1, t.Item2, t.Item3);
        var baseAmount = Size(c).Amount?.Amount ?? 0m;
        var moreNeed = Size(c with { Payroll = c.Payroll + extraNeed }).Amount?.Amount ?? 0m;
        var looser = Size(c with { Maximum = c.Maximum + (extraCap * 10m), Bank = c.Bank + extraCap, Fund = c.Fund + extraCap }).Amount?.Amount ?? 0m;
        Assert.True(moreNeed >= baseAmount, $"need up: {baseAmount} → {moreNeed}");
        Assert.True(looser >= baseAmount, $"caps up: {baseAmount} → {looser}");
    });

    [Fact]
    public void Result_IsDeterministic_AndInvariantToCapOrder() => Laws.Check(1000, Cases, c =>
    {
        var a = Size(c);
        var b = Size(c, reversed: true);
        Assert.Equal(a.Outcome, b.Outcome);
        Assert.Equal(a.Amount, b.Amount);
        Assert.Equal(a.Unrounded, b.Unrounded);
        Assert.Equal(a.Amount, Size(c).Amount);
    });
}
