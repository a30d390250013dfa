using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>One stretch of late interest at one rate on one base.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LateInterestPeriod
{
    internal LateInterestPeriod(LocalDate from, LocalDate to, Money @base, Rate rate, Money interest, string why)
    {
        From = from;
        To = to;
        Base = @base;
        Rate = rate;
        Interest = interest;
        Why = why;
    }

    /// <summary>Gets the first day, inclusive.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day, exclusive.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the sum bearing interest: the amount due, plus interest compounded so far.</summary>
    public Money Base { get; }

    /// <summary>Gets the yearly rate.</summary>
    public Rate Rate { get; }

    /// <summary>Gets the interest of the stretch, rounded to the currency's minor unit (half to even).</summary>
    public Money Interest { get; }

    /// <summary>Gets where the rate comes from: <c>contract</c>, <c>legal</c> or <c>legal+5</c> (after a judgment).</summary>
    public string Why { get; }
}
