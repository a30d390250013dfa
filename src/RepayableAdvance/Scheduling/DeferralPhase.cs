namespace RepayableAdvance.Scheduling;

/// <summary>A typed deferral phase at the start of a schedule: its kind and its length.</summary>
/// <remarks>
/// Phases apply in the order given, before amortization starts; an <see cref="SchedulePhase.InterestGrace"/> phase,
/// which repays principal, comes after every phase that does not. A length in months must be a whole number of
/// periods of the schedule's frequency (checked when the terms are built). Equality compares kind, length and unit.
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct DeferralPhase : IEquatable<DeferralPhase>
{
    private DeferralPhase(SchedulePhase kind, int length, DeferralUnit unit)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(kind != SchedulePhase.Amortization, nameof(kind), $"A deferral phase cannot be of kind {kind}: choose {PhaseTable.DeferralKinds()}.", $"Une phase de différé ne peut pas être de nature {kind} : choisissez {PhaseTable.DeferralKinds()}.");
        Preconditions.CheckArgumentRange(nameof(length), length, 1, 600);
        Kind = kind;
        Length = length;
        Unit = unit;
    }

    /// <summary>Gets the kind of deferral.</summary>
    /// <value>Never <see cref="SchedulePhase.Amortization"/> for a constructed phase.</value>
    public SchedulePhase Kind { get; }

    /// <summary>Gets the length, in <see cref="Unit"/>s.</summary>
    /// <value>1 to 600.</value>
    public int Length { get; }

    /// <summary>Gets the unit of the length.</summary>
    /// <value>Installments or months.</value>
    public DeferralUnit Unit { get; }

    /// <summary>Creates a phase that lasts a number of installments.</summary>
    /// <param name="kind">The deferral kind.</param>
    /// <param name="installments">1 to 600 installments.</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentException">The kind is Amortization or undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length is outside 1–600.</exception>
    public static DeferralPhase ForInstallments(SchedulePhase kind, int installments) => new(kind, installments, DeferralUnit.Installments);

    /// <summary>Creates a phase that lasts a number of months (12 for the Hauts-de-France year of deferral).</summary>
    /// <param name="kind">The deferral kind.</param>
    /// <param name="months">1 to 600 months, a whole number of periods.</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentException">The kind is Amortization or undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The length is outside 1–600.</exception>
    public static DeferralPhase ForMonths(SchedulePhase kind, int months) => new(kind, months, DeferralUnit.Months);

    /// <summary>Converts the length to installments for a frequency.</summary>
    /// <param name="frequency">The schedule's frequency.</param>
    /// <returns>The number of installments.</returns>
    /// <exception cref="ArgumentException">A length in months is not a whole number of periods.</exception>
    public int InstallmentsFor(Frequency frequency)
    {
        if (Unit == DeferralUnit.Installments)
        {
            return Length;
        }

        Preconditions.CheckArgument(
            Length % frequency.Months == 0,
            "deferral",
            $"Deferral of {Length} months is not a whole number of {frequency.Months}-month periods: use a multiple of {frequency.Months} months or give the length in installments.", $"Un différé de {Length} mois n'est pas un nombre entier de périodes de {frequency.Months} mois : utilisez un multiple de {frequency.Months} mois ou donnez la durée en échéances.");
        return Length / frequency.Months;
    }

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first phase.</param>
    /// <param name="right">The second phase.</param>
    /// <returns>Whether kind, length and unit are equal.</returns>
    public static bool operator ==(DeferralPhase left, DeferralPhase right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first phase.</param>
    /// <param name="right">The second phase.</param>
    /// <returns>Whether kind, length or unit differ.</returns>
    public static bool operator !=(DeferralPhase left, DeferralPhase right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DeferralPhase other) => Kind == other.Kind && Length == other.Length && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DeferralPhase other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Length, Unit);

    /// <summary>Formats as <c>PrincipalDeferral 12 Months</c>.</summary>
    /// <returns>The phase.</returns>
    public override string ToString() => Preconditions.Invariant($"{Kind} {Length} {Unit}");
}
