using RepayableAdvance.Scheduling;
using NodaTime;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Tests.Funds;

internal static class FundFixtures
{
    public static readonly LocalDate Inception = new(2025, 1, 1);

    /// <summary>Hauts-de-France Prévention: EUR 20M from the Region and the CCI (the split is not public; 75/25 here).</summary>
    public static Fund HautsDeFrance(bool revolving = true, LossSharing sharing = LossSharing.ProRata) => new(
        "hdf-prevention", "Hauts-de-France Prévention", Currency.EUR, Inception,
        [new CoFunder("region", "Région Hauts-de-France"), new CoFunder("cci", "CCI Hauts-de-France")],
        revolving, sharing, sharing == LossSharing.FirstLoss ? ["cci", "region"] : null);

    public static FundLedger Endowed(bool revolving = true, LossSharing sharing = LossSharing.ProRata) =>
        HautsDeFrance(revolving, sharing).NewLedger()
            .Append(FundEvent.Contribution(Inception, "region", Money.Euros(15_000_000m)))
            .Append(FundEvent.Contribution(Inception, "cci", Money.Euros(5_000_000m)));

    public static Money E(decimal amount) => Money.Euros(amount);

    /// <summary>The book tests' advance: 60 monthly installments from 2025-08-01, 12 of principal deferral, linear, 0 %.</summary>
    public static RepaymentSchedule BookSchedule(Money principal) => RepaymentSchedule.Generate(
        ScheduleTerms.Create(principal, new LocalDate(2025, 8, 1), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
}
