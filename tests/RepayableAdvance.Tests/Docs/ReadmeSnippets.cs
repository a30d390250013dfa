using NodaTime;
using RepayableAdvance.Sizing;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Docs;

public class ReadmeSnippets
{
    [Fact]
    public void QuickStart()
    {
        #region snippet:readme-quickstart
        var advance = Money.Euros(150_000m);
        var allIn = Rate.Max(Rate.FromPercent(1.99m), Rate.Zero) + Rate.FromBasisPoints(150m);  // Euribor floored + 150 bp = 3.49 %
        var quarter = new InterestRate(allIn, DayCountConventions.Actual360)
            .InterestOn(advance.Amount, new LocalDate(2025, 7, 15), new LocalDate(2025, 10, 15));
        var interest = RoundingPolicy.Default.Round(quarter, Currency.EUR);                      // 1,337.83 EUR
        var shares = interest.Allocate([0.6m, 0.4m]);                                            // 802.70 + 535.13, exactly
        var due = HolidayCalendars.France.Adjust(new LocalDate(2026, 5, 14), BusinessDayConvention.ModifiedFollowing); // Ascension → 15 May
        #endregion
        Assert.Equal(Money.Euros(1337.83m), interest);
        Assert.Equal([Money.Euros(802.70m), Money.Euros(535.13m)], shares);
        Assert.Equal(new LocalDate(2026, 5, 15), due);
    }
}

public class ReadmePipelineSnippets
{
    [Fact]
    public void Pipeline()
    {
        var application = RepayableAdvance.Tests.Eligibility.TestApplications.Boilermaker();
        #region snippet:readme-pipeline
        // 1. Eligibility, criterion by criterion, in French.
        var decision = SchemePresets.HautsDeFrancePrevention.VersionOn(application.AsOf).Eligibility.Evaluate(application);
        Assert.True(decision.IsEligible);
        var why = decision.Explain(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

        // 2. Sizing, with the binding constraint.
        var sized = SchemePresets.HautsDeFrancePrevention.VersionOn(application.AsOf).Sizing.Evaluate(application);
        Assert.Equal(Money.Euros(150_000m), sized.Amount);                       // two months of payroll
        Assert.IsType<PayrollMonthsRule>(sized.BindingConstraint!.Rule);   // typed: match on the rule, or on its Code

        // 3. The schedule: 5 years quarterly, 1 year of principal deferral, Euribor 3M + 150 bp floored at 0 %.
        var euribor = new IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);
        var terms = new ScheduleTerms(
            [new Tranche(new LocalDate(2025, 8, 1), sized.Amount!.Value)], 20, Frequency.Quarterly, AmortizationProfile.Linear,
            InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, fixingDate: new LocalDate(2025, 7, 15)),
                AccrualBasis.Of(DayCountConventions.Actual360)),
            deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)],
            calendar: HolidayCalendars.France, convention: BusinessDayConvention.ModifiedFollowing);
        var schedule = RepaymentSchedule.Generate(terms, euribor);
        Assert.Equal(Money.Euros(150_000m), schedule.TotalPrincipal);

        // 4. A repayment shared between the Region and the Chamber of Commerce, to the cent.
        var shares = schedule.Installments[4].TotalDue.Allocate([0.6m, 0.4m]);
        Assert.Equal(schedule.Installments[4].TotalDue, shares[0] + shares[1]);
        #endregion
        Assert.NotEmpty(why);
    }
}
