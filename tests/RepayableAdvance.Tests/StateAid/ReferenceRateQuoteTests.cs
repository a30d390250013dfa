using NodaTime;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>A quote pairs its date with the base rate in force on it, in its column: no copy can break the pairing.</summary>
public sealed class ReferenceRateQuoteTests
{
    private static readonly BaseRateEntry Entry = new("FR", new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30), Rate.FromPercent(3.03m));
    private static readonly RiskProfile Risk = new(RatingCategory.Satisfactory, CollateralLevel.Normal);

    [Fact]
    public void The_constructor_checks_the_base_rate_is_the_columns_and_in_force_on_the_date()
    {
        var quote = new ReferenceRateQuote("FR", new LocalDate(2025, 6, 30), Entry, Risk, Rate.FromBasisPoints(220));
        Assert.Equal(Rate.FromPercent(5.23m), quote.ReferenceRate);
        Assert.Equal(Rate.FromPercent(4.03m), quote.DiscountRate);

        var late = Assert.Throws<ArgumentException>(() => new ReferenceRateQuote("FR", new LocalDate(2025, 7, 1), Entry, Risk, Rate.FromBasisPoints(220)));
        Assert.Equal("baseRate", late.ParamName);
        Assert.StartsWith("The base rate FR 3.03% from 2025-01-01 to 2025-06-30 is not in force on 2025-07-01", late.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReferenceRateQuote("FR", new LocalDate(2024, 12, 31), Entry, Risk, Rate.FromBasisPoints(220)));
        var column = Assert.Throws<ArgumentException>(() => new ReferenceRateQuote("DE", new LocalDate(2025, 3, 1), Entry, Risk, Rate.FromBasisPoints(220)));
        Assert.Contains("the FR column's, not DE's", column.Message, StringComparison.Ordinal);
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceRateQuote("FR", new LocalDate(2025, 3, 1), Entry, Risk, Rate.FromPercent(100.01m))).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ReferenceRateQuote(null!, new LocalDate(2025, 3, 1), Entry, Risk, Rate.Zero));
        Assert.Throws<ArgumentNullException>(() => new ReferenceRateQuote("FR", new LocalDate(2025, 3, 1), null!, Risk, Rate.Zero));
        Assert.Throws<ArgumentNullException>(() => new ReferenceRateQuote("FR", new LocalDate(2025, 3, 1), Entry, null!, Rate.Zero));

        // An open-ended entry covers every later date.
        var open = Entry with { To = null };
        Assert.Equal(new LocalDate(2030, 1, 1), new ReferenceRateQuote("FR", new LocalDate(2030, 1, 1), open, Risk, Rate.Zero).Date);
    }

    [Fact]
    public void A_quote_is_a_value_and_WithMargin_changes_only_the_margin()
    {
        var quote = new ReferenceRateQuote("FR", new LocalDate(2025, 3, 1), Entry, Risk, Rate.FromBasisPoints(220));
        var same = new ReferenceRateQuote("FR", new LocalDate(2025, 3, 1), Entry with { }, Risk with { }, Rate.FromBasisPoints(220));
        Assert.Equal(quote, same);
        Assert.Equal(quote.GetHashCode(), same.GetHashCode());
        Assert.True(quote.Equals((object)same));
        Assert.False(quote.Equals(null));

        var wider = quote.WithMargin(Rate.FromBasisPoints(400));
        Assert.NotEqual(quote, wider);
        Assert.Equal((quote.Country, quote.Date, quote.BaseRate, quote.Risk), (wider.Country, wider.Date, wider.BaseRate, wider.Risk));
        Assert.Equal(Rate.FromPercent(7.03m), wider.ReferenceRate);
        Assert.Equal(quote.DiscountRate, wider.DiscountRate);
        Assert.Throws<ArgumentOutOfRangeException>(() => quote.WithMargin(Rate.FromPercent(-101m)));
        Assert.Equal("FR 2025-03-01: reference 5.23% (base 3.03% + margin 2.2%), discount 4.03%", quote.ToString());
    }
}
