using System.Reflection;
using NodaTime;
using NodaTime.Text;
using RepayableAdvance.Json;

namespace RepayableAdvance.Cli;

/// <summary>Reading the command line's inputs: files, embedded example documents and dates, with one-line errors.</summary>
internal static class Inputs
{
    /// <summary>Reads a document file; its errors become one line that names the file, the first error's path and how many more there are.</summary>
    internal static T Load<T>(FileInfo file, Func<string, T> read)
    {
        try
        {
            return read(ReadFile(file));
        }
        catch (DocumentException e)
        {
            throw DocumentError(file, e.Errors);
        }
    }

    internal static CliException DocumentError(FileInfo file, IReadOnlyList<DocumentError> errors) => errors.Count == 0
        ? new CliException($"{file.Name}: the document is invalid.", $"{file.Name} : le document n'est pas valide.")
        : new CliException(
            $"{file.Name}: {errors[0].Path}: {errors[0].Message} [{errors[0].Code}]{(errors.Count > 1 ? $" (and {errors.Count - 1} more error(s); run 'repayable-advance validate {file.Name}' to list them)" : string.Empty)}",
            $"{file.Name} : {errors[0].Path} : {errors[0].FrenchMessage} [{errors[0].Code}]{(errors.Count > 1 ? $" (et {errors.Count - 1} autre(s) erreur(s) ; 'repayable-advance validate {file.Name}' les liste toutes)" : string.Empty)}");

    internal static string ReadFile(FileInfo file) =>
        file.Exists ? File.ReadAllText(file.FullName) : throw new CliException($"File not found: {file.FullName}. Check the path; examples are in docs/examples/.", $"Fichier introuvable : {file.FullName}. Vérifiez le chemin ; les exemples sont dans docs/examples/.");

    /// <summary>An example document embedded in the tool (the demo's inputs, copied from docs/examples).</summary>
    internal static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static LocalDate ParseDate(string text, string option)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliException($"{option} '{text}' is not a date; write yyyy-MM-dd, such as 2025-07-15.", $"{option} « {text} » n'est pas une date ; écrivez aaaa-MM-jj, par exemple 2025-07-15.");
    }
}
