using System.Collections.Immutable;
using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Funds;

/// <summary>One advance in the book: the decision, tranches, schedule versions, payments, arrears status and State-aid record.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AdvanceAccount
{
    internal AdvanceAccount(
        string id,
        string beneficiary,
        string schemeVersion,
        CommitteeDecision decision,
        AdvanceState state,
        ImmutableDictionary<string, LocalDate> conditionsMet,
        ImmutableList<Tranche> tranches,
        ImmutableList<RepaymentSchedule> schedules,
        ImmutableArray<Payment> payments,
        GrantEquivalent? aid,
        int? jobsAtApplication,
        int? jobsAtFollowUp,
        Money coFinancing,
        Money cancelled,
        Money writtenOff,
        Money recovered,
        Money principalRepaid,
        Money incomeReceived,
        ImmutableList<CashFlow> events)
    {
        AccountEvents = events;
        Id = id;
        Beneficiary = beneficiary;
        SchemeVersion = schemeVersion;
        Decision = decision;
        State = state;
        ConditionsMet = conditionsMet;
        Tranches = tranches;
        Schedules = schedules;
        Payments = payments;
        Aid = aid;
        JobsAtApplication = jobsAtApplication;
        JobsAtFollowUp = jobsAtFollowUp;
        CoFinancing = coFinancing;
        Cancelled = cancelled;
        WrittenOff = writtenOff;
        Recovered = recovered;
        PrincipalRepaid = principalRepaid;
        IncomeReceived = incomeReceived;
    }

    /// <summary>Gets the advance identifier.</summary>
    /// <value>Unique in the book and the ledger.</value>
    public string Id { get; }

    /// <summary>Gets the beneficiary.</summary>
    /// <value>An entity identifier (SIREN).</value>
    public string Beneficiary { get; }

    /// <summary>Gets the scheme version the advance was approved under.</summary>
    /// <value>For example "Hauts-de-France Prévention 2021".</value>
    public string SchemeVersion { get; }

    /// <summary>Gets the committee decision.</summary>
    /// <value>Date, amount, conditions.</value>
    public CommitteeDecision Decision { get; }

    /// <summary>Gets the lifecycle state.</summary>
    /// <value>The current state.</value>
    public AdvanceState State { get; }

    /// <summary>Gets the conditions met, with their dates.</summary>
    /// <value>Code → date met.</value>
    public IReadOnlyDictionary<string, LocalDate> ConditionsMet { get; }

    /// <summary>Gets the tranches disbursed.</summary>
    /// <value>In date order.</value>
    public IReadOnlyList<Tranche> Tranches { get; }

    /// <summary>Gets the schedule versions; the last is current.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<RepaymentSchedule> Schedules { get; }

    /// <summary>Gets the current schedule.</summary>
    /// <value>The last version.</value>
    public RepaymentSchedule Schedule => Schedules[^1];

    /// <summary>Gets the payments received.</summary>
    /// <value>In date order.</value>
    public IReadOnlyList<Payment> Payments { get; }

    /// <summary>Gets the State-aid record (the GGE at the grant date), when computed.</summary>
    /// <value>Null when not recorded.</value>
    public GrantEquivalent? Aid { get; }

    /// <summary>Gets the headcount at application.</summary>
    /// <value>Null when unknown.</value>
    public int? JobsAtApplication { get; }

    /// <summary>Gets the headcount at follow-up, once recorded.</summary>
    /// <value>Null until a follow-up is recorded.</value>
    public int? JobsAtFollowUp { get; }

    /// <summary>Gets the co-financing mobilised alongside the advance.</summary>
    /// <value>Zero when none.</value>
    public Money CoFinancing { get; }

    /// <summary>Gets the amount cancelled before disbursement.</summary>
    /// <value>Zero unless cancelled.</value>
    public Money Cancelled { get; }

    /// <summary>Gets the principal written off.</summary>
    /// <value>Zero unless written off.</value>
    public Money WrittenOff { get; }

    /// <summary>Gets what was recovered after write-off.</summary>
    /// <value>Zero unless recovered.</value>
    public Money Recovered { get; }

    /// <summary>Gets the principal repaid, as applied through the schedule's waterfall.</summary>
    /// <value>Zero before the first payment.</value>
    public Money PrincipalRepaid { get; }

    /// <summary>Gets the interest, late interest and fees received.</summary>
    /// <value>Zero before the first payment.</value>
    public Money IncomeReceived { get; }

    /// <summary>Gets the dated cancellations, write-offs and recoveries (kinds: fee = cancellation, prepayment = write-off, disbursement = recovery).</summary>
    internal ImmutableList<CashFlow> AccountEvents { get; }

    /// <summary>Gets the amount disbursed.</summary>
    /// <value>The sum of the tranches.</value>
    public Money Disbursed => Tranches.Aggregate(Money.Zero(Decision.Amount.Currency), (s, t) => s + t.Amount);

    /// <summary>Gets the outstanding principal.</summary>
    /// <value>Disbursed − repaid − written off.</value>
    public Money Outstanding => Disbursed - PrincipalRepaid - WrittenOff;

    /// <summary>Gets the open conditions precedent.</summary>
    /// <value>Conditions not yet met.</value>
    public IReadOnlyList<ConditionPrecedent> OpenConditions => [.. Decision.Conditions.Where(c => !ConditionsMet.ContainsKey(c.Code))];

    /// <summary>Computes the servicing statement (arrears, days past due) as of a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The statement from the current schedule and the payments received by then.</returns>
    public ServicingStatement StatusAt(LocalDate asOf) => Schedule.ApplyPayments(Payments.Where(p => p.Date <= asOf), asOf);

    /// <summary>Gets the arrears as of a date, from the current schedule and the payments made by then, without the per-installment statement.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The arrears (the same figures as <see cref="StatusAt"/>).</returns>
    public ScheduleArrears ArrearsAt(LocalDate asOf) => Schedule.ArrearsAt(Payments, asOf);

    internal AdvanceAccount With(
        AdvanceState? state = null,
        ImmutableDictionary<string, LocalDate>? conditionsMet = null,
        ImmutableList<Tranche>? tranches = null,
        ImmutableList<RepaymentSchedule>? schedules = null,
        ImmutableArray<Payment>? payments = null,
        int? jobsAtFollowUp = null,
        Money? cancelled = null,
        Money? writtenOff = null,
        Money? recovered = null,
        Money? principalRepaid = null,
        Money? incomeReceived = null,
        CashFlow? accountEvent = null) =>
        new(
            Id,
            Beneficiary,
            SchemeVersion,
            Decision,
            state ?? State,
            conditionsMet ?? (ImmutableDictionary<string, LocalDate>)ConditionsMet,
            tranches ?? (ImmutableList<Tranche>)Tranches,
            schedules ?? (ImmutableList<RepaymentSchedule>)Schedules,
            payments ?? (ImmutableArray<Payment>)Payments,
            Aid,
            JobsAtApplication,
            jobsAtFollowUp ?? JobsAtFollowUp,
            CoFinancing,
            cancelled ?? Cancelled,
            writtenOff ?? WrittenOff,
            recovered ?? Recovered,
            principalRepaid ?? PrincipalRepaid,
            incomeReceived ?? IncomeReceived,
            accountEvent is { } e ? AccountEvents.Add(e) : AccountEvents);
}
