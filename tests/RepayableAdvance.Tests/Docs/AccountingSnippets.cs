using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Calendars;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/accounting.md, run as tests.</summary>
public class AccountingSnippets
{
    [Fact]
    public void TheFoundingFundsBooks()
    {
        #region snippet:accounting-year
        // Hauts-de-France Prévention: EUR 20M endowed, and the boilermaker's EUR 150,000 advance at 3 %, disbursed on
        // 1 August 2025 and paid on time for four months.
        var fund = new Fund("hdf-prevention", "Hauts-de-France Prévention", Currency.EUR, new LocalDate(2025, 1, 1),
            [new CoFunder("region", "Région Hauts-de-France"), new CoFunder("cci", "CCI Hauts-de-France")]);
        var ledger = fund.NewLedger()
            .Append(FundEvent.Contribution(new LocalDate(2025, 1, 1), "region", Money.Euros(15_000_000m)))
            .Append(FundEvent.Contribution(new LocalDate(2025, 1, 1), "cci", Money.Euros(5_000_000m)));
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(150_000m), new LocalDate(2025, 8, 1), 60, Frequency.Monthly, AmortizationProfile.Linear,
                    InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)))
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
        var book = AdvanceBook.Create(ledger)
            .Approve("HDF-2025-001", "302512345", "Hauts-de-France Prévention 2021", new CommitteeDecision(new LocalDate(2025, 7, 15), Money.Euros(150_000m), []), schedule)
            .Disburse("HDF-2025-001", new LocalDate(2025, 8, 1), Money.Euros(150_000m));
        foreach (var row in schedule.Installments.Take(4))
        {
            book = book.RecordPayment("HDF-2025-001", new Payment(row.DueDate, row.TotalDue));
        }

        // Post the year with month-end accruals, under the PCG preset, and a write-down policy by arrears bucket.
        var policy = WriteDownPolicy.ByBucket(DelinquencyBuckets.Standard, [Rate.FromPercent(10m), Rate.FromPercent(25m), Rate.FromPercent(50m), Rate.FromPercent(100m)]);
        var journal = Posting.Post(book, PostingRules.Pcg, Posting.MonthEnds(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), policy);
        // BQ 1  2025-01-01  D 512 Banques / C 103 Fonds propres avec droit de reprise (region)  15,000,000.00
        // OD 1  2025-08-31  D 27684 Intérêts courus sur prêts / C 7624 Revenus des prêts      369.86
        // OD 2  2025-09-01  the same reversed (extourne), when the installment pays 382.19

        var trial = journal.TrialBalance(new LocalDate(2025, 12, 31));     // trial.Balances == true
        var interest = trial.Lines.Single(l => l.Account == "7624");       // credit 1,873.96: four installments and December's accrual
        var csv = JournalCsv.Write(journal, new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 31));
        var fec = Fec.Write(journal, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var problems = Fec.Check(fec);                                      // empty: the layout of article A47 A-1
        var name = Fec.FileName("130023583", new LocalDate(2025, 12, 31));  // 130023583FEC20251231.txt
        #endregion

        Assert.True(trial.Balances);
        Assert.Equal(Money.Euros(-1_873.96m), interest.Balance);
        Assert.Equal(Money.Euros(369.86m), journal.Entries.First(e => e.Event == PostingEvent.InterestAccrued).Amount);
        Assert.Empty(problems);
        Assert.StartsWith("journal,number,date", csv, StringComparison.Ordinal);
        Assert.Equal("130023583FEC20251231.txt", name);
    }
}
