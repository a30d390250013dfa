using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid;

/// <summary>What the State-aid side needs to size an advance: the beneficiary, the rates and how terms are built for an amount.</summary>
/// <param name="Beneficiary">The entity in the de minimis register.</param>
/// <param name="Quote">The reference and discount rates at the grant date.</param>
/// <param name="ScheduleFor">Builds the advance's schedule for a principal (the scheme's terms template).</param>
/// <param name="UpperBound">The largest amount worth testing (the scheme maximum).</param>
/// <param name="Method">The GGE method.</param>
/// <param name="Convention">The discounting convention; null for the default.</param>
/// <threadsafety>This type is immutable and thread-safe if <paramref name="ScheduleFor"/> is.</threadsafety>
public sealed record AdvanceAidTerms(
    string Beneficiary,
    ReferenceRateQuote Quote,
    Func<Money, RepaymentSchedule> ScheduleFor,
    Money UpperBound,
    GrantEquivalentMethod Method = GrantEquivalentMethod.DifferentialAtDiscountRate,
    GrantEquivalentConvention? Convention = null);
