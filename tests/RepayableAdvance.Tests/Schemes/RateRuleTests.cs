using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>A scheme's rate rule: what it refuses, and how it reads in words.</summary>
public sealed class RateRuleTests
{
    [Fact]
    public void A_cap_below_zero_or_below_an_all_in_floor_is_refused_with_its_values()
    {
        var negative = Assert.Throws<ArgumentException>(() => RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), cap: Rate.FromPercent(-0.5m)));
        Assert.StartsWith("A cap of -0.5% is below 0%: the all-in rate could never be positive.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("cap", negative.ParamName);

        var belowFloor = Assert.Throws<ArgumentException>(() => RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.FromPercent(2m), FloorTarget.AllIn, Rate.FromPercent(1.5m)));
        Assert.StartsWith("The cap 1.5% is below the floor 2%: the cap must be at least the floor.", belowFloor.Message, StringComparison.Ordinal);
        Assert.Equal("cap", belowFloor.ParamName);

        // Equal floor and cap are accepted; a floor on the index does not bound the cap.
        Assert.Equal(Rate.FromPercent(2m), RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.FromPercent(2m), FloorTarget.AllIn, Rate.FromPercent(2m)).Cap);
        Assert.Equal(Rate.FromPercent(1.5m), RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.FromPercent(2m), FloorTarget.Index, Rate.FromPercent(1.5m)).Cap);
        Assert.Equal(Rate.Zero, RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), cap: Rate.Zero).Cap);
    }

    [Fact]
    public void A_rule_reads_in_words()
    {
        Assert.Equal("EURIBOR3M + 150 bp, floored at 0% on the index, fixed at application", RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero).ToString());
        Assert.Equal("EURIBOR3M + 150 bp, floored at 1% on the all-in rate, capped at 6%", RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.FromPercent(1m), FloorTarget.AllIn, Rate.FromPercent(6m), fixedAtApplication: false).ToString());
        Assert.Equal("EURIBOR12M + 37.5 bp", RateRule.Indexed("EURIBOR12M", Rate.FromBasisPoints(37.5m), fixedAtApplication: false).ToString());
        Assert.Equal("0%", RateRule.Zero.ToString());
    }

    [Fact]
    public void State_aid_terms_use_the_defaults_unless_given()
    {
        var defaults = new StateAidTerms(DeMinimisRegime.General2023, "FR");
        Assert.Same(GrantEquivalentConvention.Default, defaults.ConventionInUse);
        Assert.Same(RatingMapping.BanqueDeFrance, defaults.Mapping);
        var convention = GrantEquivalentConvention.PerPeriod(Frequency.Monthly);
        Assert.Same(convention, (defaults with { Convention = convention }).ConventionInUse);
    }
}
