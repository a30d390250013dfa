using RepayableAdvance.Json;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/configure-a-scheme.md, run as tests.</summary>
public class ConfigureSchemeSnippets
{
    [Fact]
    public void StartFromAPreset()
    {
        var folder = Directory.CreateTempSubdirectory("ra-doc-").FullName;
        try
        {
            #region snippet:configure-new-scheme
            // The documents of a new scheme, started from the closest preset: every value an assumption to confirm.
            var documents = SchemeStarter.FromPreset("hauts-de-france-prevention", "pret-relance-occitanie", "Prêt Relance Occitanie");
            foreach (var document in documents)
            {
                File.WriteAllText(Path.Combine(folder, document.FileName), document.Content);
            }

            // Edit them, then check them together: each problem names its file, its JSON path and how to fix it.
            var files = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
            foreach (var problem in SchemeFolder.Check(files))
            {
                Console.WriteLine($"{problem.File}: {problem.Error.Path}: {problem.Error.Message}");
            }

            // What each rule and amount means, in English and French, with its parameters' types, units and bounds.
            SchemeCatalogue.TryGetRule("minimumAge", out var minimumAge);
            Console.WriteLine($"{minimumAge!.Name}: {minimumAge.French}");
            #endregion
            Assert.Empty(SchemeFolder.Check(files));
            Assert.Equal(["application.json", "base-rates.json", "de-minimis-register.json", "euribor-3m.fixings.json", "ledger.json", "pret-relance-occitanie.scheme.json"], files.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(3, minimumAge.Parameters.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TermOptions()
    {
        var examples = Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples");
        #region snippet:configure-term-options
        // examples: the docs/examples folder of the repository.
        var scheme = SchemeDocument.Read(File.ReadAllText(Path.Combine(examples, "pret-relance-occitanie.scheme.json")));
        var application = ApplicationDocument.Read(File.ReadAllText(Path.Combine(examples, "occitanie-application.json")));
        var context = new ProposalContext(BaseRates: BaseRateDocument.Read(File.ReadAllText(Path.Combine(examples, "base-rates.json"))));

        // No choice in the application: each option is computed, none is chosen.
        var proposal = scheme.Propose(application, context);
        foreach (var option in proposal.Alternatives)
        {
            Console.WriteLine($"{option.Option!.Name}: {option.Outcome}, {option.Amount}, GGE {option.Aid?.Amount}, last due {option.Schedule?.Installments[^1].DueDate}");
        }

        // The firm chooses: that option alone.
        var chosen = scheme.Propose(application.WithNeed(application.Need.WithTermOption("60m-12d")), context);
        Console.WriteLine($"{chosen.Outcome}: {chosen.Amount}, GGE {chosen.Aid!.Amount}");
        #endregion
        Assert.Equal(ProposalOutcome.ChooseTerms, proposal.Outcome);
        Assert.Equal([Money.Euros(70_095.47m), Money.Euros(48_480.51m)], proposal.Alternatives.Select(a => a.Aid!.Amount));
        Assert.Equal(Money.Euros(48_480.51m), chosen.Aid.Amount);
    }
}
