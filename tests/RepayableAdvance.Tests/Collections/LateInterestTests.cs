using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Collections;
using static RepayableAdvance.Tests.Collections.CollectionsFixtures;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Collections;

public sealed class LateInterestTests
{
    /// <summary>The legal rates of 2015, the first year of two categories (orders of 23 December 2014 and 24 June 2015): 4.06 % / 0.93 %, then 4.29 % / 0.99 %.</summary>
    private static readonly LegalInterestRates Rates2015 = LegalInterestRates.Of(
    [
        new(D(2015, 7, 1), Rate.FromPercent(4.29m), Rate.FromPercent(0.99m)),
        new(D(2015, 1, 1), Rate.FromPercent(4.06m), Rate.FromPercent(0.93m)),
    ]);

    [Fact]
    public void Legal_interest_runs_from_the_formal_notice_and_changes_with_the_half_year()
    {
        var rule = LateInterestRule.Legal();
        Assert.Null(LateInterestCalculator.StartOf(rule, D(2015, 2, 1), null));          // no notice, no interest (art. 1231-6)
        var start = LateInterestCalculator.StartOf(rule, D(2015, 2, 1), D(2015, 3, 1))!.Value;
        Assert.Equal(D(2015, 3, 1), start);

        // 10,000 from 1 March to 1 September 2015: 122 days at 0.93 % (31.08), then 62 days at 0.99 % (16.82).
        var s = LateInterestCalculator.Compute(E(10_000m), start, D(2015, 9, 1), rule, Rates2015);
        Assert.Equal([E(31.08m), E(16.82m)], s.Periods.Select(p => p.Interest));
        Assert.Equal([Rate.FromPercent(0.93m), Rate.FromPercent(0.99m)], s.Periods.Select(p => p.Rate));
        Assert.Equal(E(47.90m), s.Interest);
        Assert.Equal(E(10_047.90m), s.Total);

        var individual = LateInterestCalculator.Compute(E(10_000m), start, D(2015, 9, 1), LateInterestRule.Legal(LegalRateCategory.PrivateIndividuals), Rates2015);
        Assert.Equal(Rate.FromPercent(4.06m), individual.Periods[0].Rate);
    }

    [Fact]
    public void The_legal_rate_rises_by_five_points_two_months_after_the_judgment_becomes_enforceable()
    {
        // Enforceable on 15 May 2015: 0.99 % from 1 July, 5.99 % from 15 July (art. L313-3).
        var s = LateInterestCalculator.Compute(E(10_000m), D(2015, 3, 1), D(2015, 9, 1), LateInterestRule.Legal(), Rates2015, judgmentEnforceable: D(2015, 5, 15));
        Assert.Equal(["legal", "legal", "legal+5"], s.Periods.Select(p => p.Why));
        Assert.Equal([E(31.08m), E(3.80m), E(78.77m)], s.Periods.Select(p => p.Interest));
        var waived = LateInterestCalculator.Compute(E(10_000m), D(2015, 3, 1), D(2015, 9, 1), LateInterestRule.Legal().WithJudgmentIncrease(false), Rates2015, judgmentEnforceable: D(2015, 5, 15));
        Assert.Equal(E(47.90m), waived.Interest);
        Assert.Throws<ArgumentException>(() => LateInterestRule.Contractual(Rate.FromPercent(8m)).WithJudgmentIncrease(true));
    }

    [Fact]
    public void Interest_compounds_yearly_only_where_the_contract_says_so_and_the_penalty_may_be_moderated()
    {
        // 1,000 at 10 % from 2020-01-01: 2020 has 366 days (100.27); then 1,100.27 for 2021 (110.03).
        var rule = LateInterestRule.Contractual(Rate.FromPercent(10m)).WithYearlyCompounding(true).WithPenalty(Rate.FromPercent(5m));
        var s = LateInterestCalculator.Compute(E(1_000m), D(2020, 1, 1), D(2022, 1, 1), rule);
        Assert.Equal([E(100.27m), E(110.03m)], s.Periods.Select(p => p.Interest));
        Assert.Equal(E(100.27m), s.Compounded);
        Assert.Equal(E(1_100.27m), s.Periods[^1].Base);
        Assert.Equal(E(50m), s.Penalty);
        var moderated = s.WithModeratedPenalty(E(10m));
        Assert.Equal(E(10m), moderated.Penalty);
        Assert.Equal(E(50m), moderated.ContractualPenalty);
        Assert.Equal(E(1_220.30m), moderated.Total);
        Assert.Equal(E(200.27m), LateInterestCalculator.Compute(E(1_000m), D(2020, 1, 1), D(2022, 1, 1), LateInterestRule.Contractual(Rate.FromPercent(10m))).Interest); // simple: 731 days
        Assert.Throws<ArgumentException>(() => s.WithModeratedPenalty(E(-1m)));
    }

