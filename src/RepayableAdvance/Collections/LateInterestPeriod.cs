using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>One stretch of late interest at one rate on one base.</summary>
/// <param name="From">The first day, inclusive.</param>
/// <param name="To">The last day, exclusive.</param>
/// <param name="Base">The sum bearing interest: the amount due, plus interest compounded so far.</param>
/// <param name="Rate">The yearly rate.</param>
/// <param name="Interest">The interest of the stretch, rounded to the currency's minor unit (half to even).</param>
/// <param name="Why">Where the rate comes from: <c>contract</c>, <c>legal</c> or <c>legal+5</c> (after a judgment).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LateInterestPeriod(LocalDate From, LocalDate To, Money Base, Rate Rate, Money Interest, string Why);
