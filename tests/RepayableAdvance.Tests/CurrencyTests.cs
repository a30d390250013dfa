namespace RepayableAdvance.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("GBP", 2)]
    [InlineData("CHF", 2)]
    [InlineData("SEK", 2)]
    [InlineData("DKK", 2)]
    [InlineData("PLN", 2)]
    [InlineData("CZK", 2)]
    [InlineData("HUF", 2)]
    [InlineData("RON", 2)]
    [InlineData("BGN", 2)]
    [InlineData("NOK", 2)]
    [InlineData("ISK", 0)]
    [InlineData("JPY", 0)]
    public void FromCode_KnownCodes(string code, int digits)
    {
        var currency = Currency.FromCode(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(digits, currency.MinorUnits);
    }

    [Fact]
    public void FromCode_Unknown_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC"));
        Assert.Equal("code", ex.ParamName);
        Assert.StartsWith("Unknown currency code 'ABC': it must be one of the ISO 4217 codes ", ex.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode("eur", out _));
        Assert.True(Currency.TryFromCode("EUR", out var eur));
        Assert.Equal(Currency.EUR, eur);
    }

    [Fact]
    public void Default_IsNoCurrency()
    {
        Assert.Equal("XXX", default(Currency).Code);
        Assert.NotEqual(Currency.EUR, default);
        Assert.Equal(0.01m, Currency.EUR.MinorUnit);
        Assert.Equal(1m, Currency.JPY.MinorUnit);
    }

    [Fact]
    public void CompactIndex_RoundTripsEveryKnownCurrency_AndZeroIsNoCurrency()
    {
        // Schedule rows store a currency as this one-byte index: each known code has its own, and it maps back.
        var indexes = new HashSet<byte>();
        foreach (var code in Currency.KnownCodes)
        {
            var currency = Currency.FromCode(code);
            Assert.NotEqual(0, currency.Index);
            Assert.True(indexes.Add(currency.Index), code);
            var back = Currency.FromIndex(currency.Index);
            Assert.Equal(code, back.Code);
            Assert.Equal(currency.MinorUnits, back.MinorUnits);
        }

        Assert.Equal(0, default(Currency).Index);
        Assert.Equal("XXX", Currency.FromIndex(0).Code);
        Assert.Equal(25, indexes.Count);
        Assert.Equal(3, Currency.FromCode("TND").MinorUnits);
        Assert.Equal(0, Currency.FromCode("KRW").MinorUnits);
    }
}
