using System.Globalization;

namespace RepayableAdvance.Tests;

public class MoneyTests
{
    [Fact]
    public void Constructor_StoresAtCurrencyScale()
    {
        var money = new Money(12.5m, Currency.EUR);
        Assert.Equal("12.50", money.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("12.50 EUR", money.ToString());
        Assert.Equal("1250", money.MinorUnits.ToString("0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Constructor_AcceptsTrailingZerosBeyondScale()
    {
        var money = new Money(12.500m, Currency.EUR);
        Assert.Equal("12.50", money.Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Constructor_TooManyDecimals_NamesTheRoundingApi()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(10.005m, Currency.EUR));
        Assert.Equal("amount", ex.ParamName);
        Assert.Equal(
            "Amount 10.005 has more decimals than EUR allows (2): round it explicitly with RoundingPolicy.Round(amount, currency) or Money.FromDecimal(amount, currency, rounding). (Parameter 'amount')",
            ex.Message);
    }

    [Fact]
    public void Constructor_Yen_RejectsCents()
    {
        Assert.Throws<ArgumentException>(() => new Money(1.5m, Currency.JPY));
        Assert.Equal("150 JPY", new Money(150m, Currency.JPY).ToString());
    }

    [Fact]
    public void Arithmetic_IsExact()
    {
        var a = Money.Euros(0.10m);
        var b = Money.Euros(0.20m);
        Assert.Equal(Money.Euros(0.30m), a + b);
        Assert.Equal(Money.Euros(-0.10m), a - b);
        Assert.Equal(Money.Euros(-0.10m), -a);
        Assert.Equal(Money.Euros(0.30m), a.Plus(b));
        Assert.Equal(Money.Euros(-0.10m), a.Minus(b));
        Assert.Equal(Money.Euros(0.10m), Money.Euros(-0.10m).Abs());
    }

    [Fact]
    public void Comparison_WithinCurrency()
    {
        var a = Money.Euros(1m);
        var b = Money.Euros(2m);
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= Money.Euros(1.00m));
        Assert.True(a >= Money.Euros(1m));
        Assert.Equal(a, Money.Min(a, b));
        Assert.Equal(b, Money.Max(a, b));
    }

    [Fact]
    public void MixingCurrencies_ThrowsWithBothCurrencies()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Euros(1m) + new Money(1m, Currency.USD));
        Assert.Equal(Currency.EUR, ex.Expected);
        Assert.Equal(Currency.USD, ex.Actual);
        Assert.Equal("Currency mismatch: expected EUR but got USD; convert the amount to EUR first, amounts of different currencies cannot be combined.", ex.Message);
        Assert.Throws<CurrencyMismatchException>(() => Money.Euros(1m) < new Money(1m, Currency.GBP));
    }

    [Fact]
    public void Equality_DifferentCurrencies_IsFalse()
    {
        Assert.NotEqual(Money.Euros(1m), new Money(1m, Currency.USD));
        Assert.False(Money.Euros(1m) == new Money(1m, Currency.USD));
        Assert.True(Money.Euros(1m) != new Money(1m, Currency.USD));
        Assert.Equal(Money.Euros(1m).GetHashCode(), new Money(1.00m, Currency.EUR).GetHashCode());
    }

    [Fact]
    public void Default_IsZeroNoCurrency()
    {
        Money money = default;
        Assert.True(money.IsZero);
        Assert.Equal("XXX", money.Currency.Code);
    }

    [Fact]
    public void Multiply_ByRate_RoundsExplicitly()
    {
        var fee = Money.Euros(150_000m).Multiply(Rate.FromPercent(1.5m), RoundingPolicy.Default);
        Assert.Equal(Money.Euros(2250m), fee);
        Assert.Equal(Money.Euros(0.02m), Money.Euros(0.05m).Multiply(0.5m, RoundingPolicy.Default));
        Assert.Equal(Money.Euros(0.03m), Money.Euros(0.05m).Multiply(0.5m, RoundingPolicy.Commercial));
    }

    [Fact]
    public void Divide_ByZero_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Euros(1m).Divide(0m, RoundingPolicy.Default));
        Assert.Equal("divisor", ex.ParamName);
        Assert.Equal(Money.Euros(0.33m), Money.Euros(1m).Divide(3m, RoundingPolicy.Default));
    }

    [Fact]
    public void Split_FiveCentsThreeWays_LargestRemainderGivesFirstParts()
    {
        Assert.Equal([Money.Euros(0.02m), Money.Euros(0.02m), Money.Euros(0.01m)], Money.Euros(0.05m).Split(3));
    }

    [Fact]
    public void Split_FiveCentsThreeWays_Last()
    {
        Assert.Equal([Money.Euros(0.01m), Money.Euros(0.02m), Money.Euros(0.02m)], Money.Euros(0.05m).Split(3, RemainderPlacement.Last));
    }

    [Fact]
    public void Split_NegativeFiveCents_MirrorsPositive()
    {
        Assert.Equal([Money.Euros(-0.02m), Money.Euros(-0.02m), Money.Euros(-0.01m)], Money.Euros(-0.05m).Split(3));
    }

    [Fact]
    public void Allocate_ByWeights_LargestRemainder()
    {
        // 100.00 by 1:1:1 → 33.34, 33.33, 33.33; by 70:30 co-funders → exact.
        Assert.Equal([Money.Euros(33.34m), Money.Euros(33.33m), Money.Euros(33.33m)], Money.Euros(100m).Allocate([1m, 1m, 1m]));
        Assert.Equal([Money.Euros(70m), Money.Euros(30m)], Money.Euros(100m).Allocate([0.7m, 0.3m]));

        // 0.05 by 0.2 : 0.3 : 0.5 → exact shares 0.010, 0.015, 0.025: remainders .0, .5, .5 → first tie wins.
        Assert.Equal([Money.Euros(0.01m), Money.Euros(0.02m), Money.Euros(0.02m)], Money.Euros(0.05m).Allocate([0.2m, 0.3m, 0.5m]));

        // Largest remainder picks the largest fraction, not the first: 0.10 by 1:2:4 → 0.0142.., 0.0285.., 0.0571..
        Assert.Equal([Money.Euros(0.01m), Money.Euros(0.03m), Money.Euros(0.06m)], Money.Euros(0.10m).Allocate([1m, 2m, 4m]));
    }

    [Fact]
    public void Allocate_ZeroWeightNeverReceivesAUnit()
    {
        Assert.Equal([Money.Euros(0m), Money.Euros(0.03m), Money.Euros(0.02m)], Money.Euros(0.05m).Allocate([0m, 1m, 1m]));
        Assert.Equal([Money.Euros(0m), Money.Euros(0.03m), Money.Euros(0.02m)], Money.Euros(0.05m).Allocate([0m, 1m, 1m], RemainderPlacement.First));
        Assert.Equal([Money.Euros(0.02m), Money.Euros(0.03m), Money.Euros(0m)], Money.Euros(0.05m).Allocate([1m, 1m, 0m], RemainderPlacement.Last));
    }

    [Fact]
    public void Allocate_BadWeights_Throw()
    {
        Assert.Equal("Weights are empty: give at least one weight. (Parameter 'weights')", Assert.Throws<ArgumentException>(() => Money.Euros(1m).Allocate([])).Message);
        Assert.Equal("Weight -1 at index 1 is negative: weights must be zero or positive. (Parameter 'weights')", Assert.Throws<ArgumentException>(() => Money.Euros(1m).Allocate([1m, -1m])).Message);
        Assert.Equal("All weights are zero: at least one weight must be positive. (Parameter 'weights')", Assert.Throws<ArgumentException>(() => Money.Euros(1m).Allocate([0m, 0m])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Euros(1m).Split(0));
    }

    [Fact]
    public void ToString_WithCulture_UsesCultureSeparators()
    {
        var money = Money.Euros(150_000m);
        Assert.Equal("150,000.00 EUR", money.ToString(null, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("150\u202F000,00 EUR", money.ToString(null, CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void FromMinorUnits_RoundTrips()
    {
        Assert.Equal(Money.Euros(12.34m), Money.FromMinorUnits(1234, Currency.EUR));
        Assert.Equal(new Money(1234m, Currency.JPY), Money.FromMinorUnits(1234, Currency.JPY));
    }

    [Fact]
    public void Rounded_operations_refuse_a_missing_policy_by_name_and_a_zero_divisor_with_the_way_out()
    {
        Assert.Equal("rounding", Assert.Throws<ArgumentNullException>(() => Money.FromDecimal(1m, Currency.EUR, null!)).ParamName);
        Assert.Equal("rounding", Assert.Throws<ArgumentNullException>(() => Money.Euros(1m).Multiply(2m, null!)).ParamName);
        Assert.Equal("rounding", Assert.Throws<ArgumentNullException>(() => Money.Euros(1m).Divide(2m, null!)).ParamName);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Euros(1m).Divide(0m, RoundingPolicy.Default));
        Assert.StartsWith("Divisor 0 is out of range: it must be non-zero. To split money without losing cents, use Money.Split or Money.Allocate.", zero.Message, StringComparison.Ordinal);
        Assert.Equal("divisor", zero.ParamName);
    }

    [Fact]
    public void Comparing_money_with_another_type_is_refused()
    {
        IComparable money = Money.Euros(1m);
        Assert.Equal(1, money.CompareTo(null));
        Assert.Equal(0, money.CompareTo(Money.Euros(1m)));
        var other = Assert.Throws<ArgumentException>(() => money.CompareTo("1.00 EUR"));
        Assert.Equal("obj", other.ParamName);
        Assert.StartsWith("Object must be of type Money.", other.Message, StringComparison.Ordinal);
    }
}
