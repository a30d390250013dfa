using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace RepayableAdvance;

/// <summary>
/// Argument checks used at the public edge. Messages are built in the invariant culture, in English and in French:
/// the exception's message is the English text, and <see cref="DomainErrors.French"/> gives the French one.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            throw DomainErrors.WithFrench(new ArgumentNullException(paramName), Invariant($"{paramName} est obligatoire : il ne peut pas être null."));
        }

        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string english, string french)
    {
        if (!condition)
        {
            throw Argument(english, french, paramName);
        }
    }

    /// <summary>Checks an argument; the interpolated messages are only formatted (in the invariant culture) when the check fails.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessageHandler english,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessageHandler french)
    {
        if (!condition)
        {
            throw Argument(english.ToStringAndClear(), french.ToStringAndClear(), paramName);
        }
    }

    /// <summary>An argument exception with its English message and its French one.</summary>
    internal static ArgumentException Argument(string english, string french, string? paramName = null) =>
        DomainErrors.WithFrench(new ArgumentException(english, paramName), french);

    /// <summary>An out-of-range exception with its English message and its French one.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, object? value, string english, string french) =>
        DomainErrors.WithFrench(new ArgumentOutOfRangeException(paramName, value, english), french);

    /// <summary>An invalid-operation exception with its English message and its French one.</summary>
    internal static InvalidOperationException State(string english, string french) =>
        DomainErrors.WithFrench(new InvalidOperationException(english), french);

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be between {minInclusive} and {maxInclusive} inclusive."),
                Invariant($"La valeur {value} est hors limites : de {minInclusive} à {maxInclusive} inclus."));
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive, string what, string whatFrench)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"{what} {value} is out of range: it must be between {minInclusive} and {maxInclusive} inclusive."),
                Invariant($"{whatFrench} {value} est hors limites : de {minInclusive} à {maxInclusive} inclus."));
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be between {minInclusive} and {maxInclusive} inclusive."),
                Invariant($"La valeur {value} est hors limites : de {minInclusive} à {maxInclusive} inclus."));
        }
    }

    internal static void CheckNonNegative(string paramName, decimal value)
    {
        if (value < 0m)
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be zero or positive."),
                Invariant($"La valeur {value} est hors limites : elle doit être positive ou nulle."));
        }
    }

    internal static void CheckPositive(string paramName, decimal value)
    {
        if (value <= 0m)
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be strictly positive."),
                Invariant($"La valeur {value} est hors limites : elle doit être strictement positive."));
        }
    }

    internal static void CheckPositive(string paramName, int value)
    {
        if (value <= 0)
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be strictly positive."),
                Invariant($"La valeur {value} est hors limites : elle doit être strictement positive."));
        }
    }

    internal static void CheckState([DoesNotReturnIf(false)] bool condition, string english, string french)
    {
        if (!condition)
        {
            throw State(english, french);
        }
    }

    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw OutOfRange(
                paramName,
                value,
                Invariant($"Value {value} is not a defined {typeof(TEnum).Name}: allowed values are {string.Join(", ", Enum.GetNames<TEnum>())}."),
                Invariant($"La valeur {value} n'est pas un {typeof(TEnum).Name} défini : valeurs permises {string.Join(", ", Enum.GetNames<TEnum>())}."));
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>An interpolated-string handler that formats only when the guarded condition is false.</summary>
    [InterpolatedStringHandler]
    internal ref struct FailureMessageHandler
    {
        private DefaultInterpolatedStringHandler _inner;

        public FailureMessageHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
        {
            shouldAppend = !condition;
            _inner = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
        }

        public void AppendLiteral(string value) => _inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

        public string ToStringAndClear() => _inner.ToStringAndClear();
    }
}
