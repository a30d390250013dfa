using System.Globalization;
using RepayableAdvance.Json;
using RepayableAdvance.StateAid;
using Spectre.Console;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The <c>schemes list</c> and <c>schemes show</c> commands.</summary>
internal static partial class Commands
{
    internal static int ListSchemes()
    {
        var table = new Table().AddColumns("Preset", "Name", "Versions", "Fund");
        foreach (var s in SchemePresets.All)
        {
            table.AddRow(s.Id, Markup.Escape(s.Name), string.Join(", ", s.Versions.Select(v => $"{v.Version} ({v.EffectiveFrom:uuuu-MM-dd}–{(v.EffectiveTo is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "…")})")), Markup.Escape(s.Versions[^1].Fund.Name));
        }

        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    internal static int ShowScheme(string name, string format, string? effective, CultureInfo culture)
    {
        var t = Text.For(culture);
        var fr = culture.TwoLetterISOLanguageName == "fr";
        var scheme = SchemePresets.FromName(name);
        if (effective is not null)
        {
            Console.Out.Write(SchemeDocument.WriteEffective(scheme, ParseDate(effective, "--effective")));
            return Cli.Ok;
        }

        if (format == "json")
        {
            Console.Out.Write(SchemePresets.Document(name));
            return Cli.Ok;
        }

        var table = new Table().AddColumns("Version", fr ? "En vigueur" : "In force", t.Eligibility, t.Sizing, fr ? "Conditions" : "Terms", fr ? "Aide d'État" : "State aid");
        foreach (var v in scheme.Versions)
        {
            table.AddRow(
                v.Version,
                $"{v.EffectiveFrom:uuuu-MM-dd} – {(v.EffectiveTo is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : fr ? "en cours" : "open")}",
                Markup.Escape(v.Eligibility.Name),
                Markup.Escape(v.Sizing.Name),
                Markup.Escape(v.OffersChoice ? string.Join("\n", v.TermOptions.Select(o => $"{o.Name}: {t.Describe(o.Terms)}")) : t.Describe(v.Terms)),
                Markup.Escape($"{t.Regulation(v.StateAid.Regime)}, {(fr ? "méthode" : "method")} {v.StateAid.Method.DisplayName()}, {t.Collateral} {t.CollateralLevel(v.StateAid.Collateral)}"));
        }

        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(scheme.Name)}[/] ({scheme.Id})").LeftJustified());
        AnsiConsole.Write(table);
        foreach (var note in scheme.Notes)
        {
            AnsiConsole.WriteLine("- " + note);
        }

        // Where every parameter comes from: each public source once, then each assumption once.
        var sources = scheme.Annotations.Select(a => a.Source).OfType<string>().SelectMany(s => s.Split(" ; ")).Distinct(StringComparer.Ordinal).ToList();
        var assumptions = scheme.Annotations.Where(a => a.IsAssumption).Select(a => a.Meaning ?? a.Path).Distinct(StringComparer.Ordinal).ToList();
        if (sources.Count > 0)
        {
            AnsiConsole.WriteLine();
            AnsiConsole.WriteLine(fr ? "Sources :" : "Sources:");
            sources.ForEach(s => AnsiConsole.WriteLine("- " + s));
        }

        if (assumptions.Count > 0)
        {
            AnsiConsole.WriteLine();
            AnsiConsole.WriteLine(fr ? "Hypothèses (en anglais, comme le document du dispositif) :" : "Assumptions:");
            assumptions.ForEach(a => AnsiConsole.WriteLine("- " + a));
        }

        return Cli.Ok;
    }
}
