using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

/// <summary>Every refusal of the book of advances: the exception type, and a message that names the advance, its state and the fix.</summary>
public sealed class AdvanceBookBoundaryTests
{
    private static readonly LocalDate Decision = new(2025, 7, 15);
    private static readonly LocalDate Disbursement = new(2025, 8, 1);

    private static RepaymentSchedule Schedule(Money principal) => BookSchedule(principal);

    private static CommitteeDecision Committee(decimal amount = 150_000m) =>
        new(Decision, E(amount), [new ConditionPrecedent("coFinancingObtained", "Bank loan signed", Decision.PlusDays(60))], "CE-2025-07");

    private static AdvanceBook Approved(string id = "A1") =>
        AdvanceBook.Create(Endowed()).Approve(id, "302512345", "HdF 2021", Committee(), Schedule(E(150_000m)), 20, E(400_000m));

    private static AdvanceBook Disbursed() =>
        Approved().MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(10)).Disburse("A1", Disbursement, E(150_000m));

    private static string Refusal(Func<AdvanceBook> action) => Assert.Throws<InvalidOperationException>(action).Message;

    [Fact]
    public void Opening_and_approval_refuse_bad_arguments_and_name_them()
    {
        Assert.Throws<ArgumentNullException>(() => AdvanceBook.Create(null!));
        var busy = Endowed().Append(FundEvent.Commitment(Decision, "X", E(1_000m)));
        Assert.Contains("already holds 1 advances", Assert.Throws<ArgumentException>(() => AdvanceBook.Create(busy)).Message, StringComparison.Ordinal);

        var book = AdvanceBook.Create(Endowed());
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => book.Approve(" ", "b", "v", Committee(), Schedule(E(150_000m)))).ParamName);
        Assert.Equal("beneficiary", Assert.Throws<ArgumentException>(() => book.Approve("A1", "", "v", Committee(), Schedule(E(150_000m)))).ParamName);
        Assert.Throws<ArgumentNullException>(() => book.Approve("A1", "b", "v", null!, Schedule(E(150_000m))));
        Assert.Throws<ArgumentNullException>(() => book.Approve("A1", "b", "v", Committee(), null!));
        var mismatch = Assert.Throws<ArgumentException>(() => book.Approve("A1", "b", "v", Committee(100_000m), Schedule(E(150_000m))));
        Assert.Equal("schedule", mismatch.ParamName);
        var twice = Assert.Throws<ArgumentException>(() => Approved().Approve("A1", "b", "v", Committee(), Schedule(E(150_000m))));
        Assert.Contains("Advance A1 is already in the book", twice.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, AdvanceBook.Create(Endowed()).Approve("A2", "b", null!, Committee(), Schedule(E(150_000m))).Accounts["A2"].SchemeVersion);
    }

    [Fact]
    public void Unknown_advances_are_named_with_what_the_book_holds()
    {
        Assert.Equal("Advance 'Z' is not in the book: approve it first; the book holds no advance. (Parameter 'id')", Assert.Throws<ArgumentException>(() => AdvanceBook.Create(Endowed()).Disburse("Z", Disbursement, E(1m))).Message);
        Assert.Equal("Advance 'Z' is not in the book: approve it first; the book holds A1. (Parameter 'id')", Assert.Throws<ArgumentException>(() => Approved().Disburse("Z", Disbursement, E(1m))).Message);
        var many = Enumerable.Range(0, 12).Aggregate(AdvanceBook.Create(Endowed()), (b, i) => b.Approve($"B{i:00}", "b", "v", Committee(), Schedule(E(150_000m))));
        Assert.EndsWith("the book holds B00, B01, B02, B03, B04, B05, B06, B07, B08, B09, …. (Parameter 'id')", Assert.Throws<ArgumentException>(() => many.WriteOff("Z", Disbursement)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Approved().Disburse(null!, Disbursement, E(1m)));
    }

    [Fact]
    public void Conditions_are_refused_when_unknown_met_twice_or_late()
    {
        Assert.Equal("Advance A1 (Approved) has no condition 'guarantee' (its conditions: coFinancingObtained).", Refusal(() => Approved().MeetCondition("A1", "guarantee", Decision)));
        var met = Approved().MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(10));
        Assert.Equal(AdvanceState.ConditionsMet, met.Accounts["A1"].State);
        Assert.Equal("Advance A1 (ConditionsMet) already met condition 'coFinancingObtained' on 2025-07-25.", Refusal(() => met.MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(11))));
        Assert.StartsWith("Advance A1 (Approved) cannot meet 'coFinancingObtained' on 2025-09-14: its deadline was 2025-09-13.", Refusal(() => Approved().MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(61))), StringComparison.Ordinal);
        Assert.Equal(AdvanceState.ConditionsMet, Approved().MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(60)).Accounts["A1"].State);
    }

    [Fact]
    public void Each_operation_is_refused_in_the_wrong_state_with_the_state_named()
    {
        Assert.Equal("Advance A1 (Approved) cannot be disbursed while conditions are open: coFinancingObtained.", Refusal(() => Approved().Disburse("A1", Disbursement, E(150_000m))));
        var book = Disbursed();
        Assert.Contains("exceeds the 0.00 EUR committed", Assert.Throws<LedgerRejectedException>(() => book.Disburse("A1", Disbursement, E(1m))).Message, StringComparison.Ordinal);
        Assert.Equal("Advance A1 (Approved) cannot take a payment in state Approved.", Refusal(() => Approved().RecordPayment("A1", new Payment(Disbursement, E(1m)))));
        Assert.Equal("Advance A1 (Approved) cannot be restructured in state Approved.", Refusal(() => Approved().Restructure("A1", new WriteOffEvent(Disbursement))));
        Assert.Throws<ArgumentNullException>(() => book.Restructure("A1", null!));
        Assert.Equal("Advance A1 (Approved) has nothing outstanding to write off (state Approved).", Refusal(() => Approved().WriteOff("A1", Disbursement)));
        Assert.Equal("Advance A1 (Disbursed) is not written off (state Disbursed); record payments instead.", Refusal(() => book.Recover("A1", Disbursement.PlusMonths(2), E(1m))));
        Assert.Equal("Advance A1 (Disbursed) has nothing undisbursed to cancel.", Refusal(() => book.Cancel("A1", Disbursement.PlusDays(1))));
        var written = book.WriteOff("A1", Disbursement.PlusMonths(1));
        Assert.StartsWith("Advance A1 (WrittenOff) has nothing outstanding to write off", Refusal(() => written.WriteOff("A1", Disbursement.PlusMonths(2))), StringComparison.Ordinal);
        Assert.Equal("Advance A1 (WrittenOff) cannot be disbursed in state WrittenOff.", Refusal(() => written.Disburse("A1", Disbursement.PlusMonths(2), E(1m))));
        Assert.Equal("Advance A1 (WrittenOff) cannot take a payment in state WrittenOff.", Refusal(() => written.RecordPayment("A1", new Payment(Disbursement.PlusMonths(2), E(1m)))));
        Assert.Throws<ArgumentOutOfRangeException>(() => book.RecordFollowUp("A1", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => book.RecordFollowUp("A1", 1_000_001));
        Assert.Equal(1_000_000, book.RecordFollowUp("A1", 1_000_000).Accounts["A1"].JobsAtFollowUp);
        Assert.Throws<ArgumentNullException>(() => book.RecordFundEvent(null!));
        Assert.Equal("fundEvent", Assert.Throws<ArgumentException>(() => book.RecordFundEvent(FundEvent.Commitment(Disbursement, "A9", E(1m)))).ParamName);
    }

    [Fact]
    public void Cancelling_before_any_tranche_cancels_the_advance_and_frees_the_commitment()
    {
        var book = Approved().Cancel("A1", Decision.PlusDays(5));
        var account = book.Accounts["A1"];
        Assert.Equal((AdvanceState.Cancelled, E(150_000m)), (account.State, account.Cancelled));
        Assert.Equal(E(0m), book.Ledger.Current.CommittedUndisbursed);
        Assert.True(book.Reconcile(Decision.PlusDays(6)).Reconciled);
        Assert.Equal("Advance A1 (Cancelled) has nothing undisbursed to cancel.", Refusal(() => book.Cancel("A1", Decision.PlusDays(7))));

        // A partly disbursed advance keeps its state and cancels only the rest.
        var partial = Approved().MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(10)).Disburse("A1", Disbursement, E(100_000m)).Cancel("A1", Disbursement.PlusDays(3));
        Assert.Equal((AdvanceState.Disbursed, E(50_000m)), (partial.Accounts["A1"].State, partial.Accounts["A1"].Cancelled));
        Assert.True(partial.Reconcile(Disbursement.PlusDays(4)).Reconciled);
    }

    [Fact]
    public void Conditions_are_met_one_by_one_and_disbursement_waits_for_the_last()
    {
        var decision = new CommitteeDecision(Decision, E(150_000m), [new ConditionPrecedent("coFinancingObtained", "Bank loan signed"), new ConditionPrecedent("kbis", "Extract filed")], "CE-2025-07");
        var book = AdvanceBook.Create(Endowed()).Approve("A1", "302512345", "HdF 2021", decision, Schedule(E(150_000m)), 20);
        var one = book.MeetCondition("A1", "kbis", Decision.PlusDays(3));
        Assert.Equal(AdvanceState.Approved, one.Accounts["A1"].State);
        Assert.Equal("Advance A1 (Approved) cannot be disbursed while conditions are open: coFinancingObtained.", Refusal(() => one.Disburse("A1", Disbursement, E(150_000m))));
        var both = one.MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(4));
        Assert.Equal(AdvanceState.ConditionsMet, both.Accounts["A1"].State);
    }

    [Fact]
    public void The_schedule_follows_the_tranches_actually_paid_once_the_commitment_is_complete()
    {
        // One tranche on the schedule's own date: the approved schedule stands.
        Assert.Single(Disbursed().Accounts["A1"].Schedules);

        // Two tranches: the schedule is regenerated when the second completes the commitment, not before.
        var met = Approved().MeetCondition("A1", "coFinancingObtained", Decision.PlusDays(10));
        var first = met.Disburse("A1", Disbursement, E(90_000m));
        Assert.Single(first.Accounts["A1"].Schedules);
        var second = first.Disburse("A1", Disbursement.PlusDays(20), E(60_000m));
        var account = second.Accounts["A1"];
        Assert.Equal(2, account.Schedules.Count);
        Assert.Equal([new Tranche(Disbursement, E(90_000m)), new Tranche(Disbursement.PlusDays(20), E(60_000m))], account.Schedule.Terms.Tranches);
        Assert.Equal(E(150_000m), account.Schedule.TotalPrincipal);

        // Cancelling the rest after one tranche: the schedule is regenerated on what was paid, and repaying it in full closes the advance.
        var partial = met.Disburse("A1", Disbursement, E(100_000m)).Cancel("A1", Disbursement.PlusDays(3));
        var schedule = partial.Accounts["A1"].Schedule;
        Assert.Equal(E(100_000m), schedule.TotalPrincipal);
        var last = schedule.Installments[^1].DueDate;
        var repaid = partial.RecordPayment("A1", new Payment(last, schedule.TotalDue));
        Assert.Equal(AdvanceState.Repaid, repaid.Accounts["A1"].State);
        Assert.Equal(E(100_000m), repaid.Ledger.Current.PrincipalRepaid);

        // Part of it only: still repaying.
        var some = partial.RecordPayment("A1", new Payment(schedule.Installments[12].DueDate, schedule.Installments.Take(13).Aggregate(E(0m), (s, i) => s + i.TotalDue)));
        Assert.Equal(AdvanceState.Repaying, some.Accounts["A1"].State);
    }
}