    [Fact]
    public void A_table_with_a_gap_or_a_period_outside_it_is_refused_naming_the_half_year()
    {
        var gap = Assert.Throws<ArgumentException>(() => LegalInterestRates.Of([new(D(2015, 1, 1), Rate.Zero, Rate.Zero), new(D(2016, 1, 1), Rate.Zero, Rate.Zero)]));
        Assert.Contains("the half-year from 2015-07-01 is missing", gap.Message, StringComparison.Ordinal);
        Assert.Contains("does not start on 1 January or 1 July", Assert.Throws<ArgumentException>(() => LegalInterestRates.Of([new(D(2015, 2, 1), Rate.Zero, Rate.Zero)])).Message, StringComparison.Ordinal);
        Assert.Contains("given twice", Assert.Throws<ArgumentException>(() => LegalInterestRates.Of([new(D(2015, 1, 1), Rate.Zero, Rate.Zero), new(D(2015, 1, 1), Rate.Zero, Rate.Zero)])).Message, StringComparison.Ordinal);
        var missing = Assert.Throws<MissingReferenceDataException>(() => LateInterestCalculator.Compute(E(100m), D(2015, 3, 1), D(2016, 2, 1), LateInterestRule.Legal(), Rates2015));
        Assert.Equal(MissingReferenceData.LegalInterestRate, missing.Kind);
        Assert.Contains("add the half-year from 2016-01-01", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LateInterestCalculator.Compute(E(100m), D(2015, 3, 1), D(2015, 4, 1), LateInterestRule.Legal()));
        Assert.Throws<ArgumentException>(() => LateInterestCalculator.Compute(E(100m), D(2015, 3, 1), D(2015, 2, 1), LateInterestRule.Contractual(Rate.FromPercent(5m))));
        Assert.Throws<ArgumentOutOfRangeException>(() => LateInterestRule.Contractual(Rate.FromPercent(101m)));
    }

    [Fact]
    public void Interest_is_the_sum_of_its_stretches_each_within_half_a_cent_of_the_exact_figure()
    {
        var rates = LegalInterestRates.Of(Enumerable.Range(0, 20).Select(i => new LegalInterestRate(D(2015, 1, 1).PlusMonths(6 * i), Rate.FromPercent(3m + (i * 0.11m)), Rate.FromPercent(0.5m + (i * 0.07m)))));
        var gen = from cents in Gen.Choose(0, 100_000_000)
                  from start in Gen.Choose(0, 3_000)
                  from length in Gen.Choose(0, 600)
                  from legal in Gen.Elements(true, false)
                  from compound in Gen.Elements(true, false)
                  from judgment in Gen.Choose(-1, 3_600)
                  select (Money.FromMinorUnits(cents, Currency.EUR), D(2015, 1, 1).PlusDays(start), length, legal, compound, judgment);
        Laws.Check(300, gen, t =>
        {
            var (amount, from, length, legal, compound, judgment) = t;
            var rule = (legal ? LateInterestRule.Legal() : LateInterestRule.Contractual(Rate.FromPercent(7.5m))).WithYearlyCompounding(compound);
            var to = from.PlusDays(length);
            var s = LateInterestCalculator.Compute(amount, from, to, rule, rates, judgment < 0 ? null : D(2015, 1, 1).PlusDays(judgment));
            Assert.Equal(s.Interest.Amount, s.Periods.Sum(p => p.Interest.Amount));
            Assert.Equal(amount + s.Compounded, s.Periods.Count == 0 ? amount : s.Periods[^1].Base);
            Assert.Equal(length, s.Periods.Sum(p => Period.DaysBetween(p.From, p.To)));
            foreach (var p in s.Periods)
            {
                var exact = p.Base.Amount * p.Rate.Value * Period.DaysBetween(p.From, p.To) / 365m;
                Assert.True(Math.Abs(p.Interest.Amount - exact) <= 0.005m, $"{p}: {exact}");
            }

            if (!compound)
            {
                Assert.True(s.Compounded.IsZero);
            }
        });
    }
}
