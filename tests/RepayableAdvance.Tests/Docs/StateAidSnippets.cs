using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/state-aid.md, run as tests.</summary>
public class StateAidSnippets
{
    [Fact]
    public void RatesAndGge()
    {
        #region snippet:stateaid-gge
        // 1. Base rates are data: load the Commission's table (here two rows of its CSV layout), saying the last
        //    date the rows are known to be in force; a grant after it is refused rather than guessed.
        var table = BaseRateTable.ParseCsv(
            """
            From;To;FR;DE
            1.1.2025;;2,71;2,71
            1.7.2025;;2,21;2,21
            """,
            validThrough: new LocalDate(2026, 1, 31),
            source: "https://competition-policy.ec.europa.eu/state-aid/legislation/reference-discount-rates-and-recovery-interest-rates_en");

        // 2. The borrower's risk: Banque de France 5+ maps to "Weak"; an unsecured advance is "Low" collateral.
        var grantDate = new LocalDate(2025, 7, 15);
        var risk = RiskProfile.FromRating("5+", RatingMapping.BanqueDeFrance, CollateralLevel.Low);
        var quote = ReferenceRateQuote.For(table, "FR", grantDate, risk);           // base 2.21 % + 650 bp

        // 3. The advance's actual schedule: EUR 300,000, 60 months, 12 of principal deferral, 0 %.
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(300_000m), grantDate, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));

        // 4. Method A: differential at the reference rate, discounted at the discount rate.
        var gge = GrantEquivalentCalculator.Compute(schedule, quote);
        #endregion

        Assert.Equal(Rate.FromPercent(8.71m), quote.ReferenceRate);
        Assert.Equal(Rate.FromPercent(3.21m), quote.DiscountRate);
        Assert.Equal(Money.Euros(72_417.65m), gge.Amount);
        Assert.Equal(Rate.FromDecimal(72_417.65m / 300_000m), gge.Intensity);
        Assert.Equal(Money.Euros(66_282.68m), GrantEquivalentCalculator.Compute(schedule, quote, GrantEquivalentMethod.DifferentialAtReferenceRate).Amount);
    }

    [Fact]
    public void RegisterAndMaximum()
    {
        var table = new BaseRateTable([new BaseRateEntry("FR", new LocalDate(2025, 7, 1), null, Rate.FromPercent(2.21m))], new LocalDate(2030, 12, 31));
        var grantDate = new LocalDate(2025, 7, 15);
        #region snippet:stateaid-register
        var register = DeMinimisRegister.Empty
            .WithLink("Holding SAS", "302 512 345")                               // one single undertaking
            .Record(new DeMinimisGrant("CR-2024-17", "Holding SAS", new LocalDate(2024, 2, 1), DeMinimisRegime.General2023, Money.Euros(240_000m)));

        var headroom = register.Headroom("302 512 345", DeMinimisRegime.General2023, grantDate);   // 60,000

        // The largest advance whose GGE fits, to the cent, with the scheme's terms.
        var quote = ReferenceRateQuote.For(table, "FR", grantDate, new RiskProfile(RatingCategory.Weak, CollateralLevel.Low));
        var terms = new AdvanceAidTerms(
            "302 512 345",
            quote,
            principal => RepaymentSchedule.Generate(
                ScheduleTerms.Create(principal, grantDate, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                    .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12))),
            UpperBound: Money.Euros(300_000m));
        var maximum = MaximumAdvance.Solve(headroom, terms);

        // Or let sizing use it as its de minimis cap.
        var context = new SizingContext(DeMinimisCap: MaximumAdvance.SizingCap(register, DeMinimisRegime.General2023, grantDate, _ => terms));
        #endregion

        Assert.Equal(Money.Euros(60_000m), headroom);
        Assert.True(maximum.GrossGrantEquivalent!.Amount <= headroom);
        Assert.True(maximum.NextCentGrossGrantEquivalent > headroom);
        Assert.Equal(248_558.27m, maximum.Amount.Amount);
        var sized = SchemePresets.HautsDeFrancePrevention.VersionOn(new LocalDate(2025, 7, 15)).Sizing.Evaluate(TestApplications.Boilermaker(), context);
        Assert.Equal(Money.Euros(150_000m), sized.Amount);
    }

    [Fact]
    public void RegulationsByDate()
    {
        #region snippet:stateaid-regulations
        // The regulation follows the grant date: 1407/2013 until 31 December 2023, 2023/2831 from 1 January 2024.
        var december = DeMinimisRegulations.InForceOn(DeMinimisSector.General, new LocalDate(2023, 12, 15));  // legacy-1407
        var january = DeMinimisRegulations.InForceOn(DeMinimisSector.General, new LocalDate(2024, 1, 10));    // general-2023

        // A scheme that fulfils 1407/2013 stays covered by it for six months after it expired (Art. 7(4)).
        var cover = DeMinimisRegime.Legacy1407.ApplicabilityOn(new LocalDate(2024, 3, 1));      // SchemeCover, "Art. 7(4) of …"

        // Cumulation: general aid after EUR 600,000 of SGEI aid is capped by the SGEI ceiling of EUR 750,000.
        var register = DeMinimisRegister.Empty
            .Record(new DeMinimisGrant("SGEI-1", "302 512 345", new LocalDate(2024, 2, 1), DeMinimisRegime.Sgei2023, Money.Euros(600_000m)));
        var check = register.Check(new DeMinimisGrant("ADV-1", "302 512 345", new LocalDate(2024, 6, 1), DeMinimisRegime.General2023, Money.Euros(200_000m)));
        // check.Fits is false; check.BindingCeiling.Article is "Art. 5(1) of Regulation (EU) 2023/2831 (the ceiling of Regulation (EU) 2023/2832)"

        // Road freight under 1407/2013: EUR 100,000 over three fiscal years for a haulier.
        var haulier = DeMinimisRegister.Empty.Check(
            new DeMinimisGrant("ADV-2", "411 222 333", new LocalDate(2022, 3, 1), DeMinimisRegime.Legacy1407, Money.Euros(120_000m))
                .WithRoadFreight(RoadFreightActivity.RoadFreight));                              // does not fit

        // The Commission's conventions: whole years, each discounted line rounded to the euro.
        var commission = GrantEquivalentConvention.WholePeriods(Frequency.Annual).WithLineRounding(1m);
        #endregion

        Assert.Equal(("legacy-1407", "general-2023"), (december!.Code, january!.Code));
        Assert.Equal((DeMinimisPeriodBasis.SchemeCover, "Art. 7(4) of Regulation (EU) No 1407/2013"), (cover.Basis, cover.Article));
        Assert.False(check.Fits);
        Assert.Equal("Art. 5(1) of Regulation (EU) 2023/2831 (the ceiling of Regulation (EU) 2023/2832)", check.BindingCeiling.Article);
        Assert.Equal((false, Money.Euros(100_000m)), (haulier.Fits, haulier.Ceiling));
        Assert.Equal("whole periods (1 a year), annual compounding, each line rounded to 1", commission.ToString());
    }
}
