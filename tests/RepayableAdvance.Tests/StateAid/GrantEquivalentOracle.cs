using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// A deliberately plain GGE in <see cref="decimal"/>, written from the definition and not from the library's walk: every
/// discount factor computed directly from the grant date with <see cref="CashFlowAnalytics.DiscountFactor"/>, every
/// line built from the public installments. Slow, and only a test reference.
/// </summary>
internal static class GrantEquivalentOracle
{
    internal sealed record Result(decimal Computed, decimal PrincipalPresentValue, decimal FeesPresentValue, IReadOnlyList<(LocalDate Date, decimal Outstanding, decimal Charges, decimal DiscountFactor, decimal PresentValue)> Lines);

    internal static Result Compute(RepaymentSchedule schedule, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention)
    {
        var origin = quote.Date;
        var discountRate = method == GrantEquivalentMethod.DifferentialAtDiscountRate ? quote.DiscountRate : quote.ReferenceRate;
        decimal Df(Rate rate, LocalDate date) =>
            CashFlowAnalytics.DiscountFactor(rate, convention.DayCount.YearFraction(origin, date), convention.Compounding, convention.PeriodsPerYear);

        var flows = new List<(LocalDate Date, decimal Disbursed, decimal Repaid, decimal Capitalized, decimal Interest, decimal Fees)>();
        flows.AddRange(schedule.Terms.Tranches.Select(t => (t.Date, t.Amount.Amount, 0m, 0m, 0m, 0m)));
        flows.AddRange(schedule.DisbursementFees.Select(f => (f.Date, 0m, 0m, 0m, 0m, f.Amount.Amount)));
        flows.AddRange(schedule.Prepayments.Select(p => (p.Date, 0m, p.Amount.Amount, 0m, 0m, 0m)));
        flows.AddRange(schedule.Installments.Select(i => (i.DueDate, 0m, i.Principal.Amount, i.Capitalized.Amount, i.Interest.Amount, i.Fees.Amount)));
        var merged = flows.GroupBy(f => f.Date).OrderBy(g => g.Key)
            .Select(g => (Date: g.Key, Disbursed: g.Sum(f => f.Disbursed), Repaid: g.Sum(f => f.Repaid), Capitalized: g.Sum(f => f.Capitalized), Interest: g.Sum(f => f.Interest), Fees: g.Sum(f => f.Fees)))
            .ToList();

        decimal outstanding = 0m, total = 0m, principalPv = 0m, feesPv = 0m;
        var previous = origin;
        var lines = new List<(LocalDate, decimal, decimal, decimal, decimal)>();
        foreach (var f in merged)
        {
            var df = Df(discountRate, f.Date);
            var charges = f.Interest + f.Capitalized + f.Fees;
            var referenceInterest = outstanding * ((Df(quote.ReferenceRate, previous) / Df(quote.ReferenceRate, f.Date)) - 1m);
            var pv = method == GrantEquivalentMethod.CashFlow ? df * (f.Disbursed - f.Repaid - f.Interest - f.Fees) : df * (referenceInterest - charges);
            total += pv;
            principalPv += df * f.Disbursed;
            feesPv += df * f.Fees;
            lines.Add((f.Date, outstanding, charges, df, pv));
            outstanding += f.Disbursed - f.Repaid + f.Capitalized;
            previous = f.Date;
        }

        return new Result(total, principalPv, feesPv, lines);
    }
}
