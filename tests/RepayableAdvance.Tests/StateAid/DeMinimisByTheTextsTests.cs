using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// Situations taken from the de minimis regulations, one per rule and boundary: periods of application and the
/// six-month cover of schemes, ceilings met exactly and one cent over, and each direction of cumulation.
/// </summary>
public sealed class DeMinimisByTheTextsTests
{
    private static DeMinimisGrant Grant(string id, LocalDate date, DeMinimisRegime regime, decimal gge, string who = "302512345") =>
        new(id, who, date, regime, Money.Euros(gge));

    private static DeMinimisRegister With(params DeMinimisGrant[] grants) => grants.Aggregate(DeMinimisRegister.Empty, (r, g) => r.Record(g));

    [Theory]
    [InlineData(DeMinimisSector.General, "2013-12-31", "legacy-1998")]
    [InlineData(DeMinimisSector.General, "2014-01-01", "legacy-1407")]
    [InlineData(DeMinimisSector.General, "2023-12-31", "legacy-1407")]
    [InlineData(DeMinimisSector.General, "2024-01-01", "general-2023")]
    [InlineData(DeMinimisSector.General, "2030-12-31", "general-2023")]
    [InlineData(DeMinimisSector.General, "2031-06-30", "general-2023")] // scheme cover of Art. 7(3)
    [InlineData(DeMinimisSector.Sgei, "2023-12-31", "sgei-2012")]
    [InlineData(DeMinimisSector.Sgei, "2024-01-01", "sgei-2023")]
    [InlineData(DeMinimisSector.Agriculture, "2019-03-13", "agriculture-2013")]
    [InlineData(DeMinimisSector.Agriculture, "2019-03-14", "agriculture-2019")]
    [InlineData(DeMinimisSector.Agriculture, "2024-12-15", "agriculture-2019")]
    [InlineData(DeMinimisSector.Agriculture, "2024-12-16", "agriculture-2024")]
    [InlineData(DeMinimisSector.Fisheries, "2023-10-24", "fisheries-2014")]
    [InlineData(DeMinimisSector.Fisheries, "2023-10-25", "fisheries-2023")]
    public void The_regulation_in_force_follows_the_grant_date(DeMinimisSector sector, string date, string code) =>
        Assert.Equal(code, DeMinimisRegulations.InForceOn(sector, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value)!.Code);

    [Fact]
    public void No_regulation_covers_a_date_before_the_first_or_after_the_last_cover()
    {
        Assert.Null(DeMinimisRegulations.InForceOn(DeMinimisSector.General, new LocalDate(2006, 12, 31)));
        Assert.Null(DeMinimisRegulations.InForceOn(DeMinimisSector.General, new LocalDate(2031, 7, 1)));
        Assert.Null(DeMinimisRegulations.InForceOn(DeMinimisSector.General, new LocalDate(2031, 1, 1), underScheme: false));
    }

    [Fact]
    public void The_last_day_under_1407_is_in_force_and_the_next_six_months_are_covered_for_schemes_only()
    {
        var legacy = DeMinimisRegulations.Legacy1407;
        Assert.Equal(DeMinimisPeriodBasis.InForce, legacy.ApplicabilityOn(new LocalDate(2023, 12, 31)).Basis);
        var cover = legacy.ApplicabilityOn(new LocalDate(2024, 1, 1));
        Assert.Equal((DeMinimisPeriodBasis.SchemeCover, "Art. 7(4) of Regulation (EU) No 1407/2013"), (cover.Basis, cover.Article));
        Assert.True(legacy.ApplicabilityOn(new LocalDate(2024, 6, 30)).IsCovered);
        Assert.Equal(DeMinimisPeriodBasis.Expired, legacy.ApplicabilityOn(new LocalDate(2024, 7, 1)).Basis);
        Assert.Equal(DeMinimisPeriodBasis.Expired, legacy.ApplicabilityOn(new LocalDate(2024, 1, 1), underScheme: false).Basis);

        // In the register: the scheme cover admits the grant and names the article; a day later it is refused.
        var covered = DeMinimisRegister.Empty.Check(Grant("g1", new LocalDate(2024, 6, 30), legacy, 10_000m));
        Assert.True(covered.Fits);
        Assert.Equal(DeMinimisPeriodBasis.SchemeCover, covered.Applicability.Basis);
        var refused = Assert.Throws<StateAidRuleException>(() => DeMinimisRegister.Empty.Record(Grant("g1", new LocalDate(2024, 7, 1), legacy, 10_000m)));
        Assert.Equal(StateAidRule.RegulationNotApplicable, refused.Rule);
        Assert.False(DeMinimisRegister.Empty.Check(Grant("g1", new LocalDate(2024, 1, 2), legacy, 1m).WithIndividualAid(true)).Fits);
    }

