using System.Runtime.CompilerServices;

namespace RepayableAdvance.Scheduling;

/// <summary>
/// A documented refusal of schedule generation or servicing: the inputs are each valid, but they do not fit
/// together (an all-in rate outside 0 % to 100 % for a fixing, a servicing event before the first disbursement or
/// after the maturity, a prepayment above the outstanding principal, a holiday that leaves nothing to amortize…).
/// The message says which and what to change.
/// </summary>
/// <remarks>It derives from <see cref="ArgumentException"/>, so code that catches argument errors keeps working.</remarks>
public sealed class ScheduleRefusedException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="ScheduleRefusedException"/> class.</summary>
    /// <param name="message">What does not fit, and what to change.</param>
    /// <param name="paramName">The argument refused.</param>
    public ScheduleRefusedException(string message, string? paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScheduleRefusedException"/> class.</summary>
    /// <param name="message">What does not fit, and what to change.</param>
    /// <param name="innerException">The arithmetic failure that showed it.</param>
    public ScheduleRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws unless the condition holds; the messages, in English and French, are only formatted when it does not.</summary>
    internal static void Check(
        [System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition,
        string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref Preconditions.FailureMessageHandler english,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref Preconditions.FailureMessageHandler french)
    {
        if (!condition)
        {
            throw DomainErrors.WithFrench(new ScheduleRefusedException(english.ToStringAndClear(), paramName), french.ToStringAndClear());
        }
    }
}
