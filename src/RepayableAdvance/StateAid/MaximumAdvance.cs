using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.StateAid;

/// <summary>What the State-aid side needs to size an advance: the beneficiary, the rates and how terms are built for an amount.</summary>
/// <param name="Beneficiary">The entity in the de minimis register.</param>
/// <param name="Quote">The reference and discount rates at the grant date.</param>
/// <param name="ScheduleFor">Builds the advance's schedule for a principal (the scheme's terms template).</param>
/// <param name="UpperBound">The largest amount worth testing (the scheme maximum).</param>
/// <param name="Method">The GGE method.</param>
/// <param name="Convention">The discounting convention; null for the default.</param>
/// <threadsafety>This type is immutable and thread-safe if <paramref name="ScheduleFor"/> is.</threadsafety>
public sealed record AdvanceAidTerms(
    string Beneficiary,
    ReferenceRateQuote Quote,
    Func<Money, RepaymentSchedule> ScheduleFor,
    Money UpperBound,
    GrantEquivalentMethod Method = GrantEquivalentMethod.DifferentialAtDiscountRate,
    GrantEquivalentConvention? Convention = null);

/// <summary>The largest advance whose GGE fits a headroom, with the evidence.</summary>
/// <param name="Amount">The amount, to the cent (zero when not even one cent fits).</param>
/// <param name="GrossGrantEquivalent">Its GGE (null when the amount is zero).</param>
/// <param name="NextCentGrossGrantEquivalent">The GGE of one cent more (null when the amount is the upper bound).</param>
/// <param name="Headroom">The headroom solved against.</param>
/// <param name="LimitedByUpperBound">Whether the upper bound, not the headroom, decided.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MaximumAdvanceResult(Money Amount, GrantEquivalent? GrossGrantEquivalent, Money? NextCentGrossGrantEquivalent, Money Headroom, bool LimitedByUpperBound);

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
    public static Func<Application, Money?> SizingCap(DeMinimisRegister register, DeMinimisRegime regime, LocalDate grantDate, Func<Application, AdvanceAidTerms> termsFor)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckNotNull(regime);
        Preconditions.CheckNotNull(termsFor);
        return application =>
        {
            var terms = termsFor(application);
            var headroom = register.Headroom(terms.Beneficiary, regime, grantDate);
            return Solve(headroom, terms).Amount;
        };
    }
}
