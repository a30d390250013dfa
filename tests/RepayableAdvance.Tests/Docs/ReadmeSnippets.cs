using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Docs;

public class ReadmeSnippets
{
    [Fact]
    public void QuickStart()
    {
        #region snippet:readme-quickstart
        var advance = Money.Euros(150_000m);
        var allIn = Rate.Max(Rate.FromPercent(1.99m), Rate.Zero) + Rate.FromBasisPoints(150m);  // Euribor floored + 150 bp = 3.49 %
        var quarter = new InterestRate(allIn, DayCountConventions.Actual360)
            .InterestOn(advance.Amount, new LocalDate(2025, 7, 15), new LocalDate(2025, 10, 15));
        var interest = RoundingPolicy.Default.Round(quarter, Currency.EUR);                      // 1,337.83 EUR
        var shares = interest.Allocate([0.6m, 0.4m]);                                            // 802.70 + 535.13, exactly
        var due = HolidayCalendars.France.Adjust(new LocalDate(2026, 5, 14), BusinessDayConvention.ModifiedFollowing); // Ascension → 15 May
        #endregion
        Assert.Equal(Money.Euros(1337.83m), interest);
        Assert.Equal([Money.Euros(802.70m), Money.Euros(535.13m)], shares);
        Assert.Equal(new LocalDate(2026, 5, 15), due);
    }
}
