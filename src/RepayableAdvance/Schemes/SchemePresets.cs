using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Schemes;

/// <summary>Built-in schemes, assembled from the eligibility and sizing presets.</summary>
/// <remarks>
/// Hauts-de-France Prévention, as far as public sources describe it: 5 years including 1 year of principal deferral,
/// Euribor 3M + 150 bp with the 0 % floor read as applying to the index (the scheme says "floored at 0 %"; flooring the
/// index is the reading that keeps the margin, and a test shows a −0.33 % fixing giving 1.50 % all-in), fixed at the
/// application date. The installment frequency is not public; quarterly is assumed (the national Prêt Rebond
/// practice). The fund's split between the Region and the CCI is not public either.
/// </remarks>
public static class SchemePresets
{
    /// <summary>Gets the Hauts-de-France Prévention fund: a Region and a Chamber of Commerce, revolving.</summary>
    /// <value>Inception 1 October 2017.</value>
    public static Fund HautsDeFranceFund { get; } = new(
        "hauts-de-france-prevention", "Hauts-de-France Prévention", Currency.EUR, new LocalDate(2017, 10, 1),
        [new CoFunder("region", "Région Hauts-de-France"), new CoFunder("cci", "CCI Hauts-de-France")],
        revolving: true);

    /// <summary>Gets the Hauts-de-France advance terms: 5 years quarterly, 1 year of principal deferral, Euribor 3M + 150 bp floored at 0 % on the index, fixed at application.</summary>
    /// <value>Actual/360, French calendar, Modified Following.</value>
    public static AdvanceTermsTemplate HautsDeFranceTerms { get; } = new(
        60,
        Frequency.Quarterly,
        AmortizationProfile.Linear,
        RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, floorTarget: FloorTarget.Index, fixedAtApplication: true),
        [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)],
        AccrualBasis.Of(DayCountConventions.Actual360),
        HolidayCalendars.France,
        BusinessDayConvention.ModifiedFollowing);

    /// <summary>Gets Hauts-de-France Prévention: versions 2017, 2020 (crisis variant), 2021 and 2024 (Regulation 2023/2831).</summary>
    /// <value>The scheme.</value>
    public static Scheme HautsDeFrancePrevention { get; } = new(
        "hauts-de-france-prevention",
        "Hauts-de-France Prévention",
        [
            Version("2017", new LocalDate(2017, 10, 1), new LocalDate(2020, 3, 15), DeMinimisRegime.Legacy1407),
            Version("2020", new LocalDate(2020, 3, 16), new LocalDate(2021, 6, 30), DeMinimisRegime.Legacy1407),
            Version("2021", new LocalDate(2021, 7, 1), new LocalDate(2023, 12, 31), DeMinimisRegime.Legacy1407),
            Version("2024", new LocalDate(2024, 1, 1), null, DeMinimisRegime.General2023),
        ]);

    /// <summary>Gets every built-in scheme.</summary>
    /// <value>The presets.</value>
    public static IReadOnlyList<Scheme> All { get; } = [HautsDeFrancePrevention];

    /// <summary>Finds a preset by identifier.</summary>
    /// <param name="id">The identifier, such as <c>hauts-de-france-prevention</c>.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">No preset has that identifier; the message lists them.</exception>
    public static Scheme FromName(string id) =>
        All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(Preconditions.Invariant($"No scheme preset is named '{id}'; presets: {string.Join(", ", All.Select(s => s.Id))}."), nameof(id));

    private static SchemeVersion Version(string label, LocalDate from, LocalDate? to, DeMinimisRegime regime) =>
        new(label, from, to, EligibilityPresets.HautsDeFrancePrevention, SizingPresets.HautsDeFrancePrevention, HautsDeFranceTerms, new StateAidTerms(regime, "FR"), HautsDeFranceFund);
}
