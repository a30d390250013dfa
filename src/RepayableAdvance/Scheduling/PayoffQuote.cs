using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>The amount to repay an advance in full on a date: outstanding principal plus accrued interest.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PayoffQuote : IEquatable<PayoffQuote>
{
    internal PayoffQuote(LocalDate date, Money principal, Money accruedInterest)
    {
        Date = date;
        Principal = principal;
        AccruedInterest = accruedInterest;
    }

    /// <summary>Gets the payoff date.</summary>
    /// <value>The date quoted.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the outstanding principal.</summary>
    /// <value>After the installments due by the date.</value>
    public Money Principal { get; }

    /// <summary>Gets the interest accrued since the last due date, plus any deferred interest not yet paid.</summary>
    /// <value>Rounded with the terms' policy.</value>
    public Money AccruedInterest { get; }

    /// <summary>Gets the total to pay.</summary>
    /// <value>Principal plus accrued interest.</value>
    public Money Total => Principal + AccruedInterest;

    /// <inheritdoc/>
    public bool Equals(PayoffQuote? other) => other is not null && Date == other.Date && Principal == other.Principal && AccruedInterest == other.AccruedInterest;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PayoffQuote);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Principal, AccruedInterest);

    /// <summary>Formats the quote.</summary>
    /// <returns>For example <c>2026-03-15: principal 100000.00 EUR + interest 290.83 EUR</c>.</returns>
    public override string ToString() => Preconditions.Invariant($"{Date:uuuu-MM-dd}: principal {Principal} + interest {AccruedInterest}");
}
