using System.Globalization;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using Spectre.Console;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The commands. Each reads its inputs, calls the library and prints what it returns.</summary>
internal static partial class Commands
{
    /// <summary>The founding story on the built-in preset, from the example documents embedded in the tool: nothing is assumed.</summary>
    internal static int Demo(CultureInfo culture, string format, FileInfo? report)
    {
        var application = ApplicationDocument.Read(Resource("boilermaker-application.json"));
        var context = new ProposalContext(
            FundLedgerDocument.Read(Resource("ledger.json")),
            DeMinimisRegisterDocument.Read(Resource("de-minimis-register.json")),
            IndexFixingsDocument.Read(Resource("euribor-3m.fixings.json")),
            BaseRateDocument.Read(Resource("base-rates.json")));
        var proposal = SchemePresets.HautsDeFrancePrevention.Propose(application, context);
        return Print(proposal, format, report, culture, story: true);
    }

    /// <summary>Reads a scheme document; what it holds in an older shape is reported on standard error, never refused.</summary>
    private static Scheme ReadScheme(string json)
    {
        if (!SchemeDocument.TryReadWithWarnings(json, out var scheme, out var errors, out var warnings))
        {
            throw new DocumentException(errors);
        }

        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        return scheme;
    }

    internal static int Evaluate(FileInfo file, ProposalInputs inputs, FileInfo? report, CultureInfo culture, string format)
    {
        var application = Load(file, ApplicationDocument.Read);
        if (inputs.AsOf is { } asOf)
        {
            application = application.WithAsOf(ParseDate(asOf, "--as-of"));
        }

        var scheme = inputs.Scheme.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? Load(new FileInfo(inputs.Scheme), ReadScheme)
            : SchemePresets.FromName(inputs.Scheme);
        var version = scheme.VersionOn(application.AsOf);
        var ledger = inputs.Ledger is null ? null : Load(inputs.Ledger, FundLedgerDocument.Read);
        var register = inputs.Register is null ? null : Load(inputs.Register, DeMinimisRegisterDocument.Read);
        var baseRates = inputs.BaseRates is null ? null : Load(inputs.BaseRates, BaseRateDocument.Read);
        var context = new ProposalContext(ledger, register, Fixings(version, application, inputs), baseRates);
        return Print(scheme.Propose(application, context), format, report, culture, story: false);
    }

    /// <summary>The fixings the version's rate rule needs: from --fixings, or the one --fixing on the application date; none for a rule without an index.</summary>
    private static IndexFixings? Fixings(SchemeVersion version, Application application, ProposalInputs inputs)
    {
        // The options the application leaves open all need their fixings; a choice needs only its own.
        var indexes = (application.Need.TermOption is { } chosen ? [version.OptionNamed(chosen)] : version.TermOptions).Select(o => o.Terms.Rate.Index).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (indexes.Count > 1 && inputs.Fixing is not null)
        {
            throw new CliException($"The term options of version {version.Version} are indexed on {string.Join(" and ", indexes)}: give their fixings in a fixings document with --fixings, not one --fixing.", $"Les options de conditions de la version {version.Version} sont indexées sur {string.Join(" et ", indexes)} : donnez leurs fixings dans un document avec --fixings, pas un seul --fixing.");
        }

        var index = indexes.FirstOrDefault();
        if (inputs.Fixing is not null && inputs.FixingsFile is not null)
        {
            throw new CliException("Give the fixing either with --fixing or with --fixings, not both.", "Donnez le fixing soit avec --fixing, soit avec --fixings, pas les deux.");
        }

        if (index is null)
        {
            return inputs.Fixing is null && inputs.FixingsFile is null
                ? null
                : throw new CliException($"The rate of {version.Version} is not indexed ({version.Terms.Rate.Kind}): it needs no fixing; drop --fixing and --fixings.", $"Le taux de {version.Version} n'est pas indexé ({version.Terms.Rate.Kind}) : il ne demande aucun fixing ; retirez --fixing et --fixings.");
        }

        if (inputs.FixingsFile is { } file)
        {
            return Load(file, IndexFixingsDocument.Read);
        }

        if (inputs.Fixing is not { } text)
        {
            throw new CliException($"The rate of version {version.Version} is indexed on {index}: give its fixing on {application.AsOf:uuuu-MM-dd} with --fixing (such as --fixing 1.99%), or a fixings document with --fixings (as in docs/examples/euribor-3m.fixings.json).", $"Le taux de la version {version.Version} est indexé sur {index} : donnez son fixing du {application.AsOf:uuuu-MM-dd} avec --fixing (par exemple --fixing 1.99%), ou un document de fixings avec --fixings (comme docs/examples/euribor-3m.fixings.json).");
        }

        return Rate.TryParse(text, out var fixing)
            ? new IndexFixings(index, [new(application.AsOf, fixing)])
            : throw new CliException($"--fixing '{text}' is not a rate; write it with its unit, such as 1.99%.", $"--fixing « {text} » n'est pas un taux ; écrivez-le avec son unité, par exemple 1.99%.");
    }

    private static int Print(Proposal proposal, string format, FileInfo? report, CultureInfo culture, bool story)
    {
        if (report is not null)
        {
            if (!report.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"--report '{report.Name}' must be an .html file.", $"--report « {report.Name} » doit être un fichier .html.");
            }

            File.WriteAllText(report.FullName, Outputs.CommitteeReport(proposal, culture));
        }

        switch (format)
        {
            case "json":
                Console.Out.Write(ResultDocuments.Write(proposal));
                break;
            case "csv":
                Console.Out.Write(proposal.Schedule is { } schedule ? Outputs.ScheduleCsv(schedule) : string.Empty);
                break;
            default:
                if (story)
                {
                    var t = Text.For(culture);
                    AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.DemoTitle)}[/]").LeftJustified());
                    AnsiConsole.MarkupLine(Markup.Escape(t.Story));
                    AnsiConsole.WriteLine();
                }

                ProposalView.Render(proposal, culture);
                break;
        }

        return proposal.Outcome == ProposalOutcome.Proposed || proposal.Alternatives.Any(a => a.Outcome == ProposalOutcome.Proposed) ? Cli.Ok : Cli.Declined;
    }
}

/// <summary>What <c>evaluate</c> reads besides the application; every part left out is a stage the proposal says it did not check.</summary>
internal sealed record ProposalInputs(string Scheme, string? AsOf, FileInfo? BaseRates, string? Fixing, FileInfo? FixingsFile, FileInfo? Ledger, FileInfo? Register);
