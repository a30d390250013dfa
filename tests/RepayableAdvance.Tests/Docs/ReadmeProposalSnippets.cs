// A namespace outside the library's, as a user's console app has: the usings below are exactly what the README's
// quick start needs, and the build (unnecessary usings are errors) keeps them so.
#region snippet:readme-usings
using System.Globalization;
using NodaTime;
using RepayableAdvance;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;   // IndexFixings
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
#endregion

namespace ReadmeQuickStart;

/// <summary>The README's quick start, compiled in a namespace of its own with the README's usings.</summary>
public class ReadmeProposalSnippets
{
    [Fact]
    public void Proposal()
    {
        var applicationFile = Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "boilermaker-application.json");
        #region snippet:readme-proposal
        // The application, the data the library never hard-codes (base rates, the Euribor fixing) and the fund.
        var application = ApplicationDocument.Read(File.ReadAllText(applicationFile));
        var baseRates = BaseRateTable.ParseCsv("From;To;FR\n1.7.2025;;2,21", validThrough: new LocalDate(2026, 1, 31));
        var euribor = new IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);
        var fund = SchemePresets.HautsDeFrancePrevention.VersionOn(application.AsOf).Fund.NewLedger()
            .Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "region", Money.Euros(10_000_000m)))
            .Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "cci", Money.Euros(10_000_000m)));

        // One call: eligibility, sizing, terms and schedule, gross grant equivalent and de minimis, fund check.
        var proposal = SchemePresets.HautsDeFrancePrevention.Propose(
            application, new ProposalContext(fund, DeMinimisRegister.Empty, euribor, baseRates));

        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(150_000m), proposal.Amount);                   // two months of payroll
        Assert.Equal("payrollMonths", proposal.Sizing!.BindingConstraint?.Code);       // not the 200k co-financing cap
        Assert.Equal(Rate.FromPercent(3.49m), proposal.Schedule!.Installments[0].Rate);
        Assert.Equal(Rate.FromPercent(8.71m), proposal.Aid!.Quote.ReferenceRate);
        Assert.True(proposal.DeMinimis!.Fits);
        Assert.Equal(Money.Euros(19_850_000m), proposal.FundAfter!.Available);
        var why = proposal.Explain(CultureInfo.GetCultureInfo("fr-FR"));       // every stage, in French: one line each
        Console.WriteLine(string.Join(Environment.NewLine, why));
        #endregion
        Assert.StartsWith("Proposé au comité", why[0], StringComparison.Ordinal);
    }
}
