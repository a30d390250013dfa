using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;
using RepayableAdvance.Tests.Schemes;

namespace RepayableAdvance.Tests;

/// <summary>The application in parts: each part validates its fields, With… methods change one field and validate again, and the document has the same shape.</summary>
public sealed class ApplicationPartsTests
{
    [Fact]
    public void Parts_not_given_are_empty_and_never_null()
    {
        var bare = new Application(new LocalDate(2025, 7, 15));
        Assert.Same(ApplicantIdentity.Empty, bare.Identity);
        Assert.Same(ApplicantLocation.Empty, bare.Location);
        Assert.Same(FinancingNeed.Empty, bare.Need);
        Assert.Same(ComplianceAndProcedure.Empty, bare.Compliance);
        Assert.Same(ApplicantGroup.Empty, bare.Group);
        Assert.Empty(bare.Location.EstablishmentRegions);
        Assert.Empty(bare.Group.LinkedEntities);
        Assert.Null(bare.Identity.Headcount);
        Assert.Null(bare.LatestFiscalYear);
    }

    [Fact]
    public void Each_part_refuses_a_bad_field_with_its_name_and_the_allowed_values()
    {
        Assert.Equal("headcount", Assert.Throws<ArgumentOutOfRangeException>(() => new ApplicantIdentity(headcount: -1)).ParamName);
        Assert.Contains("NN.NNL", Assert.Throws<ArgumentException>(() => ApplicantIdentity.Empty.WithNafCode("2529Z")).Message, StringComparison.Ordinal);
        Assert.Contains("must be one of", Assert.Throws<ArgumentException>(() => ApplicantIdentity.Empty.WithBanqueDeFranceRating("Z9")).Message, StringComparison.Ordinal);
        Assert.Equal("creditRating", Assert.Throws<ArgumentException>(() => new ApplicantIdentity(creditRating: " ")).ParamName);
        Assert.Equal("requestedAmount", Assert.Throws<ArgumentException>(() => new FinancingNeed(requestedAmount: Money.Euros(-1m))).ParamName);
        Assert.Equal("orderBookMonths", Assert.Throws<ArgumentOutOfRangeException>(() => FinancingNeed.Empty.WithOrderBookMonths(-1m)).ParamName);
        Assert.Equal("establishmentRegions", Assert.Throws<ArgumentException>(() => new ApplicantLocation(establishmentRegions: ["Bretagne", " "])).ParamName);
        Assert.Equal("linkedEntities", Assert.Throws<ArgumentException>(() => new ApplicantGroup(linkedEntities: [""])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ApplicantGroup(name: " ")).ParamName);
    }

    [Fact]
    public void With_methods_change_one_field_and_validate_across_parts_again()
    {
        var b = TestApplications.Boilermaker();
        var smaller = b.WithIdentity(b.Identity.WithHeadcount(12));
        Assert.Equal(12, smaller.Identity.Headcount);
        Assert.Equal(20, b.Identity.Headcount);                                   // the original is unchanged
        Assert.Equal(b.Identity.NafCode, smaller.Identity.NafCode);               // every other field kept
        Assert.Same(b.Need, smaller.Need);

        // Across parts: a creation date after the as-of date, or a need in another currency, is refused.
        Assert.Contains("after the application date", Assert.Throws<ArgumentException>(() => b.WithIdentity(b.Identity.WithCreationDate(new LocalDate(2026, 1, 1)))).Message, StringComparison.Ordinal);
        Assert.Contains("one currency", Assert.Throws<ArgumentException>(() => b.WithNeed(b.Need.WithRequestedAmount(new Money(1m, Currency.USD)))).Message, StringComparison.Ordinal);
        Assert.Contains("out of order", Assert.Throws<ArgumentException>(() => b.WithFiscalYears([.. b.FiscalYears.Reverse()])).Message, StringComparison.Ordinal);
        Assert.Empty(b.WithCoFinancing([]).CoFinancing);
        Assert.Equal("Hauts-de-France", b.WithLocation(new ApplicantLocation("Bretagne", ["Hauts-de-France"])).Location.EstablishmentRegions[0]);
        Assert.Equal(ProcedureStatus.SafeguardPlan, b.WithCompliance(b.Compliance.WithProcedure(ProcedureStatus.SafeguardPlan)).Compliance.Procedure);
        Assert.Throws<ArgumentNullException>(() => b.WithNeed(null!));
    }

    [Fact]
    public void The_document_has_the_same_parts_and_round_trips()
    {
        var b = TestApplications.Boilermaker();
        var grouped = b.WithGroup(new ApplicantGroup("Chaudronnerie Holding", ["302 512 999"]));
        var json = ApplicationDocument.Write(grouped);
        foreach (var part in new[] { "\"identity\"", "\"location\"", "\"fiscalYears\"", "\"need\"", "\"compliance\"", "\"coFinancing\"", "\"group\"" })
        {
            Assert.Contains(part, json, StringComparison.Ordinal);
        }

        var read = ApplicationDocument.Read(json);
        Assert.Equal(ApplicationDocument.Write(grouped), ApplicationDocument.Write(read));
        Assert.Equal(["302 512 999"], read.Group.LinkedEntities);
        Assert.Equal("Chaudronnerie Holding", read.Group.Name);

        Assert.False(ApplicationDocument.TryRead("""{ "asOf": "2025-07-15", "need": { "orderBookMonths": -2 } }""", out _, out var errors));
        Assert.Equal("$.need.orderBookMonths", Assert.Single(errors).Path);
        Assert.False(ApplicationDocument.TryRead("""{ "asOf": "2025-07-15", "identity": { "creationDate": "2026-01-01" } }""", out _, out var late));
        Assert.Equal("$.identity.creationDate", Assert.Single(late).Path);
    }

    [Fact]
    public void The_declared_group_counts_its_prior_aid_in_the_de_minimis_check()
    {
        var b = TestApplications.Boilermaker();
        var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("BPI-2024-3", "302 512 999", new LocalDate(2024, 5, 1), DeMinimisRegime.General2023, Money.Euros(40_000m)));
        var context = new ProposalContext(ProposalFixtures.Ledger(), register, ProposalFixtures.Euribor, ProposalFixtures.BaseRates);
        var alone = SchemePresets.HautsDeFrancePrevention.Propose(b, context);
        var grouped = SchemePresets.HautsDeFrancePrevention.Propose(b.WithGroup(new ApplicantGroup(linkedEntities: ["302 512 999"])), context);
        Assert.Equal(Money.Zero(Currency.EUR), alone.DeMinimis!.Used);
        Assert.Equal(Money.Euros(40_000m), grouped.DeMinimis!.Used);
        Assert.Equal(["302 512 345", "302 512 999"], grouped.DeMinimis.Undertaking);
    }
}
