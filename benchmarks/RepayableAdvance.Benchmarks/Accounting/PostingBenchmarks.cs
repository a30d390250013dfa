using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Benchmarks.Accounting;

/// <summary>
/// The books target: posting a year of a 1,000-advance book and exporting its FEC, within 10× the time to replay the
/// same ledger events through the fund ledger alone, in the same run. The advances (60 monthly installments, 12 of
/// principal deferral, 3 %) were disbursed over the year before; in the year each pays its 12 installments on their
/// due dates, so the ledger holds 14,002 events and the journal about 48,000 entries (two per repayment, an accrual
/// and its reversal per advance and month end).
/// </summary>
[MemoryDiagnoser]
public class PostingBenchmarks
{
    private const int Advances = 1_000;
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly LocalDate YearStart = new(2026, 1, 1);
    private static readonly LocalDate YearEnd = new(2026, 12, 31);
    private AdvanceBook _book = null!;
    private FundEvent[] _events = null!;
    private IReadOnlyList<LocalDate> _monthEnds = null!;

    [GlobalSetup]
    public void Setup()
    {
        var fund = new Fund("bench", "Bench", Currency.EUR, Start, [new CoFunder("region", "Region")]);
        var ledger = fund.NewLedger().Append(FundEvent.Contribution(Start, "region", Money.Euros(500_000_000m)));
        var operations = new List<(LocalDate Date, int Order, int Index, Money Amount)>();
        var schedules = new RepaymentSchedule[Advances];
        for (var i = 0; i < Advances; i++)
        {
            var date = Start.PlusDays(i * 364 / Advances);
            var principal = Money.Euros(50_000m + (i % 25 * 10_000m));
            schedules[i] = RepaymentSchedule.Generate(
                ScheduleTerms.Create(principal, date, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(RepayableAdvance.Calendars.DayCountConventions.Actual365Fixed)))
                    .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
            operations.Add((date, 0, i, principal));
            operations.AddRange(schedules[i].Installments.Where(r => r.DueDate >= YearStart && r.DueDate <= YearEnd).Select(r => (r.DueDate, 1, i, r.TotalDue)));
        }

        var book = AdvanceBook.Create(ledger);
        foreach (var (date, order, i, amount) in operations.OrderBy(o => o.Date).ThenBy(o => o.Order))
        {
            var id = "A" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            book = order == 0
                ? book.Approve(id, "B" + i, "HdF", new CommitteeDecision(date, amount, [], "CE"), schedules[i]).Disburse(id, date, amount)
                : book.RecordPayment(id, new Payment(date, amount));
        }

        _book = book;
        _events = [.. book.Ledger.Events];
        _monthEnds = Posting.MonthEnds(YearStart, YearEnd);
    }

    [Benchmark(Baseline = true, Description = "Replay the ledger's events")]
    public int Replay() => _book.Ledger.Fund.NewLedger().AppendAll(_events).Count;

    /// <summary>Posts the year and writes its FEC file's bytes (ISO 8859-15) as to a file, to a stream that discards them.</summary>
    [Benchmark(Description = "Post the year and export its FEC")]
    public int PostAndExport()
    {
        var journal = Posting.Post(_book, PostingRules.Pcg, _monthEnds);
        Fec.Write(journal, YearStart, YearEnd, Stream.Null);
        return journal.Entries.Count;
    }

    [Benchmark(Description = "Post the year")]
    public int Post() => Posting.Post(_book, PostingRules.Pcg, _monthEnds).Entries.Count;
}
