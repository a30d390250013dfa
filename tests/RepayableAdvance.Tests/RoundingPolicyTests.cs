namespace RepayableAdvance.Tests;

public class RoundingPolicyTests
{
    [Theory]
    [InlineData(RoundingMode.ToEven, "2.345", "2.34")]
    [InlineData(RoundingMode.ToEven, "2.355", "2.36")]
    [InlineData(RoundingMode.AwayFromZero, "2.345", "2.35")]
    [InlineData(RoundingMode.AwayFromZero, "-2.345", "-2.35")]
    [InlineData(RoundingMode.TowardZero, "2.349", "2.34")]
    [InlineData(RoundingMode.TowardZero, "-2.349", "-2.34")]
    [InlineData(RoundingMode.Up, "2.341", "2.35")]
    [InlineData(RoundingMode.Up, "-2.349", "-2.34")]
    [InlineData(RoundingMode.Down, "2.349", "2.34")]
    [InlineData(RoundingMode.Down, "-2.341", "-2.35")]
    public void Round_Modes(RoundingMode mode, string value, string expected)
    {
        var policy = RoundingPolicy.Create(mode);
        Assert.Equal(Money.Euros(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), policy.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Currency.EUR));
    }

    [Fact]
    public void Default_IsHalfEvenAtCurrencyScale()
    {
        Assert.Equal(RoundingMode.ToEven, RoundingPolicy.Default.Mode);
        Assert.Null(RoundingPolicy.Default.Scale);
        Assert.Null(RoundingPolicy.Default.CashIncrement);
        Assert.Equal("ToEven, currency scale", RoundingPolicy.Default.ToString());
    }

    [Fact]
    public void CashIncrement_RoundsToMultiples()
    {
        // The Frappe trap: 3,226.25 rounded up to a whole unit is 3,227.00.
        Assert.Equal(Money.Euros(3227m), RoundingPolicy.Create(RoundingMode.Up, cashIncrement: 1m).Round(3226.25m, Currency.EUR));
        Assert.Equal(Money.Euros(3226m), RoundingPolicy.Create(RoundingMode.ToEven, cashIncrement: 1m).Round(3226.25m, Currency.EUR));
        Assert.Equal(new Money(12.35m, Currency.CHF), RoundingPolicy.Create(RoundingMode.ToEven, cashIncrement: 0.05m).Round(12.34m, Currency.CHF));
        Assert.Equal(Money.Euros(1230m), RoundingPolicy.Create(RoundingMode.AwayFromZero, cashIncrement: 10m).Round(1225m, Currency.EUR));
    }

    [Fact]
    public void Scale_CoarserThanCurrency()
    {
        Assert.Equal(Money.Euros(13m), RoundingPolicy.Create(RoundingMode.AwayFromZero, scale: 0).Round(12.5m, Currency.EUR));
        Assert.Equal(3.1416m, RoundingPolicy.Default.WithScale(4).Round(3.14159m, 2));
    }

    [Fact]
    public void Scale_FinerThanCurrency_ThrowsForMoney()
    {
        var ex = Assert.Throws<ArgumentException>(() => RoundingPolicy.Default.WithScale(3).Round(1m, Currency.EUR));
        Assert.Equal("Rounding scale 3 is finer than the EUR minor unit (2 digits): use a scale between 0 and 2 for money. (Parameter 'currency')", ex.Message);
        Assert.Throws<ArgumentException>(() => RoundingPolicy.Default.WithCashIncrement(0.005m).Round(1m, Currency.EUR));
    }

    [Fact]
    public void Create_InvalidArguments_Throw()
    {
        var scale = Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.Create(RoundingMode.ToEven, scale: 29));
        Assert.Equal("scale", scale.ParamName);
        Assert.StartsWith("Value 29 is out of range: it must be between 0 and 28 inclusive.", scale.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.Create(RoundingMode.ToEven, cashIncrement: 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.Create((RoundingMode)42));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        Assert.Equal(RoundingPolicy.Create(RoundingMode.Up, 2, 1m), RoundingPolicy.Create(RoundingMode.Up, 2, 1m));
        Assert.NotEqual(RoundingPolicy.Default, RoundingPolicy.Commercial);
        Assert.Equal(RoundingPolicy.Default, RoundingPolicy.Commercial.WithMode(RoundingMode.ToEven));
    }
}
