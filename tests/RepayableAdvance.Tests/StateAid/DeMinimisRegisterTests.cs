using NodaTime;
using RepayableAdvance.StateAid;
using static RepayableAdvance.Tests.StateAid.StateAidFixtures;

namespace RepayableAdvance.Tests.StateAid;

public sealed class DeMinimisRegisterTests
{
    private static readonly DeMinimisRegime General = DeMinimisRegime.General2023;

    private static DeMinimisGrant Grant(string id, string who, LocalDate date, decimal gge, DeMinimisRegime? regime = null) =>
        new(id, who, date, regime ?? General, Money.Euros(gge), "committee decision notified");

    [Fact]
    public void Headroom_counts_the_rolling_three_years()
    {
        var register = DeMinimisRegister.Empty
            .Record(Grant("g1", "A", new LocalDate(2022, 9, 1), 100_000m, DeMinimisRegime.Legacy1407))
            .Record(Grant("g2", "A", new LocalDate(2024, 3, 1), 120_000m));
        Assert.Equal(Money.Euros(80_000m), register.Headroom("A", General, new LocalDate(2025, 7, 15)));

        // g1 leaves the window on its third anniversary.
        Assert.Equal(Money.Euros(80_000m), register.Headroom("A", General, new LocalDate(2025, 8, 31)));
        Assert.Equal(Money.Euros(180_000m), register.Headroom("A", General, new LocalDate(2025, 9, 1)));
        Assert.Equal(Money.Euros(300_000m), register.Headroom("B", General, new LocalDate(2025, 9, 1)));
    }

