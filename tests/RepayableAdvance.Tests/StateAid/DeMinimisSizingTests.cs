using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;
using static RepayableAdvance.Tests.StateAid.StateAidFixtures;

namespace RepayableAdvance.Tests.StateAid;

public sealed class DeMinimisSizingTests
{
    [Fact]
    public void De_minimis_headroom_caps_the_sized_advance_through_the_sizing_seam()
    {
        // The boilermaker already received EUR 280,000 of de minimis aid in 2024: only EUR 20,000 of GGE is left.
        var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("prior", "302512345", new NodaTime.LocalDate(2024, 5, 2), DeMinimisRegime.General2023, Money.Euros(280_000m)));
        var application = TestApplications.Boilermaker();
        var cap = MaximumAdvance.SizingCap(register, DeMinimisRegime.General2023, GrantDate, a => new AdvanceAidTerms(
            "302512345",
            ReferenceRateQuote.For(Table, "FR", GrantDate, RiskProfile.FromRating(a.Identity.BanqueDeFranceRating!, RatingMapping.BanqueDeFrance, CollateralLevel.Low)),
            p => HdfAdvance(p),
            Money.Euros(300_000m)));

        var sized = Presets.Sizing("hauts-de-france-prevention").Evaluate(application, new SizingContext(DeMinimisCap: cap));
        var unconstrained = Presets.Sizing("hauts-de-france-prevention").Evaluate(application);
        Assert.Equal(Money.Euros(150_000m), unconstrained.Amount);
        Assert.Equal("deMinimisHeadroom", sized.BindingConstraint?.Code);

        // The cap itself fits to the cent; the policy then rounds it down to its step, so the advance fits too.
        var capped = cap(application)!.Value;
        var gge = GrantEquivalentCalculator.Compute(HdfAdvance(capped), ReferenceRateQuote.For(Table, "FR", GrantDate, new RiskProfile(RatingCategory.Weak, CollateralLevel.Low)));
        Assert.True(gge.Amount <= Money.Euros(20_000m));
        Assert.True(GrantEquivalentCalculator.Compute(HdfAdvance(capped + Money.Euros(0.01m)), gge.Quote).Amount > Money.Euros(20_000m));
        Assert.NotNull(sized.Amount);
        Assert.True(sized.Amount!.Value <= capped, $"sized {sized.Amount}, cap {capped}");
    }
}
