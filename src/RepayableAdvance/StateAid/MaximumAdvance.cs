using NodaTime;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.StateAid;

/// <summary>Solves for the largest advance whose gross grant equivalent fits the de minimis headroom.</summary>
/// <remarks>
/// The GGE grows with the principal, but cent rounding of the schedule makes it a step function rather than a
/// straight line. The solver bisects on whole cents between an amount that fits and one that does not, so its
/// result always fits and one cent more never does; it generates about 25 schedules for a EUR 300,000 bound.
/// </remarks>
public static class MaximumAdvance
{
    /// <summary>Finds the largest amount, to the cent, whose GGE is at most the headroom.</summary>
    /// <param name="headroom">The headroom, zero or positive.</param>
    /// <param name="terms">How schedules and GGEs are computed.</param>
    /// <returns>The amount with the evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The headroom is negative, or the bound is not positive; either is beyond <see cref="DomainBounds.MaxAmount"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The headroom and the bound are in different currencies.</exception>
    /// <exception cref="Scheduling.ScheduleRefusedException">The terms' schedule function refuses an amount (see <see cref="Scheduling.RepaymentSchedule.Generate"/>).</exception>
    /// <exception cref="StateAidRuleException">The GGE refuses the schedule (see <see cref="GrantEquivalentCalculator.Compute"/>).</exception>
    public static MaximumAdvanceResult Solve(Money headroom, AdvanceAidTerms terms)
    {
        Preconditions.CheckNotNull(terms);
        Preconditions.CheckNonNegative(nameof(headroom), headroom.Amount);
        Preconditions.CheckPositive(nameof(terms), terms.UpperBound.Amount);
        DomainBounds.CheckAmount(headroom, nameof(headroom));
        DomainBounds.CheckAmount(terms.UpperBound, nameof(terms));
        CurrencyMismatchException.ThrowIfDifferent(headroom.Currency, terms.UpperBound.Currency);
        var currency = terms.UpperBound.Currency;
        var upper = (long)terms.UpperBound.MinorUnits;
        var atUpper = Gge(upper);
        if (atUpper.Amount <= headroom)
        {
            return new MaximumAdvanceResult(terms.UpperBound, atUpper, null, headroom, true);
        }

        // Invariant: lo fits (0 trivially), hi does not.
        long lo = 0, hi = upper;
        GrantEquivalent? loGge = null;
        var hiGge = atUpper;

        // A first guess from proportionality narrows the bracket before bisecting.
        if (atUpper.Amount.IsPositive)
        {
            var guess = (long)(upper * (headroom.Amount / atUpper.Amount.Amount));
            foreach (var candidate in new[] { guess - 100, guess + 100 })
            {
                if (candidate > lo && candidate < hi)
                {
                    var g = Gge(candidate);
                    if (g.Amount <= headroom)
                    {
                        (lo, loGge) = (candidate, g);
                    }
                    else
                    {
                        (hi, hiGge) = (candidate, g);
                    }
                }
            }
        }

        while (hi - lo > 1)
        {
            var mid = lo + ((hi - lo) / 2);
            var g = Gge(mid);
            if (g.Amount <= headroom)
            {
                (lo, loGge) = (mid, g);
            }
            else
            {
                (hi, hiGge) = (mid, g);
            }
        }

        return new MaximumAdvanceResult(Money.FromMinorUnits(lo, currency), loGge, hiGge.Amount, headroom, false);

        GrantEquivalent Gge(long cents) =>
            GrantEquivalentCalculator.Compute(terms.ScheduleFor(Money.FromMinorUnits(cents, currency)), terms.Quote, terms.Method, terms.Convention);
    }

    /// <summary>Builds the de minimis cap for sizing: the largest advance whose GGE fits the register's headroom.</summary>
    /// <param name="register">The de minimis register.</param>
    /// <param name="regime">The regime the advance is granted under.</param>
    /// <param name="grantDate">The expected grant date.</param>
    /// <param name="termsFor">The aid terms for an application (beneficiary, rates, terms template).</param>
    /// <returns>A function to pass as <see cref="SizingContext.DeMinimisCap"/>.</returns>
    public static Func<Application, Money?> SizingCap(DeMinimisRegister register, DeMinimisRegime regime, LocalDate grantDate, Func<Application, AdvanceAidTerms> termsFor) =>
        SizingCap(register, regime, grantDate, RoadFreightActivity.None, termsFor);

    /// <summary>Builds the de minimis cap for sizing for a beneficiary with a road freight activity: the largest advance whose GGE fits every ceiling that would count it.</summary>
    /// <param name="register">The de minimis register.</param>
    /// <param name="regime">The regime the advance is granted under.</param>
    /// <param name="grantDate">The expected grant date.</param>
    /// <param name="roadFreight">The beneficiary's road freight activity.</param>
    /// <param name="termsFor">The aid terms for an application (beneficiary, rates, terms template).</param>
    /// <returns>A function to pass as <see cref="SizingContext.DeMinimisCap"/>.</returns>
    public static Func<Application, Money?> SizingCap(DeMinimisRegister register, DeMinimisRegime regime, LocalDate grantDate, RoadFreightActivity roadFreight, Func<Application, AdvanceAidTerms> termsFor)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckNotNull(regime);
        Preconditions.CheckNotNull(termsFor);
        Preconditions.CheckDefined(roadFreight, nameof(roadFreight));
        return application =>
        {
            var terms = termsFor(application);
            var headroom = register.Check(new DeMinimisGrant("proposed", terms.Beneficiary, grantDate, regime, Money.Zero(regime.Ceiling.Currency)).WithRoadFreight(roadFreight)).HeadroomBefore;
            return Solve(headroom, terms).Amount;
        };
    }
}
