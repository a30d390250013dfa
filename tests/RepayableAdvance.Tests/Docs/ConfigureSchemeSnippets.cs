using RepayableAdvance.Json;

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
}
