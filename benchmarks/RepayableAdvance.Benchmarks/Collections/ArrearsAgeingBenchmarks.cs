using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Benchmarks.Collections;

/// <summary>
/// The collections target: ageing a book of 10,000 advances as of one date, with its buckets, within 5× the time to
/// generate those 10,000 schedules, in the same run. Each advance is 60 monthly installments with 12 of principal
/// deferral at 3 %, disbursed over five years; as of the date, one in five has missed some installments.
/// </summary>
[MemoryDiagnoser]
public class ArrearsAgeingBenchmarks
{
    private const int Advances = 10_000;
    private static readonly LocalDate Start = new(2020, 1, 1);
    private ScheduleTerms[] _terms = null!;
    private AdvanceBook _book = null!;
    private LocalDate _asOf;

    [GlobalSetup]
    public void Setup()
    {
        var fund = new Fund("bench", "Bench", Currency.EUR, Start, [new CoFunder("region", "Region")]);
        var ledger = fund.NewLedger().Append(FundEvent.Contribution(Start, "region", Money.Euros(2_000_000_000m)));
        _terms = new ScheduleTerms[Advances];
        _asOf = Start.PlusYears(6);
        var schedules = new RepaymentSchedule[Advances];
        var principals = new Money[Advances];
        for (var i = 0; i < Advances; i++)
        {
            principals[i] = Money.Euros(50_000m + (i % 25 * 10_000m));
            _terms[i] = ScheduleTerms.Create(principals[i], Start.PlusDays(i * 1_800 / Advances), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(RepayableAdvance.Calendars.DayCountConventions.Actual365Fixed)))
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12));
            schedules[i] = RepaymentSchedule.Generate(_terms[i]);
        }

        // Every operation of the book in date order (the ledger takes events in order): each advance approved and
        // disbursed on its start date, then every installment due by the as-of date paid on its due date, except the
        // last three of one advance in five.
        var operations = new List<(LocalDate Date, int Order, int Index, Money Amount)>();
        for (var i = 0; i < Advances; i++)
        {
            operations.Add((_terms[i].StartDate, 0, i, principals[i]));
            var due = schedules[i].Installments.Where(r => r.DueDate <= _asOf).ToList();
            var paid = i % 5 == 0 ? Math.Max(0, due.Count - 3) : due.Count;
            operations.AddRange(due.Take(paid).Select(r => (r.DueDate, 1, i, r.TotalDue)));
        }

        var book = AdvanceBook.Create(ledger);
        foreach (var (date, order, i, amount) in operations.OrderBy(o => o.Date).ThenBy(o => o.Order))
        {
            var id = "A" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            book = order == 0
                ? book.Approve(id, "B" + i, "HdF", new CommitteeDecision(date, amount, [], "CE"), schedules[i]).Disburse(id, date, amount)
                : book.RecordPayment(id, new Payment(date, amount));
        }

        _book = book;
    }

    [Benchmark(Baseline = true, Description = "Generate the 10,000 schedules")]
    public int Generate()
    {
        var n = 0;
        foreach (var t in _terms)
        {
            n += RepaymentSchedule.Generate(t).Installments.Count;
        }

        return n;
    }

    [Benchmark(Description = "Age the book of 10,000 advances")]
    public Money Age() => ArrearsAgeing.Age(_book, _asOf, DelinquencyBuckets.Standard).Overdue;
}
