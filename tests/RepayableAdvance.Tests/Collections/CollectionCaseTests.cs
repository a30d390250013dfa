using System.Globalization;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Collections.CollectionsFixtures;
using static RepayableAdvance.Tests.Funds.FundFixtures;
using C = RepayableAdvance.ReasonCodes.Collections;

namespace RepayableAdvance.Tests.Collections;

public sealed class CollectionCaseTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static string En(Reason reason) => ReasonFormatter.Default.Format(reason, English);

    private static string Fr(Reason reason) => ReasonFormatter.Default.Format(reason, French);

    [Fact]
    public void Reminder_formal_notice_and_acceleration_in_order_with_what_falls_due()
    {
        var book = PaidUntil(3);                                           // December 2026 onwards unpaid
        var kase = CollectionCase.Open(Id);

        var reminder = kase.Apply(CollectionStep.Reminder(D(2026, 12, 15)), book);
        Assert.True(reminder.Accepted);
        Assert.Equal(C.Reminder, reminder.Reason.Code);
        Assert.Equal("Reminder sent on 15/12/2026: 3,125.00 EUR overdue, 14 days past due.", En(reminder.Reason));
        Assert.Equal("Relance envoyée le 15/12/2026 : 3 125,00 EUR impayés, 14 jours de retard.", Fr(reminder.Reason).Replace('\u202f', ' ').Replace('\u00a0', ' '));

        // Acceleration before any formal notice, then before its deadline: refused, and nothing changes.
        var early = reminder.Case.Apply(CollectionStep.Acceleration(D(2027, 1, 5)), book);
        Assert.False(early.Accepted);
        Assert.Equal(C.RefusedNoticeRequired, early.Reason.Code);
        Assert.Same(reminder.Case, early.Case);
        Assert.Same(book, early.Book);

        var notice = reminder.Case.Apply(CollectionStep.FormalNotice(D(2027, 1, 5), D(2027, 2, 5)), book);
        Assert.True(notice.Accepted);
        Assert.Equal(CollectionCaseStatus.NoticeServed, notice.Case.Status);
        Assert.Equal("Formal notice served on 05/01/2027: 6,250.00 EUR to pay by 05/02/2027.", En(notice.Reason));
        var pending = notice.Case.Apply(CollectionStep.Acceleration(D(2027, 2, 5)), book);
        Assert.Equal(C.RefusedNoticePending, pending.Reason.Code);

        // On 2027-02-06: December, January and February unpaid (9,375), and 46 installments of principal to come at 0 %.
        var accelerated = notice.Case.Apply(CollectionStep.Acceleration(D(2027, 2, 6)), book);
        Assert.True(accelerated.Accepted);
        Assert.Equal(CollectionCaseStatus.Accelerated, accelerated.Case.Status);
        Assert.Equal(E(150_000m - 9_375m), accelerated.Case.DueOnAcceleration);
        Assert.Equal(
            "The term is forfeited on 06/02/2027: 140,625.00 EUR is due at once (arrears 9,375.00 EUR, principal 131,250.00 EUR, accrued interest 0.00 EUR).",
            En(accelerated.Reason));
        Assert.Equal(C.RefusedAlreadyAccelerated, accelerated.Case.Apply(CollectionStep.Acceleration(D(2027, 3, 1)), book).Reason.Code);

        var outOfOrder = accelerated.Case.Apply(CollectionStep.Reminder(D(2027, 1, 1)), book);
        Assert.Equal(C.RefusedOutOfOrder, outOfOrder.Reason.Code);
        Assert.Equal("Refusé : l'étape « relance » du 01/01/2027 précède l'étape précédente, du 06/02/2027.", Fr(outOfOrder.Reason));
        Assert.Equal(3, accelerated.Case.Steps.Count);
        Assert.Equal(3, accelerated.Case.Explanations.Count);
    }

    [Fact]
    public void A_contract_that_waives_the_notice_allows_acceleration_at_once_and_nothing_due_is_refused()
    {
        var book = PaidUntil(3);
        Assert.True(CollectionCase.Open(Id, noticeBeforeAcceleration: false).Apply(CollectionStep.Acceleration(D(2027, 1, 5)), book).Accepted);
        var current = CollectionCase.Open(Id).Apply(CollectionStep.Reminder(D(2026, 11, 15)), book);
        Assert.False(current.Accepted);
        Assert.Equal(C.RefusedNothingDue, current.Reason.Code);
    }

    [Fact]
    public void Opening_receivership_stays_individual_actions_without_accelerating_and_sets_the_filing_deadline()
    {
        var book = PaidUntil(3);
        var opened = CollectionCase.Open(Id).Apply(CollectionStep.ProceedingsOpened(D(2027, 1, 20), ProceedingsKind.Receivership, D(2027, 2, 3)), book);
        Assert.True(opened.Accepted);
        var kase = opened.Case;
        Assert.Equal(CollectionCaseStatus.InProceedings, kase.Status);
        Assert.Null(kase.AcceleratedOn);                                       // art. L622-29
        Assert.Equal(D(2027, 4, 3), kase.ClaimDeadline);                       // two months from the publication
        Assert.Equal(E(150_000m - 9_375m), kase.Claim!.Total);                 // December and January unpaid, the rest to fall due
        Assert.Equal(E(6_250m), kase.Claim.Arrears);
        Assert.True(kase.Claim.InterestKeepsRunning);                          // a five-year loan
        Assert.StartsWith("Procédure collective (redressement judiciaire) ouverte le 20/01/2027, publiée le 03/02/2027", Fr(opened.Reason), StringComparison.Ordinal);

        foreach (var stayed in new[] { CollectionStep.Reminder(D(2027, 2, 1)), CollectionStep.FormalNotice(D(2027, 2, 1), D(2027, 3, 1)), CollectionStep.Acceleration(D(2027, 2, 1)), CollectionStep.RecoveryOrder(D(2027, 2, 1), E(1_000m)), CollectionStep.Settlement(D(2027, 2, 1), E(1_000m)) })
        {
            var refused = kase.Apply(stayed, book);
            Assert.False(refused.Accepted);
            Assert.Equal(C.RefusedStayed, refused.Reason.Code);
            Assert.Contains("art. L622-21", En(refused.Reason), StringComparison.Ordinal);
        }

        Assert.Equal(C.RefusedAboveDue, kase.Apply(CollectionStep.ClaimFiled(D(2027, 3, 1), E(200_000m)), book).Reason.Code);
        var filed = kase.Apply(CollectionStep.ClaimFiled(D(2027, 3, 1)), book);
        Assert.True(filed.Accepted);
        Assert.Equal(C.ClaimFiledInterestRunning, filed.Reason.Code);
        Assert.Equal(E(140_625m), filed.Case.Claimed);
        Assert.Equal(C.RefusedClaimAlreadyFiled, filed.Case.Apply(CollectionStep.ClaimFiled(D(2027, 3, 2)), book).Reason.Code);

        // Conversion to liquidation: the whole debt falls due (art. L643-1); the claim filed stands.
        var liquidation = filed.Case.Apply(CollectionStep.ProceedingsOpened(D(2027, 6, 1), ProceedingsKind.Liquidation, D(2027, 6, 10)), book);
        Assert.True(liquidation.Accepted);
        Assert.Equal(C.ConvertedToLiquidation, liquidation.Reason.Code);
        Assert.Equal(D(2027, 6, 1), liquidation.Case.AcceleratedOn);
        Assert.Equal(C.RefusedAlreadyOpen, liquidation.Case.Apply(CollectionStep.ProceedingsOpened(D(2027, 7, 1), ProceedingsKind.Safeguard, D(2027, 7, 5)), book).Reason.Code);

        var closed = liquidation.Case.Apply(CollectionStep.ProceedingsClosed(D(2028, 6, 1)), book);
        Assert.True(closed.Accepted);
        Assert.Equal(CollectionCaseStatus.Accelerated, closed.Case.Status);
        Assert.True(closed.Case.Apply(CollectionStep.Reminder(D(2028, 6, 2)), book).Accepted);
    }

    [Fact]
    public void Liquidation_accelerates_at_the_judgment_and_a_late_claim_needs_relief_within_six_months()
    {
        var book = PaidUntil(3);
        var opened = CollectionCase.Open(Id).Apply(CollectionStep.ProceedingsOpened(D(2027, 1, 20), ProceedingsKind.Liquidation, D(2027, 2, 3)), book);
        Assert.Equal(C.LiquidationOpened, opened.Reason.Code);
        Assert.Equal(D(2027, 1, 20), opened.Case.AcceleratedOn);
        Assert.Equal(E(140_625m), opened.Case.DueOnAcceleration);

        var late = opened.Case.Apply(CollectionStep.ClaimFiled(D(2027, 4, 4)), book);
        Assert.Equal(C.RefusedClaimLate, late.Reason.Code);
        Assert.Contains("art. R622-24", En(late.Reason), StringComparison.Ordinal);
        Assert.Equal(C.RefusedReliefNeedless, opened.Case.Apply(CollectionStep.ForeclosureRelief(D(2027, 4, 3)), book).Reason.Code);
        Assert.Equal(C.RefusedReliefLate, opened.Case.Apply(CollectionStep.ForeclosureRelief(D(2027, 8, 4)), book).Reason.Code);

        var relief = opened.Case.Apply(CollectionStep.ForeclosureRelief(D(2027, 6, 15)), book);
        Assert.True(relief.Accepted);
        Assert.Equal(D(2027, 7, 15), relief.Case.ClaimDeadline);               // the deadline halved, from the notification
        Assert.True(relief.Case.Apply(CollectionStep.ClaimFiled(D(2027, 7, 1)), book).Accepted);
    }

    [Fact]
    public void Write_off_and_recoveries_go_through_the_book_and_never_exceed_what_was_written_off()
    {
        var book = PaidUntil(3);
        Assert.Equal(C.RefusedNotWrittenOff, CollectionCase.Open(Id).Apply(CollectionStep.Recovery(D(2027, 1, 1), E(100m)), book).Reason.Code);

        var written = CollectionCase.Open(Id).Apply(CollectionStep.WriteOff(D(2027, 6, 30)), book);
        Assert.True(written.Accepted);
        Assert.Equal(E(140_625m), written.Case.WrittenOff);
        Assert.Equal(AdvanceState.WrittenOff, written.Book.Accounts[Id].State);
        Assert.Equal(E(140_625m), written.Book.Ledger.Current.WrittenOff);

        Assert.Equal(C.RefusedWrittenOff, written.Case.Apply(CollectionStep.Reminder(D(2027, 7, 1)), written.Book).Reason.Code);
        var first = written.Case.Apply(CollectionStep.Recovery(D(2028, 1, 10), E(40_000m)), written.Book);
        Assert.True(first.Accepted);
        Assert.Equal("40,000.00 EUR recovered on 10/01/2028 after the write-off; 100,625.00 EUR not yet recovered.", En(first.Reason));
        var above = first.Case.Apply(CollectionStep.Recovery(D(2028, 2, 10), E(100_625.01m)), first.Book);
        Assert.Equal(C.RefusedAboveDue, above.Reason.Code);
        Assert.Same(first.Book, above.Book);
        Assert.Equal(E(40_000m), first.Book.Ledger.Current.Recovered);
        Assert.True(first.Book.Reconcile(D(2028, 12, 31)).Reconciled);
    }

    [Fact]
    public void A_payment_plan_reschedules_the_advance_in_the_book_and_a_settlement_is_capped_by_the_debt()
    {
        var book = PaidUntil(3);
        var plan = CollectionStep.PaymentPlan(D(2027, 1, 10), new PaymentHolidayEvent(D(2027, 1, 10), 3, HolidayTerm.ExtendTerm, HolidayInterest.Capitalized));
        var agreed = CollectionCase.Open(Id).Apply(plan, book);
        Assert.True(agreed.Accepted, En(agreed.Reason));
        Assert.Equal(CollectionCaseStatus.PaymentPlan, agreed.Case.Status);
        Assert.NotSame(book, agreed.Book);
        Assert.Equal(2, agreed.Book.Accounts[Id].Schedules.Count);

        var above = agreed.Case.Apply(CollectionStep.Settlement(D(2027, 2, 1), E(200_000m)), agreed.Book);
        Assert.Equal(C.RefusedAboveDue, above.Reason.Code);
        var settled = agreed.Case.Apply(CollectionStep.Settlement(D(2027, 2, 1), E(100_000m)), agreed.Book);
        Assert.True(settled.Accepted);
        Assert.Equal(CollectionCaseStatus.Settled, settled.Case.Status);
        Assert.Equal(C.RefusedSettled, settled.Case.Apply(CollectionStep.Acceleration(D(2027, 3, 1)), agreed.Book).Reason.Code);
        Assert.True(settled.Case.Apply(CollectionStep.WriteOff(D(2027, 6, 1)), agreed.Book).Accepted);
    }

    [Fact]
    public void A_payment_plan_valued_at_the_reference_rate_says_whether_it_is_new_aid()
    {
        // A three-month holiday at 0 % with the term extended favours the borrower: valued at 2.21 % + 650 bp, new aid.
        var book = PaidUntil(3);
        var date = D(2027, 1, 10);
        var quote = new RepayableAdvance.StateAid.ReferenceRateQuote("FR", date, new("FR", D(2026, 7, 1), null, Rate.FromPercent(2.21m)), new(RepayableAdvance.StateAid.RatingCategory.Weak, RepayableAdvance.StateAid.CollateralLevel.Low), Rate.FromBasisPoints(650m));
        var holiday = new PaymentHolidayEvent(date, 3, HolidayTerm.ExtendTerm, HolidayInterest.Waived);
        var valued = CollectionCase.Open(Id).Apply(CollectionStep.PaymentPlan(date, holiday, quote), book);
        Assert.True(valued.Accepted, En(valued.Reason));
        Assert.Equal(C.PaymentPlanNewAid, valued.Reason.Code);
        var expected = RepayableAdvance.StateAid.GrantEquivalentCalculator.ComputeRescheduling(book.Accounts[Id].Schedule, valued.Book.Accounts[Id].Schedule, date, quote).Amount;
        Assert.True(expected.IsPositive);
        Assert.Equal(expected, valued.Case.NewAid);
        Assert.Contains("new aid of " + expected.ToString(null, English), En(valued.Reason), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CollectionStep.PaymentPlan(date, holiday, new RepayableAdvance.StateAid.ReferenceRateQuote(quote.Country, date.PlusDays(1), quote.BaseRate, quote.Risk, quote.Margin)));
    }

    [Fact]
    public void A_settlement_valued_at_the_reference_rate_says_what_it_gives_up_as_new_aid()
    {
        // On 2027-02-01, three installments are unpaid (9,375.00 at face) and 42 of 3,125.00 are still to fall due,
        // from 2027-03-01 to 2030-08-01. Discounted at 2.21 % + 650 bp (Actual/365F, annual compounding) they are worth
        // 113,432.59 (computed independently to 60 digits): a claim worth 122,807.59 against 140,625.00 at face.
        var book = PaidUntil(3);
        var date = D(2027, 2, 1);
        var quote = Quote(date);
        var settled = CollectionCase.Open(Id).Apply(CollectionStep.Settlement(date, E(100_000m), quote), book);
        Assert.True(settled.Accepted, En(settled.Reason));
        Assert.Equal(C.SettlementNewAid, settled.Reason.Code);
        Assert.Equal(E(22_807.59m), settled.Case.NewAid);
        Assert.Equal(
            "Settlement of 100,000.00 EUR agreed on 01/02/2027, against 140,625.00 EUR due; a private creditor would have held out for 122,807.59 EUR, so the 22,807.59 EUR given up is new aid, to record as such.",
            En(settled.Reason));
        Assert.StartsWith("Transaction de 100 000,00 EUR conclue le 01/02/2027, pour 140 625,00 EUR dus ; un créancier privé aurait exigé 122 807,59 EUR", Fr(settled.Reason).Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);

        var aid = RepayableAdvance.StateAid.SettlementAid.Compute(book.Accounts[Id].Schedule, date, E(9_375m), E(100_000m), quote);
        Assert.Equal(E(113_432.59m), aid.RemainingValue);
        Assert.Equal(E(122_807.59m), aid.ClaimValue);
        Assert.Equal(aid.ClaimValue, aid.Benchmark);
        Assert.True(aid.IsNewAid);

        // Accepting at least what the claim is worth gives nothing up.
        var fair = CollectionCase.Open(Id).Apply(CollectionStep.Settlement(date, E(122_807.59m), quote), book);
        Assert.Equal(C.SettlementNoNewAid, fair.Reason.Code);
        Assert.Equal(E(0m), fair.Case.NewAid);

        // Unvalued without a quote, as before.
        var plain = CollectionCase.Open(Id).Apply(CollectionStep.Settlement(date, E(100_000m)), book);
        Assert.Equal(C.Settlement, plain.Reason.Code);
        Assert.Null(plain.Case.NewAid);
    }

    [Fact]
    public void A_settlement_is_no_aid_when_it_beats_what_enforcement_would_recover_and_after_acceleration_is_valued_at_face()
    {
        var book = PaidUntil(3);
        var date = D(2027, 2, 1);
        var quote = Quote(date);

        // The private creditor test: accepting 100,000.00 where enforcement would recover 90,000.00 is no aid; where it
        // would recover 110,000.00, the 10,000.00 left on the table is.
        var beats = CollectionCase.Open(Id).Apply(CollectionStep.Settlement(date, E(100_000m), quote, E(90_000m)), book);
        Assert.Equal(C.SettlementNoNewAid, beats.Reason.Code);
        Assert.Contains("at least the 90,000.00 EUR a private creditor", En(beats.Reason), StringComparison.Ordinal);
        var short_ = CollectionCase.Open(Id).Apply(CollectionStep.Settlement(date, E(100_000m), quote, E(110_000m)), book);
        Assert.Equal(E(10_000m), short_.Case.NewAid);

        // After acceleration the whole 140,625.00 is due at once: the claim is worth its face.
        var notice = CollectionCase.Open(Id).Apply(CollectionStep.FormalNotice(D(2027, 1, 5), D(2027, 1, 20)), book);
        var accelerated = notice.Case.Apply(CollectionStep.Acceleration(D(2027, 1, 25)), book);
        Assert.True(accelerated.Accepted, En(accelerated.Reason));
        var atFace = accelerated.Case.Apply(CollectionStep.Settlement(date, E(100_000m), quote), book);
        Assert.Equal(C.SettlementNewAid, atFace.Reason.Code);
        Assert.Equal(E(40_625m), atFace.Case.NewAid);

        // Bad input: a quote of another day, an estimate without a quote, a negative estimate.
        Assert.Throws<ArgumentException>(() => CollectionStep.Settlement(date, E(100_000m), Quote(date.PlusDays(1))));
        Assert.Throws<ArgumentException>(() => CollectionStep.Settlement(date, E(100_000m), null, E(90_000m)));
        var negative = Assert.Throws<ArgumentException>(() => CollectionStep.Settlement(date, E(100_000m), quote, E(-1m)));
        Assert.Contains("-1.00 EUR", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RepayableAdvance.StateAid.SettlementAid.ComputeAtFace(date, E(1_000m), E(0m)));
        Assert.Throws<ArgumentException>(() => RepayableAdvance.StateAid.SettlementAid.Compute(book.Accounts[Id].Schedule, date, E(0m), E(1m), Quote(date.PlusDays(1))));
    }

    private static RepayableAdvance.StateAid.ReferenceRateQuote Quote(NodaTime.LocalDate date) =>
        new("FR", date, new("FR", D(2026, 7, 1), null, Rate.FromPercent(2.21m)), new(RepayableAdvance.StateAid.RatingCategory.Weak, RepayableAdvance.StateAid.CollateralLevel.Low), Rate.FromBasisPoints(650m));

    [Fact]
    public void A_broken_commitment_makes_all_or_a_pro_rata_share_of_the_outstanding_due()
    {
        var book = PaidUntil(3);
        var jobs = new AdvanceCommitment("jobsKept", D(2025, 8, 1), D(2028, 7, 31), ClawbackBasis.ProRata);

        // Broken on 2027-02-06, with 542 of the commitment's 1,096 days left: 140,625.00 × 542 / 1,096.
        var broken = CollectionCase.Open(Id).Apply(CollectionStep.Clawback(D(2027, 2, 6), jobs), book);
        Assert.True(broken.Accepted);
        Assert.Equal(E(69_542.66m), broken.Case.DueOnAcceleration);
        Assert.Equal(CollectionCaseStatus.Accelerated, broken.Case.Status);
        Assert.StartsWith("Commitment jobsKept broken on 06/02/2027: 69,542.66 EUR falls due at once", En(broken.Reason), StringComparison.Ordinal);

        var all = CollectionCase.Open(Id).Apply(CollectionStep.Clawback(D(2027, 2, 6), jobs with { }), book);
        Assert.True(all.Accepted);
        var whole = CollectionCase.Open(Id).Apply(CollectionStep.Clawback(D(2027, 2, 6), new AdvanceCommitment("controlKept", D(2025, 8, 1), D(2028, 7, 31), ClawbackBasis.All)), book);
        Assert.Equal(E(140_625m), whole.Case.DueOnAcceleration);

        var after = CollectionCase.Open(Id).Apply(CollectionStep.Clawback(D(2028, 8, 1), jobs), book);
        Assert.Equal(C.RefusedCommitmentNotRunning, after.Reason.Code);
        Assert.Throws<ArgumentException>(() => new AdvanceCommitment("jobsKept", D(2025, 8, 1), D(2025, 8, 1), ClawbackBasis.All));
        Assert.Throws<ArgumentException>(() => new AdvanceCommitment(" ", D(2025, 8, 1), D(2026, 8, 1), ClawbackBasis.All));
    }

    [Fact]
    public void Bad_steps_are_refused_when_built_with_the_value_and_the_rule()
    {
        Assert.Contains("not after the notice", Assert.Throws<ArgumentException>(() => CollectionStep.FormalNotice(D(2027, 1, 5), D(2027, 1, 5))).Message, StringComparison.Ordinal);
        Assert.Contains("before the judgment", Assert.Throws<ArgumentException>(() => CollectionStep.ProceedingsOpened(D(2027, 1, 5), ProceedingsKind.Safeguard, D(2027, 1, 4))).Message, StringComparison.Ordinal);
        Assert.Contains("not positive", Assert.Throws<ArgumentException>(() => CollectionStep.Recovery(D(2027, 1, 5), E(0m))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CollectionStep.ProceedingsOpened(D(2027, 1, 5), (ProceedingsKind)9, D(2027, 1, 6)));
        Assert.Throws<ArgumentException>(() => CollectionCase.Open(" "));
        Assert.Throws<ArgumentException>(() => CollectionCase.Open("unknown").Apply(CollectionStep.Reminder(D(2027, 1, 5)), PaidUntil(3)));
        Assert.Throws<CurrencyMismatchException>(() => CollectionCase.Open(Id).Apply(CollectionStep.RecoveryOrder(D(2027, 1, 5), Money.FromMinorUnits(100, Currency.USD)), PaidUntil(3)));
        Assert.Equal(C.RefusedNoProceedings, CollectionCase.Open(Id).Apply(CollectionStep.ClaimFiled(D(2027, 1, 5)), PaidUntil(3)).Reason.Code);
    }
}
