using System.Diagnostics;

namespace RepayableAdvance.Scheduling;

/// <summary>What happens to the interest a period accrues.</summary>
internal enum AccruedInterest
{
    /// <summary>Paid with the period's installment, together with any interest carried by earlier deferred periods.</summary>
    Paid = 0,

    /// <summary>Carried, without compounding, to the next period that pays interest.</summary>
    Carried = 1,

    /// <summary>Not charged.</summary>
    Waived = 2,

    /// <summary>Added to the principal, which earns interest on it from then on.</summary>
    Capitalized = 3,

    /// <summary>Spread evenly, without compounding, over the installments that repay principal.</summary>
    Spread = 4,
}

/// <summary>The meaning of one <see cref="SchedulePhase"/>: every consumer (engine, servicing, State aid, rows) reads it here.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="RepaysPrincipal">Whether the period's installment repays principal by the amortization profile.</param>
/// <param name="Interest">What happens to the interest the period accrues.</param>
/// <param name="AidAtAnyRate">
/// Whether the period confers an advantage whatever the contractual rate: interest waived or paid later without
/// compounding. A schedule with such a period is never "at or above the reference rate" for the GGE.
/// </param>
/// <param name="Holiday">The payment-holiday treatment that produces this phase, if a holiday can.</param>
internal readonly record struct PhaseSemantics(SchedulePhase Phase, bool RepaysPrincipal, AccruedInterest Interest, bool AidAtAnyRate, HolidayInterest? Holiday)
{
    /// <summary>Gets a value indicating whether the period's installment pays interest (its own, and interest carried to it).</summary>
    public bool PaysInterest => Interest == AccruedInterest.Paid;
}

/// <summary>The one table of phase semantics. Adding a phase means adding its entry here (and its JSON and display names).</summary>
internal static class PhaseTable
{
    private static readonly PhaseSemantics[] Entries =
    [
        new(SchedulePhase.Amortization, RepaysPrincipal: true, AccruedInterest.Paid, AidAtAnyRate: false, Holiday: null),
        new(SchedulePhase.PrincipalDeferral, RepaysPrincipal: false, AccruedInterest.Paid, AidAtAnyRate: false, Holiday: null),
        new(SchedulePhase.InterestDeferred, RepaysPrincipal: false, AccruedInterest.Carried, AidAtAnyRate: true, Holiday: null),
        new(SchedulePhase.InterestWaived, RepaysPrincipal: false, AccruedInterest.Waived, AidAtAnyRate: true, Holiday: HolidayInterest.Waived),
        new(SchedulePhase.InterestCapitalized, RepaysPrincipal: false, AccruedInterest.Capitalized, AidAtAnyRate: false, Holiday: HolidayInterest.Capitalized),
        new(SchedulePhase.PaymentHoliday, RepaysPrincipal: false, AccruedInterest.Spread, AidAtAnyRate: true, Holiday: HolidayInterest.Charged),
        new(SchedulePhase.InterestGrace, RepaysPrincipal: true, AccruedInterest.Carried, AidAtAnyRate: true, Holiday: null),
    ];

    /// <summary>Gets every entry, in the order of the phases' values.</summary>
    internal static ReadOnlySpan<PhaseSemantics> All => Entries;

    /// <summary>The semantics of a phase.</summary>
    internal static ref readonly PhaseSemantics Of(SchedulePhase phase) => ref Entries[(int)phase];

    /// <summary>Whether a phase repays principal (an amortizing period).</summary>
    internal static bool RepaysPrincipal(SchedulePhase phase) => Entries[(int)phase].RepaysPrincipal;

    /// <summary>The phase a payment holiday with this interest treatment gives its periods.</summary>
    internal static SchedulePhase ForHoliday(HolidayInterest interest)
    {
        foreach (ref readonly var entry in All)
        {
            if (entry.Holiday == interest)
            {
                return entry.Phase;
            }
        }

        throw new UnreachableException(Preconditions.Invariant($"No phase implements the holiday treatment {interest}."));
    }

    /// <summary>The phases a deferral can use: every phase but amortization.</summary>
    internal static string DeferralKinds() => string.Join(", ", Entries.Where(e => e.Phase != SchedulePhase.Amortization).Select(e => e.Phase.ToString()));

    /// <summary>
    /// Checks the order of deferral phases: every phase that repays no principal comes before the first that does (an
    /// interest grace), so that principal, once its repayment starts, is repaid in every following installment.
    /// Returns the number of installments that repay no principal.
    /// </summary>
    internal static int PrincipalFreeInstallments(IReadOnlyList<DeferralPhase> deferral, Frequency frequency, string parameterName)
    {
        var principalFree = 0;
        SchedulePhase? repaying = null;
        foreach (var phase in deferral)
        {
            if (RepaysPrincipal(phase.Kind))
            {
                repaying ??= phase.Kind;
                continue;
            }

            if (repaying is { } earlier)
            {
                throw Preconditions.Argument(
                    Preconditions.Invariant($"Deferral phase {phase} follows a {earlier} phase, which repays principal: put the phases that repay no principal first."), Preconditions.Invariant($"La phase de différé {phase} suit une phase {earlier}, qui rembourse du principal : placez d'abord les phases qui ne remboursent pas de principal."),
                    parameterName);
            }

            principalFree += phase.InstallmentsFor(frequency);
        }

        return principalFree;
    }

    /// <summary>An unknown treatment: only reachable when a value is added to <see cref="AccruedInterest"/> without its consumers.</summary>
    internal static UnreachableException Unhandled(AccruedInterest interest) =>
        new(Preconditions.Invariant($"The accrued-interest treatment {interest} has no implementation here."));
}
