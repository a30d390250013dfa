using NodaTime;

namespace RepayableAdvance;

/// <summary>One closed fiscal year of the applicant. Any figure may be missing (null).</summary>
/// <param name="EndDate">The closing date.</param>
/// <param name="Turnover">The turnover (chiffre d'affaires).</param>
/// <param name="NetResult">The net result (negative for a loss).</param>
/// <param name="Equity">The equity (capitaux propres).</param>
/// <param name="QuasiEquity">The quasi-equity (quasi-fonds propres).</param>
/// <param name="SubscribedCapital">The subscribed share capital.</param>
/// <param name="AccumulatedLosses">The accumulated losses carried forward, as a positive amount.</param>
/// <param name="AnnualLoadedPayroll">The annual payroll including employer contributions.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FiscalYear(
    LocalDate EndDate,
    Money? Turnover = null,
    Money? NetResult = null,
    Money? Equity = null,
    Money? QuasiEquity = null,
    Money? SubscribedCapital = null,
    Money? AccumulatedLosses = null,
    Money? AnnualLoadedPayroll = null);
