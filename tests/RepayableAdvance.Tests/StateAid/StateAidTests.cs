using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;
using static RepayableAdvance.Tests.StateAid.StateAidFixtures;

namespace RepayableAdvance.Tests.StateAid;

public sealed class StateAidTests
{
    [Theory]
    [InlineData("2008-08-15", "4.59")]
    [InlineData("2010-06-01", "4.59")]
    [InlineData("2011-12-31", "2.05")]
    [InlineData("2012-02-29", "2.07")]
    [InlineData("2012-03-01", "2.07")]
    [InlineData("2015-01-01", "0.34")]
    [InlineData("2020-04-01", "-0.31")]
    [InlineData("2020-06-01", "-0.22")]
    [InlineData("2021-01-01", "-0.45")]
    [InlineData("2025-06-30", "-0.45")]
    [InlineData("2025-07-15", "2.21")]
    public void Base_rate_in_force_is_the_published_one(string date, string percent)
    {
        var entry = Table.RateInForce("FR", LocalDatePattern(date));
        Assert.Equal(Rate.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)), entry.Rate);
    }

    [Fact]
    public void Missing_base_rate_names_the_rule_and_the_coverage()
    {
        var e = Assert.Throws<StateAidRuleException>(() => Table.RateInForce("FR", new LocalDate(2008, 6, 30)));
        Assert.Equal(StateAidRule.BaseRateMissing, e.Rule);
        Assert.Contains("No base rate for FR on 2008-06-30", e.Message, StringComparison.Ordinal);
        Assert.Contains("from 2008-07-01 to 2030-12-31 (valid through 2030-12-31)", e.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<StateAidRuleException>(() => Table.RateInForce("PL", GrantDate));
        Assert.Contains("no column PL", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discount_rate_is_base_plus_100bp_as_the_published_decrees()
    {
        // C.5: 1 Jul 2025 base 2.21 % -> discount 3.21 %; 1 Jan 2021 base -0.45 % -> 0.55 %.
        Assert.Equal(Rate.FromPercent(3.21m), Quote(650m).DiscountRate);
        Assert.Equal(Rate.FromPercent(0.55m), Quote(650m, new LocalDate(2021, 1, 1)).DiscountRate);
        Assert.Equal(Rate.FromPercent(8.71m), Quote(650m).ReferenceRate);
    }

    [Fact]
    public void Csv_errors_list_every_problem_with_line_and_column()
    {
        var e = Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("From;To;FR\n1.13.2020;;1\n1.1.2021;;abc\n1.1.2022;1.1.2021;1", new LocalDate(2030, 12, 31)));
        Assert.Contains("line 2, column From", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, column FR: 'abc' is not a percentage", e.Message, StringComparison.Ordinal);
        Assert.Contains("ends before it starts", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("Date;FR\n1.1.2020;1", new LocalDate(2030, 12, 31)));
        var overlap = Assert.Throws<FormatException>(() => BaseRateTable.ParseCsv("From;To;FR\n1.1.2020;31.12.2020;1\n1.6.2020;;2", new LocalDate(2030, 12, 31)));
        Assert.Contains("overlaps", overlap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_table_round_trips_and_rejects_bare_numbers_and_unknown_properties()
    {
        var again = RepayableAdvance.Json.BaseRateDocument.Read(RepayableAdvance.Json.BaseRateDocument.Write(Table));
        Assert.Equal(Table.Entries, again.Entries);
        var e = Assert.Throws<RepayableAdvance.Json.DocumentException>(() => RepayableAdvance.Json.BaseRateDocument.Read("""{ "baseRates": [ { "from": "2025-07-01", "rates": { "FR": 2.21 }, "extra": 1 } ], "other": true }"""));
        Assert.Contains(e.Errors, x => x.Path == "$.other" && x.Code == "unknownProperty");
        Assert.Contains(e.Errors, x => x.Path == "$.baseRates[0].rates.FR" && x.Code == "format");
        Assert.Contains(e.Errors, x => x.Path == "$.baseRates[0].extra" && x.Code == "unknownProperty");
        Assert.Throws<RepayableAdvance.Json.DocumentException>(() => RepayableAdvance.Json.BaseRateDocument.Read("{ not json"));
    }

    [Theory]
    [InlineData(RatingCategory.Strong, 60, 75, 100)]
    [InlineData(RatingCategory.Good, 75, 100, 220)]
    [InlineData(RatingCategory.Satisfactory, 100, 220, 400)]
    [InlineData(RatingCategory.Weak, 220, 400, 650)]
    [InlineData(RatingCategory.Bad, 400, 650, 1000)]
    public void Margin_grid_is_the_2008_communication(RatingCategory category, int high, int normal, int low)
    {
        var grid = MarginGrid.Communication2008;
        Assert.Equal(Rate.FromBasisPoints(high), grid.Margin(category, CollateralLevel.High));
        Assert.Equal(Rate.FromBasisPoints(normal), grid.Margin(category, CollateralLevel.Normal));
        Assert.Equal(Rate.FromBasisPoints(low), grid.Margin(category, CollateralLevel.Low));
    }

    [Fact]
    public void No_credit_history_gets_at_least_400bp_and_collateral_follows_lgd()
    {
        var grid = MarginGrid.Communication2008;
        Assert.Equal(Rate.FromBasisPoints(400m), grid.Margin(new RiskProfile(RatingCategory.Strong, CollateralLevel.High, HasCreditHistory: false)));
        Assert.Equal(Rate.FromBasisPoints(1000m), grid.Margin(new RiskProfile(RatingCategory.Bad, CollateralLevel.Low, HasCreditHistory: false)));
        Assert.Equal(CollateralLevel.High, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(30m)));
        Assert.Equal(CollateralLevel.Normal, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(31m)));
        Assert.Equal(CollateralLevel.Normal, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(59.9m)));
        Assert.Equal(CollateralLevel.Low, CollateralLevels.FromLossGivenDefault(Rate.FromPercent(60m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CollateralLevels.FromLossGivenDefault(Rate.FromPercent(101m)));
        Assert.Throws<ArgumentException>(() => new MarginGrid([[60m, 75m, 100m]]));
        Assert.Throws<ArgumentException>(() => new MarginGrid([[60m, 75m, 50m], [75m, 100m, 220m], [100m, 220m, 400m], [220m, 400m, 650m], [400m, 650m, 1000m]]));
    }

    [Fact]
    public void Banque_de_france_mapping_gives_the_boilermaker_a_weak_category_and_unknown_ratings_are_refused()
    {
        var risk = RiskProfile.FromRating("5+", RatingMapping.BanqueDeFrance, CollateralLevel.Low);
        Assert.Equal(RatingCategory.Weak, risk.Category);
        var quote = ReferenceRateQuote.For(Table, "FR", GrantDate, risk);
        Assert.Equal(Rate.FromBasisPoints(650m), quote.Margin);
        Assert.False(RiskProfile.FromRating("0", RatingMapping.BanqueDeFrance, CollateralLevel.Low).HasCreditHistory);
        Assert.Equal(RatingCategory.Strong, RatingMapping.BanqueDeFrance.Map("1\u2212").Category);
        var e = Assert.Throws<StateAidRuleException>(() => RatingMapping.BanqueDeFrance.Map("AAA"));
        Assert.Equal(StateAidRule.UnknownRating, e.Rule);
        Assert.Contains("'AAA' is not in the mapping 'banque-de-france-2022'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_500_000, 60, 300_000)] // published: EUR 1.5M over 5 years = EUR 300k
    [InlineData(750_000, 120, 300_000)] // published: EUR 750k over 10 years = EUR 300k
    [InlineData(1_000_000, 12, 40_000)] // derived: 4 % x 1M x 1 year
    [InlineData(300_000, 60, 60_000)] // derived: an HdF-size advance if it were secured
    [InlineData(50_000, 60, 10_000)] // derived
    public void Safe_harbour_reproduces_the_commission_equivalences(int principal, int months, int gge)
    {
        Assert.Equal(Money.Euros(gge), SafeHarbour.GrossGrantEquivalent(Money.Euros(principal), months, Rate.FromPercent(50m)));

        // The closed form the equivalences imply: GGE = 4 % x principal x years.
        Assert.Equal(0.04m * principal * months / 12m, gge);
    }

    [Theory]
    [InlineData(1_000_000, 60, 200_000)]
    [InlineData(500_000, 120, 200_000)]
    public void Legacy_safe_harbour_reproduces_1407_2013(int principal, int months, int gge) =>
        Assert.Equal(Money.Euros(gge), SafeHarbour.GrossGrantEquivalent(Money.Euros(principal), months, Rate.FromPercent(80m), DeMinimisRegime.Legacy1407));

    [Fact]
    public void Safe_harbour_is_refused_when_its_conditions_do_not_hold()
    {
        Assert.Equal(StateAidRule.SafeHarbourCollateral, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(300_000m), 60, Rate.FromPercent(49.99m))).Rule);
        Assert.Equal(StateAidRule.SafeHarbourAmount, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(1_600_000m), 12, Rate.FromPercent(60m))).Rule);
        Assert.Equal(StateAidRule.SafeHarbourAmount, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(1_000_000m), 120, Rate.FromPercent(60m))).Rule);
        Assert.Equal(StateAidRule.SafeHarbourTerm, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(100_000m), 121, Rate.FromPercent(60m))).Rule);
        Assert.Equal(StateAidRule.SafeHarbourRegime, Assert.Throws<StateAidRuleException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(100_000m), 60, Rate.FromPercent(60m), DeMinimisRegime.Sgei2023)).Rule);
        Assert.Throws<ArgumentOutOfRangeException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(-1m), 60, Rate.FromPercent(60m)));
    }

    // An HdF-type advance: EUR 300,000 granted and disbursed on 15 July 2025, 60 monthly installments, 12 months of
    // principal deferral, linear, 0 %. Base rate 2.21 % (from 1 July 2025). Expected figures come from an independent
    // 60-digit Python computation of the same definitions (tests/.../StateAid/gge_oracle.py).
    // Hand check of method A at 650 bp (reference 8.71 %, discount 3.21 %), first period 15/07 -> 15/08 (31 days):
    //   reference interest = 300,000 x (1.0871^(31/365) - 1) = 300,000 x 0.00711815 = 2,135.45
    //   discount factor    = 1.0321^(-31/365) = 0.99732014
    //   present value      = 2,135.45 x 0.99732014 = 2,129.72
    // Second period (31 days, day 62): the same interest, discount factor 0.99464746, PV 2,124.02.
    // Third period (30 days): interest 300,000 x (1.0871^(30/365) - 1) = 2,066.32, DF 0.99206781, PV 2,049.93.
    [Theory]
    [InlineData(400, GrantEquivalentMethod.DifferentialAtDiscountRate, "52192.52")]
    [InlineData(400, GrantEquivalentMethod.DifferentialAtReferenceRate, "49681.84")]
    [InlineData(650, GrantEquivalentMethod.DifferentialAtDiscountRate, "72417.65")]
    [InlineData(650, GrantEquivalentMethod.DifferentialAtReferenceRate, "66282.68")]
    [InlineData(1000, GrantEquivalentMethod.DifferentialAtDiscountRate, "100028.17")]
    [InlineData(1000, GrantEquivalentMethod.DifferentialAtReferenceRate, "86890.81")]
    public void Hdf_type_advance_gge_matches_the_independent_computation(int marginBp, GrantEquivalentMethod method, string expected)
    {
        var gge = GrantEquivalentCalculator.Compute(HdfAdvance(Money.Euros(300_000m)), Quote(marginBp), method);
        Assert.Equal(Money.Euros(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), gge.Amount);
        Assert.Equal(GrantEquivalentLimit.None, gge.Limit);
        Assert.Equal(60, gge.Lines.Count(l => l.PrincipalRepaid > 0m || l.ReferenceInterest > 0m));
    }

    [Fact]
    public void First_lines_match_the_hand_check()
    {
        var gge = GrantEquivalentCalculator.Compute(HdfAdvance(Money.Euros(300_000m)), Quote(650m));
        var lines = gge.Lines;
        Assert.Equal(new LocalDate(2025, 7, 15), lines[0].Date);
        Assert.Equal(300_000m, lines[0].Disbursed);
        Assert.Equal(2_135.445108m, decimal.Round(lines[1].ReferenceInterest, 6, MidpointRounding.ToEven));
        Assert.Equal(0.997320138601m, decimal.Round(lines[1].DiscountFactor, 12, MidpointRounding.ToEven));
        Assert.Equal(2_129.722411m, decimal.Round(lines[1].PresentValue, 6, MidpointRounding.ToEven));
        Assert.Equal(2_124.015050m, decimal.Round(lines[2].PresentValue, 6, MidpointRounding.ToEven));
        Assert.Equal(2_066.323101m, decimal.Round(lines[3].ReferenceInterest, 6, MidpointRounding.ToEven));
        Assert.Equal(Rate.FromPercent(3.21m), gge.DiscountingRate);
        Assert.Equal(Rate.FromPercent(8.71m), gge.DifferentialRate);
    }

    [Fact]
    public void Cash_flow_form_equals_method_b_and_the_gap_between_a_and_b_is_material()
    {
        var schedule = HdfAdvance(Money.Euros(300_000m));
        var b = GrantEquivalentCalculator.Compute(schedule, Quote(650m), GrantEquivalentMethod.DifferentialAtReferenceRate);
        var cash = GrantEquivalentCalculator.Compute(schedule, Quote(650m), GrantEquivalentMethod.CashFlow);
        var a = GrantEquivalentCalculator.Compute(schedule, Quote(650m));
        Assert.Equal(b.Amount, cash.Amount);
        Assert.True(Math.Abs(b.Computed - cash.Computed) < 0.000001m);
        Assert.True(a.Amount - b.Amount > Money.Euros(5_000m));
    }

    [Fact]
    public void Fees_reduce_the_aid_and_are_reported()
    {
        var plain = HdfAdvance(Money.Euros(300_000m));
        var withFee = RepaymentSchedule.Generate(plain.Terms.WithFees(Fee.Flat("file", Money.Euros(1_500m), FeeTiming.AtDisbursement)));
        var g0 = GrantEquivalentCalculator.Compute(plain, Quote(650m));
        var g1 = GrantEquivalentCalculator.Compute(withFee, Quote(650m));
        Assert.Equal(g0.Amount - Money.Euros(1_500m), g1.Amount);
        Assert.Equal(1_500m, g1.FeesPresentValue);
    }

    [Fact]
    public void Later_tranches_are_discounted_to_the_grant_date()
    {
        var one = HdfAdvance(Money.Euros(300_000m));
        var terms = one.Terms.WithTranches(new Tranche(GrantDate, Money.Euros(150_000m)), new Tranche(GrantDate.PlusMonths(3), Money.Euros(150_000m)));
        var gge = GrantEquivalentCalculator.Compute(RepaymentSchedule.Generate(terms), Quote(650m));
        Assert.True(gge.PrincipalPresentValue < 300_000m);
        Assert.True(gge.Amount < GrantEquivalentCalculator.Compute(one, Quote(650m)).Amount);
        Assert.Equal(Money.Euros(300_000m), gge.Principal);
    }

    [Fact]
    public void Grant_date_after_disbursement_is_refused()
    {
        var e = Assert.Throws<StateAidRuleException>(() => GrantEquivalentCalculator.Compute(HdfAdvance(Money.Euros(100_000m)), Quote(650m, GrantDate.PlusDays(1))));
        Assert.Equal(StateAidRule.GrantAfterDisbursement, e.Rule);
        Assert.Contains("2025-07-16 is after the first disbursement on 2025-07-15", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Market_rate_advance_carries_no_aid_and_explains_why()
    {
        var schedule = HdfAdvance(Money.Euros(300_000m), interest: InterestTerms.Fixed(Rate.FromPercent(8.71m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        var gge = GrantEquivalentCalculator.Compute(schedule, Quote(650m), GrantEquivalentMethod.DifferentialAtReferenceRate);
        Assert.Equal(Money.Euros(0m), gge.Amount);
        Assert.Equal(GrantEquivalentLimit.AtOrAboveReferenceRate, gge.Limit);
        Assert.StartsWith("No aid: the contractual rate is at or above the reference rate 8.71%", ReasonFormatter.Default.Format(gge.Explain(), System.Globalization.CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_renders_every_input_in_english_and_french()
    {
        var gge = GrantEquivalentCalculator.Compute(HdfAdvance(Money.Euros(300_000m)), Quote(650m));
        Assert.Equal(
            "Gross grant equivalent 72,417.65 EUR on 300,000.00 EUR (method A): base rate 2.21% + margin 6.5% (weak rating, low collateral) = reference rate 8.71%, discounted at 3.21% to 15/07/2025.",
            ReasonFormatter.Default.Format(gge.Explain(), System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        var french = ReasonFormatter.Default.Format(gge.Explain(), System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.StartsWith("Équivalent-subvention brut de 72 417,65", french, StringComparison.Ordinal);
        Assert.Contains("(notation faible, sûretés faibles)", french, StringComparison.Ordinal);
    }

    [Fact]
    public void Rescheduling_that_lengthens_the_term_is_new_aid_and_a_rate_rise_is_not()
    {
        var schedule = HdfAdvance(Money.Euros(300_000m));
        var eventDate = new LocalDate(2026, 9, 15);
        var holiday = schedule.Apply(new PaymentHolidayEvent(eventDate.PlusDays(1), 6, HolidayTerm.ExtendTerm, HolidayInterest.Charged));
        var extra = GrantEquivalentCalculator.ComputeRescheduling(schedule, holiday, eventDate, Quote(650m, eventDate));
        Assert.True(extra.Amount.IsPositive);
        Assert.Equal(eventDate, extra.GrantDate);
        Assert.True(extra.Amount < Money.Euros(20_000m));

        var dearer = schedule.Apply(new RateChangeEvent(eventDate.PlusDays(1), InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Of(DayCountConventions.Actual365Fixed))));
        var none = GrantEquivalentCalculator.ComputeRescheduling(schedule, dearer, eventDate, Quote(650m, eventDate));
        Assert.Equal(Money.Euros(0m), none.Amount);
        Assert.Throws<ArgumentException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, holiday, eventDate, Quote(650m)));
    }

    [Fact]
    public void Written_off_schedules_and_bad_conventions_are_refused()
    {
        var schedule = HdfAdvance(Money.Euros(300_000m)).Apply(new WriteOffEvent(new LocalDate(2027, 1, 10)));
        Assert.Throws<ArgumentException>(() => GrantEquivalentCalculator.Compute(schedule, Quote(650m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GrantEquivalentConvention(DayCountConventions.Actual365Fixed, Compounding.Periodic, 0));
        Assert.Throws<ArgumentException>(() => new GrantEquivalentConvention(DayCountConventions.Actual365Fixed, Compounding.Annual, 12));
    }

    [Fact]
    public void Per_period_and_other_day_count_conventions_are_recorded_and_close_to_the_default()
    {
        var schedule = HdfAdvance(Money.Euros(300_000m));
        var annual = GrantEquivalentCalculator.Compute(schedule, Quote(650m));
        var monthly = GrantEquivalentCalculator.Compute(schedule, Quote(650m), convention: GrantEquivalentConvention.PerPeriod(Frequency.Monthly));
        var actAct = GrantEquivalentCalculator.Compute(schedule, Quote(650m), convention: new GrantEquivalentConvention(DayCountConventions.ActualActualIsda));
        Assert.Equal(12, monthly.Convention.PeriodsPerYear);
        Assert.NotEqual(annual.Amount, monthly.Amount);
        Assert.True((annual.Amount - monthly.Amount).Abs() < Money.Euros(5_000m), $"annual {annual.Amount}, monthly {monthly.Amount}");
        Assert.True((annual.Amount - actAct.Amount).Abs() < Money.Euros(100m), $"annual {annual.Amount}, Act/Act {actAct.Amount}");
        Assert.Contains("compounded 12 times a year", monthly.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Loan_transparency_refuses_collective_proceedings()
    {
        LoanTransparency.Check(TestApplications.Boilermaker());
        var e = Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(WithProcedure(ProcedureStatus.Receivership)));
        Assert.Equal(StateAidRule.LoanTransparency, e.Rule);
        Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(WithProcedure(ProcedureStatus.ContinuationPlan)));
        LoanTransparency.Check(WithProcedure(ProcedureStatus.ContinuationPlan), plansCountAsProceedings: false);
        var unknown = Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(WithProcedure(null)));
        Assert.Equal(StateAidRule.LoanTransparencyUnknown, unknown.Rule);
        Assert.Equal(
            "Cannot tell whether a loan to the borrower is transparent de minimis aid: compliance.procedure missing (the borrower must be out of collective insolvency proceedings, not meet the criteria to be placed in them, and, if large, be rated at least B-).",
            ReasonFormatter.Default.Format(unknown.Refusal.Reason, System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Loan_transparency_refuses_a_borrower_that_meets_the_criteria_for_proceedings_and_cannot_tell_when_unstated()
    {
        var b = TestApplications.Boilermaker();
        var insolvent = b.WithCompliance(b.Compliance.WithInsolvencyCriteriaMet(true));
        Assert.Equal(StateAidRule.LoanTransparencyInsolvencyCriteria, Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(insolvent)).Rule);
        var unstated = b.WithCompliance(b.Compliance.WithInsolvencyCriteriaMet(null));
        var e = Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(unstated));
        Assert.Equal(StateAidRule.LoanTransparencyUnknown, e.Rule);
        Assert.Contains("compliance.insolvencyCriteriaMet missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_undertaking_needs_a_rating_of_at_least_B_minus()
    {
        var b = TestApplications.Boilermaker();
        Application Large(string? rating) => b.WithIdentity(b.Identity.WithHeadcount(LoanTransparency.LargeHeadcount).WithBanqueDeFranceRating(rating));

        // Banque de France 5+ is a B-type rating (category weak): transparent. 8 and 9 (category bad) are not.
        LoanTransparency.Check(Large("5+"));
        var bad = Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(Large("8")));
        Assert.Equal(StateAidRule.LoanTransparencyRating, bad.Rule);
        Assert.Contains("rated 8 (Bad), below B-", bad.Message, StringComparison.Ordinal);
        Assert.Contains("identity.creditRating missing", Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(Large(null))).Message, StringComparison.Ordinal);
        Assert.Contains("identity.creditRating missing", Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(Large("0"))).Message, StringComparison.Ordinal); // 0: no credit history

        // 249 persons with at most EUR 50M of turnover is an SME: no rating needed.
        LoanTransparency.Check(b.WithIdentity(b.Identity.WithHeadcount(249).WithBanqueDeFranceRating(null)));
        Assert.Contains("identity.headcount missing", Assert.Throws<StateAidRuleException>(() => LoanTransparency.Check(b.WithIdentity(b.Identity.WithHeadcount(null)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_parse_requires_a_unit()
    {
        Assert.Equal(Rate.FromPercent(1.5m), Rate.Parse("1.5%"));
        Assert.Equal(Rate.FromPercent(1.5m), Rate.Parse("150bp"));
        Assert.Equal(Rate.FromPercent(-0.31m), Rate.Parse("\u22120.31 %"));
        Assert.False(Rate.TryParse("1.5", out _));
        Assert.Contains("write a number with its unit", Assert.Throws<FormatException>(() => Rate.Parse("0.015")).Message, StringComparison.Ordinal);
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static Application WithProcedure(ProcedureStatus? status)
    {
        var b = TestApplications.Boilermaker();
        return b.WithCompliance(b.Compliance.WithProcedure(status));
    }
}
