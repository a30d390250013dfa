using QL = QLNet;

namespace RepayableAdvance.Benchmarks.Scheduling;

/// <summary>QLNet's inputs for a schedule benchmark, built once in the setup.</summary>
/// <param name="Calendar">The French calendar, as a QLNet bespoke calendar.</param>
/// <param name="Notionals">The outstanding before each installment.</param>
/// <param name="Rate">The first period's rate.</param>
internal sealed record QLNetSide(QL.Calendar Calendar, List<double> Notionals, double Rate);
