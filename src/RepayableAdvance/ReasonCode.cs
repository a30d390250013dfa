namespace RepayableAdvance;

/// <summary>A stable, culture-neutral code that identifies a reason, such as <c>headcountBetween</c>.</summary>
/// <remarks>
/// <para>Codes are camelCase identifiers, optionally dotted (<c>sizing.cap.schemeMaximum</c>): a lower-case
/// letter followed by letters and digits, per dot-separated segment, at most 100 characters. They are part of
/// the public contract: a code never changes meaning, and the same code names the rule in JSON documents.</para>
/// <para>Equality is ordinal. <c>default(ReasonCode)</c> has the empty string as its value and never equals a valid code.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct ReasonCode : IEquatable<ReasonCode>, IComparable<ReasonCode>
{
    private readonly string? _value;

    /// <summary>Creates a code.</summary>
    /// <param name="value">The code text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a camelCase, optionally dotted, identifier of at most 100 characters.</exception>
    public ReasonCode(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(
            IsValid(value),
            nameof(value),
            $"Reason code '{value}' is invalid: it must be camelCase segments separated by dots (a lower-case letter, then letters or digits), 1 to 100 characters, such as 'headcountBetween'.", $"Le code de motif « {value} » est invalide : ce doivent être des segments camelCase séparés par des points (une minuscule, puis des lettres ou des chiffres), de 1 à 100 caractères, comme « headcountBetween ».");
        _value = value;
    }

    /// <summary>Trusted constructor for codes built from validated parts.</summary>
    internal ReasonCode(string value, bool trusted)
    {
        _ = trusted;
        _value = value;
    }

    /// <summary>Gets the code text.</summary>
    /// <value>The code; empty for <c>default</c>.</value>
    public string Value => _value ?? string.Empty;

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(ReasonCode left, ReasonCode right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(ReasonCode left, ReasonCode right) => !left.Equals(right);

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts before the second.</returns>
    public static bool operator <(ReasonCode left, ReasonCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts after the second.</returns>
    public static bool operator >(ReasonCode left, ReasonCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts before or equal to the second.</returns>
    public static bool operator <=(ReasonCode left, ReasonCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts after or equal to the second.</returns>
    public static bool operator >=(ReasonCode left, ReasonCode right) => left.CompareTo(right) >= 0;

    /// <summary>Tells whether a text is a valid code.</summary>
    /// <param name="value">The text.</param>
    /// <returns>True when it is a camelCase, optionally dotted, identifier of 1 to 100 characters.</returns>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return false;
        }

        var segmentStart = true;
        foreach (var c in value)
        {
            if (segmentStart)
            {
                if (c is < 'a' or > 'z')
                {
                    return false;
                }

                segmentStart = false;
            }
            else if (c == '.')
            {
                segmentStart = true;
            }
            else if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return !segmentStart;
    }

    /// <inheritdoc/>
    public bool Equals(ReasonCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(ReasonCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code text.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;
}
