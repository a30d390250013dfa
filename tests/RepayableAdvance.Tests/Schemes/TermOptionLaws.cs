using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>Laws of a choice of terms: presenting the options chooses nothing and computes each exactly as if the firm had chosen it.</summary>
public sealed class TermOptionLaws
{
    [Fact]
    public void Each_alternative_is_the_proposal_made_with_that_choice_and_the_presentation_chooses_none()
    {
        var checkedChoices = 0;
        Laws.Check(
            60,
            from scheme in SchemeGenerators.Scheme()
            from day in Gen.Choose(0, 3_600)
            select (scheme, day),
            c =>
            {
                var application = TestApplications.Boilermaker(asOf: new LocalDate(2015, 1, 1).PlusDays(c.day));
                var version = c.scheme.VersionOn(application.AsOf);
                var context = new ProposalContext(null, DeMinimisRegister.Empty, SchemeGenerators.Fixings, SchemeGenerators.BaseRates);
                Proposal presented;
                try
                {
                    presented = c.scheme.Propose(application, context);
                }
                catch (ArgumentException)
                {
                    return; // a generated rate rule the fixing takes out of range refuses every option alike
                }

                if (!presented.Eligibility.IsEligible)
                {
                    Assert.Empty(presented.Alternatives);
                    Assert.Null(presented.Option);
                    return;
                }

                if (!version.OffersChoice)
                {
                    Assert.Empty(presented.Alternatives);
                    Assert.Equal(TermOption.StandardName, presented.Option!.Name);
                    return;
                }

                Assert.Equal(ProposalOutcome.ChooseTerms, presented.Outcome);
                Assert.Null(presented.Amount);
                Assert.Null(presented.Schedule);
                Assert.Equal(version.TermOptions.Select(o => o.Name), presented.Alternatives.Select(a => a.Option!.Name));
                foreach (var alternative in presented.Alternatives)
                {
                    var chosen = c.scheme.Propose(application.WithNeed(application.Need.WithTermOption(alternative.Option!.Name)), context);
                    Assert.Equal(Figures(chosen), Figures(alternative));
                    Assert.Empty(chosen.Alternatives);
                    checkedChoices++;
                }
            });
        Assert.True(checkedChoices > 0 || Laws.Scaled(60) < 30, "The generator offered no eligible choice of terms.");
    }

    private static string Figures(Proposal p) =>
        $"{p.Option!.Name} {p.Outcome} {p.Amount} {p.Sizing?.BindingConstraint?.Code} {p.Aid?.Amount} {p.DeMinimis?.HeadroomAfter} "
        + string.Join(";", p.Schedule?.Installments.Select(i => $"{i.DueDate} {i.Principal} {i.Interest}") ?? [])
        + string.Join("|", p.Explain(System.Globalization.CultureInfo.InvariantCulture));
}
