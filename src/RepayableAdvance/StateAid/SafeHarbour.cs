namespace RepayableAdvance.StateAid;

/// <summary>The loan safe harbour of the de minimis regulations: a secured loan's GGE as a proportion of the ceiling.</summary>
/// <remarks>
/// <para>Art. 4(3)(b) of Regulation 2023/2831: a loan secured by collateral covering at least 50 % of it, of
/// EUR 1,500,000 over 5 years or EUR 750,000 over 10 years, is taken as EUR 300,000 of aid; a smaller or shorter loan
/// gets the corresponding proportion. Both equivalences give GGE = ceiling × (principal × years) ÷ (loan × 5), that is
/// 4 % × principal × years for the general and legacy regimes.</para>
/// <para>Our reading of the limits (confirm with counsel): the principal may not exceed the safe-harbour loan, the term
/// may not exceed 10 years, and principal × years may not exceed loan × 5. Unsecured advances cannot use this route.</para>
/// </remarks>
public static class SafeHarbour
{
    /// <summary>The minimum collateral coverage, 50 %.</summary>
    public static readonly Rate MinimumCollateral = Rate.FromPercent(50m);

    /// <summary>Computes the safe-harbour GGE of a secured loan.</summary>
    /// <param name="principal">The loan's principal, positive.</param>
    /// <param name="termMonths">The term in months, 1 to 120.</param>
    /// <param name="collateralCoverage">The share of the loan covered by collateral.</param>
    /// <param name="regime">The regime; null for <see cref="DeMinimisRegime.General2023"/>.</param>
    /// <param name="roadFreight">The borrower's road freight activity: aid to road freight uses the regime's road freight ceiling and loan (Art. 4(3)(b) of Regulation 1407/2013: EUR 500,000 over five years equated with EUR 100,000).</param>
    /// <returns>The GGE, rounded half-even to the minor unit.</returns>
    /// <exception cref="StateAidRuleException">
    /// The regime has no safe harbour (rule <c>safeHarbourRegime</c>), the collateral covers less than 50 %
    /// (<c>safeHarbourCollateral</c>), the principal or principal × years exceeds the equivalence
    /// (<c>safeHarbourAmount</c>), or the term exceeds 10 years (<c>safeHarbourTerm</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The principal is not positive, the term is not positive, or the coverage is outside 0–100 %.</exception>
    public static Money GrossGrantEquivalent(Money principal, int termMonths, Rate collateralCoverage, DeMinimisRegime? regime = null, RoadFreightActivity roadFreight = RoadFreightActivity.None)
    {
        var r = regime ?? DeMinimisRegime.General2023;
        Preconditions.CheckDefined(roadFreight, nameof(roadFreight));
        var road = roadFreight == RoadFreightActivity.RoadFreight && r.RoadFreightCeiling is not null;
        Preconditions.CheckPositive(nameof(principal), principal.Amount);
        Preconditions.CheckPositive(nameof(termMonths), termMonths);
        Preconditions.CheckArgumentRange(nameof(collateralCoverage), collateralCoverage.Value, 0m, 1m);
        if ((road ? r.RoadFreightSafeHarbourLoan : r.SafeHarbourLoan) is not { } loan)
        {
            throw new StateAidRuleException(StateAidRule.SafeHarbourRegime, new Reason(ReasonCodes.StateAid.RefusedSafeHarbourRegime, ReasonArgument.Text("regime", r.Name)), Preconditions.Invariant($"{r.Name} has no loan safe harbour; compute the GGE with the reference rate instead."));
        }

        CurrencyMismatchException.ThrowIfDifferent(loan.Currency, principal.Currency);
        if (collateralCoverage < MinimumCollateral)
        {
            throw new StateAidRuleException(StateAidRule.SafeHarbourCollateral, new Reason(ReasonCodes.StateAid.RefusedSafeHarbourCollateral, ReasonArgument.Rate("coverage", collateralCoverage), ReasonArgument.Rate("minimum", MinimumCollateral)), Preconditions.Invariant($"Collateral covers {collateralCoverage} of the loan; the safe harbour needs at least {MinimumCollateral}. An unsecured advance needs the full reference-rate calculation."));
        }

        if (termMonths > 120)
        {
            throw new StateAidRuleException(StateAidRule.SafeHarbourTerm, new Reason(ReasonCodes.StateAid.RefusedSafeHarbourTerm, ReasonArgument.WholeNumber("termMonths", termMonths)), Preconditions.Invariant($"The term is {termMonths} months; the safe harbour covers loans of up to 10 years (120 months)."));
        }

        var maxProduct = loan.Amount * r.SafeHarbourYears * 12m;
        if (principal > loan || principal.Amount * termMonths > maxProduct)
        {
            throw new StateAidRuleException(StateAidRule.SafeHarbourAmount, new Reason(ReasonCodes.StateAid.RefusedSafeHarbourAmount, ReasonArgument.Money("principal", principal), ReasonArgument.WholeNumber("termMonths", termMonths), ReasonArgument.Text("regime", r.Name), ReasonArgument.Money("maximum", loan), ReasonArgument.Number("years", r.SafeHarbourYears)), Preconditions.Invariant($"A loan of {principal} over {termMonths} months exceeds the safe harbour of {r.Name}: at most {loan} and {loan} × {r.SafeHarbourYears} years of principal-years."));
        }

        var ceiling = road ? r.RoadFreightCeiling!.Amount : r.Ceiling;
        return RoundingPolicy.Default.Round(ceiling.Amount * principal.Amount * termMonths / maxProduct, principal.Currency);
    }
}
