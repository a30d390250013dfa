using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace RepayableAdvance;

/// <summary>A named, typed argument of a <see cref="Reason"/>, such as the observed headcount or the required minimum.</summary>
/// <remarks>
/// The value keeps its type (money, rate, date…) so that each culture formats it correctly; no culture-specific
/// text is stored. Equality compares name, kind and value. <c>default(ReasonArgument)</c> is an empty text
/// argument with an empty name.
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct ReasonArgument : IEquatable<ReasonArgument>
{
    private ReasonArgument(string name, ReasonArgumentKind kind, object value, bool trusted)
    {
        _ = trusted;
        Name = name;
        Kind = kind;
        Value = value;
    }

    private ReasonArgument(string name, ReasonArgumentKind kind, object value)
    {
        CheckName(name);
        Name = name;
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets the placeholder name used in templates, such as <c>observed</c>.</summary>
    /// <value>A camelCase identifier.</value>
    public string Name { get; }

    /// <summary>Gets the kind of value.</summary>
    /// <value>Decides the formatting.</value>
    public ReasonArgumentKind Kind { get; }

    /// <summary>Gets the value: a <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="RepayableAdvance.Money"/>, <see cref="RepayableAdvance.Rate"/>, <see cref="LocalDate"/> or <see cref="bool"/>.</summary>
    /// <value>The typed value.</value>
    public object Value { get; }

    /// <summary>Creates a text argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The text.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument Text(string name, string value) => new(name, ReasonArgumentKind.Text, Preconditions.CheckNotNull(value));

    /// <summary>Creates a whole-number argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The number.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument WholeNumber(string name, long value) =>
        new(name, ReasonArgumentKind.WholeNumber, value is >= 0 and < 1024 ? SmallNumbers[value] : value);

    // Boxed small whole numbers (counts, headcounts, years), shared so explanations do not box them each time.
    private static readonly object[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(i => (object)(long)i)];

    /// <summary>Creates a decimal-number argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The number.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument Number(string name, decimal value) => new(name, ReasonArgumentKind.Number, value);

    /// <summary>Creates a money argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The amount.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument Money(string name, Money value) => new(name, ReasonArgumentKind.Money, value);

    /// <summary>Creates a rate argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The rate.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument Rate(string name, Rate value) => new(name, ReasonArgumentKind.Rate, value);

    /// <summary>Creates a date argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The date.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument Date(string name, LocalDate value) => new(name, ReasonArgumentKind.Date, value);

    /// <summary>Creates a yes/no argument.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The argument.</returns>
    public static ReasonArgument Boolean(string name, bool value) => new(name, ReasonArgumentKind.Boolean, value);

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns>Whether name, kind and value are equal.</returns>
    public static bool operator ==(ReasonArgument left, ReasonArgument right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns>Whether name, kind or value differ.</returns>
    public static bool operator !=(ReasonArgument left, ReasonArgument right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ReasonArgument other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind && Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonArgument other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Value);

    /// <summary>Formats as <c>name=value</c> in the invariant culture.</summary>
    /// <returns>The argument for logs.</returns>
    public override string ToString() => Name + "=" + Convert.ToString(Value, CultureInfo.InvariantCulture);

    /// <summary>Trusted factory for the library's own argument names (compile-time constants).</summary>
    internal static ReasonArgument Trusted(string name, ReasonArgumentKind kind, object value) => new(name, kind, value, trusted: true);

    // Names already validated, by reference: argument names are nearly always literals (interned), so a name is checked
    // once per slot rather than on every explanation. A string is immutable, so an instance once valid stays valid; a
    // lost race only means one more check.
    private static readonly string?[] ValidatedNames = new string?[256];

    private static void CheckName(string name)
    {
        Preconditions.CheckNotNull(name);
        var slot = RuntimeHelpers.GetHashCode(name) & (ValidatedNames.Length - 1);
        if (ReferenceEquals(Volatile.Read(ref ValidatedNames[slot]), name))
        {
            return;
        }

        Preconditions.CheckArgument(
            IsIdentifier(name),
            nameof(name),
            $"Argument name '{name}' is invalid: it must be a camelCase identifier (a lower-case letter, then letters or digits).", $"Le nom d'argument « {name} » est invalide : ce doit être un identifiant camelCase (une minuscule, puis des lettres ou des chiffres).");
        Volatile.Write(ref ValidatedNames[slot], name);
    }

    internal static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
