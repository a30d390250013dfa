using System.Globalization;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/money-and-rates.md, run as tests; <see cref="SnippetDriftTests"/> keeps both identical.</summary>
public class MoneySnippets
{
    [Fact]
    public void MoneyBasics()
    {
        #region snippet:money-basics
        var advance = Money.Euros(150_000m);
        var fee = advance.Multiply(Rate.FromPercent(0.5m), RoundingPolicy.Default);   // 750.00 EUR
        var net = advance - fee;                                                      // 149,250.00 EUR
        Assert.Equal(Money.Euros(149_250m), net);

        // More decimals than the currency allows is an error, never a silent rounding:
        Assert.Throws<ArgumentException>(() => Money.Euros(10.005m));
        var rounded = RoundingPolicy.Commercial.Round(10.005m, Currency.EUR);        // 10.01 EUR
        Assert.Equal(Money.Euros(10.01m), rounded);
        #endregion
    }

    [Fact]
    public void Splitting()
    {
        #region snippet:money-splitting
        // Five cents three ways: the parts always sum to the total.
        var parts = Money.Euros(0.05m).Split(3);                                      // 0.02, 0.02, 0.01
        Assert.Equal([Money.Euros(0.02m), Money.Euros(0.02m), Money.Euros(0.01m)], parts);

        // A EUR 20M fund endowed 60/40 by a Region and a Chamber of Commerce: a loss of 100,000.01 is shared exactly.
        var shares = Money.Euros(100_000.01m).Allocate([0.6m, 0.4m]);                // 60,000.01 and 40,000.00
        Assert.Equal([Money.Euros(60_000.01m), Money.Euros(40_000.00m)], shares);
        #endregion
    }

    [Fact]
    public void Rates()
    {
        #region snippet:rates
        var euribor = Rate.FromPercent(1.99m);
        var margin = Rate.FromBasisPoints(150m);
        var allIn = Rate.Max(euribor, Rate.Zero) + margin;                             // 3.49 %, index floored at 0 %
        Assert.Equal(Rate.FromPercent(3.49m), allIn);

        var rate = new RepayableAdvance.Calendars.InterestRate(allIn, RepayableAdvance.Calendars.DayCountConventions.Actual360);
        var interest = rate.InterestOn(150_000m, new NodaTime.LocalDate(2025, 7, 15), new NodaTime.LocalDate(2025, 10, 15));
        Assert.Equal(1337.8333333333333333333333333m, interest);                        // 150,000 × 3.49 % × 92/360, unrounded
        Assert.Equal(Money.Euros(1337.83m), RoundingPolicy.Default.Round(interest, Currency.EUR));
        #endregion
    }

    [Fact]
    public void Reasons()
    {
        #region snippet:reasons
        var reason = new Reason(new ReasonCode("missingData"), ReasonArgument.Text("field", "banqueDeFranceRating"), ReasonArgument.Text("rule", "ratingAtBest"));
        var french = ReasonFormatter.Default.Format(reason, CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal("banqueDeFranceRating est manquant : impossible de trancher ratingAtBest, le dossier doit être revu.", french);
        #endregion
    }
}