    [Fact]
    public void All_or_nothing_refuses_the_whole_grant_and_leaves_the_register_unchanged()
    {
        var register = DeMinimisRegister.Empty.Record(Grant("g1", "A", new LocalDate(2024, 1, 10), 250_000m));
        var check = register.TryRecord(Grant("g2", "A", new LocalDate(2025, 7, 15), 50_000.01m), out var after);
        Assert.False(check.Fits);
        Assert.Null(after);
        Assert.Equal(Money.Euros(50_000m), check.HeadroomBefore);
        var e = Assert.Throws<StateAidRuleException>(() => register.Record(Grant("g2", "A", new LocalDate(2025, 7, 15), 50_000.01m)));
        Assert.Equal(StateAidRule.AllOrNothing, e.Rule);
        Assert.Contains("refused whole, never clipped", e.Message, StringComparison.Ordinal);
        Assert.Single(register.Grants);
        Assert.True(register.TryRecord(Grant("g2", "A", new LocalDate(2025, 7, 15), 50_000m), out _).Fits);
        Assert.Equal(
            "De minimis: 50,000.01 EUR does not fit under Regulation (EU) 2023/2831: the ceiling of 300,000.00 EUR (Art. 3(2) and 5(1) of Regulation (EU) 2023/2831) already counts 250,000.00 EUR from 16/07/2022 to 15/07/2025, headroom before this aid 50,000.00 EUR. The aid is refused whole.",
            ReasonFormatter.Default.Format(check.Explain(), System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Linked_entities_form_one_single_undertaking_and_mergers_count_from_their_date()
    {
        var register = DeMinimisRegister.Empty
            .WithLink("Holding", "A")
            .WithLink("Holding", "B")
            .WithMerger("C", "A", new LocalDate(2025, 1, 1))
            .Record(Grant("g1", "B", new LocalDate(2024, 1, 10), 100_000m))
            .Record(Grant("g2", "C", new LocalDate(2024, 6, 10), 150_000m));
        Assert.Equal(["A", "B", "C", "Holding"], register.SingleUndertaking("A", new LocalDate(2025, 7, 15)));
        Assert.Equal(Money.Euros(50_000m), register.Headroom("A", General, new LocalDate(2025, 7, 15)));
        Assert.Equal(Money.Euros(200_000m), register.Headroom("A", General, new LocalDate(2024, 12, 31)));
    }

    [Fact]
    public void Legacy_regime_counts_three_fiscal_years()
    {
        var legacy = DeMinimisRegime.Legacy1407;
        var register = DeMinimisRegister.Empty
            .Record(Grant("g1", "A", new LocalDate(2019, 12, 31), 150_000m, legacy))
            .Record(Grant("g2", "A", new LocalDate(2020, 1, 1), 40_000m, legacy));
        Assert.Equal(new LocalDate(2019, 1, 1), legacy.WindowStart(new LocalDate(2021, 12, 31)));
        Assert.Equal(Money.Euros(10_000m), register.Headroom("A", legacy, new LocalDate(2021, 12, 31)));
        Assert.Equal(Money.Euros(160_000m), register.Headroom("A", legacy, new LocalDate(2022, 1, 1)));

        // Legacy grants still count against the 2023 ceiling; fiscal years starting in July are supported.
        Assert.Equal(Money.Euros(260_000m), register.Headroom("A", General, new LocalDate(2022, 12, 31)));
        var july = new DeMinimisRegime("july", "July fiscal year", Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears, fiscalYearStart: 7);
        Assert.Equal(new LocalDate(2019, 7, 1), july.WindowStart(new LocalDate(2022, 6, 30)));
    }

    [Fact]
    public void Sgei_aid_cumulates_with_general_aid_up_to_750k()
    {
        var register = DeMinimisRegister.Empty
            .Record(Grant("g1", "A", new LocalDate(2024, 1, 10), 300_000m))
            .Record(Grant("s1", "A", new LocalDate(2024, 6, 1), 400_000m, DeMinimisRegime.Sgei2023));
        Assert.Equal(Money.Euros(50_000m), register.Headroom("A", DeMinimisRegime.Sgei2023, new LocalDate(2025, 1, 1)));
        Assert.Equal(Money.Euros(0m), register.Headroom("A", General, new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void A_backdated_grant_cannot_break_a_later_window()
    {
        var register = DeMinimisRegister.Empty.Record(Grant("g1", "A", new LocalDate(2025, 6, 1), 250_000m));

        // On 2023-01-01 alone the window is empty, but the window ending 2025-06-01 would hold 350,000.
        var check = register.Check("A", General, new LocalDate(2023, 1, 1), Money.Euros(100_000m));
        Assert.False(check.Fits);
        Assert.Equal(new LocalDate(2025, 6, 1), check.WindowEnd);
        Assert.Equal(Money.Euros(50_000m), register.Headroom("A", General, new LocalDate(2023, 1, 1)));
    }

    [Fact]
    public void Leap_day_grants_leave_the_window_on_28_february()
    {
        Assert.Equal(new LocalDate(2024, 3, 1), General.WindowStart(new LocalDate(2027, 2, 28)));
        Assert.Equal(new LocalDate(2025, 3, 1), General.WindowStart(new LocalDate(2028, 2, 29)));
        Assert.Equal(new LocalDate(2024, 2, 29), General.WindowStart(new LocalDate(2027, 2, 27)).PlusDays(1));
    }

    [Fact]
    public void Bad_input_is_refused_with_its_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Grant("g", "A", GrantDate, -1m));
        Assert.Throws<CurrencyMismatchException>(() => new DeMinimisGrant("g", "A", GrantDate, General, new Money(1m, Currency.USD)));
        Assert.Throws<ArgumentException>(() => Grant("", "A", GrantDate, 1m));
        var register = DeMinimisRegister.Empty.Record(Grant("g", "A", GrantDate, 1m));
        Assert.Contains("already recorded", Assert.Throws<ArgumentException>(() => register.Record(Grant("g", "A", GrantDate, 1m))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeMinimisRegime("x", "x", Money.Euros(0m)));
    }

    [Fact]
    public void A_rescheduling_is_recorded_as_new_aid_on_its_date()
    {
        var schedule = HdfAdvance(Money.Euros(300_000m));
        var original = GrantEquivalentCalculator.Compute(schedule, Quote(650m));
        var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("HDF-1", "A", GrantDate, General, original.Amount, "committee decision notified"));

        var eventDate = new LocalDate(2026, 9, 15);
        var holiday = schedule.Apply(new RepayableAdvance.Scheduling.PaymentHolidayEvent(eventDate.PlusDays(1), 6, RepayableAdvance.Scheduling.HolidayTerm.ExtendTerm, RepayableAdvance.Scheduling.HolidayInterest.Waived));
        var extra = GrantEquivalentCalculator.ComputeRescheduling(schedule, holiday, eventDate, Quote(650m, eventDate));
        Assert.True(extra.Amount.IsPositive);

        var after = register.Record(new DeMinimisGrant("HDF-1-moratorium", "A", eventDate, General, extra.Amount, "rescheduling agreed"));
        Assert.Equal(General.Ceiling - original.Amount - extra.Amount, after.Headroom("A", General, eventDate));
        Assert.Equal(2, after.Check("A", General, eventDate, Money.Euros(0m)).Counted.Count);
    }
}
