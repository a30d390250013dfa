using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Frequencies counted to a maturity, and custom profiles: their refusals and the renormalized tail servicing uses.</summary>
public sealed class FrequencyAndProfileTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(1, "2025-01-15", "2029-12-15", 60)]
    [InlineData(3, "2025-03-31", "2025-12-31", 4)]
    [InlineData(3, "2025-01-31", "2025-04-30", 2)]   // clamped to the month's end, as the schedule's own dates
    [InlineData(12, "2025-06-30", "2025-06-30", 1)]
    public void Installments_until_a_maturity_count_whole_periods(int months, string first, string maturity, int expected) =>
        Assert.Equal(expected, Frequency.EveryMonths(months).InstallmentsUntil(Parse(first), Parse(maturity)));

    [Fact]
    public void A_maturity_before_the_first_due_date_or_off_the_grid_is_refused()
    {
        var before = Assert.Throws<ArgumentException>(() => Frequency.Monthly.InstallmentsUntil(D(2025, 3, 15), D(2025, 3, 14)));
        Assert.Equal("maturity", before.ParamName);
        Assert.Contains("Maturity 2025-03-14 is before the first due date 2025-03-15.", before.Message, StringComparison.Ordinal);
        var partial = Assert.Throws<ArgumentException>(() => Frequency.Quarterly.InstallmentsUntil(D(2025, 1, 15), D(2025, 3, 15)));
        Assert.Contains("Maturity 2025-03-15 is not a whole number of 3-month periods after 2025-01-15.", partial.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Frequency.Monthly.InstallmentsUntil(D(2025, 1, 15), D(2025, 2, 16)));
        Assert.Equal((12, 4, 1), (Frequency.Monthly.PeriodsPerYear, Frequency.Quarterly.PeriodsPerYear, Frequency.Annual.PeriodsPerYear));
    }

    [Fact]
    public void Custom_profiles_refuse_empty_negative_and_unbalanced_percentages()
    {
        Assert.Throws<ArgumentNullException>(() => AmortizationProfile.Custom(null!));
        Assert.Contains("Custom amortization needs at least one percentage.", Assert.Throws<ArgumentException>(() => AmortizationProfile.Custom([])).Message, StringComparison.Ordinal);
        Assert.Contains("Percentage -10 at index 1 is negative", Assert.Throws<ArgumentException>(() => AmortizationProfile.Custom([110m, -10m])).Message, StringComparison.Ordinal);
        Assert.Equal([0m, 100m], AmortizationProfile.Custom([0m, 100m]).Percentages);
        Assert.Equal("Custom(10, 20, 70)", AmortizationProfile.Custom([10m, 20m, 70m]).ToString());
        Assert.Equal("Linear", AmortizationProfile.Linear.ToString());
    }

    [Fact]
    public void A_custom_tail_is_renormalized_and_a_zero_tail_is_split_evenly()
    {
        var profile = AmortizationProfile.Custom([50m, 30m, 20m]);
        Assert.Equal([60m, 40m], profile.ForAmortizing(2).Percentages);
        Assert.Equal([100m], profile.ForAmortizing(1).Percentages);
        Assert.Equal([50m, 50m], AmortizationProfile.Custom([100m, 0m, 0m]).ForAmortizing(2).Percentages);
        Assert.Same(AmortizationProfile.Linear, AmortizationProfile.Linear.ForAmortizing(3));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
