using System.Globalization;
using NodaTime;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/collections.md, run as tests.</summary>
public class CollectionsSnippets
{
    [Fact]
    public void TheBoilermakerThroughAMissedPaymentAPlanAndAFullRecovery()
    {
        #region snippet:collections-boilermaker
        // The boilermaker's EUR 150,000 advance: 60 months at 0 %, 12 of principal deferral, EUR 3,125 a month from
        // September 2026. It pays September to November, then misses December and January.
        var fund = new Fund("hdf-prevention", "Hauts-de-France Prévention", Currency.EUR, new LocalDate(2025, 1, 1), [new CoFunder("region", "Région")]);
        var ledger = fund.NewLedger().Append(FundEvent.Contribution(new LocalDate(2025, 1, 1), "region", Money.Euros(20_000_000m)));
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(150_000m), new LocalDate(2025, 8, 1), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
        var book = AdvanceBook.Create(ledger)
            .Approve("HDF-2025-001", "302512345", "Hauts-de-France Prévention 2021", new CommitteeDecision(new LocalDate(2025, 7, 15), Money.Euros(150_000m), []), schedule)
            .Disburse("HDF-2025-001", new LocalDate(2025, 8, 1), Money.Euros(150_000m));
        foreach (var month in new[] { 9, 10, 11 })
        {
            book = book.RecordPayment("HDF-2025-001", new Payment(new LocalDate(2026, month, 1), Money.Euros(3_125m)));
        }

        // Ageing on 15 January 2027: December is 45 days past due (31-90), January 14 (1-30).
        var arrears = ArrearsAgeing.Age(book.Accounts["HDF-2025-001"], new LocalDate(2027, 1, 15), DelinquencyBuckets.Standard);
        // arrears.Bucket.Name == "31-90", arrears.Overdue == 6,250.00 EUR, split 3,125.00 in 1-30 and 3,125.00 in 31-90

        // The case: a reminder, a formal notice, then a three-month holiday agreed as a payment plan.
        var kase = CollectionCase.Open("HDF-2025-001");
        var result = kase.ApplyAll(
            [
                CollectionStep.Reminder(new LocalDate(2027, 1, 15)),
                CollectionStep.FormalNotice(new LocalDate(2027, 2, 1), deadline: new LocalDate(2027, 3, 1)),
                CollectionStep.PaymentPlan(new LocalDate(2027, 2, 20), new PaymentHolidayEvent(new LocalDate(2027, 2, 20), 3, HolidayTerm.ExtendTerm, HolidayInterest.Waived)),
            ],
            book);
        foreach (var reason in result.Case.Explanations)
        {
            Console.WriteLine(ReasonFormatter.Default.Format(reason, CultureInfo.GetCultureInfo("fr-FR")));
        }

        // Relance envoyée le 15/01/2027 : 6 250,00 EUR impayés, 45 jours de retard.
        // Mise en demeure du 01/02/2027 : 6 250,00 EUR à régler au plus tard le 01/03/2027.
        // Plan d'apurement convenu le 20/02/2027 : l'avance est rééchelonnée à partir du 20/02/2027.
        book = result.Book;                                  // the advance's schedule now has the holiday

        // The firm catches up in full: everything overdue and due since is paid on 1 June 2027.
        var owed = book.Accounts["HDF-2025-001"].ArrearsAt(new LocalDate(2027, 6, 2)).AmountOverdue;
        book = book.RecordPayment("HDF-2025-001", new Payment(new LocalDate(2027, 6, 1), owed));
        var after = ArrearsAgeing.Age(book.Accounts["HDF-2025-001"], new LocalDate(2027, 6, 2), DelinquencyBuckets.Standard);
        // after.Bucket == null: current again; book.Reconcile(...) finds no difference
        #endregion

        Assert.Equal("31-90", arrears.Bucket!.Name);
        Assert.Equal(Money.Euros(6_250m), arrears.Overdue);
        Assert.Equal([Money.Euros(3_125m), Money.Euros(3_125m), Money.Euros(0m), Money.Euros(0m)], arrears.Buckets.Select(b => b.Amount));
        Assert.True(result.Accepted);
        var french = result.Case.Explanations.Select(r => ReasonFormatter.Default.Format(r, CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202f', ' ').Replace('\u00a0', ' ')).ToList();
        Assert.Equal("Relance envoyée le 15/01/2027 : 6 250,00 EUR impayés, 45 jours de retard.", french[0]);
        Assert.Equal("Mise en demeure du 01/02/2027 : 6 250,00 EUR à régler au plus tard le 01/03/2027.", french[1]); // February falls due that day
        Assert.Equal("Plan d'apurement convenu le 20/02/2027 : l'avance est rééchelonnée à partir du 20/02/2027.", french[2]);
        Assert.True(owed.IsPositive);
        Assert.Null(after.Bucket);
        Assert.True(book.Reconcile(new LocalDate(2027, 6, 30)).Reconciled);
    }

    [Fact]
    public void ProceedingsLateInterestAndRecovery()
    {
        var book = Disbursed();

        #region snippet:collections-proceedings
        // Receivership opened on 20 January 2027, published in the BODACC on 3 February: the claim is due by 3 April.
        var opened = CollectionCase.Open("HDF-2025-001")
            .Apply(CollectionStep.ProceedingsOpened(new LocalDate(2027, 1, 20), ProceedingsKind.Receivership, publication: new LocalDate(2027, 2, 3)), book);
        var claim = opened.Case.Claim!;           // arrears + principal to fall due + interest accrued to the opening
        var deadline = opened.Case.ClaimDeadline; // 2027-04-03
        var stayed = opened.Case.Apply(CollectionStep.FormalNotice(new LocalDate(2027, 2, 10), new LocalDate(2027, 3, 10)), book);
        // stayed.Accepted == false: "… is stayed by the receivership opened on 20/01/2027 (art. L622-21 of the Commercial Code)."

        var filed = opened.Case.Apply(CollectionStep.ClaimFiled(new LocalDate(2027, 3, 1)), book);
        var liquidated = filed.Case.Apply(CollectionStep.ProceedingsOpened(new LocalDate(2027, 9, 1), ProceedingsKind.Liquidation, new LocalDate(2027, 9, 10)), book);
        var closed = liquidated.Case.Apply(CollectionStep.ProceedingsClosed(new LocalDate(2028, 6, 1)), book);
        var writtenOff = closed.Case.Apply(CollectionStep.WriteOff(new LocalDate(2028, 6, 30)), book);
        var recovered = writtenOff.Case.Apply(CollectionStep.Recovery(new LocalDate(2028, 9, 1), Money.Euros(12_000m)), writtenOff.Book);
        // recovered.Book.Ledger.Current.Recovered == 12,000.00 EUR; the vintage report shows what came back
        var vintage = CollectionReports.RecoveryByVintage(recovered.Book);

        // Late interest at the legal rate (orders of 23 December 2014 and 24 June 2015), from the formal notice.
        var legal = LegalInterestRates.Of(
        [
            new LegalInterestRate(new LocalDate(2015, 1, 1), Rate.FromPercent(4.06m), Rate.FromPercent(0.93m)),
            new LegalInterestRate(new LocalDate(2015, 7, 1), Rate.FromPercent(4.29m), Rate.FromPercent(0.99m)),
        ]);
        var late = LateInterestCalculator.Compute(
            Money.Euros(10_000m), new LocalDate(2015, 3, 1), new LocalDate(2015, 9, 1), LateInterestRule.Legal(LegalRateCategory.OtherCreditors), legal);
        // late.Periods: 31.08 EUR at 0.93 % to 1 July, then 16.82 EUR at 0.99 %; late.Interest == 47.90 EUR
        #endregion

        Assert.Equal(new LocalDate(2027, 4, 3), deadline);
        Assert.Equal(Money.Euros(150_000m), claim.Total);
        Assert.False(stayed.Accepted);
        Assert.True(recovered.Accepted);
        Assert.Equal(Money.Euros(12_000m), recovered.Book.Ledger.Current.Recovered);
        Assert.Equal(Money.Euros(12_000m), Assert.Single(vintage).Recovered);
        Assert.Equal(Money.Euros(47.90m), late.Interest);
    }

    [Fact]
    public void ASettlementValuedAsStateAid()
    {
        var book = Disbursed();
        foreach (var month in new[] { 9, 10, 11 })
        {
            book = book.RecordPayment("HDF-2025-001", new Payment(new LocalDate(2026, month, 1), Money.Euros(3_125m)));
        }

        #region snippet:collections-settlement-aid
        // December to February unpaid (9,375.00), 42 installments of 3,125.00 still to come: 140,625.00 at face. The fund
        // accepts 100,000.00 in full and final payment on 1 February 2027, valued at the reference rate then
        // (base 2.21 % + 650 bp for a weak rating with low collateral).
        var date = new LocalDate(2027, 2, 1);
        var quote = new RepayableAdvance.StateAid.ReferenceRateQuote("FR", date, new("FR", new LocalDate(2026, 7, 1), null, Rate.FromPercent(2.21m)),
            new(RepayableAdvance.StateAid.RatingCategory.Weak, RepayableAdvance.StateAid.CollateralLevel.Low), Rate.FromBasisPoints(650m));
        var settled = CollectionCase.Open("HDF-2025-001").Apply(CollectionStep.Settlement(date, Money.Euros(100_000m), quote), book);
        // The 42 installments are worth 113,432.59 at 8.71 %: the claim is worth 122,807.59, so 22,807.59 is given up.
        // settled.Case.NewAid == 22,807.59 EUR: "… a private creditor would have held out for 122,807.59 EUR, so the
        // 22,807.59 EUR given up is new aid, to record as such."

        // Had enforcement been expected to recover only 90,000.00, accepting 100,000.00 would be no aid.
        var better = CollectionCase.Open("HDF-2025-001").Apply(CollectionStep.Settlement(date, Money.Euros(100_000m), quote, expectedRecovery: Money.Euros(90_000m)), book);
        // better.Case.NewAid == 0.00 EUR (collections.settlementNoNewAid)
        #endregion

        Assert.Equal(Money.Euros(22_807.59m), settled.Case.NewAid);
        Assert.Equal(ReasonCodes.Collections.SettlementNewAid, settled.Reason.Code);
        Assert.Equal(Money.Euros(0m), better.Case.NewAid);
        Assert.Equal(ReasonCodes.Collections.SettlementNoNewAid, better.Reason.Code);
    }

    /// <summary>The boilermaker's EUR 150,000 advance at 0 %, disbursed on 1 August 2025 from a fund of EUR 1M.</summary>
    private static AdvanceBook Disbursed()
    {
        var ledger = new Fund("f", "F", Currency.EUR, new LocalDate(2025, 1, 1), [new CoFunder("region", "Région")]).NewLedger()
            .Append(FundEvent.Contribution(new LocalDate(2025, 1, 1), "region", Money.Euros(1_000_000m)));
        return AdvanceBook.Create(ledger)
            .Approve("HDF-2025-001", "302512345", "HdF", new CommitteeDecision(new LocalDate(2025, 7, 15), Money.Euros(150_000m), []), RepaymentSchedule.Generate(
                ScheduleTerms.Create(Money.Euros(150_000m), new LocalDate(2025, 8, 1), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                    .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12))))
            .Disburse("HDF-2025-001", new LocalDate(2025, 8, 1), Money.Euros(150_000m));
    }
}
