using System.Globalization;

namespace RepayableAdvance;

/// <summary>A dimensionless fraction, such as an interest rate, a margin or a share: 1.5 % is stored as 0.015.</summary>
/// <remarks>
/// <para>There is no implicit conversion from <see cref="decimal"/>: the unit must be named with
/// <see cref="FromPercent"/>, <see cref="FromBasisPoints"/> or <see cref="FromDecimal"/>, because "1.5" versus
/// "0.015" is the classic configuration bug. Rates may be negative (Euribor was below zero from 2015 to 2022);
/// whether a negative rate is allowed is decided by the code that uses it.</para>
/// <para>Equality and ordering compare the fraction's value. <c>default(Rate)</c> is zero.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable
{
    private readonly decimal _value;

    private Rate(decimal value) => _value = value;

    /// <summary>Gets the zero rate.</summary>
    /// <value>0 %.</value>
    public static Rate Zero => default;

    /// <summary>Gets the fraction (0.015 for 1.5 %).</summary>
    /// <value>The decimal fraction.</value>
    public decimal Value => _value;

    /// <summary>Gets the rate in percent (1.5 for 1.5 %).</summary>
    /// <value>The value times 100.</value>
    public decimal Percent => _value * 100m;

    /// <summary>Gets the rate in basis points (150 for 1.5 %).</summary>
    /// <value>The value times 10,000.</value>
    public decimal BasisPoints => _value * 10_000m;

    /// <summary>Creates a rate from a percentage (1.5 → 1.5 %).</summary>
    /// <param name="percent">The rate in percent.</param>
    /// <returns>The rate.</returns>
    public static Rate FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>Creates a rate from basis points (150 → 1.5 %).</summary>
    /// <param name="basisPoints">The rate in basis points.</param>
    /// <returns>The rate.</returns>
    public static Rate FromBasisPoints(decimal basisPoints) => new(basisPoints / 10_000m);

    /// <summary>Creates a rate from its fraction (0.015 → 1.5 %).</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The rate.</returns>
    public static Rate FromDecimal(decimal fraction) => new(fraction);

    /// <summary>Adds two rates (index + margin).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    public static Rate operator +(Rate left, Rate right) => Add(left, right);

    /// <summary>Subtracts two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    public static Rate operator -(Rate left, Rate right) => Subtract(left, right);

    /// <summary>Negates a rate.</summary>
    /// <param name="value">The rate.</param>
    /// <returns>The opposite rate.</returns>
    public static Rate operator -(Rate value) => new(-value._value);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is lower.</returns>
    public static bool operator <(Rate left, Rate right) => left._value < right._value;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is higher.</returns>
    public static bool operator >(Rate left, Rate right) => left._value > right._value;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is lower or equal.</returns>
    public static bool operator <=(Rate left, Rate right) => left._value <= right._value;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the first is higher or equal.</returns>
    public static bool operator >=(Rate left, Rate right) => left._value >= right._value;

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Adds two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The sum.</returns>
    public static Rate Add(Rate left, Rate right) => new(left._value + right._value);

    /// <summary>Subtracts two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    public static Rate Subtract(Rate left, Rate right) => new(left._value - right._value);

    /// <summary>Returns the higher of two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The maximum.</returns>
    public static Rate Max(Rate left, Rate right) => left >= right ? left : right;

    /// <summary>Returns the lower of two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The minimum.</returns>
    public static Rate Min(Rate left, Rate right) => left <= right ? left : right;

    /// <summary>Adds another rate.</summary>
    /// <param name="other">The rate to add.</param>
    /// <returns>The sum.</returns>
    public Rate Plus(Rate other) => Add(this, other);

    /// <summary>Subtracts another rate.</summary>
    /// <param name="other">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    public Rate Minus(Rate other) => Subtract(this, other);

    /// <summary>Multiplies the rate by a factor (a share of a rate).</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled rate.</returns>
    public Rate Times(decimal factor) => new(_value * factor);

    /// <inheritdoc/>
    public bool Equals(Rate other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Rate other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw Preconditions.Argument("Object must be of type Rate.", "L'objet doit être de type Rate.", nameof(obj)),
    };

    /// <summary>Parses a rate written with its unit: <c>"1.5%"</c>, <c>"150bp"</c> or <c>"-0.31 %"</c> (invariant culture).</summary>
    /// <param name="text">The text; a bare number is refused, because "1.5" versus "0.015" is the classic bug.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="FormatException">The text is not a number followed by <c>%</c> or <c>bp</c>.</exception>
    public static Rate Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var rate)
            ? rate
            : throw new FormatException(Preconditions.Invariant($"'{text}' is not a rate: write a number with its unit, such as \"1.5%\" or \"150bp\"."));
    }

    /// <summary>Tries to parse a rate written with its unit (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="rate">The rate, when the text is valid.</param>
    /// <returns>Whether the text is a number followed by <c>%</c> or <c>bp</c>.</returns>
    public static bool TryParse(string? text, out Rate rate)
    {
        rate = default;
        if (text is null)
        {
            return false;
        }

        var t = text.Trim().Replace('\u2212', '-');
        decimal divisor;
        if (t.EndsWith('%'))
        {
            divisor = 100m;
            t = t[..^1];
        }
        else if (t.EndsWith("bp", StringComparison.OrdinalIgnoreCase) || t.EndsWith("bps", StringComparison.OrdinalIgnoreCase))
        {
            divisor = 10_000m;
            t = t[..^(t.EndsWith('s') || t.EndsWith('S') ? 3 : 2)];
        }
        else
        {
            return false;
        }

        if (!decimal.TryParse(t.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        rate = new Rate(number / divisor);
        return true;
    }

    /// <summary>Formats as a percentage in the invariant culture, such as <c>3.49%</c>.</summary>
    /// <returns>The percentage without trailing zeros.</returns>
    public override string ToString() => Percent.ToString("0.############", CultureInfo.InvariantCulture) + "%";
}
