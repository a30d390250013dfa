using System.Globalization;

namespace RepayableAdvance;

/// <summary>An exact amount of money in one currency, stored at exactly the currency's minor-unit scale.</summary>
/// <remarks>
/// <para>A <see cref="Money"/> never holds more decimals than its currency allows: the constructor rejects
/// 10.005 EUR and names <see cref="RoundingPolicy.Round(decimal, Currency)"/> as the fix. Addition,
/// subtraction, negation and comparison are exact. Multiplying or dividing needs an explicit
/// <see cref="RoundingPolicy"/>. Splitting uses <see cref="Allocate(IReadOnlyList{decimal}, RemainderPlacement)"/>,
/// which never creates or loses a minor unit.</para>
/// <para>Equality: same currency and same amount (10.5 and 10.50 are the same amount). Comparison between
/// different currencies throws <see cref="CurrencyMismatchException"/>; equality between them is simply false.</para>
/// <para><c>default(Money)</c> is zero in the "no currency" <c>XXX</c> (see <see cref="Currency"/>).</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    private readonly decimal _amount;
    private readonly Currency _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount, with no more decimals than the currency's minor unit.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more decimals than the currency allows.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (decimal.Round(amount, currency.MinorUnits, MidpointRounding.ToZero) != amount)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"Amount {amount} has more decimals than {currency.Code} allows ({currency.MinorUnits}): round it explicitly with RoundingPolicy.Round(amount, currency) or Money.FromDecimal(amount, currency, rounding)."), Preconditions.Invariant($"Le montant {amount} a plus de décimales que {currency.Code} n'en permet ({currency.MinorUnits}) : arrondissez-le explicitement avec RoundingPolicy.Round(amount, currency) ou Money.FromDecimal(amount, currency, rounding)."),
                nameof(amount));
        }

        _amount = DecimalMath.WithScaleAtLeast(decimal.Round(amount, currency.MinorUnits, MidpointRounding.ToZero), currency.MinorUnits);
        _currency = currency;
    }

    private Money(decimal exactAmount, Currency currency, bool trusted)
    {
        _ = trusted;
        _amount = exactAmount;
        _currency = currency;
    }

    /// <summary>Gets the amount, at exactly the currency's scale (12.50 for EUR).</summary>
    /// <value>The decimal amount.</value>
    public decimal Amount => _amount;

    /// <summary>Gets the currency.</summary>
    /// <value>The currency.</value>
    public Currency Currency => _currency;

    /// <summary>Gets the amount in minor units (1250 for 12.50 EUR).</summary>
    /// <value>An integral decimal.</value>
    public decimal MinorUnits => _amount * PowerOfTen(_currency.MinorUnits);

    /// <summary>Gets whether the amount is zero.</summary>
    /// <value>True for zero.</value>
    public bool IsZero => _amount == 0m;

    /// <summary>Gets whether the amount is strictly positive.</summary>
    /// <value>True above zero.</value>
    public bool IsPositive => _amount > 0m;

    /// <summary>Gets whether the amount is strictly negative.</summary>
    /// <value>True below zero.</value>
    public bool IsNegative => _amount < 0m;

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero, at the currency's scale.</returns>
    public static Money Zero(Currency currency) => new(DecimalMath.WithScaleAtLeast(0m, currency.MinorUnits), currency, trusted: true);

    /// <summary>Creates money in euros.</summary>
    /// <param name="amount">The amount, with at most two decimals.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentException">The amount has more than two decimals.</exception>
    public static Money Euros(decimal amount) => new(amount, Currency.EUR);

    /// <summary>Rounds an exact decimal amount into money with an explicit policy.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is finer than the currency's minor unit.</exception>
    public static Money FromDecimal(decimal amount, Currency currency, RoundingPolicy rounding)
    {
        Preconditions.CheckNotNull(rounding);
        return rounding.Round(amount, currency);
    }

    /// <summary>Creates money from a whole number of minor units (1250 → 12.50 EUR).</summary>
    /// <param name="minorUnits">The number of minor units.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money FromMinorUnits(long minorUnits, Currency currency) =>
        new(DecimalMath.WithScaleAtLeast(minorUnits * currency.MinorUnit, currency.MinorUnits), currency, trusted: true);

    /// <summary>Trusted factory from whole minor units: the amount at exactly the currency's scale, without arithmetic.</summary>
    internal static Money FromMinorUnitsExact(long minorUnits, Currency currency) =>
        new(DecimalMath.FromMinorUnits(minorUnits, currency.MinorUnits), currency, trusted: true);

    /// <summary>The amount as whole minor units of its currency (always exact: an amount never has finer digits).</summary>
    /// <exception cref="OverflowException">More than 2^63 − 1 minor units.</exception>
    internal long ToMinorUnitsExact() =>
        DecimalMath.TryToMinorUnits(_amount, _currency.MinorUnits, out var units) ? units : throw new OverflowException(Preconditions.Invariant($"{this} is beyond 2^63 − 1 minor units."));

    /// <summary>Trusted factory: the amount is known to fit the currency's scale.</summary>
    internal static Money FromExact(decimal amount, Currency currency) =>
        new(DecimalMath.WithScaleAtLeast(amount, currency.MinorUnits), currency, trusted: true);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => Add(left, right);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => Subtract(left, right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The opposite amount.</returns>
    public static Money operator -(Money value) => Negate(value);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is smaller or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the first is larger or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Tests equality of currency and amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether both currency and amount are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Tests inequality of currency or amount.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether currency or amount differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Add(Money left, Money right)
    {
        CurrencyMismatchException.ThrowIfDifferent(left._currency, right._currency);
        return new Money(left._amount + right._amount, left._currency, trusted: true);
    }

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Subtract(Money left, Money right)
    {
        CurrencyMismatchException.ThrowIfDifferent(left._currency, right._currency);
        return new Money(left._amount - right._amount, left._currency, trusted: true);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The opposite amount.</returns>
    public static Money Negate(Money value) => new(-value._amount, value._currency, trusted: true);

    /// <summary>Returns the smaller of two amounts of the same currency (the first when equal).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => right < left ? right : left;

    /// <summary>Returns the larger of two amounts of the same currency (the first when equal).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => right > left ? right : left;

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Money Plus(Money other) => Add(this, other);

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Money Minus(Money other) => Subtract(this, other);

    /// <summary>Returns the absolute value.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(_amount), _currency, trusted: true);

    /// <summary>Multiplies by a factor, then rounds with an explicit policy.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="rounding">The rounding policy applied to the exact product.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is null.</exception>
    public Money Multiply(decimal factor, RoundingPolicy rounding)
    {
        Preconditions.CheckNotNull(rounding);
        return rounding.Round(_amount * factor, _currency);
    }

    /// <summary>Multiplies by a rate (for example 1.5 % of the amount), then rounds with an explicit policy.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="rounding">The rounding policy applied to the exact product.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is null.</exception>
    public Money Multiply(Rate rate, RoundingPolicy rounding) => Multiply(rate.Value, rounding);

    /// <summary>Divides by a non-zero divisor, then rounds with an explicit policy.</summary>
    /// <param name="divisor">The divisor.</param>
    /// <param name="rounding">The rounding policy applied to the quotient.</param>
    /// <returns>The rounded quotient.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(decimal divisor, RoundingPolicy rounding)
    {
        Preconditions.CheckNotNull(rounding);
        if (divisor == 0m)
        {
            throw Preconditions.OutOfRange(nameof(divisor), divisor, "Divisor 0 is out of range: it must be non-zero. To split money without losing cents, use Money.Split or Money.Allocate.", "Le diviseur 0 est hors limites : il doit être non nul. Pour partager de l'argent sans perdre de centimes, utilisez Money.Split ou Money.Allocate.");
        }

        return rounding.Round(_amount / divisor, _currency);
    }

    /// <summary>
    /// Allocates this amount by non-negative weights. The parts sum exactly to this amount, and each part is within
    /// one minor unit of its exact share.
    /// </summary>
    /// <param name="weights">Non-negative weights, at least one of them positive.</param>
    /// <param name="remainder">Where the minor units left after flooring each share go.</param>
    /// <returns>One part per weight, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no weights, a weight is negative, or all weights are zero.</exception>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> weights, RemainderPlacement remainder = RemainderPlacement.LargestRemainder) =>
        MoneyAllocator.Allocate(this, weights, remainder);

    /// <summary>Splits this amount into <paramref name="parts"/> parts that differ by at most one minor unit and sum exactly to it.</summary>
    /// <param name="parts">The number of parts, at least 1.</param>
    /// <param name="remainder">Where the left-over minor units go; with equal weights, largest remainder gives them to the first parts.</param>
    /// <returns>The parts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public IReadOnlyList<Money> Split(int parts, RemainderPlacement remainder = RemainderPlacement.LargestRemainder)
    {
        Preconditions.CheckPositive(nameof(parts), parts);
        var weights = new decimal[parts];
        Array.Fill(weights, 1m);
        return MoneyAllocator.Allocate(this, weights, remainder);
    }

    /// <inheritdoc/>
    public bool Equals(Money other) => _currency == other._currency && _amount == other._amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_currency, _amount);

    /// <summary>Compares with an amount of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CurrencyMismatchException.ThrowIfDifferent(_currency, other._currency);
        return _amount.CompareTo(other._amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw Preconditions.Argument("Object must be of type Money.", "L'objet doit être de type Money.", nameof(obj)),
    };

    /// <summary>Formats as <c>1250.00 EUR</c> in the invariant culture.</summary>
    /// <returns>The amount at currency scale, a space and the ISO code.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount with a numeric format and culture, followed by the ISO code.</summary>
    /// <param name="format">A numeric format for the amount; null gives the currency's scale, with group separators (N2 for EUR) for a culture and plain digits (F2) for the invariant culture.</param>
    /// <param name="formatProvider">The culture; null for the invariant culture.</param>
    /// <returns>For example <c>150 000,00 EUR</c> in fr-FR.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var invariant = ReferenceEquals(provider, CultureInfo.InvariantCulture);
        var amountFormat = format ?? (invariant ? "F" : "N") + _currency.MinorUnits.ToString(CultureInfo.InvariantCulture);
        return _amount.ToString(amountFormat, provider) + " " + _currency.Code;
    }

    private static decimal PowerOfTen(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
