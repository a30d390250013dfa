using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>One immutable event of a fund ledger.</summary>
/// <remarks>
/// Build events with the static factories; each checks its own amounts (positive, one currency). The ledger checks
/// the transition against its state (<see cref="FundLedger.TryAppend"/>). <see cref="Reference"/> is the co-funder
/// for contributions, the advance for commitments, cancellations, disbursements, repayments, write-offs and
/// recoveries, and a description for fees.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FundEvent
{
    private FundEvent(FundEventKind kind, LocalDate date, string reference, Money amount, Money interest)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reference), nameof(reference), $"A {EnumText.Of(kind)} event needs a {(kind == FundEventKind.Contribution ? "co-funder" : kind == FundEventKind.Fee ? "description" : "advance")} reference.", $"Un événement {EnumText.Of(kind)} exige une référence {(kind == FundEventKind.Contribution ? "de cofinanceur" : kind == FundEventKind.Fee ? "de description" : "d'avance")}.");
        CurrencyMismatchException.ThrowIfDifferent(amount.Currency, interest.Currency);
        DomainBounds.CheckDate(date, nameof(date));
        DomainBounds.CheckAmount(amount, nameof(amount));
        DomainBounds.CheckAmount(interest, nameof(interest));
        Preconditions.CheckArgument(amount.Amount >= 0m && interest.Amount >= 0m && (amount.IsPositive || interest.IsPositive), nameof(amount), $"The {EnumText.Of(kind)} of {reference} on {date:uuuu-MM-dd} has amount {amount} and interest {interest}: amounts must be positive.", $"L'événement {EnumText.Of(kind)} de {reference} du {date:uuuu-MM-dd} a un montant de {amount} et des intérêts de {interest} : les montants doivent être positifs.");
        Kind = kind;
        Date = date;
        Reference = reference;
        Amount = amount;
        Interest = interest;
    }

    /// <summary>Gets the kind.</summary>
    /// <value>Contribution, commitment, etc.</value>
    public FundEventKind Kind { get; }

    /// <summary>Gets the value date.</summary>
    /// <value>Events are appended in date order.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the co-funder, advance or fee description.</summary>
    /// <value>A non-empty identifier.</value>
    public string Reference { get; }

    /// <summary>Gets the amount: the principal for repayments, the whole amount otherwise.</summary>
    /// <value>Zero or positive.</value>
    public Money Amount { get; }

    /// <summary>Gets the interest, for repayments (zero otherwise).</summary>
    /// <value>Zero or positive.</value>
    public Money Interest { get; }

    /// <summary>Gets the currency.</summary>
    /// <value>The amount's currency.</value>
    public Currency Currency => Amount.Currency;

    /// <summary>Creates a contribution.</summary>
    /// <param name="date">The date.</param>
    /// <param name="coFunder">The co-funder's identifier.</param>
    /// <param name="amount">The positive amount.</param>
    /// <returns>The event.</returns>
    public static FundEvent Contribution(LocalDate date, string coFunder, Money amount) => new(FundEventKind.Contribution, date, coFunder, amount, Money.Zero(amount.Currency));

    /// <summary>Creates a commitment (a committee decision).</summary>
    /// <param name="date">The decision date.</param>
    /// <param name="advance">The advance's identifier (unique in the fund).</param>
    /// <param name="amount">The positive amount committed.</param>
    /// <returns>The event.</returns>
    public static FundEvent Commitment(LocalDate date, string advance, Money amount) => new(FundEventKind.Commitment, date, advance, amount, Money.Zero(amount.Currency));

    /// <summary>Creates a cancellation of an undisbursed commitment.</summary>
    /// <param name="date">The date.</param>
    /// <param name="advance">The advance.</param>
    /// <param name="amount">The positive amount cancelled.</param>
    /// <returns>The event.</returns>
    public static FundEvent Cancellation(LocalDate date, string advance, Money amount) => new(FundEventKind.Cancellation, date, advance, amount, Money.Zero(amount.Currency));

    /// <summary>Creates a disbursement (a tranche).</summary>
    /// <param name="date">The date.</param>
    /// <param name="advance">The advance.</param>
    /// <param name="amount">The positive amount paid out.</param>
    /// <returns>The event.</returns>
    public static FundEvent Disbursement(LocalDate date, string advance, Money amount) => new(FundEventKind.Disbursement, date, advance, amount, Money.Zero(amount.Currency));

    /// <summary>Creates a repayment.</summary>
    /// <param name="date">The date.</param>
    /// <param name="advance">The advance.</param>
    /// <param name="principal">The principal repaid (zero or positive).</param>
    /// <param name="interest">The interest paid (zero or positive); one of the two must be positive.</param>
    /// <returns>The event.</returns>
    public static FundEvent Repayment(LocalDate date, string advance, Money principal, Money interest) => new(FundEventKind.Repayment, date, advance, principal, interest);

    /// <summary>Creates a write-off of outstanding principal.</summary>
    /// <param name="date">The date.</param>
    /// <param name="advance">The advance.</param>
    /// <param name="amount">The positive principal written off.</param>
    /// <returns>The event.</returns>
    public static FundEvent WriteOff(LocalDate date, string advance, Money amount) => new(FundEventKind.WriteOff, date, advance, amount, Money.Zero(amount.Currency));

    /// <summary>Creates a recovery on a written-off advance.</summary>
    /// <param name="date">The date.</param>
    /// <param name="advance">The advance.</param>
    /// <param name="amount">The positive amount recovered.</param>
    /// <returns>The event.</returns>
    public static FundEvent Recovery(LocalDate date, string advance, Money amount) => new(FundEventKind.Recovery, date, advance, amount, Money.Zero(amount.Currency));

    /// <summary>Creates a fee or management cost paid out of the fund.</summary>
    /// <param name="date">The date.</param>
    /// <param name="description">What the fee is.</param>
    /// <param name="amount">The positive amount.</param>
    /// <returns>The event.</returns>
    public static FundEvent Fee(LocalDate date, string description, Money amount) => new(FundEventKind.Fee, date, description, amount, Money.Zero(amount.Currency));

    /// <inheritdoc/>
    public override string ToString() => Kind == FundEventKind.Repayment
        ? Preconditions.Invariant($"{Date:uuuu-MM-dd} repayment {Reference}: principal {Amount}, interest {Interest}")
        : Preconditions.Invariant($"{Date:uuuu-MM-dd} {EnumText.Of(Kind).ToLowerInvariant()} {Reference}: {Amount}");
}
