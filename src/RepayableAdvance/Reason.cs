namespace RepayableAdvance;

/// <summary>Why something was decided: a stable <see cref="ReasonCode"/> plus typed, ordered arguments.</summary>
/// <remarks>
/// <para>A reason holds no culture-specific text. <see cref="ReasonFormatter"/> renders it in English or French
/// from a template keyed by its code. Eligibility, sizing, state aid and funds all explain themselves with
/// reasons.</para>
/// <para>Equality is structural: same code and the same arguments in the same order.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Reason : IEquatable<Reason>
{
    private readonly ReasonArgument[] _arguments;

    /// <summary>Creates a reason.</summary>
    /// <param name="code">The code.</param>
    /// <param name="arguments">The arguments, with distinct names.</param>
    /// <exception cref="ArgumentException">The code is the default value, or two arguments share a name.</exception>
    public Reason(ReasonCode code, params IReadOnlyList<ReasonArgument> arguments)
    {
        Preconditions.CheckArgument(code.Value.Length > 0, nameof(code), "The reason code is empty: create it with new ReasonCode(\"someCode\").", "Le code de motif est vide : créez-le avec new ReasonCode(\"someCode\").");
        Preconditions.CheckNotNull(arguments);
        _arguments = [.. arguments];
        for (var i = 0; i < _arguments.Length; i++)
        {
            Preconditions.CheckArgument(_arguments[i].Name is not null, nameof(arguments), "An argument is the default value: create arguments with ReasonArgument.Text, Money, Rate….", "Un argument a la valeur par défaut : créez les arguments avec ReasonArgument.Text, Money, Rate….");
            for (var j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(
                    !string.Equals(_arguments[i].Name, _arguments[j].Name, StringComparison.Ordinal),
                    nameof(arguments),
                    $"Argument name '{_arguments[i].Name}' appears twice in reason '{code}': names must be distinct.", $"Le nom d'argument « {_arguments[i].Name} » figure deux fois dans le motif « {code} » : les noms doivent être distincts.");
            }
        }

        Code = code;
    }

    /// <summary>Trusted constructor for the library's own reasons: takes ownership of the array, no checks.</summary>
    internal Reason(ReasonCode code, ReasonArgument[] arguments, bool trusted)
    {
        _ = trusted;
        Code = code;
        _arguments = arguments;
    }

    /// <summary>Gets the code.</summary>
    /// <value>The stable code.</value>
    public ReasonCode Code { get; }

    /// <summary>Gets the arguments, in order.</summary>
    /// <value>The typed arguments.</value>
    public IReadOnlyList<ReasonArgument> Arguments => _arguments;

    /// <summary>Finds an argument by name.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="argument">The argument when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetArgument(string name, out ReasonArgument argument)
    {
        foreach (var candidate in _arguments)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                argument = candidate;
                return true;
            }
        }

        argument = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(Reason? other) =>
        other is not null && Code == other.Code && _arguments.AsSpan().SequenceEqual(other._arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Reason);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Code);
        foreach (var argument in _arguments)
        {
            hash.Add(argument);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats as <c>code(name=value, …)</c> in the invariant culture, for logs.</summary>
    /// <returns>The culture-neutral form.</returns>
    public override string ToString() => Code + "(" + string.Join(", ", _arguments) + ")";
}
