using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// What each <see cref="SchedulePhase"/> means lives in one table. These tests enumerate every phase and hold each
/// consumer to its entry: the engine's rows, servicing's replay, payment holidays, the GGE, the rows' capitalized
/// interest and the JSON name. A phase added to the enum without its entry, or a consumer that ignores it, fails here.
/// </summary>
public sealed class PhaseTableTests
{
    private static readonly LocalDate Start = new(2025, 1, 15);

    public static TheoryData<SchedulePhase> Phases() => [.. Enum.GetValues<SchedulePhase>()];

    public static TheoryData<SchedulePhase> DeferralPhases() => [.. Enum.GetValues<SchedulePhase>().Where(p => p != SchedulePhase.Amortization)];

    [Fact]
    public void The_table_has_one_entry_per_phase_in_the_order_of_their_values()
    {
        var phases = Enum.GetValues<SchedulePhase>();
        Assert.Equal(phases.Length, PhaseTable.All.Length);
        for (var i = 0; i < phases.Length; i++)
        {
            Assert.Equal((int)phases[i], (int)PhaseTable.All[i].Phase);
            Assert.Equal(phases[i], PhaseTable.Of(phases[i]).Phase);
        }

        // Amortization and interest grace repay principal, and every interest treatment has an implementation.
        Assert.Equal([SchedulePhase.Amortization, SchedulePhase.InterestGrace], phases.Where(PhaseTable.RepaysPrincipal));
        Assert.All(PhaseTable.All.ToArray(), e => Assert.True(Enum.IsDefined(e.Interest)));

        // Every holiday treatment produces a phase, each a different one.
        var holidays = Enum.GetValues<HolidayInterest>().Select(PhaseTable.ForHoliday).ToList();
        Assert.Equal(holidays.Count, holidays.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(DeferralPhases))]
    public void The_engine_treats_each_deferral_as_its_entry_says(SchedulePhase phase)
    {
        var entry = PhaseTable.Of(phase);
        var schedule = Generate(phase);
        var deferred = schedule.Installments.Take(3).ToList();
        var amortizing = schedule.Installments.Skip(3).ToList();
        Assert.All(deferred, r => Assert.Equal(phase, r.Phase));
        Assert.All(deferred, r => Assert.Equal(entry.RepaysPrincipal, r.Principal.IsPositive));
        Assert.All(deferred, r => Assert.Equal(entry.RepaysPrincipal ? 100_000m / 12 : 0m, r.Principal.Amount, 2));
        Assert.All(deferred, r => Assert.True(r.InterestAccrued.IsPositive));
        var accrued = deferred.Sum(r => r.InterestAccrued.Amount);
        var extraInAmortization = amortizing.Sum(r => r.Interest.Amount - r.InterestAccrued.Amount);
        switch (entry.Interest)
        {
            case AccruedInterest.Paid:
                Assert.All(deferred, r => Assert.Equal(r.InterestAccrued, r.Interest));
                Assert.Equal(0m, extraInAmortization);
                break;
            case AccruedInterest.Carried:
                Assert.All(deferred, r => Assert.True(r.Interest.IsZero));
                Assert.Equal(accrued, amortizing[0].Interest.Amount - amortizing[0].InterestAccrued.Amount);
                Assert.Equal(accrued, extraInAmortization);
                break;
            case AccruedInterest.Waived:
                Assert.All(deferred, r => Assert.True(r.Interest.IsZero));
                Assert.Equal(0m, extraInAmortization);
                break;
            case AccruedInterest.Capitalized:
                Assert.All(deferred, r => Assert.Equal(r.InterestAccrued, r.Capitalized));
                Assert.Equal(100_000m + accrued, schedule.TotalPrincipal.Amount);
                break;
            case AccruedInterest.Spread:
                Assert.All(deferred, r => Assert.True(r.Interest.IsZero));
                Assert.Equal(accrued, extraInAmortization);
                Assert.True(amortizing.Max(r => r.Interest.Amount - r.InterestAccrued.Amount) - amortizing.Min(r => r.Interest.Amount - r.InterestAccrued.Amount) <= 0.01m);
                break;
            default:
                Assert.Fail($"No test for {entry.Interest}.");
                break;
        }

        // Rows report capitalized interest exactly for capitalizing phases.
        Assert.All(schedule.Installments, r => Assert.Equal(PhaseTable.Of(r.Phase).Interest == AccruedInterest.Capitalized, r.Capitalized.IsPositive));
    }

