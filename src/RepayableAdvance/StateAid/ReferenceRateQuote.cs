using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>The reference and discount rates for one grant, with every input kept for audit.</summary>
/// <remarks>
/// Reference rate = base rate + margin (the margin from the grid for the borrower's rating category and collateral);
/// discount rate = base rate + 100 bp. Build one with <see cref="For"/>.
/// </remarks>
/// <param name="Country">The base-rate column used.</param>
/// <param name="Date">The date the rates apply to (the grant date, or a rescheduling date).</param>
/// <param name="BaseRate">The base-rate entry in force on that date.</param>
/// <param name="Risk">The borrower's risk profile.</param>
/// <param name="Margin">The margin applied.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReferenceRateQuote(string Country, LocalDate Date, BaseRateEntry BaseRate, RiskProfile Risk, Rate Margin)
{
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
}
