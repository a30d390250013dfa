using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A restructuring after default: arrears capitalized, and the rest rescheduled over a new number of installments.</summary>
public sealed class RestructuringEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The restructuring date.</param>
    /// <param name="remainingInstallments">The number of installments after the date, 1 to 600.</param>
    /// <param name="amortization">The new profile, or null to keep the current one (custom profiles become linear).</param>
    /// <param name="interest">The new interest terms, or null to keep the current ones.</param>
    /// <param name="capitalizedArrears">Unpaid amounts added to the principal, or null for none.</param>
    /// <param name="deferral">Deferral phases at the start of the new schedule, or null for none.</param>
    /// <param name="from">Which installments the event changes: after its date (the default), or from the installment due on it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1–600 or the arrears are negative.</exception>
    public RestructuringEvent(LocalDate date, int remainingInstallments, AmortizationProfile? amortization = null, InterestTerms? interest = null, Money? capitalizedArrears = null, IReadOnlyList<DeferralPhase>? deferral = null, RescheduleFrom from = RescheduleFrom.AfterDate)
        : base(date, from)
    {
        Preconditions.CheckArgumentRange(nameof(remainingInstallments), remainingInstallments, 1, 600);
        if (capitalizedArrears is { } arrears)
        {
            Preconditions.CheckNonNegative(nameof(capitalizedArrears), arrears.Amount);
        }

        if (amortization is { Kind: AmortizationKind.Custom })
        {
            throw Preconditions.Argument("A restructuring cannot use a custom profile: choose linear, annuity or bullet.", "Une restructuration ne peut pas utiliser un profil personnalisé : choisissez linéaire, annuité ou in fine.", nameof(amortization));
        }

        RemainingInstallments = remainingInstallments;
        Amortization = amortization;
        Interest = interest;
        CapitalizedArrears = capitalizedArrears;
        Deferral = deferral is null ? [] : [.. deferral];
    }

    /// <summary>Gets the number of installments after the date.</summary>
    /// <value>1 to 600.</value>
    public int RemainingInstallments { get; }

    /// <summary>Gets the new profile.</summary>
    /// <value>Null to keep the current one.</value>
    public AmortizationProfile? Amortization { get; }

    /// <summary>Gets the new interest terms.</summary>
    /// <value>Null to keep the current ones.</value>
    public InterestTerms? Interest { get; }

    /// <summary>Gets the arrears capitalized.</summary>
    /// <value>Null for none.</value>
    public Money? CapitalizedArrears { get; }

    /// <summary>Gets the deferral phases of the new schedule.</summary>
    /// <value>Empty for none.</value>
    public IReadOnlyList<DeferralPhase> Deferral { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) =>
        other is RestructuringEvent o && o.Date == Date && o.From == From && o.RemainingInstallments == RemainingInstallments && Equals(o.Amortization, Amortization)
        && Equals(o.Interest, Interest) && o.CapitalizedArrears == CapitalizedArrears && o.Deferral.SequenceEqual(Deferral);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, RemainingInstallments, Amortization, Interest, CapitalizedArrears);
}