    [Theory]
    [MemberData(nameof(DeferralPhases))]
    public void Servicing_replays_each_phase_as_the_engine_computed_it(SchedulePhase phase)
    {
        // A rate change after the deferral keeps its rows and replays the carried interest into the tail: the same
        // rows as generating the schedule with the changed rate from that date would give for the untouched part. (A
        // principal that 12 divides: a linear tail re-amortizes its balance, which keeps the rows only without residue.)
        var schedule = Generate(phase, principal: 120_000m);
        var date = schedule.Installments[3].DueDate.PlusDays(1);
        var changed = schedule.Apply(new RateChangeEvent(date, schedule.Terms.Interest));
        Assert.Equal(schedule.Installments, changed.Installments);
        Assert.Equal(schedule.TotalPrincipal, changed.TotalPrincipal);
        var early = schedule.Apply(new RateChangeEvent(schedule.Installments[1].DueDate.PlusDays(1), schedule.Terms.Interest));
        Assert.Equal(schedule.Installments, early.Installments);
    }

    [Theory]
    [InlineData(HolidayInterest.Charged)]
    [InlineData(HolidayInterest.Waived)]
    [InlineData(HolidayInterest.Capitalized)]
    public void A_payment_holiday_gives_its_periods_the_phase_of_its_treatment(HolidayInterest interest)
    {
        var schedule = Generate(SchedulePhase.PrincipalDeferral);
        var date = schedule.Installments[4].DueDate.PlusDays(1);
        var holiday = schedule.Apply(new PaymentHolidayEvent(date, 2, HolidayTerm.ExtendTerm, interest));
        var phase = PhaseTable.ForHoliday(interest);
        Assert.Equal([phase, phase], holiday.Installments.Where(r => r.DueDate > date).Take(2).Select(r => r.Phase));
        Assert.Equal(PhaseTable.Of(phase).Holiday, interest);
    }

    [Theory]
    [MemberData(nameof(DeferralPhases))]
    public void The_GGE_counts_a_phase_as_aid_at_any_rate_exactly_when_its_entry_says(SchedulePhase phase)
    {
        var quote = new ReferenceRateQuote("FR", Start, new BaseRateEntry("FR", Start, null, Rate.FromPercent(2m)), new RiskProfile(RatingCategory.Satisfactory, CollateralLevel.Low), Rate.FromBasisPoints(220));
        var schedule = Generate(phase, Rate.FromPercent(9m)); // above the 4.2 % reference rate
        var gge = GrantEquivalentCalculator.Compute(schedule, quote);
        Assert.Equal(PhaseTable.Of(phase).AidAtAnyRate, gge.Limit != GrantEquivalentLimit.AtOrAboveReferenceRate);
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void Every_phase_has_a_json_name_that_reads_back(SchedulePhase phase)
    {
        var name = char.ToLowerInvariant(phase.ToString()[0]) + phase.ToString()[1..];
        var json = $$"""
            { "tranches": [ { "date": "2025-01-15", "amount": { "amount": "100000.00", "currency": "EUR" } } ],
              "installments": 12, "frequencyMonths": 1, "amortization": { "kind": "linear" }, "interest": { "kind": "zero" },
              "deferral": [ { "phase": "{{name}}", "installments": 3 } ] }
            """;
        var read = TermsDocument.TryRead(json, out var terms, out var errors);
        if (phase == SchedulePhase.Amortization)
        {
            Assert.False(read); // amortization is not a deferral: refused by the domain, its name understood
            Assert.DoesNotContain(errors, e => e.Path == "$.deferral[0].phase");
        }
        else
        {
            Assert.True(read, string.Join("; ", errors));
            Assert.Equal(phase, terms!.Terms.Deferral[0].Kind);
        }
    }

    private static RepaymentSchedule Generate(SchedulePhase phase, Rate? rate = null, decimal principal = 100_000m) =>
        RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(principal), Start, 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(rate ?? Rate.FromPercent(4m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)))
                .WithDeferral(DeferralPhase.ForInstallments(phase, 3)));
}
