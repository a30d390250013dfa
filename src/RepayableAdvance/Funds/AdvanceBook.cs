using System.Collections.Immutable;
using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Funds;

/// <summary>
/// The book of advances of one fund: one account per advance, kept in step with the fund ledger. Every approval,
/// disbursement, payment, write-off and recovery on an account appends the matching ledger events, so the two
/// always reconcile (and <see cref="Reconcile"/> proves it).
/// </summary>
/// <remarks>Operations return a new book and never change this one. A refused operation throws and changes nothing.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AdvanceBook
{
    private const CashFlowKind CancellationKind = CashFlowKind.Fee;
    private const CashFlowKind WriteOffKind = CashFlowKind.Prepayment;
    private const CashFlowKind RecoveryKind = CashFlowKind.Disbursement;
    private readonly ImmutableDictionary<string, AdvanceAccount> _accounts;

    private AdvanceBook(FundLedger ledger, ImmutableDictionary<string, AdvanceAccount> accounts)
    {
        Ledger = ledger;
        _accounts = accounts;
    }

    /// <summary>Gets the fund ledger.</summary>
    /// <value>The ledger in step with the accounts.</value>
    public FundLedger Ledger { get; }

    /// <summary>Gets the accounts.</summary>
    /// <value>Advance identifier → account.</value>
    public IReadOnlyDictionary<string, AdvanceAccount> Accounts => _accounts;

    /// <summary>Starts a book on a ledger (which may already hold contributions and fees).</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The book.</returns>
    /// <exception cref="ArgumentException">The ledger already holds advance events, which no account would explain.</exception>
    public static AdvanceBook Create(FundLedger ledger)
    {
        Preconditions.CheckNotNull(ledger);
        Preconditions.CheckArgument(ledger.Advances.Count == 0, nameof(ledger), $"The ledger already holds {ledger.Advances.Count} advances; start the book from a ledger with contributions and fees only.", $"Le registre contient déjà {ledger.Advances.Count} avances ; démarrez le portefeuille d'un registre qui ne contient que des apports et des frais.");
        return new AdvanceBook(ledger, ImmutableDictionary.Create<string, AdvanceAccount>(StringComparer.Ordinal));
    }

    /// <summary>Records a committee approval: opens the account and commits the amount in the ledger.</summary>
    /// <param name="id">The advance identifier.</param>
    /// <param name="beneficiary">The beneficiary.</param>
    /// <param name="schemeVersion">The scheme version it was approved under.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="schedule">The proposed schedule (its principal must equal the amount approved).</param>
    /// <param name="jobsAtApplication">The headcount at application.</param>
    /// <param name="coFinancing">The co-financing mobilised, if any.</param>
    /// <param name="aid">The State-aid record, if computed.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="ArgumentException">The identifier exists, or the schedule does not match the decision.</exception>
    /// <exception cref="LedgerRejectedException">The fund cannot commit the amount.</exception>
    public AdvanceBook Approve(string id, string beneficiary, string schemeVersion, CommitteeDecision decision, RepaymentSchedule schedule, int? jobsAtApplication = null, Money? coFinancing = null, GrantEquivalent? aid = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The advance needs an identifier.", "L'avance a besoin d'un identifiant.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(beneficiary), nameof(beneficiary), "The advance needs a beneficiary.", "L'avance a besoin d'un bénéficiaire.");
        Preconditions.CheckNotNull(decision);
        Preconditions.CheckNotNull(schedule);
        Preconditions.CheckArgument(!_accounts.ContainsKey(id), nameof(id), $"Advance {id} is already in the book.", $"L'avance {id} est déjà dans le portefeuille.");
        Preconditions.CheckArgument(schedule.Terms.Principal == decision.Amount, nameof(schedule), $"The schedule's principal {schedule.Terms.Principal} differs from the amount approved {decision.Amount}.", $"Le principal de l'échéancier {schedule.Terms.Principal} diffère du montant accordé {decision.Amount}.");
        var ledger = Ledger.Append(FundEvent.Commitment(decision.Date, id, decision.Amount));
        var zero = Money.Zero(decision.Amount.Currency);
        var account = new AdvanceAccount(
            id, beneficiary, schemeVersion ?? string.Empty, decision,
            decision.Conditions.Count == 0 ? AdvanceState.ConditionsMet : AdvanceState.Approved,
            ImmutableDictionary.Create<string, LocalDate>(StringComparer.Ordinal),
            [], [schedule], [], aid, jobsAtApplication, null, coFinancing ?? zero, zero, zero, zero, zero, zero, []);
        return new AdvanceBook(ledger, _accounts.Add(id, account));
    }

    /// <summary>Records that a condition precedent is met.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="code">The condition's code.</param>
    /// <param name="date">The date it was met.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">The condition is unknown, already met, or past its deadline.</exception>
    public AdvanceBook MeetCondition(string id, string code, LocalDate date)
    {
        var account = Get(id);
        var condition = account.Decision.Conditions.FirstOrDefault(c => c.Code == code)
            ?? throw Refused(account, $"has no condition '{code}' (its conditions: {string.Join(", ", account.Decision.Conditions.Select(c => c.Code))})");
        if (account.ConditionsMet.ContainsKey(code))
        {
            throw Refused(account, $"already met condition '{code}' on {account.ConditionsMet[code]:uuuu-MM-dd}");
        }

        if (condition.Deadline is { } deadline && date > deadline)
        {
            throw Refused(account, $"cannot meet '{code}' on {date:uuuu-MM-dd}: its deadline was {deadline:uuuu-MM-dd}. Cancel the commitment or take a new decision");
        }

        var met = ((ImmutableDictionary<string, LocalDate>)account.ConditionsMet).Add(code, date);
        var state = account.State == AdvanceState.Approved && met.Count == account.Decision.Conditions.Count ? AdvanceState.ConditionsMet : account.State;
        return With(account.With(state: state, conditionsMet: met), Ledger);
    }

    /// <summary>Disburses a tranche; refused while a condition precedent is open.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="date">The date.</param>
    /// <param name="amount">The tranche.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">A condition is open, or the advance is not in a state that allows disbursement.</exception>
    /// <exception cref="LedgerRejectedException">The tranche exceeds what is committed.</exception>
    public AdvanceBook Disburse(string id, LocalDate date, Money amount)
    {
        var account = Get(id);
        if (account.State is not (AdvanceState.ConditionsMet or AdvanceState.Disbursed))
        {
            throw account.State == AdvanceState.Approved
                ? Refused(account, $"cannot be disbursed while conditions are open: {string.Join(", ", account.OpenConditions.Select(c => c.Code))}")
                : Refused(account, $"cannot be disbursed in state {EnumText.Of(account.State)}");
        }

        var ledger = Ledger.Append(FundEvent.Disbursement(date, id, amount));
        var tranches = ((ImmutableList<Tranche>)account.Tranches).Add(new Tranche(date, amount));
        var schedules = (ImmutableList<RepaymentSchedule>)account.Schedules;
        var disbursed = tranches.Aggregate(Money.Zero(amount.Currency), (s, t) => s + t.Amount);
        if (disbursed == account.Decision.Amount - account.Cancelled && !account.Schedule.Terms.Tranches.SequenceEqual(tranches))
        {
            // The schedule follows the tranches actually paid.
            schedules = schedules.Add(RepaymentSchedule.Generate(account.Schedule.Terms.WithTranches(tranches), account.Schedule.Fixings));
        }

        return With(account.With(state: AdvanceState.Disbursed, tranches: tranches, schedules: schedules), ledger);
    }

    /// <summary>Records a payment: it is applied through the schedule's waterfall and the ledger gets the principal and income it paid.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="payment">The payment.</param>
    /// <param name="waterfall">The allocation order; null for the schedule's default.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">Nothing is disbursed, the advance is closed, or the payment exceeds everything due.</exception>
    /// <exception cref="Scheduling.ScheduleRefusedException">The payment is dated before the first disbursement.</exception>
    /// <exception cref="CurrencyMismatchException">The payment is in another currency than the advance.</exception>
    public AdvanceBook RecordPayment(string id, Payment payment, PaymentWaterfall? waterfall = null)
    {
        var account = Get(id);
        if (account.State is not (AdvanceState.Disbursed or AdvanceState.Repaying or AdvanceState.InArrears or AdvanceState.Restructured))
        {
            throw Refused(account, $"cannot take a payment in state {EnumText.Of(account.State)}");
        }

        var payments = ((ImmutableArray<Payment>)account.Payments).Add(payment);
        var statement = account.Schedule.ApplyPayments(payments, payment.Date, waterfall);
        if (statement.UnallocatedCredit.IsPositive)
        {
            throw Refused(account, $"would be overpaid by {statement.UnallocatedCredit} on {payment.Date:uuuu-MM-dd}; record a prepayment as a servicing event first");
        }

        var principal = statement.Installments.Aggregate(Money.Zero(payment.Amount.Currency), (s, i) => s + i.PaidPrincipal);
        var income = statement.TotalPaid - principal;
        var ledger = Ledger.Append(FundEvent.Repayment(payment.Date, id, principal - account.PrincipalRepaid, income - account.IncomeReceived));
        var state = principal == account.Disbursed - account.WrittenOff && account.Disbursed == account.Decision.Amount - account.Cancelled
            ? AdvanceState.Repaid
            : statement.IsInArrears ? AdvanceState.InArrears : AdvanceState.Repaying;
        return With(account.With(state: state, payments: payments, principalRepaid: principal, incomeReceived: income), ledger);
    }

    /// <summary>Applies a servicing event (payment holiday, rate change, restructuring): a new schedule version.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="servicingEvent">The event.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">The advance is not disbursed or is closed.</exception>
    public AdvanceBook Restructure(string id, ServicingEvent servicingEvent)
    {
        Preconditions.CheckNotNull(servicingEvent);
        var account = Get(id);
        if (account.State is not (AdvanceState.Disbursed or AdvanceState.Repaying or AdvanceState.InArrears or AdvanceState.Restructured))
        {
            throw Refused(account, $"cannot be restructured in state {EnumText.Of(account.State)}");
        }

        var schedules = ((ImmutableList<RepaymentSchedule>)account.Schedules).Add(account.Schedule.Apply(servicingEvent));
        return With(account.With(state: AdvanceState.Restructured, schedules: schedules), Ledger);
    }

    /// <summary>Writes off the whole outstanding.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="date">The date.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">Nothing is outstanding.</exception>
    public AdvanceBook WriteOff(string id, LocalDate date)
    {
        var account = Get(id);
        if (!account.Outstanding.IsPositive || account.State is AdvanceState.WrittenOff or AdvanceState.Repaid)
        {
            throw Refused(account, $"has nothing outstanding to write off (state {EnumText.Of(account.State)})");
        }

        var ledger = Ledger.Append(FundEvent.WriteOff(date, id, account.Outstanding));
        return With(account.With(state: AdvanceState.WrittenOff, writtenOff: account.WrittenOff + account.Outstanding, accountEvent: new CashFlow(date, account.Outstanding, WriteOffKind)), ledger);
    }

    /// <summary>Records a recovery on a written-off advance.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="date">The date.</param>
    /// <param name="amount">The amount recovered.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">The advance is not written off.</exception>
    /// <exception cref="LedgerRejectedException">The amount exceeds what was written off and not yet recovered.</exception>
    public AdvanceBook Recover(string id, LocalDate date, Money amount)
    {
        var account = Get(id);
        if (account.State != AdvanceState.WrittenOff)
        {
            throw Refused(account, $"is not written off (state {EnumText.Of(account.State)}); record payments instead");
        }

        var ledger = Ledger.Append(FundEvent.Recovery(date, id, amount));
        return With(account.With(recovered: account.Recovered + amount, accountEvent: new CashFlow(date, amount, RecoveryKind)), ledger);
    }

    /// <summary>Cancels the undisbursed part of a commitment.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="date">The date.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="InvalidOperationException">Nothing is left to cancel.</exception>
    public AdvanceBook Cancel(string id, LocalDate date)
    {
        var account = Get(id);
        var undisbursed = account.Decision.Amount - account.Cancelled - account.Disbursed;
        if (!undisbursed.IsPositive)
        {
            throw Refused(account, "has nothing undisbursed to cancel");
        }

        var ledger = Ledger.Append(FundEvent.Cancellation(date, id, undisbursed));
        var state = account.Tranches.Count == 0 ? AdvanceState.Cancelled : account.State;
        var schedules = (ImmutableList<RepaymentSchedule>)account.Schedules;
        if (account.Tranches.Count > 0)
        {
            schedules = schedules.Add(RepaymentSchedule.Generate(account.Schedule.Terms.WithTranches(account.Tranches), account.Schedule.Fixings));
        }

        return With(account.With(state: state, cancelled: account.Cancelled + undisbursed, schedules: schedules, accountEvent: new CashFlow(date, undisbursed, CancellationKind)), ledger);
    }

    /// <summary>Records the headcount at follow-up, so jobs kept are computed, not declared.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="jobs">The headcount at follow-up.</param>
    /// <returns>The new book.</returns>
    public AdvanceBook RecordFollowUp(string id, int jobs)
    {
        Preconditions.CheckArgumentRange(nameof(jobs), jobs, 0, 1_000_000);
        return With(Get(id).With(jobsAtFollowUp: jobs), Ledger);
    }

    /// <summary>Records a fund-level event (contribution or fee) that no advance explains.</summary>
    /// <param name="fundEvent">A contribution or fee.</param>
    /// <returns>The new book.</returns>
    /// <exception cref="ArgumentException">The event concerns an advance: use the account operations.</exception>
    public AdvanceBook RecordFundEvent(FundEvent fundEvent)
    {
        Preconditions.CheckNotNull(fundEvent);
        Preconditions.CheckArgument(fundEvent.Kind is FundEventKind.Contribution or FundEventKind.Fee, nameof(fundEvent), $"{fundEvent} concerns an advance; use Approve, Disburse, RecordPayment, WriteOff or Recover so the account and the ledger stay in step.", $"{fundEvent} concerne une avance ; utilisez Approve, Disburse, RecordPayment, WriteOff ou Recover pour que le compte et le registre restent d'accord.");
        return new AdvanceBook(Ledger.Append(fundEvent), _accounts);
    }

    /// <summary>Compares every account with the ledger as of a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The report; by construction it has no difference.</returns>
    public ReconciliationReport Reconcile(LocalDate asOf)
    {
        var differences = new List<ReconciliationDifference>();
        var figures = 0;
        foreach (var account in _accounts.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var ledger = Ledger.AdvanceAt(account.Id, asOf);
            var currency = account.Decision.Amount.Currency;
            var zero = Money.Zero(currency);
            var approved = account.Decision.Date <= asOf;
            var statement = account.Tranches.Count > 0 && account.Tranches[0].Date <= asOf ? account.StatusAt(asOf) : null;
            var principal = statement?.Installments.Aggregate(zero, (s, i) => s + i.PaidPrincipal) ?? zero;
            var income = statement is null ? zero : statement.TotalPaid - principal;
            Compare("committed", approved ? account.Decision.Amount - Logged(account, CancellationKind, asOf) : zero, ledger.Committed);
            Compare("disbursed", account.Tranches.Where(t => t.Date <= asOf).Aggregate(zero, (s, t) => s + t.Amount), ledger.Disbursed);
            Compare("principalRepaid", principal, ledger.PrincipalRepaid);
            Compare("income", income, ledger.InterestReceived);
            Compare("writtenOff", Logged(account, WriteOffKind, asOf), ledger.WrittenOff);
            Compare("recovered", Logged(account, RecoveryKind, asOf), ledger.Recovered);

            void Compare(string figure, Money book, Money inLedger)
            {
                figures++;
                if (book != inLedger)
                {
                    differences.Add(new ReconciliationDifference(account.Id, figure, book, inLedger));
                }
            }
        }

        foreach (var orphan in Ledger.Advances.Keys.Where(k => !_accounts.ContainsKey(k)))
        {
            differences.Add(new ReconciliationDifference(orphan, "account", Money.Zero(Ledger.Fund.Currency), Ledger.Advances[orphan].Committed));
        }

        return new ReconciliationReport(asOf, _accounts.Count, figures, differences);
    }

    private static Money Logged(AdvanceAccount account, CashFlowKind kind, LocalDate asOf) =>
        account.AccountEvents.Where(e => e.Kind == kind && e.Date <= asOf).Aggregate(Money.Zero(account.Decision.Amount.Currency), (s, e) => s + e.Amount);

    private AdvanceAccount Get(string id)
    {
        Preconditions.CheckNotNull(id);
        return _accounts.TryGetValue(id, out var account)
            ? account
            : throw Preconditions.Argument(Preconditions.Invariant($"Advance '{id}' is not in the book: approve it first; the book holds {(_accounts.Count == 0 ? "no advance" : string.Join(", ", _accounts.Keys.Order(StringComparer.Ordinal).Take(10)) + (_accounts.Count > 10 ? ", …" : string.Empty))}."), Preconditions.Invariant($"L'avance « {id} » n'est pas dans le portefeuille : accordez-la d'abord ; le portefeuille contient {(_accounts.Count == 0 ? "aucune avance" : string.Join(", ", _accounts.Keys.Order(StringComparer.Ordinal).Take(10)) + (_accounts.Count > 10 ? ", …" : string.Empty))}."), nameof(id));
    }

    private AdvanceBook With(AdvanceAccount account, FundLedger ledger) => new(ledger, _accounts.SetItem(account.Id, account));

    private static InvalidOperationException Refused(AdvanceAccount account, string detail) =>
        new(Preconditions.Invariant($"Advance {account.Id} ({EnumText.Of(account.State)}) {detail}."));
}
