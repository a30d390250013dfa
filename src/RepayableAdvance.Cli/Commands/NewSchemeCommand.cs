using System.Globalization;
using RepayableAdvance.Json;

namespace RepayableAdvance.Cli;

/// <summary>The <c>schemes new</c> command and <c>validate</c> on a folder: thin shells over <see cref="SchemeStarter"/> and <see cref="SchemeFolder"/>.</summary>
internal static partial class Commands
{
    internal static int NewScheme(string preset, DirectoryInfo folder, string? id, string? name, CultureInfo culture)
    {
        var french = culture.TwoLetterISOLanguageName == "fr";
        if (!SchemePresets.Ids.Any(i => string.Equals(i, preset, StringComparison.OrdinalIgnoreCase)))
        {
            var presets = string.Join(", ", SchemePresets.Ids);
            throw new CliException($"--from '{preset}' is not a preset; use one of {presets}.", $"--from « {preset} » n'est pas un modèle ; utilisez l'un de {presets}.");
        }

        id ??= folder.Name;
        IReadOnlyList<StarterDocument> documents;
        try
        {
            documents = SchemeStarter.FromPreset(preset, id, name);
        }
        catch (ArgumentException e) when (e.ParamName is "id" or "name")
        {
            var message = Cli.WithoutParameter(e.Message);
            throw new CliException($"--{e.ParamName}: {message}", $"--{e.ParamName} : identifiant ou nom invalide ; utilisez des minuscules, chiffres et tirets, en commençant par une lettre.");
        }

        var existing = documents.Where(d => File.Exists(Path.Combine(folder.FullName, d.FileName))).Select(d => d.FileName).ToList();
        if (existing.Count > 0)
        {
            var names = string.Join(", ", existing);
            throw new CliException($"{folder.FullName} already has {names}; nothing was written. Choose another folder, or move those files away.", $"{folder.FullName} contient déjà {names} ; rien n'a été écrit. Choisissez un autre dossier, ou déplacez ces fichiers.");
        }

        folder.Create();
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(folder.FullName, document.FileName), document.Content);
            Console.Out.WriteLine(Path.Combine(folder.Name, document.FileName));
        }

        Console.Out.WriteLine(french
            ? $"Dispositif « {id} » démarré du modèle {preset} : chaque valeur est une hypothèse à confirmer. Contrôlez le dossier avec : repayable-advance validate {folder.Name}"
            : $"Scheme '{id}' started from the preset {preset}: every value is an assumption to confirm. Check the folder with: repayable-advance validate {folder.Name}");
        return Cli.Ok;
    }

    private static int ValidateFolder(DirectoryInfo folder, CultureInfo culture)
    {
        var french = culture.TwoLetterISOLanguageName == "fr";
        var files = folder.GetFiles("*.json").ToDictionary(f => f.Name, f => File.ReadAllText(f.FullName), StringComparer.Ordinal);
        if (files.Count == 0)
        {
            throw new CliException($"{folder.FullName} has no JSON document; write one with 'schemes new --from <preset> {folder.Name}'.", $"{folder.FullName} n'a aucun document JSON ; créez-en avec « schemes new --from <modèle> {folder.Name} ».");
        }

        var problems = SchemeFolder.Check(files);
        foreach (var p in problems)
        {
            Console.Out.WriteLine($"{p.File}: {p.Error.Path}: {(french ? p.Error.FrenchMessage : p.Error.Message)} [{p.Error.Code}]");
        }

        if (problems.Count == 0)
        {
            Console.Out.WriteLine(french
                ? string.Create(CultureInfo.InvariantCulture, $"{folder.Name} : {files.Count} documents valides et cohérents entre eux.")
                : string.Create(CultureInfo.InvariantCulture, $"{folder.Name}: {files.Count} documents, valid and consistent with each other."));
            return Cli.Ok;
        }

        return Cli.Declined;
    }
}
