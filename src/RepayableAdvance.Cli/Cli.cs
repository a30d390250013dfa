using System.CommandLine;
using System.Globalization;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Cli;

/// <summary>The command line: a thin shell over <see cref="Scheme.Propose"/> and the document formats.</summary>
/// <remarks>
/// Exit codes: 0 when the command ran and (for <c>evaluate</c>) the advance is proposed; 1 when it ran and the
/// pipeline said no; 2 for bad input (a file not found, a malformed document, an unknown preset, a date out of
/// range), on one line naming the file, the JSON path and the problem; 70 for an internal error, on one line asking
/// for a report. <c>--verbose</c> adds the stack trace.
/// </remarks>
internal static class Cli
{
    internal const int Ok = 0;
    internal const int Declined = 1;
    internal const int BadInput = 2;

    /// <summary>An internal error (EX_SOFTWARE in sysexits.h): a defect to report, never bad input.</summary>
    internal const int InternalError = 70;

    internal static int Run(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Files and pipes get the full tables rather than an 80-column wrap.
            Spectre.Console.AnsiConsole.Profile.Width = 132;
        }

        var culture = new Option<string?>("--culture") { Description = "Output language: fr-FR or en-GB (default: French when the system culture is French, else English).", Recursive = true };
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces on errors.", Recursive = true };
        var format = new Option<string>("--format") { Description = "Output format: table (default), json (the library's lossless result document, docs/schema/results.schema.json), or csv (the schedule or report rows, through CsvHelper).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var report = new Option<FileInfo?>("--report") { Description = "Also write a printable one-page committee summary (HTML, self-contained, with the schedule chart) to this file." };

        var root = new RootCommand("repayable-advance: rules of public repayable-advance schemes (avances remboursables), exact to the cent and explained.");
        root.Options.Add(culture);
        root.Options.Add(verbose);

        var demo = new Command("demo", "Run the founding story end to end: a 20-person boilermaker in the Nord asks Hauts-de-France Prévention for two months of payroll (built-in preset, no arguments).");
        demo.Options.Add(format);
        demo.Options.Add(report);
        demo.SetAction(r => Guard(r, verbose, culture, () => Commands.Demo(Culture(r.GetValue(culture)), r.GetValue(format)!, r.GetValue(report))));

        var applicationArgument = new Argument<FileInfo>("application") { Description = "The application document (JSON), as in docs/examples/boilermaker-application.json." };
        var schemeOption = new Option<string>("--scheme") { Description = "A preset name (see 'schemes list') or a scheme document (*.json).", DefaultValueFactory = _ => "hauts-de-france-prevention" };
        var asOfOption = new Option<string?>("--as-of") { Description = "Evaluate as of this date (yyyy-MM-dd) instead of the application's date." };
        var baseRatesOption = new Option<FileInfo?>("--base-rates") { Description = "The Commission's base-rate table (JSON), as in docs/examples/base-rates.json; without it, or when it does not cover the grant date, the State-aid stage is not computed and the proposal says so." };
        var fixingOption = new Option<string?>("--fixing", "--euribor") { Description = "The fixing of the index the scheme's rate uses (Euribor 3M for Hauts-de-France) on the application date, with its unit (\"1.99%\"); required when the rate is indexed, unless --fixings gives a document." };
        var evaluateFixings = new Option<FileInfo?>("--fixings") { Description = "Index fixings (JSON), as in docs/examples/euribor-3m.fixings.json, in place of --fixing." };
        var evaluateLedger = new Option<FileInfo?>("--ledger") { Description = "The scheme's fund ledger (JSON), as in docs/examples/ledger.json; without it the fund is not checked, and the proposal says so." };
        var registerOption = new Option<FileInfo?>("--register") { Description = "The de minimis register (JSON), as in docs/examples/de-minimis-register.json; without it prior aid is not checked, and the proposal says so." };
        var evaluate = new Command("evaluate", "Run the committee pipeline (eligibility, sizing, schedule, State aid, fund) for any application.");
        evaluate.Arguments.Add(applicationArgument);
        evaluate.Options.Add(schemeOption);
        evaluate.Options.Add(asOfOption);
        evaluate.Options.Add(baseRatesOption);
        evaluate.Options.Add(fixingOption);
        evaluate.Options.Add(evaluateFixings);
        evaluate.Options.Add(evaluateLedger);
        evaluate.Options.Add(registerOption);
        evaluate.Options.Add(report);
        evaluate.Options.Add(format);
        evaluate.SetAction(r => Guard(r, verbose, culture, () => Commands.Evaluate(
            r.GetValue(applicationArgument)!,
            new ProposalInputs(r.GetValue(schemeOption)!, r.GetValue(asOfOption), r.GetValue(baseRatesOption), r.GetValue(fixingOption), r.GetValue(evaluateFixings), r.GetValue(evaluateLedger), r.GetValue(registerOption)),
            r.GetValue(report),
            Culture(r.GetValue(culture)),
            r.GetValue(format)!)));

        var termsArgument = new Argument<FileInfo>("terms") { Description = "A terms document (JSON) with optional servicing events, as in docs/examples/terms.json." };
        var fixingsOption = new Option<FileInfo?>("--fixings") { Description = "Index fixings (JSON), as in docs/examples/euribor-3m.fixings.json; required when the interest is indexed." };
        var chartOption = new Option<FileInfo?>("--chart") { Description = "Also draw a chart to this file (.png or .svg)." };
        var schedule = new Command("schedule", "Print a repayment schedule from a terms document, after its servicing events (payment holidays, prepayments, rate changes, restructurings, write-off).");
        schedule.Arguments.Add(termsArgument);
        schedule.Options.Add(fixingsOption);
        schedule.Options.Add(chartOption);
        schedule.Options.Add(format);
        schedule.SetAction(r => Guard(r, verbose, culture, () => Commands.Schedule(r.GetValue(termsArgument)!, r.GetValue(fixingsOption), r.GetValue(chartOption), Culture(r.GetValue(culture)), r.GetValue(format)!)));

        var schemes = new Command("schemes", "List the built-in schemes, show one, or start a new scheme from one.");
        var list = new Command("list", "List the built-in scheme presets.");
        list.SetAction(r => Guard(r, verbose, culture, Commands.ListSchemes));
        var nameArgument = new Argument<string>("name") { Description = "The preset name." };
        var show = new Command("show", "Show a preset's versions and parameters.");
        show.Arguments.Add(nameArgument);
        var showFormat = new Option<string>("--format") { Description = "table (default) or json (the preset's scheme document, as shipped).", DefaultValueFactory = _ => "table" };
        showFormat.AcceptOnlyFromAmong("table", "json");
        show.Options.Add(showFormat);
        var effectiveOption = new Option<string?>("--effective") { Description = "A date (yyyy-MM-dd): print the scheme document in force that day, its policies down to their versions in force and written in place." };
        show.Options.Add(effectiveOption);
        show.SetAction(r => Guard(r, verbose, culture, () => Commands.ShowScheme(r.GetValue(nameArgument)!, r.GetValue(showFormat)!, r.GetValue(effectiveOption), Culture(r.GetValue(culture)))));
        var create = new Command("new", "Start a scheme from a preset: write its scheme document, every value annotated as an assumption, and beside it an example application, the fund's ledger, fixings, base rates and an empty de minimis register. Check the folder with 'validate <folder>'.");
        var presetOption = new Option<string>("--from") { Description = "The preset to start from (see 'schemes list').", Required = true };
        var folderArgument = new Argument<DirectoryInfo>("folder") { Description = "The folder to write; created when missing. Existing files are never overwritten." };
        var idOption = new Option<string?>("--id") { Description = "The new scheme's id, which is also its fund's (default: the folder's name)." };
        var schemeNameOption = new Option<string?>("--name") { Description = "The new scheme's name (default: the preset's name followed by \"(draft)\")." };
        create.Arguments.Add(folderArgument);
        create.Options.Add(presetOption);
        create.Options.Add(idOption);
        create.Options.Add(schemeNameOption);
        create.SetAction(r => Guard(r, verbose, culture, () => Commands.NewScheme(r.GetValue(presetOption)!, r.GetValue(folderArgument)!, r.GetValue(idOption), r.GetValue(schemeNameOption), Culture(r.GetValue(culture)))));
        schemes.Subcommands.Add(list);
        schemes.Subcommands.Add(show);
        schemes.Subcommands.Add(create);

        var validate = new Command("validate", "Validate any document (scheme, application, terms, fixings, base rates, fund ledger, advance book, de minimis register, stress portfolio, collection case, legal interest rates) and print every error with its JSON path.");
        var documentArgument = new Argument<FileInfo>("document") { Description = "The JSON document, or a folder written by 'schemes new' to check its documents together." };
        var kindOption = new Option<string?>("--kind") { Description = "The document kind, when it cannot be told from its content: scheme, application, terms, index-fixings, base-rates, fund-ledger, advance-book, de-minimis-register, stress-portfolio, collection-case, legal-interest-rates." };
        var validateFixings = new Option<FileInfo?>("--fixings") { Description = "For a terms document with indexed interest: its index fixings, so that the schedule and its events are checked as 'schedule' would." };
        validate.Arguments.Add(documentArgument);
        validate.Options.Add(kindOption);
        validate.Options.Add(validateFixings);
        validate.SetAction(r => Guard(r, verbose, culture, () => Commands.Validate(r.GetValue(documentArgument)!, r.GetValue(kindOption), r.GetValue(validateFixings), Culture(r.GetValue(culture)))));

        var fund = new Command("fund", "Fund reports and stress simulation.");
        var ledgerArgument = new Argument<FileInfo?>("ledger") { Description = "A fund ledger document (JSON), as in docs/examples/ledger.json; or none, with --database.", Arity = ArgumentArity.ZeroOrOne };
        var databaseOption = new Option<FileInfo?>("--database") { Description = "A SQLite database written by the RepayableAdvance.EntityFrameworkCore store: read the fund's stored events instead of a document (read-only)." };
        var fundOption = new Option<string?>("--fund") { Description = "The fund of --database to read; needed when the database holds several." };
        var reportAsOf = new Option<string?>("--as-of") { Description = "Report as of this date (yyyy-MM-dd); default: the last event's date." };
        var fundReport = new Command("report", "Positions and co-funder statements of a fund ledger.");
        fundReport.Arguments.Add(ledgerArgument);
        fundReport.Options.Add(reportAsOf);
        fundReport.Options.Add(databaseOption);
        fundReport.Options.Add(fundOption);
        fundReport.Options.Add(format);
        fundReport.SetAction(r => Guard(r, verbose, culture, () => Commands.FundReport(r.GetValue(ledgerArgument), r.GetValue(databaseOption), r.GetValue(fundOption), r.GetValue(reportAsOf), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        var portfolioArgument = new Argument<FileInfo>("portfolio") { Description = "A portfolio document (JSON), as in docs/examples/portfolio.json." };
        var scenarios = new Option<int>("--scenarios")
        {
            Description = "Number of scenarios (1 to 1,000,000).",
            DefaultValueFactory = _ => 10_000,
            CustomParser = r => Whole<int>(r, "--scenarios", "a whole number of scenarios from 1 to 1,000,000", int.TryParse),
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "The seed; the same seed gives the same result on any number of cores.",
            DefaultValueFactory = _ => 2025UL,
            CustomParser = r => Whole<ulong>(r, "--seed", "a whole number from 0 to 18,446,744,073,709,551,615", ulong.TryParse),
        };
        var simulate = new Command("simulate", "Monte Carlo stress simulation of a fund: defaults, recoveries and new demand.");
        simulate.Arguments.Add(portfolioArgument);
        simulate.Options.Add(scenarios);
        simulate.Options.Add(seed);
        simulate.Options.Add(format);
        simulate.Options.Add(chartOption);
        simulate.SetAction(r => Guard(r, verbose, culture, () => Commands.FundSimulate(r.GetValue(portfolioArgument)!, r.GetValue(scenarios), r.GetValue(seed), r.GetValue(chartOption), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        fund.Subcommands.Add(fundReport);
        fund.Subcommands.Add(simulate);

        var collections = new Command("collections", "Arrears ageing by delinquency bucket, collection cases replayed with their reasons, their deadlines, and recovery by vintage.");
        var bookArgument = new Argument<FileInfo?>("book") { Description = "An advance book (JSON), as in docs/examples/advance-book.json; or none, with --database.", Arity = ArgumentArity.ZeroOrOne };
        BookSource Source(ParseResult r) => new(r.GetValue(bookArgument), r.GetValue(databaseOption), r.GetValue(fundOption));
        void FromDatabase(Command command)
        {
            command.Options.Add(databaseOption);
            command.Options.Add(fundOption);
        }

        var collectionsAsOf = new Option<string?>("--as-of") { Description = "As of this date (yyyy-MM-dd); default: the book's last event." };
        var age = new Command("age", "Arrears of every advance of a book in the delinquency buckets 1-30, 31-90, 91-180 and over 180 days past due, with the book's total per bucket.");
        age.Arguments.Add(bookArgument);
        age.Options.Add(collectionsAsOf);
        age.Options.Add(format);
        FromDatabase(age);
        age.SetAction(r => Guard(r, verbose, culture, () => Commands.CollectionsAge(Source(r), r.GetValue(collectionsAsOf), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        var caseArgument = new Argument<FileInfo>("case") { Description = "A collection case (JSON), as in docs/examples/collection-case.json." };
        var bookOption = new Option<FileInfo>("--book") { Description = "The advance book (JSON) holding the advance, as it stood before the case's first step.", Required = true };
        var replay = new Command("case", "Replay a collection case on its advance book: what each step did, or why it was refused (exit code 1).");
        replay.Arguments.Add(caseArgument);
        replay.Options.Add(bookOption);
        replay.Options.Add(format);
        replay.SetAction(r => Guard(r, verbose, culture, () => Commands.CollectionsCase(r.GetValue(caseArgument)!, r.GetValue(bookOption)!, Culture(r.GetValue(culture)), r.GetValue(format)!)));
        var casesArgument = new Argument<FileInfo[]>("cases") { Description = "Collection cases (JSON).", Arity = ArgumentArity.OneOrMore };
        var days = new Option<int>("--days")
        {
            Description = "How many days ahead (0 to 3,650).",
            DefaultValueFactory = _ => 30,
            CustomParser = r => Whole<int>(r, "--days", "a whole number of days from 0 to 3,650", int.TryParse),
        };
        var deadlines = new Command("deadlines", "The deadlines of collection cases in the coming days: formal notices, claims to file, relief to seek.");
        deadlines.Arguments.Add(casesArgument);
        deadlines.Options.Add(bookOption);
        deadlines.Options.Add(collectionsAsOf);
        deadlines.Options.Add(days);
        deadlines.Options.Add(format);
        deadlines.SetAction(r => Guard(r, verbose, culture, () => Commands.CollectionsDeadlines(r.GetValue(casesArgument)!, r.GetValue(bookOption)!, r.GetValue(collectionsAsOf), r.GetValue(days), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        var vintages = new Command("vintages", "What came back of each year's advances: repaid, written off, recovered, the recovery and loss rates.");
        vintages.Arguments.Add(bookArgument);
        vintages.Options.Add(format);
        FromDatabase(vintages);
        vintages.SetAction(r => Guard(r, verbose, culture, () => Commands.CollectionsVintages(Source(r), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        collections.Subcommands.Add(age);
        collections.Subcommands.Add(replay);
        collections.Subcommands.Add(deadlines);
        collections.Subcommands.Add(vintages);

        root.Subcommands.Add(collections);
        var books = new Command("books", "The fund's books: its journal, its trial balance, and the FEC of a closed year, posted from an advance book under the PCG preset or an accounting document.");
        var accountingOption = new Option<FileInfo?>("--accounting") { Description = "A chart of accounts and posting rules (JSON), as in docs/examples/accounting.json; default: the PCG preset." };
        var fromOption = new Option<string?>("--from") { Description = "The first day (yyyy-MM-dd); default: 1 January of the last day's year." };
        var toOption = new Option<string?>("--to") { Description = "The last day (yyyy-MM-dd); default: the book's last event." };
        var journalCommand = new Command("journal", "The journal entries of a period, each line with its accounts, amounts and source.");
        journalCommand.Arguments.Add(bookArgument);
        journalCommand.Options.Add(accountingOption);
        journalCommand.Options.Add(fromOption);
        journalCommand.Options.Add(toOption);
        journalCommand.Options.Add(format);
        FromDatabase(journalCommand);
        journalCommand.SetAction(r => Guard(r, verbose, culture, () => Commands.BooksJournal(Source(r), r.GetValue(accountingOption), r.GetValue(fromOption), r.GetValue(toOption), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        var trialBalance = new Command("trial-balance", "The trial balance as of a date: every account's debits, credits and balance.");
        trialBalance.Arguments.Add(bookArgument);
        trialBalance.Options.Add(accountingOption);
        trialBalance.Options.Add(collectionsAsOf);
        trialBalance.Options.Add(format);
        FromDatabase(trialBalance);
        trialBalance.SetAction(r => Guard(r, verbose, culture, () => Commands.BooksTrialBalance(Source(r), r.GetValue(accountingOption), r.GetValue(collectionsAsOf), Culture(r.GetValue(culture)), r.GetValue(format)!)));
        var yearOption = new Option<int>("--year")
        {
            Description = "The calendar fiscal year to export (2000 to 2100).",
            Required = true,
            CustomParser = r => Whole<int>(r, "--year", "a year from 2000 to 2100", int.TryParse),
        };
        var sirenOption = new Option<string>("--siren") { Description = "The entity's nine-digit SIREN, which names the file.", Required = true };
        var outputOption = new Option<DirectoryInfo?>("--output") { Description = "The folder to write the file to; default: the current folder." };
        var fec = new Command("fec", "Write the FEC of a closed fiscal year (article A47 A-1 of the Book of tax procedures), for an entity keeping the PCG.");
        fec.Arguments.Add(bookArgument);
        fec.Options.Add(accountingOption);
        fec.Options.Add(yearOption);
        fec.Options.Add(sirenOption);
        fec.Options.Add(outputOption);
        FromDatabase(fec);
        fec.SetAction(r => Guard(r, verbose, culture, () => Commands.BooksFec(Source(r), r.GetValue(accountingOption), r.GetValue(yearOption), r.GetValue(sirenOption)!, r.GetValue(outputOption), Culture(r.GetValue(culture)))));
        books.Subcommands.Add(journalCommand);
        books.Subcommands.Add(trialBalance);
        books.Subcommands.Add(fec);
        root.Subcommands.Add(books);
        root.Subcommands.Add(demo);
        root.Subcommands.Add(fund);
        root.Subcommands.Add(evaluate);
        root.Subcommands.Add(schedule);
        root.Subcommands.Add(schemes);
        root.Subcommands.Add(validate);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')))}. Run 'repayable-advance --help' for usage.");
            return BadInput;
        }

        return parse.Invoke();
    }

    private delegate bool TryParseWhole<T>(string? text, System.Globalization.NumberStyles styles, IFormatProvider provider, out T value);

    /// <summary>Parses a whole-number option, with a message that names the option and the range instead of a .NET type.</summary>
    private static T Whole<T>(System.CommandLine.Parsing.ArgumentResult result, string option, string expected, TryParseWhole<T> parse)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (parse(text, System.Globalization.NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"{option} '{text}' is not {expected}");
        return default;
    }

    /// <summary>A message for people: .NET's "(Parameter 'x')" suffix and "Actual value was" line removed.</summary>
    internal static string WithoutParameter(string message)
    {
        var text = message.ReplaceLineEndings("\n").Split('\n')[0];
        var at = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? text : text[..at];
    }

    private static CultureInfo Culture(string? name)
    {
        if (name is null)
        {
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.GetCultureInfo("en-GB");
        }

        return name is "fr-FR" or "en-GB" or "fr" or "en"
            ? CultureInfo.GetCultureInfo(name.StartsWith("fr", StringComparison.Ordinal) ? "fr-FR" : "en-GB")
            : throw new CliException($"--culture '{name}' is not supported; use fr-FR or en-GB.", $"--culture « {name} » n'est pas prise en charge ; utilisez fr-FR ou en-GB.");
    }

    private static int Guard(ParseResult result, Option<bool> verbose, Option<string?> culture, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is CliException or DocumentException or ArgumentException or StateAidRuleException or IOException or UnauthorizedAccessException or FormatException)
        {
            var french = string.Equals(result.GetValue(culture), null, StringComparison.Ordinal)
                ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr"
                : result.GetValue(culture)!.StartsWith("fr", StringComparison.Ordinal);
            var message = e switch
            {
                DocumentException d when d.Errors.Count > 0 => french
                    ? $"{d.Errors.Count} erreur(s) dans le document ; la première : {d.Errors[0].Path} : {d.Errors[0].FrenchMessage} [{d.Errors[0].Code}]"
                    : $"{d.Errors.Count} error(s) in the document; first: {d.Errors[0]}",
                CliException c when french => c.French,
                _ when french => DomainErrors.French(e), // the library's own texts carry their French
                _ => WithoutParameter(e.Message),
            };
            Console.Error.WriteLine($"{(french ? "erreur : " : "error: ")}{message.ReplaceLineEndings(" ")}");
            if (result.GetValue(verbose))
            {
                Console.Error.WriteLine(e);
            }

            return BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"internal error: {WithoutParameter(e.Message).ReplaceLineEndings(" ")} (please report it with the command and its input files; --verbose shows the details)");
            if (result.GetValue(verbose))
            {
                Console.Error.WriteLine(e);
            }

            return InternalError;
        }
    }
}

/// <summary>A usage error, reported on one line with exit code 2.</summary>
/// <summary>A usage error the tool reports in one line, in English and in French.</summary>
internal sealed class CliException(string message, string french) : Exception(message)
{
    /// <summary>Gets the message in French.</summary>
    public string French { get; } = french;
}
