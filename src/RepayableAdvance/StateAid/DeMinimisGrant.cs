using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>One de minimis grant as recorded in the register.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisGrant
{
    /// <summary>Initializes a new instance of the <see cref="DeMinimisGrant"/> class.</summary>
    /// <param name="id">A unique identifier (the grantor's reference).</param>
    /// <param name="beneficiary">The entity granted the aid (for example a SIREN).</param>
    /// <param name="grantDate">The date the legal right to the aid was conferred.</param>
    /// <param name="regime">The regime the aid is granted under.</param>
    /// <param name="grossGrantEquivalent">The GGE, in the regime's currency, zero or positive.</param>
    /// <param name="grantDateEvent">Which event fixes the grant date (for example "committee decision notified"), for audit.</param>
    /// <param name="description">A free description (scheme, advance number).</param>
    /// <exception cref="ArgumentException">An identifier is empty, or the GGE is negative or in another currency.</exception>
    public DeMinimisGrant(string id, string beneficiary, LocalDate grantDate, DeMinimisRegime regime, Money grossGrantEquivalent, string? grantDateEvent = null, string? description = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The grant needs an identifier.", "L'aide a besoin d'un identifiant.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(beneficiary), nameof(beneficiary), "The grant needs a beneficiary.", "L'aide a besoin d'un bénéficiaire.");
        Preconditions.CheckNotNull(regime);
        CurrencyMismatchException.ThrowIfDifferent(regime.Ceiling.Currency, grossGrantEquivalent.Currency);
        Preconditions.CheckNonNegative(nameof(grossGrantEquivalent), grossGrantEquivalent.Amount);
        DomainBounds.CheckAmount(grossGrantEquivalent, nameof(grossGrantEquivalent));
        DomainBounds.CheckDate(grantDate, nameof(grantDate));
        Id = id;
        Beneficiary = beneficiary;
        GrantDate = grantDate;
        Regime = regime;
        GrossGrantEquivalent = grossGrantEquivalent;
        GrantDateEvent = grantDateEvent;
        Description = description;
    }

    private DeMinimisGrant(DeMinimisGrant source, RoadFreightActivity roadFreight, bool individualAid)
        : this(source.Id, source.Beneficiary, source.GrantDate, source.Regime, source.GrossGrantEquivalent, source.GrantDateEvent, source.Description)
    {
        Preconditions.CheckDefined(roadFreight, nameof(roadFreight));
        RoadFreight = roadFreight;
        IsIndividualAid = individualAid;
    }

    /// <summary>Gets the identifier.</summary>
    /// <value>Unique in a register.</value>
    public string Id { get; }

    /// <summary>Gets the entity granted the aid.</summary>
    /// <value>An entity identifier.</value>
    public string Beneficiary { get; }

    /// <summary>Gets the grant date.</summary>
    /// <value>When the legal right was conferred.</value>
    public LocalDate GrantDate { get; }

    /// <summary>Gets the regime.</summary>
    /// <value>The regulation the aid falls under.</value>
    public DeMinimisRegime Regime { get; }

    /// <summary>Gets the gross grant equivalent.</summary>
    /// <value>Zero or positive.</value>
    public Money GrossGrantEquivalent { get; }

    /// <summary>Gets which event fixes the grant date.</summary>
    /// <value>Null when not recorded.</value>
    public string? GrantDateEvent { get; }

    /// <summary>Gets the description.</summary>
    /// <value>Null when none.</value>
    public string? Description { get; }

    /// <summary>Gets whether the beneficiary performs road freight transport for hire or reward, and whether this aid is kept apart from it.</summary>
    /// <value><see cref="RoadFreightActivity.None"/> unless stated.</value>
    public RoadFreightActivity RoadFreight { get; }

    /// <summary>Gets whether the aid is individual aid rather than aid under a scheme; individual aid has no transitional cover after a regulation expires.</summary>
    /// <value>False unless stated.</value>
    public bool IsIndividualAid { get; }

    /// <summary>Returns the grant with the beneficiary's road freight activity.</summary>
    /// <param name="roadFreight">The activity.</param>
    /// <returns>A new grant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public DeMinimisGrant WithRoadFreight(RoadFreightActivity roadFreight) => new(this, roadFreight, IsIndividualAid);

    /// <summary>Returns the grant marked as individual aid, or as aid under a scheme.</summary>
    /// <param name="individualAid">Whether it is individual aid.</param>
    /// <returns>A new grant.</returns>
    public DeMinimisGrant WithIndividualAid(bool individualAid) => new(this, RoadFreight, individualAid);

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Id}: {GrossGrantEquivalent} to {Beneficiary} on {GrantDate:uuuu-MM-dd} under {Regime.Code}");
}
