using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace RepayableAdvance;

/// <summary>Argument checks used at the public edge. Messages are built in the invariant culture.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Checks an argument; the interpolated message is only formatted (in the invariant culture) when the check fails.</summary>
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessageHandler message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive, string what)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"{what} {value} is out of range: it must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    internal static void CheckNonNegative(string paramName, decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be zero or positive."));
        }
    }

    internal static void CheckPositive(string paramName, decimal value)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be strictly positive."));
        }
    }

    internal static void CheckPositive(string paramName, int value)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"Value {value} is out of range: it must be strictly positive."));
        }
    }

    internal static void CheckState([DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                Invariant($"Value {value} is not a defined {typeof(TEnum).Name}: allowed values are {string.Join(", ", Enum.GetNames<TEnum>())}."));
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