    [Fact]
    public void Aid_under_1998_2006_is_covered_until_30_June_2014_whatever_its_form()
    {
        // Art. 7(3) of Regulation 1407/2013: individual aid granted until 30 June 2014 under the conditions of 1998/2006.
        var legacy = DeMinimisRegulations.Legacy1998;
        Assert.True(legacy.CoverIncludesIndividualAid);
        Assert.Equal(DeMinimisPeriodBasis.SchemeCover, legacy.ApplicabilityOn(new LocalDate(2014, 6, 30), underScheme: false).Basis);
        Assert.Equal(DeMinimisPeriodBasis.Expired, legacy.ApplicabilityOn(new LocalDate(2014, 7, 1), underScheme: false).Basis);
        Assert.False(DeMinimisRegulations.Legacy1407.CoverIncludesIndividualAid);
    }

    [Fact]
    public void Regulation_2023_2831_is_refused_before_2024_and_says_why()
    {
        var check = DeMinimisRegister.Empty.Check(Grant("g1", new LocalDate(2023, 12, 31), DeMinimisRegime.General2023, 1m));
        Assert.False(check.Fits);
        Assert.Equal(DeMinimisPeriodBasis.NotYetApplicable, check.Applicability.Basis);
        Assert.Equal(
            "Regulation (EU) 2023/2831 does not apply to the grant date 31/12/2023: it applies from 01/01/2024 (Art. 8 of Regulation (EU) 2023/2831). Grant the aid under the regulation in force on that date.",
            ReasonFormatter.Default.Format(check.Explain(), System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.True(DeMinimisRegister.Empty.Check(Grant("g1", new LocalDate(2024, 1, 1), DeMinimisRegime.General2023, 1m)).Fits);
    }

    [Fact]
    public void The_2023_ceiling_holds_exactly_and_refuses_one_cent_more_over_any_three_years()
    {
        var register = With(Grant("g1", new LocalDate(2024, 3, 1), DeMinimisRegime.General2023, 200_000m));
        Assert.True(register.Check(Grant("g2", new LocalDate(2027, 2, 28), DeMinimisRegime.General2023, 100_000m)).Fits);
        Assert.False(register.Check(Grant("g2", new LocalDate(2027, 2, 28), DeMinimisRegime.General2023, 100_000.01m)).Fits);
        Assert.True(register.Check(Grant("g2", new LocalDate(2027, 3, 1), DeMinimisRegime.General2023, 300_000m)).Fits); // g1's third anniversary
    }

    [Fact]
    public void The_1407_ceiling_counts_three_fiscal_years()
    {
        var register = With(Grant("g1", new LocalDate(2021, 1, 4), DeMinimisRegime.Legacy1407, 150_000m));
        Assert.True(register.Check(Grant("g2", new LocalDate(2023, 12, 31), DeMinimisRegime.Legacy1407, 50_000m)).Fits);
        Assert.False(register.Check(Grant("g2", new LocalDate(2023, 12, 31), DeMinimisRegime.Legacy1407, 50_000.01m)).Fits);
    }

    [Fact]
    public void General_aid_after_SGEI_aid_is_capped_by_the_SGEI_ceiling()
    {
        // Art. 5(1) of Regulation 2023/2831: general aid may be cumulated with SGEI aid up to the SGEI ceiling.
        var register = With(Grant("sgei", new LocalDate(2024, 2, 1), DeMinimisRegime.Sgei2023, 600_000m));
        var over = register.Check(Grant("g", new LocalDate(2024, 6, 1), DeMinimisRegime.General2023, 200_000m));
        Assert.False(over.Fits);
        Assert.Equal((Money.Euros(750_000m), "Art. 5(1) of Regulation (EU) 2023/2831 (the ceiling of Regulation (EU) 2023/2832)"), (over.Ceiling, over.BindingCeiling.Article));
        Assert.True(register.Check(Grant("g", new LocalDate(2024, 6, 1), DeMinimisRegime.General2023, 150_000m)).Fits);
        Assert.False(register.Check(Grant("g", new LocalDate(2024, 6, 1), DeMinimisRegime.General2023, 150_000.01m)).Fits);
    }

    [Fact]
    public void SGEI_aid_after_general_aid_counts_it_up_to_the_SGEI_ceiling()
    {
        var register = With(Grant("g", new LocalDate(2024, 2, 1), DeMinimisRegime.General2023, 300_000m));
        Assert.True(register.Check(Grant("s", new LocalDate(2024, 6, 1), DeMinimisRegime.Sgei2023, 450_000m)).Fits);
        var over = register.Check(Grant("s", new LocalDate(2024, 6, 1), DeMinimisRegime.Sgei2023, 450_000.01m));
        Assert.False(over.Fits);
        Assert.Equal("Art. 3(2) and 5(1) of Regulation (EU) 2023/2832", over.BindingCeiling.Article);
    }

    [Fact]
    public void Agriculture_aid_after_general_aid_is_capped_by_the_general_ceiling()
    {
        // Art. 5(1) of Regulation 1408/2013: agricultural aid may be cumulated with general aid up to the general ceiling.
        var register = With(Grant("g", new LocalDate(2024, 3, 1), DeMinimisRegime.General2023, 290_000m));
        var over = register.Check(Grant("a", new LocalDate(2025, 1, 10), DeMinimisRegulations.Agriculture2024, 20_000m));
        Assert.False(over.Fits);
        Assert.Equal((Money.Euros(300_000m), Money.Euros(10_000m)), (over.Ceiling, over.HeadroomBefore));
        Assert.True(register.Check(Grant("a", new LocalDate(2025, 1, 10), DeMinimisRegulations.Agriculture2024, 10_000m)).Fits);
    }

    [Fact]
    public void General_aid_after_agriculture_aid_counts_it_against_the_general_ceiling_and_agriculture_has_its_own()
    {
        var register = With(Grant("a", new LocalDate(2025, 1, 10), DeMinimisRegulations.Agriculture2024, 50_000m));
        Assert.False(register.Check(Grant("a2", new LocalDate(2025, 2, 1), DeMinimisRegulations.Agriculture2024, 0.01m)).Fits);
        Assert.True(register.Check(Grant("g", new LocalDate(2025, 2, 1), DeMinimisRegime.General2023, 250_000m)).Fits);
        Assert.False(register.Check(Grant("g", new LocalDate(2025, 2, 1), DeMinimisRegime.General2023, 250_000.01m)).Fits);
    }

    [Fact]
    public void Under_1407_general_aid_after_SGEI_aid_is_capped_at_500000_over_three_fiscal_years()
    {
        var register = With(Grant("s", new LocalDate(2022, 5, 2), DeMinimisRegulations.Sgei2012, 400_000m));
        var over = register.Check(Grant("g", new LocalDate(2023, 6, 1), DeMinimisRegime.Legacy1407, 150_000m));
        Assert.False(over.Fits);
        Assert.Equal(Money.Euros(500_000m), over.Ceiling);
        Assert.True(register.Check(Grant("g", new LocalDate(2023, 6, 1), DeMinimisRegime.Legacy1407, 100_000m)).Fits);
    }

    [Fact]
    public void Fisheries_aid_and_general_aid_count_against_each_other_up_to_the_general_ceiling()
    {
        // Art. 5(1) of Regulation 717/2014: fisheries aid may be cumulated with general aid up to the general ceiling.
        var general = With(Grant("g", new LocalDate(2024, 3, 1), DeMinimisRegime.General2023, 270_000m));
        Assert.True(general.Check(Grant("f", new LocalDate(2025, 1, 10), DeMinimisRegulations.Fisheries2023, 30_000m)).Fits);
        Assert.False(general.Check(Grant("f", new LocalDate(2025, 1, 10), DeMinimisRegulations.Fisheries2023, 30_000.01m)).Fits);

        // And the other way: general aid counts the fisheries aid against its own ceiling; fisheries keep their own EUR 40,000.
        var fisheries = With(Grant("f", new LocalDate(2024, 3, 1), DeMinimisRegulations.Fisheries2023, 40_000m));
        Assert.False(fisheries.Check(Grant("f2", new LocalDate(2024, 6, 1), DeMinimisRegulations.Fisheries2023, 0.01m)).Fits);
        Assert.True(fisheries.Check(Grant("g", new LocalDate(2024, 6, 1), DeMinimisRegime.General2023, 260_000m)).Fits);
        Assert.False(fisheries.Check(Grant("g", new LocalDate(2024, 6, 1), DeMinimisRegime.General2023, 260_000.01m)).Fits);
    }

    [Fact]
    public void Under_360_2012_SGEI_aid_after_general_aid_counts_it_up_to_500000()
    {
        var register = With(Grant("g", new LocalDate(2021, 5, 3), DeMinimisRegime.Legacy1407, 200_000m));
        Assert.True(register.Check(Grant("s", new LocalDate(2023, 2, 1), DeMinimisRegulations.Sgei2012, 300_000m)).Fits);
        var over = register.Check(Grant("s", new LocalDate(2023, 2, 1), DeMinimisRegulations.Sgei2012, 300_000.01m));
        Assert.Equal((false, "Art. 2(2) and 2(8) of Regulation (EU) No 360/2012"), (over.Fits, over.BindingCeiling.Article));
    }

    [Fact]
    public void A_backdated_grant_is_checked_against_the_ceilings_of_later_grants()
    {
        // The later general grant's own ceiling counts agricultural aid (Art. 5(1) of 2023/2831): 280k + 30k > 300k.
        var register = With(Grant("g", new LocalDate(2025, 6, 1), DeMinimisRegime.General2023, 280_000m));
        var check = register.Check(Grant("a", new LocalDate(2025, 1, 10), DeMinimisRegulations.Agriculture2024, 30_000m));
        Assert.False(check.Fits);
        Assert.Equal((new LocalDate(2025, 6, 1), Money.Euros(20_000m)), (check.WindowEnd, check.HeadroomBefore));
    }

    [Fact]
    public void Road_freight_under_1407_has_its_own_ceiling_and_the_mixed_activity_rule()
    {
        var legacy = DeMinimisRegime.Legacy1407;
        var road = Grant("r", new LocalDate(2022, 3, 1), legacy, 100_000m).WithRoadFreight(RoadFreightActivity.RoadFreight);
        Assert.True(DeMinimisRegister.Empty.Check(road).Fits);
        var over = DeMinimisRegister.Empty.Check(Grant("r", new LocalDate(2022, 3, 1), legacy, 100_000.01m).WithRoadFreight(RoadFreightActivity.RoadFreight));
        Assert.False(over.Fits);
        Assert.Equal((Money.Euros(100_000m), "Art. 3(2) of Regulation (EU) No 1407/2013", true), (over.Ceiling, over.BindingCeiling.Article, over.BindingCeiling.RoadFreight));

        // A haulier with another activity kept apart: the general ceiling for that activity; road freight aid counts apart.
        var register = With(Grant("other", new LocalDate(2022, 3, 1), legacy, 150_000m).WithRoadFreight(RoadFreightActivity.OtherActivitySeparated));
        Assert.True(register.Check(Grant("r", new LocalDate(2022, 9, 1), legacy, 50_000m).WithRoadFreight(RoadFreightActivity.RoadFreight)).Fits);
        var overall = register.Check(Grant("r", new LocalDate(2022, 9, 1), legacy, 50_000.01m).WithRoadFreight(RoadFreightActivity.RoadFreight));
        Assert.Equal((false, Money.Euros(200_000m)), (overall.Fits, overall.Ceiling));

        // Regulation 2023/2831 has no road freight rule.
        Assert.Null(DeMinimisRegime.General2023.RoadFreightCeiling);
        Assert.True(DeMinimisRegister.Empty.Check(Grant("r", new LocalDate(2024, 3, 1), DeMinimisRegime.General2023, 300_000m).WithRoadFreight(RoadFreightActivity.RoadFreight)).Fits);
    }

    [Fact]
    public void The_road_freight_safe_harbour_is_halved()
    {
        // Art. 4(3)(b) of 1407/2013: EUR 1,000,000 over 5 years is EUR 200,000; EUR 500,000 over 5 years is EUR 100,000 for road freight.
        Assert.Equal(Money.Euros(200_000m), SafeHarbour.GrossGrantEquivalent(Money.Euros(1_000_000m), 60, Rate.FromPercent(50m), DeMinimisRegime.Legacy1407));
        Assert.Equal(Money.Euros(100_000m), SafeHarbour.GrossGrantEquivalent(Money.Euros(500_000m), 60, Rate.FromPercent(50m), DeMinimisRegime.Legacy1407, RoadFreightActivity.RoadFreight));
        Assert.Equal(StateAidRule.SafeHarbourAmount, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(500_000.01m), 60, Rate.FromPercent(50m), DeMinimisRegime.Legacy1407, RoadFreightActivity.RoadFreight)).Rule);
        Assert.Equal(StateAidRule.SafeHarbourRegime, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(100_000m), 60, Rate.FromPercent(50m), DeMinimisRegulations.Legacy1998, RoadFreightActivity.RoadFreight)).Rule);
    }

    [Fact]
    public void Every_built_in_regulation_has_its_period_source_and_cumulation()
    {
        Assert.Equal(10, DeMinimisRegulations.All.Count);
        Assert.Equal(DeMinimisRegulations.All.Count, DeMinimisRegulations.All.Select(r => r.Code).Distinct().Count());
        foreach (var regime in DeMinimisRegulations.All)
        {
            Assert.NotNull(regime.AppliesFrom);
            Assert.NotNull(regime.AppliesUntil);
            Assert.False(string.IsNullOrWhiteSpace(regime.PeriodArticle));
            Assert.All(regime.Ceilings, c => Assert.Contains(regime.Sector, c.CountedSectors));
            Assert.Same(regime, DeMinimisRegulations.Find(regime.Code));
        }

        // Within a sector, the periods follow each other without gap or overlap.
        foreach (var sector in Enum.GetValues<DeMinimisSector>())
        {
            var periods = DeMinimisRegulations.All.Where(r => r.Sector == sector).ToList();
            for (var i = 1; i < periods.Count; i++)
            {
                Assert.Equal(periods[i - 1].AppliesUntil!.Value.PlusDays(1), periods[i].AppliesFrom);
            }
        }
    }

    [Fact]
    public void Regimes_built_by_hand_are_validated()
    {
        var regime = new DeMinimisRegime("x", "X", Money.Euros(200_000m));
        Assert.Throws<ArgumentException>(() => regime.WithRoadFreight(Money.Euros(200_000m), "Art. 3"));
        Assert.Throws<ArgumentException>(() => regime.WithRoadFreight(Money.Euros(100_000m), "Art. 3", Money.Euros(100_000m)));
        Assert.Throws<ArgumentException>(() => regime.WithPeriod(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1), "Art. 8"));
        Assert.Throws<ArgumentException>(() => regime.WithPeriod(null, null, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => regime.WithSchemeCover(0, "Art. 7"));
        Assert.Throws<CurrencyMismatchException>(() => regime.WithCumulation(new DeMinimisCeiling(new Money(1m, Currency.FromCode("USD")), DeMinimisWindow.RollingThreeYears, [DeMinimisSector.General], "Art. 5")));
        Assert.Throws<ArgumentException>(() => new DeMinimisCeiling(Money.Euros(1m), DeMinimisWindow.RollingThreeYears, [], "Art. 5"));
        Assert.Equal(DeMinimisPeriodBasis.InForce, regime.ApplicabilityOn(new LocalDate(1990, 1, 1)).Basis);
        Assert.Contains("counting general, agriculture, fisheries aid", DeMinimisRegime.General2023.Ceilings[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_date_from_the_first_period_to_the_last_has_exactly_one_regulation_in_force_per_sector() =>
        Laws.Check(
            2_000,
            Gen.Zip(Gen.Elements(Enum.GetValues<DeMinimisSector>()), Gen.Choose(0, 9_500)),
            c =>
            {
                var (sector, day) = c;
                var regimes = DeMinimisRegulations.All.Where(r => r.Sector == sector).ToList();
                var date = regimes[0].AppliesFrom!.Value.PlusDays(day);
                var inForce = regimes.Where(r => r.ApplicabilityOn(date).Basis == DeMinimisPeriodBasis.InForce).ToList();
                if (date > regimes[^1].AppliesUntil!.Value)
                {
                    Assert.Empty(inForce);
                    return;
                }

                Assert.Same(Assert.Single(inForce), DeMinimisRegulations.InForceOn(sector, date));
            });
}
