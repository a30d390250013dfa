using NodaTime;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>Boundaries and refusals that mutation testing showed were not pinned.</summary>
public sealed class StateAidBoundaryTests
{
    [Fact]
    public void The_2008_grid_gives_each_of_its_fifteen_margins()
    {
        decimal[,] expected = { { 60, 75, 100 }, { 75, 100, 220 }, { 100, 220, 400 }, { 220, 400, 650 }, { 400, 650, 1000 } };
        foreach (var category in Enum.GetValues<RatingCategory>())
        {
            foreach (var collateral in Enum.GetValues<CollateralLevel>())
            {
                Assert.Equal(Rate.FromBasisPoints(expected[(int)category, (int)collateral]), MarginGrid.Communication2008.Margin(category, collateral));
            }
        }

        // Without a credit history: at least 400 bp, but a worse margin stays.
        Assert.Equal(Rate.FromBasisPoints(400m), MarginGrid.Communication2008.Margin(new RiskProfile(RatingCategory.Strong, CollateralLevel.High, HasCreditHistory: false)));
        Assert.Equal(Rate.FromBasisPoints(1000m), MarginGrid.Communication2008.Margin(new RiskProfile(RatingCategory.Bad, CollateralLevel.Low, HasCreditHistory: false)));
        Assert.Equal(Rate.FromBasisPoints(60m), MarginGrid.Communication2008.Margin(new RiskProfile(RatingCategory.Strong, CollateralLevel.High, HasCreditHistory: true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarginGrid.Communication2008.Margin((RatingCategory)7, CollateralLevel.Low));
        Assert.Throws<ArgumentOutOfRangeException>(() => MarginGrid.Communication2008.Margin(RatingCategory.Good, (CollateralLevel)7));
    }

    [Fact]
    public void A_grid_whose_margins_fall_as_risk_grows_is_refused()
    {
        decimal[][] good = [[60m, 75m, 100m], [75m, 100m, 220m], [100m, 220m, 400m], [220m, 400m, 650m], [400m, 650m, 1000m]];
        Assert.Equal(MarginGrid.Communication2008, new MarginGrid(good));
        Assert.NotEqual(MarginGrid.Communication2008, new MarginGrid(good, 350m));

        var lowerRight = good.Select(r => r.ToArray()).ToArray();
        lowerRight[2][2] = 90m; // below the better-collateralised 220 bp
        Assert.Contains("below the better-collateralised one", Assert.Throws<ArgumentException>(() => new MarginGrid(lowerRight)).Message, StringComparison.Ordinal);

        var lowerDown = good.Select(r => r.ToArray()).ToArray();
        lowerDown[3][0] = 90m; // weak below satisfactory
        Assert.Contains("below the better-rated one", Assert.Throws<ArgumentException>(() => new MarginGrid(lowerDown)).Message, StringComparison.Ordinal);

        var equalDown = good.Select(r => r.ToArray()).ToArray();
        equalDown[1][0] = 60m; // equal margins are allowed
        Assert.Equal(Rate.FromBasisPoints(60m), new MarginGrid(equalDown).Margin(RatingCategory.Good, CollateralLevel.High));
        Assert.Throws<ArgumentException>(() => new MarginGrid(good[..4]));
        Assert.Throws<ArgumentException>(() => new MarginGrid([.. good[..4], [400m, 650m]]));
    }

    [Fact]
    public void Collateral_levels_follow_the_loss_given_default_at_their_bounds()
    {
        Assert.Equal(CollateralLevel.High, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(30m)));
        Assert.Equal(CollateralLevel.Normal, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(30.01m)));
        Assert.Equal(CollateralLevel.Normal, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(59.99m)));
        Assert.Equal(CollateralLevel.Low, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(60m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CollateralLevels.FromLossGivenDefault(Rate.FromPercent(100.01m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CollateralLevels.FromLossGivenDefault(Rate.FromPercent(-0.01m)));
    }

    [Fact]
    public void A_mapping_reads_no_history_ratings_and_names_the_known_ones_otherwise()
    {
        Assert.Equal((RatingCategory.Satisfactory, false), RatingMapping.BanqueDeFrance.Map("0"));
        Assert.Equal((RatingCategory.Weak, true), RatingMapping.BanqueDeFrance.Map(" 5+ "));
        Assert.Equal((RatingCategory.Bad, true), RatingMapping.BanqueDeFrance.Map("5\u2212"));
        var refusal = Assert.Throws<StateAidRuleException>(() => RatingMapping.BanqueDeFrance.Map("AAA"));
        Assert.Equal(StateAidRule.UnknownRating, refusal.Rule);
        Assert.Contains("'AAA' is not in the mapping 'banque-de-france-2022'; known ratings are 1+, 1", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(", 0", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regimes_check_their_safe_harbour_and_say_what_they_are()
    {
        Assert.Throws<ArgumentException>(() => new DeMinimisRegime("x", "X", Money.Euros(300_000m), safeHarbourLoan: Money.Euros(300_000m)));
        Assert.NotNull(new DeMinimisRegime("x", "X", Money.Euros(300_000m), safeHarbourLoan: Money.Euros(300_000.01m)));
        var fisheries = DeMinimisRegulations.Fisheries2023;
        Assert.Equal(("fisheries-2023", DeMinimisSector.Fisheries, Money.Euros(40_000m)), (fisheries.Code, fisheries.Sector, fisheries.Ceiling));
        Assert.Equal(new DeMinimisRegime("a", "A", Money.Euros(1m)), new DeMinimisRegime("a", "B", Money.Euros(2m)));   // the code identifies
        Assert.NotEqual(DeMinimisRegime.General2023, DeMinimisRegime.Sgei2023);
        Assert.Equal("Regulation (EU) 2023/2831: 300000.00 EUR over any rolling three years", DeMinimisRegime.General2023.ToString());
        Assert.Contains("three fiscal years", new DeMinimisRegime("f", "F", Money.Euros(1m), DeMinimisWindow.ThreeFiscalYears).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_register_refuses_blank_identifiers_and_reports_totals()
    {
        Assert.Throws<ArgumentException>(() => DeMinimisRegister.Empty.WithMerger(" ", "b", new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentException>(() => DeMinimisRegister.Empty.WithMerger("a", "", new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => DeMinimisRegister.Empty.Used("a", null!, new LocalDate(2024, 1, 1)));
        var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("g1", "a", new LocalDate(2024, 1, 10), DeMinimisRegime.General2023, Money.Euros(100_000m)));
        var check = register.Check("a", DeMinimisRegime.General2023, new LocalDate(2025, 1, 10), Money.Euros(150_000m));
        Assert.True(check.Fits);
        Assert.Equal(Money.Euros(250_000m), check.TotalAfter);
        Assert.Equal("deMinimis.fits", check.Explain().Code.Value);
        var over = register.Check("a", DeMinimisRegime.General2023, new LocalDate(2025, 1, 10), Money.Euros(200_000.01m));
        Assert.False(over.Fits);
        Assert.Equal("deMinimis.exceeds", over.Explain().Code.Value);
    }

    [Fact]
    public void A_table_covers_dates_up_to_the_date_it_is_valid_through_and_no_further()
    {
        var through = new LocalDate(2026, 1, 31);
        var table = new BaseRateTable(
            [
                new BaseRateEntry("FR", new LocalDate(2025, 7, 1), null, Rate.FromPercent(2.21m)),
                new BaseRateEntry("DE", new LocalDate(2025, 7, 1), new LocalDate(2026, 12, 31), Rate.FromPercent(2.21m)),
            ],
            through,
            "https://competition-policy.ec.europa.eu/state-aid/legislation/reference-discount-rates-and-recovery-interest-rates_en");
        Assert.Equal(through, table.ValidThrough);
        Assert.StartsWith("https://competition-policy.ec.europa.eu/", table.Source, StringComparison.Ordinal);
        Assert.True(table.Covers("FR", through));
        Assert.False(table.Covers("FR", through.PlusDays(1)));
        Assert.False(table.Covers("DE", through.PlusDays(1)));   // an explicit end after ValidThrough is not trusted beyond it
        Assert.True(table.Covers("de", through));                // columns are case-insensitive
        Assert.False(table.Covers("IT", through));
        var after = Assert.Throws<StateAidRuleException>(() => table.RateInForce("FR", through.PlusDays(1)));
        Assert.Contains("valid through 2026-01-31", after.Message, StringComparison.Ordinal);
        Assert.Equal("the table covers FR from 2025-07-01 to 2026-01-31 (valid through 2026-01-31)", table.Coverage("FR"));

        var late = Assert.Throws<ArgumentException>(() => new BaseRateTable([new BaseRateEntry("FR", new LocalDate(2026, 2, 1), null, Rate.FromPercent(2m))], through));
        Assert.Contains("starts after the date the table is valid through, 2026-01-31", late.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new BaseRateTable([], through, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BaseRateTable([], new LocalDate(2300, 1, 1)));

        Assert.False(RepayableAdvance.Json.BaseRateDocument.TryRead("""{ "baseRates": [ { "from": "2025-07-01", "rates": { "FR": "2.21%" } } ] }""", out _, out var errors));
        Assert.Equal("$.validThrough", Assert.Single(errors).Path);
        var written = RepayableAdvance.Json.BaseRateDocument.Write(table);
        var read = RepayableAdvance.Json.BaseRateDocument.Read(written);
        Assert.Equal((table.ValidThrough, table.Source, table.Entries.Count), (read.ValidThrough, read.Source, read.Entries.Count));
    }

    [Fact]
    public void Missing_base_rates_say_what_the_table_covers()
    {
        var table = BaseRateTable.ParseCsv("From;To;FR;ES\n1.1.2024;30.6.2024;3,00;3,10\n1.1.2025;;2,50;2,60", new LocalDate(2030, 12, 31));
        var gap = Assert.Throws<StateAidRuleException>(() => table.RateInForce("FR", new LocalDate(2024, 9, 1)));
        Assert.Equal(StateAidRule.BaseRateMissing, gap.Rule);
        Assert.Contains("the table covers FR from 2024-01-01 to 2030-12-31, with gaps (valid through 2030-12-31)", gap.Message, StringComparison.Ordinal);
        var column = Assert.Throws<StateAidRuleException>(() => table.RateInForce("IT", new LocalDate(2025, 9, 1)));
        Assert.Contains("the table has no column IT; it covers ES, FR", column.Message, StringComparison.Ordinal);
        var closed = BaseRateTable.ParseCsv("From;To;FR\n1.1.2024;30.6.2024;3,00", new LocalDate(2030, 12, 31));
        Assert.Contains("from 2024-01-01 to 2024-06-30 (valid through 2030-12-31).", Assert.Throws<StateAidRuleException>(() => closed.RateInForce("FR", new LocalDate(2024, 7, 1))).Message, StringComparison.Ordinal);
        Assert.Equal("FR 2.5% from 2025-01-01", table.RateInForce("FR", new LocalDate(2025, 3, 1)).ToString());
    }

    [Fact]
    public void A_malformed_base_rate_csv_lists_every_problem()
    {
        Assert.Contains("empty", Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("  \n ", new LocalDate(2030, 12, 31))).Message, StringComparison.Ordinal);
        Assert.Contains("the header must be 'From;To;'", Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("Date;Rate\n1.1.2024;3", new LocalDate(2030, 12, 31))).Message, StringComparison.Ordinal);
        Assert.Contains("the header must be 'From,To,'", Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("Date,Rate\n1.1.2024,3", new LocalDate(2030, 12, 31))).Message, StringComparison.Ordinal);
        var many = Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("From;To;FR;\n1.1.2024;;3,00\n1.1.2025;1.1.2024;2,00;1\n", new LocalDate(2030, 12, 31)));
        Assert.Contains("line 1, column 4: empty country code", many.Message, StringComparison.Ordinal);
        Assert.Contains("line 2: 3 cells, the header has 4", many.Message, StringComparison.Ordinal);
        Assert.StartsWith("The base-rate CSV is invalid: ", many.Message, StringComparison.Ordinal);
        Assert.Equal(2, BaseRateTable.ParseCsv("From\tTo\tFR\n1.1.2024\t\t3,00\n\n1.1.2025\t\t2,50", new LocalDate(2030, 12, 31)).Entries.Count); // tabs, blank lines skipped
        Assert.Throws<ArgumentException>(() => new BaseRateTable([new BaseRateEntry("FR", new LocalDate(2025, 1, 1), new LocalDate(2024, 1, 1), Rate.FromPercent(2m))], new LocalDate(2030, 12, 31)));
        Assert.Throws<ArgumentException>(() => new BaseRateTable([new BaseRateEntry(" ", new LocalDate(2025, 1, 1), null, Rate.FromPercent(2m))], new LocalDate(2030, 12, 31)));
        Assert.Throws<ArgumentException>(() => new BaseRateTable([null!], new LocalDate(2030, 12, 31)));
    }

    [Fact]
    public void Rule_exceptions_default_to_an_unspecified_rule()
    {
        Assert.Equal(StateAidRule.Unspecified, new StateAidRuleException().Rule);
        Assert.Equal("[unspecified] A State-aid rule was not met.", new StateAidRuleException().Message);
        Assert.Equal((StateAidRule.Unspecified, "[unspecified] m"), (new StateAidRuleException("m").Rule, new StateAidRuleException("m").Message));
        var inner = new InvalidOperationException("inner");
        Assert.Same(inner, new StateAidRuleException("m", inner).InnerException);
        Assert.Equal(StateAidRule.Unspecified, new StateAidRuleException("m", inner).Rule);
    }
}
