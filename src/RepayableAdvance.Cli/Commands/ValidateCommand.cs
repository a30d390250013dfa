using System.Globalization;
using RepayableAdvance.Json;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The <c>validate</c> command: the kind comes from <see cref="DocumentKinds"/>, the errors from the document's reader.</summary>
internal static partial class Commands
{
    internal static int Validate(FileInfo file, string? kindName, FileInfo? fixingsFile, CultureInfo culture)
    {
        if (Directory.Exists(file.FullName))
        {
            return ValidateFolder(new DirectoryInfo(file.FullName), culture);
        }

        var text = ReadFile(file);
        var french = culture.TwoLetterISOLanguageName == "fr";
        var names = string.Join("|", DocumentKinds.All.Select(DocumentKinds.Name));
        DocumentKind kind;
        IReadOnlyList<DocumentError> errors;
        if (kindName is not null)
        {
            if (!DocumentKinds.TryParse(kindName, out kind))
            {
                var allowed = names.Replace("|", ", ", StringComparison.Ordinal);
                throw new CliException($"--kind '{kindName}' is unknown; use {allowed}.", $"--kind « {kindName} » est inconnu ; utilisez {allowed}.");
            }

            errors = DocumentKinds.Validate(text, kind);
        }
        else if (DocumentKinds.TryDetect(text, out kind, out var detectErrors))
        {
            errors = DocumentKinds.Validate(text, kind);
        }
        else if (detectErrors.Any(e => e.Code == "kind"))
        {
            throw new CliException($"{file.Name}: cannot tell what kind of document this is; give --kind {names}.", $"{file.Name} : impossible de dire de quel type de document il s'agit ; donnez --kind {names}.");
        }
        else
        {
            errors = detectErrors;
        }

        if (errors.Count == 0 && kind == DocumentKind.Terms && fixingsFile is not null)
        {
            // Indexed terms: with their fixings, validate runs what 'schedule' runs, events included.
            var fixings = Load(fixingsFile, IndexFixingsDocument.Read);
            _ = TermsDocument.TrySchedule(TermsDocument.Read(text), fixings, out _, out errors);
        }

        if (errors.Count == 0)
        {
            Console.Out.WriteLine(french ? $"{file.Name} : document valide ({KindLabel(kind, french)})." : $"{file.Name}: valid ({KindLabel(kind, french)}).");
            var warnings = kind switch
            {
                DocumentKind.Scheme when SchemeDocument.TryReadWithWarnings(text, out _, out _, out var w) => w,
                DocumentKind.StressPortfolio when PortfolioDocument.TryReadWithWarnings(text, out _, out _, out _, out var w) => w,
                _ => [],
            };
            if (warnings.Count > 0)
            {
                // An older shape is valid; say what to write instead.
                foreach (var w in warnings)
                {
                    Console.Out.WriteLine($"{w.Path}: {(french ? w.FrenchMessage : w.Message)} [{w.Code}]");
                }
            }

            return Cli.Ok;
        }

        foreach (var e in errors)
        {
            Console.Out.WriteLine($"{e.Path}: {(french ? e.FrenchMessage : e.Message)} [{e.Code}]");
        }

        return Cli.Declined;
    }

    private static string KindLabel(DocumentKind kind, bool french) => kind switch
    {
        DocumentKind.Scheme => french ? "dispositif" : "scheme",
        DocumentKind.AdvanceBook => french ? "registre des avances" : "advance book",
        DocumentKind.Terms => french ? "conditions" : "terms",
        DocumentKind.FundLedger => french ? "grand livre du fonds" : "fund ledger",
        DocumentKind.IndexFixings => french ? "fixings d'indice" : "index fixings",
        DocumentKind.DeMinimisRegister => french ? "registre de minimis" : "de minimis register",
        DocumentKind.BaseRates => french ? "taux de base" : "base rates",
        DocumentKind.StressPortfolio => french ? "portefeuille de stress" : "stress portfolio",
        DocumentKind.Application => french ? "demande" : "application",
        DocumentKind.CollectionCase => french ? "dossier de recouvrement" : "collection case",
        DocumentKind.LegalInterestRates => french ? "taux de l'intérêt légal" : "legal interest rates",
        DocumentKind.Accounting => french ? "plan et règles comptables" : "chart and posting rules",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind has no label: add it to KindLabel."),
    };
}
