using NodaTime;

namespace RepayableAdvance.Scheduling.Internal;

/// <summary>One period of a plan: its dates, reference period, phase, all-in rate and year fraction (56 bytes, kept compact).</summary>
internal struct PlanPeriod
{
    public decimal Rate;

    /// <summary>The period's year fraction as an exact rational (broken-period policy applied): numerator.</summary>
    public long FractionNumerator;

    /// <summary>The year fraction's denominator (positive).</summary>
    public long FractionDenominator;

    public LocalDate Start;
    public LocalDate End;
    /// <summary>The start of the period's reference (regular) period: its start, or for a broken first period the grid date one period before its end.</summary>
    public LocalDate RegularStart;

    public LocalDate Unadjusted;
    public LocalDate Due;

    /// <summary>The days from <see cref="End"/> to the end of the reference period: 0 but for a final stub (2 bytes, so the period stays 56 bytes).</summary>
    private short _regularEndOffset;

    private byte _phase;

    /// <summary>True for a broken first period charged as a regular one: segment interest is scaled regular/actual.</summary>
    public bool ChargedAsRegular;

    /// <summary>Gets the end of the period's reference period: its end, or for a final stub the grid date it replaces.</summary>
    public readonly LocalDate RegularEnd => _regularEndOffset == 0 ? End : End.PlusDays(_regularEndOffset);

    /// <summary>Sets the end of the reference period (after <see cref="End"/> is set), within a year and a half of the end.</summary>
    public void SetRegularEnd(LocalDate regularEnd) => _regularEndOffset = checked((short)Period.DaysBetween(End, regularEnd));

    public SchedulePhase Phase
    {
        readonly get => (SchedulePhase)_phase;
        set => _phase = (byte)value;
    }

    /// <summary>Gets the year fraction as a decimal (one division; only annuity factors and growth need it).</summary>
    public readonly decimal Fraction => (decimal)FractionNumerator / FractionDenominator;

    /// <summary>Sets the year fraction from its parts.</summary>
    public void SetFraction((long Numerator, long Denominator) parts)
    {
        FractionNumerator = parts.Numerator;
        FractionDenominator = parts.Denominator;
    }

    /// <summary>The multiplier of segment-wise interest: 1, or regular/actual for a broken period charged as regular.</summary>
    public readonly (long Numerator, long Denominator) ScaleParts(AccrualBasis basis, Frequency frequency)
    {
        if (!ChargedAsRegular)
        {
            return (1, 1);
        }

        var actual = basis.FractionParts(Start, End, RegularStart, RegularEnd, frequency);
        return actual.Numerator == 0 ? (1, 1) : (FractionNumerator * actual.Denominator, FractionDenominator * actual.Numerator);
    }
}

/// <summary>
/// A balance change inside the schedule: a later tranche (+), a prepayment (−) or capitalized arrears (+).
/// <see cref="Row"/> is the 0-based installment whose balance it entered (−1 until the engine applies it), so
/// servicing knows exactly which movements the kept installments already reflect.
/// </summary>
internal readonly record struct BalanceEvent(LocalDate Date, decimal Delta, int Row = -1);

/// <summary>Everything the engine needs to compute amounts; built from terms, or from a schedule's tail for servicing.</summary>
internal sealed class SchedulePlan
{
    public required Currency Currency { get; init; }

    public required ScheduleRounding Rounding { get; init; }

    public required AccrualBasis Basis { get; init; }

    public required Frequency Frequency { get; init; }

    public required AmortizationProfile Profile { get; init; }

    public int FirstNumber { get; init; } = 1;

    public decimal OpeningBalance { get; init; }

    public BalanceEvent[] Events { get; init; } = [];

    public decimal CarryDeferredInterest { get; init; }

    public decimal CarryHolidayInterest { get; init; }

    /// <summary>Annuity with a kept installment amount (prepayment reducing the term).</summary>
    public decimal? FixedInstallment { get; init; }

    /// <summary>Linear with a kept principal portion (prepayment reducing the term).</summary>
    public decimal? FixedPrincipal { get; init; }

    /// <summary>Stop once the balance is repaid (reduce-term operations).</summary>
    public bool TruncateWhenRepaid { get; init; }

    public decimal FeePerInstallment { get; init; }
}
