using System.Reflection;
using System.Text.RegularExpressions;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Docs;

/// <summary>
/// Every text a person reads exists in English and in French, and the French is not the English: the reason
/// templates, the formatter's vocabulary, the CLI's labels, the document readers' messages and every inline
/// English/French pair in the sources. The only texts allowed to read the same in both languages are proper names,
/// codes and words French shares with English, listed here with why.
/// </summary>
public sealed partial class FrenchCatalogueTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    /// <summary>Texts that are the same in both languages on purpose: codes, acronyms, and words French shares with English.</summary>
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "RCS", "RM", "SAS", "SARL", "SA", "SNC", "SCI", // registers and legal forms: French acronyms in both languages
        "association",                                   // the same word in French
        "Phase", "Total", "Version",                     // the same words in French
        "P5–P95", "P25–P75",                             // percentile bands
    };

    [Fact]
    public void Every_reason_template_has_a_French_text_of_its_own()
    {
        var problems = new List<string>();
        foreach (var (code, english, french) in BuiltInReasonTemplates.All)
        {
            Check(problems, $"reason {code}", english, french);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_word_of_the_formatter_vocabulary_has_a_French_word()
    {
        var field = typeof(ReasonFormatter).GetField("Vocabulary", BindingFlags.NonPublic | BindingFlags.Static)!;
        var vocabulary = (IEnumerable<KeyValuePair<string, (string English, string French)>>)field.GetValue(null)!;
        var problems = new List<string>();
        foreach (var (key, words) in vocabulary)
        {
            Check(problems, $"vocabulary {key}", words.English, words.French);
        }

        Assert.NotEmpty(vocabulary);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_label_of_the_command_line_tool_has_a_French_label()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var cli = Assembly.LoadFrom(Path.Combine(Root, "src", "RepayableAdvance.Cli", "bin", configuration, "net10.0", "repayable-advance.dll"));
        var text = cli.GetType("RepayableAdvance.Cli.Text", throwOnError: true)!;
        var english = text.GetField("English", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var french = text.GetField("French", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var problems = new List<string>();
        var labels = text.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).ToList();
        foreach (var label in labels)
        {
            Check(problems, $"CLI label {label.Name}", (string)label.GetValue(english)!, (string)label.GetValue(french)!);
        }

        Assert.True(labels.Count > 50, "The CLI's Text record lost its labels.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Every error and warning a document reader reports gives an English and a French literal, and they differ; a
    /// message passed through in one language (the same variable twice) fails.
    /// </summary>
    [Fact]
    public void Every_document_message_is_written_in_English_and_in_French()
    {
        var problems = new List<string>();
        var calls = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", "RepayableAdvance.Json"), "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            foreach (Match m in MessageCall().Matches(source))
            {
                var arguments = Arguments(source, m.Index + m.Length);
                if (m.Value.StartsWith("void", StringComparison.Ordinal) || arguments.Count != 4 || arguments[3] == "french")
                {
                    continue; // the helpers' own declarations and bodies
                }

                calls++;
                var where = $"{Path.GetFileName(file)}:{source[..m.Index].Count(c => c == '\n') + 1}";
                Check(problems, where, Literal(arguments[2]) ?? arguments[2], Literal(arguments[3]) ?? arguments[3]);
                if (Literal(arguments[3]) is null && !arguments[3].Contains("French", StringComparison.Ordinal) && !arguments[3].Contains('"', StringComparison.Ordinal))
                {
                    problems.Add($"{where}: the French message is '{arguments[3]}', not French text");
                }
            }
        }

        Assert.True(calls > 80, $"Only {calls} reader messages were found: the pattern no longer matches the readers.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every usage error of the command-line tool is written in English and in French.</summary>
    [Fact]
    public void Every_command_line_error_is_written_in_English_and_in_French()
    {
        var problems = new List<string>();
        var calls = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", "RepayableAdvance.Cli"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match m in CliError().Matches(source))
            {
                var arguments = Arguments(source, m.Index + m.Length);
                calls++;
                var where = $"{Path.GetFileName(file)}:{source[..m.Index].Count(c => c == '\n') + 1}";
                if (arguments.Count != 2)
                {
                    problems.Add($"{where}: a CliException without its French message");
                    continue;
                }

                Check(problems, where, Literal(arguments[0]) ?? arguments[0], Literal(arguments[1]) ?? arguments[1]);
            }
        }

        Assert.True(calls > 15, $"Only {calls} command-line errors were found: the pattern no longer matches the sources.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every <c>fr ? "…" : "…"</c> (or <c>french ? … : …</c>) pair in the sources gives two different texts.</summary>
    [Fact]
    public void Every_inline_French_English_pair_differs()
    {
        var problems = new List<string>();
        var pairs = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in InlinePair().Matches(File.ReadAllText(file)))
            {
                pairs++;
                Check(problems, Path.GetFileName(file), m.Groups["en"].Value, m.Groups["fr"].Value);
            }
        }

        Assert.True(pairs > 30, $"Only {pairs} inline pairs were found: the pattern no longer matches the sources.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Every message the core library throws with (argument checks, refusals, missing reference data) gives an English
    /// and a French text, and they differ; no exception is thrown with an English message alone.
    /// </summary>
    [Fact]
    public void Every_message_of_the_core_library_is_written_in_English_and_in_French()
    {
        var problems = new List<string>();
        var calls = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", "RepayableAdvance"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) is not ("Preconditions.cs" or "DomainErrors.cs")))
        {
            var source = File.ReadAllText(file);
            foreach (Match m in CoreMessageCall().Matches(source))
            {
                var arguments = Arguments(source, m.Index + m.Length);
                var where = $"{Path.GetFileName(file)}:{source[..m.Index].Count(c => c == '\n') + 1}";
                var (english, french) = m.Groups["kind"].Value switch
                {
                    "CheckArgument" or "Check" => arguments.Count == 4 ? (arguments[2], arguments[3]) : (arguments[^1], null),
                    "CheckState" => arguments.Count == 3 ? (arguments[1], arguments[2]) : (arguments[^1], null),
                    "Argument" or "State" => arguments.Count >= 2 ? (arguments[0], arguments[1]) : (arguments[0], null),
                    "OutOfRange" => arguments.Count == 4 ? (arguments[2], arguments[3]) : (arguments[^1], null),
                    _ => arguments.Count == 5 ? (arguments[4], null) : arguments.Count == 6 ? (arguments[4], arguments[5]) : ((string?)null, (string?)null),
                };
                if (english is null)
                {
                    continue; // a range check with the generic, bilingual message
                }

                calls++;
                if (french is null)
                {
                    problems.Add($"{where}: '{english}' has no French text");
                    continue;
                }

                Check(problems, where, CoreLiteral(english), CoreLiteral(french));
            }

            foreach (Match m in EnglishOnlyThrow().Matches(source))
            {
                problems.Add($"{Path.GetFileName(file)}:{source[..m.Index].Count(c => c == '\n') + 1}: '{m.Value}' has an English message only: use Preconditions.Argument, OutOfRange or State, or DomainErrors.WithFrench");
            }
        }

        Assert.True(calls > 300, $"Only {calls} core messages were found: the pattern no longer matches the sources.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>A message argument's text: the literal inside <c>Preconditions.Invariant(…)</c>, or the literal, or the expression.</summary>
    private static string CoreLiteral(string expression)
    {
        var e = expression.Trim();
        if (e.StartsWith("Preconditions.Invariant(", StringComparison.Ordinal) && e.EndsWith(')'))
        {
            e = e["Preconditions.Invariant(".Length..^1];
        }

        return Literal(e) ?? e;
    }

    private static void Check(List<string> problems, string what, string english, string french)
    {
        if (string.IsNullOrWhiteSpace(french))
        {
            problems.Add($"{what}: no French text for '{english}'");
        }
        else if (string.Equals(english, french, StringComparison.Ordinal) && !SameInBothLanguages.Contains(english))
        {
            problems.Add($"{what}: the French text is the English one, '{english}'");
        }
    }

    /// <summary>The text of a C# string literal, plain or interpolated (holes kept as written); null for any other expression.</summary>
    private static string? Literal(string expression)
    {
        var e = expression.Trim();
        var start = e.StartsWith("$\"", StringComparison.Ordinal) ? 2 : e.StartsWith('"') ? 1 : -1;
        return start > 0 && e.EndsWith('"') ? e[start..^1] : null;
    }

    /// <summary>The top-level arguments of a call whose opening parenthesis ends at <paramref name="at"/>, strings (and the holes of interpolated ones) and nesting respected.</summary>
    private static List<string> Arguments(string source, int at)
    {
        var arguments = new List<string>();
        var depth = 0;
        var start = at;
        for (var i = at; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '"':
                    i = EndOfString(source, i) - 1;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}' when depth > 0:
                    depth--;
                    break;
                case ')':
                    arguments.Add(source[start..i].Trim());
                    return arguments;
                case ',' when depth == 0:
                    arguments.Add(source[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        return arguments;
    }

    /// <summary>The index just after the string literal opening at <paramref name="quote"/>; an interpolated string's holes may hold strings of their own.</summary>
    private static int EndOfString(string source, int quote)
    {
        var interpolated = quote > 0 && source[quote - 1] == '$';
        for (var i = quote + 1; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    return i + 1;
                case '{' when interpolated && source[i + 1] == '{':
                    i++;
                    break;
                case '{' when interpolated:
                    for (var depth = 1; depth > 0;)
                    {
                        i++;
                        if (source[i] == '"')
                        {
                            i = EndOfString(source, i) - 1;
                        }
                        else
                        {
                            depth += source[i] == '{' ? 1 : source[i] == '}' ? -1 : 0;
                        }
                    }

                    break;
            }
        }

        return source.Length;
    }

    [GeneratedRegex(@"(?<!\w)(?:void\s+)?(?:Error|Warning|new DocumentError)\(")]
    private static partial Regex MessageCall();

    [GeneratedRegex(@"(?:Preconditions\.|ScheduleRefusedException\.)(?<kind>CheckArgumentRange|CheckArgument|CheckState|Check|Argument|OutOfRange|State)\(")]
    private static partial Regex CoreMessageCall();

    [GeneratedRegex(@"(?:throw new (?:ArgumentException|ArgumentOutOfRangeException|InvalidOperationException)\((?!\))|(?<!WithFrench\()new (?:ScheduleRefusedException|MissingReferenceDataException)\()")]
    private static partial Regex EnglishOnlyThrow();

    [GeneratedRegex(@"new CliException\(")]
    private static partial Regex CliError();

    [GeneratedRegex(@"\b(?:fr|french)\s*\?\s*\$?""(?<fr>(?:[^""\\]|\\.)*)""\s*:\s*\$?""(?<en>(?:[^""\\]|\\.)*)""")]
    private static partial Regex InlinePair();
}
