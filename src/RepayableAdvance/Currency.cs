namespace RepayableAdvance;

/// <summary>An ISO 4217 currency: its three-letter code and the number of digits of its minor unit.</summary>
/// <remarks>
/// <para>Currencies come from a built-in, read-only table (see <see cref="KnownCodes"/>); there is no way to
/// register a currency at run time, so two values with the same code always carry the same minor unit.</para>
/// <para>Equality compares the code. The <c>default</c> value is the ISO "no currency" code <c>XXX</c> with zero
/// minor-unit digits: it exists so that <c>default(Money)</c> is well defined, and it never equals a real
/// currency.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type. See the thread safety section of the user guide for more information.</threadsafety>
public readonly struct Currency : IEquatable<Currency>
{
    private const string NoCurrencyCode = "XXX";

    // The built-in table. A currency's position in it, from 1 (0 is XXX), is its compact index: schedule rows store
    // that byte instead of the code, so that they hold no reference.
    private static readonly (string Code, int Digits)[] Table =
    [
        ("EUR", 2), ("USD", 2), ("GBP", 2), ("CHF", 2), ("SEK", 2), ("DKK", 2), ("PLN", 2),
        ("CZK", 2), ("HUF", 2), ("RON", 2), ("BGN", 2), ("NOK", 2), ("ISK", 0), ("JPY", 0),
        ("CAD", 2), ("AUD", 2), ("NZD", 2), ("CNY", 2), ("MAD", 2), ("TND", 3), ("XOF", 0),
        ("XPF", 0), ("KRW", 0), ("BHD", 3), ("KWD", 3),
    ];

    // Plain loops rather than LINQ or a frozen dictionary: the table is small, and this type is initialised by every
    // program that reads a document, so its start-up cost is paid on every run of the command-line tool.
    private static readonly Currency[] ByIndex = BuildIndex();

    private readonly string? _code;
    private readonly int _minorUnits;
    private readonly byte _index;

    private Currency(string code, int minorUnits, byte index)
    {
        _code = code;
        _minorUnits = minorUnits;
        _index = index;
    }

    /// <summary>Gets the euro.</summary>
    /// <value>EUR, two minor-unit digits.</value>
    public static Currency EUR { get; } = FromCode("EUR");

    /// <summary>Gets the US dollar.</summary>
    /// <value>USD, two minor-unit digits.</value>
    public static Currency USD { get; } = FromCode("USD");

    /// <summary>Gets the pound sterling.</summary>
    /// <value>GBP, two minor-unit digits.</value>
    public static Currency GBP { get; } = FromCode("GBP");

    /// <summary>Gets the Swiss franc.</summary>
    /// <value>CHF, two minor-unit digits.</value>
    public static Currency CHF { get; } = FromCode("CHF");

    /// <summary>Gets the Japanese yen.</summary>
    /// <value>JPY, zero minor-unit digits.</value>
    public static Currency JPY { get; } = FromCode("JPY");

    /// <summary>Gets every code in the built-in table, in ordinal order.</summary>
    /// <value>The ISO 4217 codes this library knows.</value>
    public static IReadOnlyList<string> KnownCodes { get; } = SortedCodes();

    /// <summary>Gets the ISO 4217 alphabetic code, such as <c>EUR</c>.</summary>
    /// <value>The three-letter code; <c>XXX</c> for the default value.</value>
    public string Code => _code ?? NoCurrencyCode;

    /// <summary>Gets the number of digits after the decimal separator of the currency's minor unit.</summary>
    /// <value>2 for EUR, 0 for JPY and ISK, 3 for TND.</value>
    public int MinorUnits => _minorUnits;

    /// <summary>Gets the smallest amount of the currency, for example 0.01 for EUR.</summary>
    /// <value>10 to the power of minus <see cref="MinorUnits"/>.</value>
    public decimal MinorUnit => DecimalMath.PowerOfTenInverse(_minorUnits);

    /// <summary>Returns the currency with the given ISO 4217 code.</summary>
    /// <param name="code">The three-letter code, in upper case, such as <c>EUR</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the built-in table.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        var index = IndexOf(code);
        if (index == 0)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"Unknown currency code '{code}': it must be one of the ISO 4217 codes {string.Join(", ", KnownCodes)}."), Preconditions.Invariant($"Code de devise inconnu « {code} » : il doit être l'un des codes ISO 4217 {string.Join(", ", KnownCodes)}."),
                nameof(code));
        }

        return ByIndex[index];
    }

    /// <summary>Tries to find the currency with the given ISO 4217 code.</summary>
    /// <param name="code">The three-letter code.</param>
    /// <param name="currency">The currency when found; otherwise <c>default</c>.</param>
    /// <returns>Whether the code is in the built-in table.</returns>
    public static bool TryFromCode(string? code, out Currency currency)
    {
        if (code is not null && IndexOf(code) is var index and > 0)
        {
            currency = ByIndex[index];
            return true;
        }

        currency = default;
        return false;
    }

    private static Currency[] BuildIndex()
    {
        var byIndex = new Currency[Table.Length + 1];
        for (var i = 0; i < Table.Length; i++)
        {
            byIndex[i + 1] = new Currency(Table[i].Code, Table[i].Digits, (byte)(i + 1));
        }

        return byIndex;
    }

    private static string[] SortedCodes()
    {
        var codes = new string[Table.Length];
        for (var i = 0; i < Table.Length; i++)
        {
            codes[i] = Table[i].Code;
        }

        Array.Sort(codes, StringComparer.Ordinal);
        return codes;
    }

    /// <summary>The compact index of a code in the built-in table, or 0 when it is not there.</summary>
    private static byte IndexOf(string code)
    {
        for (var i = 0; i < Table.Length; i++)
        {
            if (string.Equals(Table[i].Code, code, StringComparison.Ordinal))
            {
                return (byte)(i + 1);
            }
        }

        return 0;
    }

    /// <summary>Gets the currency's compact index: 0 for XXX, then its position in the built-in table.</summary>
    internal byte Index => _index;

    /// <summary>Returns the currency with a compact index (<see cref="Index"/>).</summary>
    internal static Currency FromIndex(byte index) => ByIndex[index];

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the ISO code.</summary>
    /// <returns>The code, such as <c>EUR</c>.</returns>
    public override string ToString() => Code;
}
