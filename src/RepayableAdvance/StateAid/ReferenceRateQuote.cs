using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>The reference and discount rates for one grant, with every input kept for audit.</summary>
/// <remarks>
/// <para>Reference rate = base rate + margin (the margin from the grid for the borrower's rating category and
/// collateral); discount rate = base rate + 100 bp. Build one with <see cref="For"/>, or with the constructor for a
/// margin of your own grid.</para>
/// <para>The base rate is the one in force on the quote's date, in the quote's column: the constructor checks it, and
/// the type has no <c>with</c>, so no copy can pair a date with a base rate that did not apply to it.
/// <see cref="WithMargin"/> changes only the margin, which depends on the grid the caller used.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ReferenceRateQuote : IEquatable<ReferenceRateQuote>
{
    /// <summary>Initializes a new instance of the <see cref="ReferenceRateQuote"/> class.</summary>
    /// <param name="country">The base-rate column used.</param>
    /// <param name="date">The date the rates apply to (the grant date, or a rescheduling date).</param>
    /// <param name="baseRate">The base-rate entry in force on that date, in that column.</param>
    /// <param name="risk">The borrower's risk profile.</param>
    /// <param name="margin">The margin applied, from −100 % to 100 %.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The entry is another column's, or not in force on the date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The margin is outside −100 % to 100 %.</exception>
    public ReferenceRateQuote(string country, LocalDate date, BaseRateEntry baseRate, RiskProfile risk, Rate margin)
    {
        Preconditions.CheckNotNull(country);
        Preconditions.CheckNotNull(baseRate);
        Preconditions.CheckNotNull(risk);
        Preconditions.CheckArgument(
            string.Equals(baseRate.Country, country, StringComparison.Ordinal),
            nameof(baseRate),
            Preconditions.Invariant($"The base rate {baseRate} is the {baseRate.Country} column's, not {country}'s."), Preconditions.Invariant($"Le taux de base {baseRate} est celui de la colonne {baseRate.Country}, pas de {country}."));
        Preconditions.CheckArgument(
            baseRate.From <= date && (baseRate.To is not { } to || date <= to),
            nameof(baseRate),
            Preconditions.Invariant($"The base rate {baseRate} is not in force on {date:uuuu-MM-dd}: quote the rate in force on that date."), Preconditions.Invariant($"Le taux de base {baseRate} n'est pas en vigueur le {date:uuuu-MM-dd} : citez le taux en vigueur à cette date."));
        Preconditions.CheckArgumentRange(nameof(margin), margin.Value, DomainBounds.MinRate.Value, DomainBounds.MaxRate.Value);
        Country = country;
        Date = date;
        BaseRate = baseRate;
        Risk = risk;
        Margin = margin;
    }

    /// <summary>Gets the base-rate column used.</summary>
    /// <value>Such as <c>FR</c>.</value>
    public string Country { get; }

    /// <summary>Gets the date the rates apply to.</summary>
    /// <value>The grant date, or a rescheduling date.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the base-rate entry in force on <see cref="Date"/>.</summary>
    /// <value>The entry, in the <see cref="Country"/> column.</value>
    public BaseRateEntry BaseRate { get; }

    /// <summary>Gets the borrower's risk profile.</summary>
    /// <value>Rating category and collateral.</value>
    public RiskProfile Risk { get; }

    /// <summary>Gets the margin applied.</summary>
    /// <value>From the grid for <see cref="Risk"/>, or the caller's own.</value>
    public Rate Margin { get; }

    /// <summary>The spread of the discount rate over the base rate (100 bp).</summary>
    public static readonly Rate DiscountSpread = Rate.FromBasisPoints(100m);

    /// <summary>Gets the reference rate: base rate + margin.</summary>
    /// <value>The market proxy rate.</value>
    public Rate ReferenceRate => BaseRate.Rate + Margin;

    /// <summary>Gets the discount rate: base rate + 100 bp.</summary>
    /// <value>The rate instalments are discounted at.</value>
    public Rate DiscountRate => BaseRate.Rate + DiscountSpread;

    /// <summary>Quotes the rates for a grant.</summary>
    /// <param name="table">The base-rate table.</param>
    /// <param name="country">The base-rate column, such as <c>FR</c>.</param>
    /// <param name="date">The grant date.</param>
    /// <param name="risk">The borrower's risk profile.</param>
    /// <param name="grid">The margin grid; null for <see cref="MarginGrid.Communication2008"/>.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="StateAidRuleException">No base rate covers the date (rule <c>baseRateMissing</c>).</exception>
    public static ReferenceRateQuote For(BaseRateTable table, string country, LocalDate date, RiskProfile risk, MarginGrid? grid = null)
    {
        Preconditions.CheckNotNull(table);
        Preconditions.CheckNotNull(country);
        Preconditions.CheckNotNull(risk);
        var entry = table.RateInForce(country, date);
        return new ReferenceRateQuote(country, date, entry, risk, (grid ?? MarginGrid.Communication2008).Margin(risk));
    }

    /// <summary>Returns the same quote with another margin (a grid of the scheme's own, or a sensitivity).</summary>
    /// <param name="margin">The margin, from −100 % to 100 %.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The margin is outside −100 % to 100 %.</exception>
    public ReferenceRateQuote WithMargin(Rate margin) => new(Country, Date, BaseRate, Risk, margin);

    /// <inheritdoc/>
    public bool Equals(ReferenceRateQuote? other) =>
        other is not null
        && string.Equals(Country, other.Country, StringComparison.Ordinal)
        && Date == other.Date
        && BaseRate == other.BaseRate
        && Risk == other.Risk
        && Margin == other.Margin;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReferenceRateQuote);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Country, Date, BaseRate, Risk, Margin);

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Country} {Date:uuuu-MM-dd}: reference {ReferenceRate} (base {BaseRate.Rate} + margin {Margin}), discount {DiscountRate}");
}
