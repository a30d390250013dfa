using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Worked examples published with Fineract, QuantLib and Frappe, to the cent.</summary>
public class PublishedScheduleTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    private static ScheduleTerms FineractRs(int installments, AmortizationProfile profile, params DeferralPhase[] deferral) =>
        new(
            [new Tranche(D(2022, 11, 1), E(5000m))],
            installments,
            Frequency.Monthly,
            profile,
            InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic),
            deferral: deferral,
            rounding: new ScheduleRounding(RoundingPolicy.Default, installmentIncrement: profile.Kind == AmortizationKind.Annuity ? 1m : null));

    [Fact]
    public void FineractC1_ProgressiveEmi_30_360()
    {
        var terms = ScheduleTerms.Create(Money.FromMinorUnits(10000, Currency.USD), D(2024, 1, 1), 6, Frequency.Monthly, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(9.4822m), AccrualBasis.Of(DayCountConventions.ThirtyE360)));
        var s = RepaymentSchedule.Generate(terms);
        Assert.All(s.Installments, i => Assert.Equal(17.13m, i.TotalDue.Amount));
        Assert.Equal([0.79m, 0.66m, 0.53m, 0.40m, 0.27m, 0.13m], s.Installments.Select(i => i.Interest.Amount));
        Assert.Equal([16.34m, 16.47m, 16.60m, 16.73m, 16.86m, 17.00m], s.Installments.Select(i => i.Principal.Amount));
        Assert.Equal([83.66m, 67.19m, 50.59m, 33.86m, 17.00m, 0.00m], s.Installments.Select(i => i.OutstandingAfter.Amount));
        Assert.Equal([D(2024, 2, 1), D(2024, 3, 1), D(2024, 4, 1), D(2024, 5, 1), D(2024, 6, 1), D(2024, 7, 1)], s.Installments.Select(i => i.DueDate));
    }

    [Fact]
    public void FineractC1_Actual365_ResidueOnLast()
    {
        var terms = ScheduleTerms.Create(Money.FromMinorUnits(10000, Currency.USD), D(2024, 1, 1), 6, Frequency.Monthly, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(15.678m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal([17.43m, 17.43m, 17.43m, 17.43m, 17.43m, 17.47m], s.Installments.Select(i => i.TotalDue.Amount));
        Assert.Equal([1.33m, 1.05m, 0.90m, 0.66m, 0.46m, 0.22m], s.Installments.Select(i => i.Interest.Amount));
    }

    [Fact]
    public void FineractC1_ZeroRate()
    {
        var terms = ScheduleTerms.Create(E(1000m), D(2024, 1, 1), 4, Frequency.Monthly, AmortizationProfile.Annuity, InterestTerms.Zero);
        var s = RepaymentSchedule.Generate(terms);
        Assert.All(s.Installments, i => Assert.Equal(E(250m), i.TotalDue));
        Assert.Equal([750m, 500m, 250m, 0m], s.Installments.Select(i => i.OutstandingAfter.Amount));
    }

    [Fact]
    public void FineractC2_Rs02_AnnuityRoundedToWholeUnits()
    {
        var s = RepaymentSchedule.Generate(FineractRs(18, AmortizationProfile.Annuity));
        Assert.All(s.Installments.Take(17), i => Assert.Equal(305m, i.TotalDue.Amount));
        AssertRow(s, 1, 255.00m, 50.00m, 4745.00m);
        AssertRow(s, 2, 257.55m, 47.45m, 4487.45m);
        AssertRow(s, 17, 299.01m, 5.99m, 300.22m);
        AssertRow(s, 18, 300.22m, 3.00m, 0m);
        Assert.Equal(303.22m, s.Installments[17].TotalDue.Amount);
        Assert.Equal(E(5000m), s.TotalPrincipal);
        Assert.Equal(E(488.22m), s.TotalInterest);
        Assert.Equal(E(5488.22m), s.TotalDue);
        Assert.Equal(D(2022, 12, 1), s.Installments[0].DueDate);
    }

    [Fact]
    public void FineractC3_Rs05_PrincipalDeferral3()
    {
        var s = RepaymentSchedule.Generate(FineractRs(18, AmortizationProfile.Annuity, DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 3)));
        for (var n = 1; n <= 3; n++)
        {
            AssertRow(s, n, 0m, 50m, 5000m);
        }

        AssertRow(s, 4, 311m, 50m, 4689m);
        Assert.Equal(361m, s.Installments[3].TotalDue.Amount);
        AssertRow(s, 5, 314.11m, 46.89m, 4374.89m);
        AssertRow(s, 17, 353.95m, 7.05m, 351.36m);
        AssertRow(s, 18, 351.36m, 3.51m, 0m);
        Assert.Equal(354.87m, s.Installments[17].TotalDue.Amount);
        Assert.Equal(E(558.87m), s.TotalInterest);
        Assert.Equal(E(5558.87m), s.TotalDue);
    }

    [Fact]
    public void FineractC3_Rs06_PrincipalDeferral6()
    {
        var s = RepaymentSchedule.Generate(FineractRs(18, AmortizationProfile.Annuity, DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 6)));
        Assert.All(s.Installments.Take(6), i => Assert.Equal(50m, i.TotalDue.Amount));
        AssertRow(s, 7, 394m, 50m, 4606m);
        AssertRow(s, 18, 442.66m, 4.43m, 0m);
        Assert.Equal(447.09m, s.Installments[17].TotalDue.Amount);
        Assert.Equal(E(631.09m), s.TotalInterest);
        Assert.Equal(E(5631.09m), s.TotalDue);
    }

    [Fact]
    public void FineractC3_Rs07_InterestDeferredThenPrincipalDeferral()
    {
        // RS07 really runs with 3 periods of interest-payment grace inside 6 of principal grace (see schedules.md, B extra finding).
        var s = RepaymentSchedule.Generate(FineractRs(
            18,
            AmortizationProfile.Annuity,
            DeferralPhase.ForInstallments(SchedulePhase.InterestDeferred, 3),
            DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 3)));
        Assert.All(s.Installments.Take(3), i => Assert.Equal(0m, i.TotalDue.Amount));
        Assert.All(s.Installments.Take(3), i => Assert.Equal(50m, i.InterestAccrued.Amount));
        Assert.Equal(200m, s.Installments[3].Interest.Amount);
        Assert.Equal(50m, s.Installments[4].Interest.Amount);
        Assert.Equal(50m, s.Installments[5].Interest.Amount);
        var rs06 = RepaymentSchedule.Generate(FineractRs(18, AmortizationProfile.Annuity, DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 6)));
        Assert.Equal(rs06.Installments.Skip(6), s.Installments.Skip(6));
        Assert.Equal(E(631.09m), s.TotalInterest);
    }

    [Fact]
    public void FineractC4_Rs04_Linear()
    {
        var s = RepaymentSchedule.Generate(FineractRs(18, AmortizationProfile.Linear));
        Assert.All(s.Installments.Take(17), i => Assert.Equal(277.78m, i.Principal.Amount));
        Assert.Equal(
            [50.0m, 47.22m, 44.44m, 41.67m, 38.89m, 36.11m, 33.33m, 30.56m, 27.78m, 25.0m, 22.22m, 19.44m, 16.67m, 13.89m, 11.11m, 8.33m, 5.56m, 2.78m],
            s.Installments.Select(i => i.Interest.Amount));
        AssertRow(s, 18, 277.74m, 2.78m, 0m);
        Assert.Equal(280.52m, s.Installments[17].TotalDue.Amount);
        Assert.Equal(E(475m), s.TotalInterest);
        Assert.Equal(E(5475m), s.TotalDue);
    }

    [Fact]
    public void FineractC4_Rs04_Linear_WithGraceOnInterestPayment3()
    {
        // RS04 with Fineract's graceOnInterestPayment = 3. Fineract's rule (LoanApplicationTerms.calculateTotalInterestForPeriod,
        // https://github.com/apache/fineract, fineract-provider, declining balance): in the first 3 periods the interest is
        // computed on the declining balance but brought forward, not paid; the first period after the grace pays it with its own.
        // Equal principal is repaid from the first period. So rows 1–3 pay 277.78 of principal and no interest, row 4 pays
        // 50.00 + 47.22 + 44.44 + 41.67 = 183.33, and every later row is RS04's.
        var s = RepaymentSchedule.Generate(FineractRs(18, AmortizationProfile.Linear, DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, 3)));
        Assert.All(s.Installments.Take(17), i => Assert.Equal(277.78m, i.Principal.Amount));
        Assert.Equal(
            [0m, 0m, 0m, 183.33m, 38.89m, 36.11m, 33.33m, 30.56m, 27.78m, 25.0m, 22.22m, 19.44m, 16.67m, 13.89m, 11.11m, 8.33m, 5.56m, 2.78m],
            s.Installments.Select(i => i.Interest.Amount));
        Assert.Equal([SchedulePhase.InterestGrace, SchedulePhase.InterestGrace, SchedulePhase.InterestGrace, SchedulePhase.Amortization], s.Installments.Take(4).Select(i => i.Phase));
        AssertRow(s, 4, 277.78m, 183.33m, 3888.88m);
        Assert.Equal(E(475m), s.TotalInterest);
        Assert.Equal(E(5475m), s.TotalDue);
    }

    [Theory]
    [InlineData(0, "0.277777778")]
    [InlineData(1, "0.321639520")]
    [InlineData(2, "0.369619473")]
    [InlineData(3, "0.421604034")]
    [InlineData(4, "0.477415295")]
    [InlineData(5, "0.536821623")]
    [InlineData(6, "0.599550525")]
    [InlineData(7, "0.665302495")]
    [InlineData(8, "0.733764574")]
    [InlineData(9, "0.804622617")]
    [InlineData(10, "0.877571570")]
    [InlineData(11, "0.952323396")]
    [InlineData(12, "1.028612597")]
    public void QuantLibC8_AnnuityPayment_360Months(int percent, string expected)
    {
        var terms = ScheduleTerms.Create(E(100m), D(2024, 1, 1), 360, Frequency.Monthly, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(percent), AccrualBasis.Periodic));
        var periods = SchedulePlanner.Periods(terms, null);
        var payment = ScheduleEngine.AnnuityPayment(100m, periods, 0);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), decimal.Round(payment, 9, MidpointRounding.ToEven));
    }

    [Fact]
    public void FrappeC12_ExactAnnuity_NotRoundedUp()
    {
        var a = RepaymentSchedule.Generate(ScheduleTerms.Create(E(100_000m), D(2024, 1, 1), 36, Frequency.Monthly, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(9.99m), AccrualBasis.Periodic)));
        Assert.Equal(3226.25m, a.Installments[0].TotalDue.Amount);
        Assert.Equal(36, a.Installments.Count(i => i.Principal.IsPositive));
        Assert.Equal(E(0m), a.Installments[^1].OutstandingAfter);

        var b = RepaymentSchedule.Generate(ScheduleTerms.Create(E(130m), D(2024, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(20m), AccrualBasis.Periodic)));
        Assert.Equal(12.04m, b.Installments[0].TotalDue.Amount);
        Assert.Equal(12, b.Installments.Count(i => i.Principal.IsPositive));
    }

    private static void AssertRow(RepaymentSchedule s, int number, decimal principal, decimal interest, decimal outstanding)
    {
        var row = s.Installments[number - 1];
        Assert.Equal(number, row.Number);
        Assert.Equal(principal, row.Principal.Amount);
        Assert.Equal(interest, row.Interest.Amount);
        Assert.Equal(outstanding, row.OutstandingAfter.Amount);
    }
}
