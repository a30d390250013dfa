using static RepayableAdvance.Tests.Cli.CliProcessTests;

namespace RepayableAdvance.Tests.Cli;

/// <summary><c>schemes new</c> and <c>validate</c> on a folder, run as a scheme officer runs them.</summary>
public sealed class SchemeAuthoringCommandTests
{
    [Fact]
    public void A_new_scheme_folder_validates_refuses_to_be_overwritten_and_reports_a_ledger_of_another_fund()
    {
        var parent = Directory.CreateTempSubdirectory("ra-new-").FullName;
        var folder = Path.Combine(parent, "pret-relance-occitanie");
        try
        {
            var (exit, said, error) = Run("schemes", "new", "--from", "hauts-de-france-prevention", folder, "--name", "Prêt Relance Occitanie");
            Assert.True(exit == 0, error);
            Assert.Contains("pret-relance-occitanie.scheme.json", said, StringComparison.Ordinal);
            Assert.Contains("every value is an assumption to confirm", said, StringComparison.Ordinal);

            var (validExit, validSaid, _) = Run("validate", folder, "--culture", "fr-FR");
            Assert.Equal(0, validExit);
            Assert.Contains("6 documents valides et cohérents entre eux", validSaid, StringComparison.Ordinal);

            var (againExit, _, againError) = Run("schemes", "new", "--from", "hauts-de-france-prevention", folder);
            Assert.NotEqual(0, againExit);
            Assert.Contains("nothing was written", againError, StringComparison.Ordinal);

            var ledger = Path.Combine(folder, "ledger.json");
            File.WriteAllText(ledger, File.ReadAllText(ledger).Replace("\"id\": \"pret-relance-occitanie\"", "\"id\": \"another-fund\"", StringComparison.Ordinal));
            var (badExit, badSaid, _) = Run("validate", folder);
            Assert.Equal(1, badExit);
            Assert.Contains("ledger.json: $.fund.id: The ledger keeps the fund 'another-fund'", badSaid, StringComparison.Ordinal);

            var (unknownExit, _, unknownError) = Run("schemes", "new", "--from", "occitanie", Path.Combine(parent, "other"));
            Assert.NotEqual(0, unknownExit);
            Assert.Contains("--from 'occitanie' is not a preset", unknownError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void Schemes_show_effective_prints_the_document_in_force_that_day_which_validates()
    {
        var (exit, json, error) = Run("schemes", "show", "hauts-de-france-prevention", "--effective", "2020-05-01");
        Assert.True(exit == 0, error);
        var scheme = RepayableAdvance.Json.SchemeDocument.Read(json);
        Assert.Equal("2020", Assert.Single(scheme.Versions).Version);
        Assert.DoesNotContain("eligibilityPolicies", json, StringComparison.Ordinal);

        var (badExit, _, badError) = Run("schemes", "show", "hauts-de-france-prevention", "--effective", "2016-01-01");
        Assert.Equal(2, badExit);
        Assert.Contains("is in force on 2016-01-01", badError, StringComparison.Ordinal);
        var (frenchExit, _, frenchError) = Run("schemes", "show", "hauts-de-france-prevention", "--effective", "2016-01-01", "--culture", "fr-FR");
        Assert.Equal(2, frenchExit);
        Assert.StartsWith("erreur : Aucune version de", frenchError, StringComparison.Ordinal);
        Assert.Contains("n'est en vigueur le 2016-01-01", frenchError, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_presents_every_term_option_and_a_choice_in_the_application_computes_that_one()
    {
        var examples = Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples");
        var scheme = Path.Combine(examples, "pret-relance-occitanie.scheme.json");
        var application = Path.Combine(examples, "occitanie-application.json");
        var baseRates = Path.Combine(examples, "base-rates.json");

        var (exit, said, error) = Run("evaluate", application, "--scheme", scheme, "--base-rates", baseRates, "--culture", "en-GB");
        Assert.True(exit == 0, error);
        Assert.Contains("which offers a choice of terms: each option (84m-24d, 60m-12d) is computed", said, StringComparison.Ordinal);
        Assert.Contains("70,095.47 EUR (35.05 %)", said, StringComparison.Ordinal);
        Assert.Contains("48,480.51 EUR (24.24 %)", said, StringComparison.Ordinal);
        Assert.Contains("Paid per year (principal and interest)", said, StringComparison.Ordinal);

        var (jsonExit, json, _) = Run("evaluate", application, "--scheme", scheme, "--base-rates", baseRates, "--format", "json");
        Assert.Equal(0, jsonExit);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("chooseTerms", document.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("alternatives").GetArrayLength());
        Assert.Equal("60m-12d", document.RootElement.GetProperty("alternatives")[1].GetProperty("option").GetProperty("name").GetString());

        var folder = Directory.CreateTempSubdirectory("ra-choice-").FullName;
        try
        {
            var chosen = Path.Combine(folder, "chosen.json");
            File.WriteAllText(chosen, File.ReadAllText(application).Replace("\"hasRecoveryPlan\": true", "\"hasRecoveryPlan\": true,\n    \"termOption\": \"60m-12d\"", StringComparison.Ordinal));
            var (chosenExit, chosenSaid, chosenError) = Run("evaluate", chosen, "--scheme", scheme, "--base-rates", baseRates, "--culture", "fr-FR");
            Assert.True(chosenExit == 0, chosenError);
            Assert.Contains("Option 60m-12d : 60 mois, dont 12 de différé", chosenSaid, StringComparison.Ordinal);
            Assert.DoesNotContain("84m-24d", chosenSaid, StringComparison.Ordinal);

            File.WriteAllText(chosen, File.ReadAllText(chosen).Replace("60m-12d", "7y", StringComparison.Ordinal));
            var (wrongExit, _, wrongError) = Run("evaluate", chosen, "--scheme", scheme, "--base-rates", baseRates);
            Assert.NotEqual(0, wrongExit);
            Assert.Contains("offers no term option '7y': choose one of 84m-24d, 60m-12d", wrongError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
