using System.Globalization;
using System.Text;
using CsvHelper;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Cli;

/// <summary>Machine and print outputs: CSV through CsvHelper, SVG charts, the committee's HTML page.</summary>
internal static class Outputs
{
    /// <summary>Writes a schedule as CSV: one row per installment, invariant culture, ISO dates, amounts with a point.</summary>
    internal static string ScheduleCsv(RepaymentSchedule schedule) => Csv(csv =>
    {
        csv.WriteHeader(["number", "dueDate", "unadjustedDueDate", "phase", "rate", "accrualDays", "principal", "interest", "fees", "total", "outstanding", "currency"]);
        foreach (var i in schedule.Installments)
        {
            csv.WriteField(i.Number, default);
            csv.WriteField(Iso(i.DueDate));
            csv.WriteField(Iso(i.UnadjustedDueDate));
            csv.WriteField(ReasonCodes.NameOf(i.Phase));
            csv.WriteField(i.Rate.ToString());
            csv.WriteField(i.AccrualDays, default);
            csv.WriteField(i.Principal.Amount, default);
            csv.WriteField(i.Interest.Amount, default);
            csv.WriteField(i.Fees.Amount, default);
            csv.WriteField(i.TotalDue.Amount, default);
            csv.WriteField(i.OutstandingAfter.Amount, default);
            csv.WriteField(schedule.Currency.Code);
            csv.EndRecord();
        }
    });

    /// <summary>Writes a fund's positions and co-funder statements as CSV rows of (section, item, amount).</summary>
    internal static string FundReportCsv(FundReport report) => Csv(csv =>
    {
        var p = report.Position;
        csv.WriteHeader(["section", "item", "coFunder", "amount", "currency"]);
        foreach (var (item, value) in new (string, Money)[]
        {
            ("endowment", p.Endowment), ("committed", p.Committed), ("committedUndisbursed", p.CommittedUndisbursed), ("disbursed", p.Disbursed),
            ("outstanding", p.Outstanding), ("principalRepaid", p.PrincipalRepaid), ("interestReceived", p.InterestReceived), ("writtenOff", p.WrittenOff),
            ("recovered", p.Recovered), ("fees", p.Fees), ("cash", p.Cash), ("available", p.Available),
        })
        {
            Row(csv, "position", item, string.Empty, value);
        }

        foreach (var s in report.Statements)
        {
            Row(csv, "coFunder", "cash", s.CoFunder.Id, s.Cash);
            Row(csv, "coFunder", "outstanding", s.CoFunder.Id, s.Outstanding);
            Row(csv, "coFunder", "available", s.CoFunder.Id, s.Available);
            Row(csv, "coFunder", "losses", s.CoFunder.Id, s.Losses);
        }
    });

    /// <summary>Writes the stress simulation's monthly distribution of the available amount as CSV.</summary>
    internal static string StressCsv(StressResult result) => Csv(csv =>
    {
        csv.WriteHeader(["month", "p5", "p25", "p50", "p75", "p95", "mean"]);
        foreach (var m in result.Available)
        {
            csv.WriteField(m.Month, default);
            csv.WriteField(m.P5.Amount);
            csv.WriteField(m.P25.Amount);
            csv.WriteField(m.P50.Amount);
            csv.WriteField(m.P75.Amount);
            csv.WriteField(m.P95.Amount);
            csv.WriteField(m.Mean.Amount, default);
            csv.EndRecord();
        }
    });

    /// <summary>Saves a chart as SVG; any other extension is refused with the one the tool writes.</summary>
    internal static void SaveChart(string svg, FileInfo file)
    {
        CheckChartFile(file);
        File.WriteAllText(file.FullName, svg);
    }

    /// <summary>Refuses a chart file name other than .svg, before any work is done.</summary>
    internal static void CheckChartFile(FileInfo? file)
    {
        if (file is not null && !file.Extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(
                $"Chart file '{file.Name}' must be an .svg file: the tool writes charts as SVG, which browsers, office suites and vector editors open and which prints sharp at any size.",
                $"Le graphique « {file.Name} » doit être un fichier .svg : l'outil écrit ses graphiques en SVG, que navigateurs, suites bureautiques et logiciels de dessin ouvrent, et qui s'imprime net à toute taille.");
        }
    }

    /// <summary>The committee's one-page summary: decision and reasons, amount and binding constraint, schedule table and chart, GGE and de minimis, fund.</summary>
    internal static string CommitteeReport(Proposal proposal, CultureInfo culture)
    {
        var t = Text.For(culture);
        var f = ReasonFormatter.Default;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{culture.TwoLetterISOLanguageName}}">
            <head>
            <meta charset="utf-8">
            <title>{{E(t.ReportTitle)}} — {{E(proposal.Scheme.Name)}}</title>
            <style>
            @page { size: A4; margin: 10mm 11mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.4pt; line-height: 1.22; color: #1b1b1b; max-width: 188mm; margin: 0 auto; }
            h1 { font-size: 12.5pt; margin: 0 0 1mm; }
            h2 { font-size: 10pt; margin: 2.5mm 0 1mm; border-bottom: 1px solid #1f4e79; color: #1f4e79; break-after: avoid; }
            p { margin: 1mm 0; }
            .decision { font-size: 10pt; font-weight: bold; padding: 1.5mm 3mm; border-left: 4px solid {{(proposal.Outcome switch { ProposalOutcome.Proposed => "#2e7d32", ProposalOutcome.ChooseTerms => "#1f4e79", _ => "#c62828" })}}; background: #f4f6f8; }
            .cols { display: flex; gap: 5mm; }
            .cols > div { flex: 1; min-width: 0; }
            table { border-collapse: collapse; width: 100%; }
            td, th { padding: 0.25mm 1.2mm; border-bottom: 1px solid #e0e0e0; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.w, table.figures th.n { white-space: normal; }
            table.figures td:first-child { white-space: nowrap; padding-right: 3mm; }
            table.schedule { font-size: 7.8pt; break-inside: avoid; }
            table.options td:first-child { white-space: nowrap; padding-right: 3mm; }
            ul { margin: 0; padding-left: 0; list-style: none; }
            li { margin: 0.2mm 0; }
            ul.bullets li::before { content: "• "; color: #1f4e79; }
            svg.chart { display: block; width: 100%; height: auto; }
            .small { font-size: 7.4pt; color: #555; }
            .caveats { border-left: 4px solid #ef6c00; background: #fff3e0; padding: 1mm 3mm; }
            </style>
            </head>
            <body>
            <h1>{{E(t.ReportTitle)}} — {{E(proposal.Scheme.Name)}} ({{E(proposal.Version.Version)}})</h1>
            <p class="small">{{E(t.ApplicationOf)}} {{proposal.Application.AsOf.ToString("d", culture)}} · {{E(proposal.Application.Identity.RegistrationNumber ?? "—")}} · NAF {{E(proposal.Application.Identity.NafCode ?? "—")}}</p>
            <p class="decision">{{E(f.Format(proposal.Decision(), culture))}}{{(proposal.Option is { } chosen && proposal.Version.OffersChoice ? "<br>" + E(f.Format(Proposal.Describe(chosen), culture)) : string.Empty)}}</p>
            """);
        if (proposal.Caveats.Count > 0)
        {
            html.Append("<ul class=\"caveats\">");
            foreach (var caveat in proposal.Caveats)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(f.Format(caveat, culture))}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<div class=\"cols\"><div>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Eligibility)}</h2><ul>");
        foreach (var line in proposal.Eligibility.Explain(culture).Skip(1))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(line.Trim())}</li>");
        }

        html.Append("</ul>");
        if (proposal.Schedule is { } charted)
        {
            // The chart sits under the eligibility list, beside the sizing and State-aid figures, so that the page
            // keeps the whole schedule table below.
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Schedule)} — {E(t.Describe((proposal.Option?.Terms ?? proposal.Version.Terms).Rate))}</h2>");
            html.Append(SvgChart.Schedule(charted, t, culture, 560, 330).Replace("<svg ", "<svg class=\"chart\" ", StringComparison.Ordinal));
        }

        html.Append("</div><div>");
        // The sizing of each option; options that size alike are explained once.
        foreach (var group in proposal.Alternatives.Where(a => a.Sizing is not null).GroupBy(a => string.Join("\n", a.Sizing!.Explain(culture)), StringComparer.Ordinal))
        {
            var names = proposal.Alternatives.Select(a => a.Sizing is null ? null : string.Join("\n", a.Sizing.Explain(culture))).Distinct().Count() == 1 ? string.Empty : $" — {string.Join(", ", group.Select(a => a.Option!.Name))}";
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Sizing + names)}</h2><ul class=\"bullets\">");
            foreach (var line in group.Key.Split('\n'))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(line.Trim())}</li>");
            }

            html.Append("</ul>");
        }

        if (proposal.Alternatives.Count > 0 && proposal.Quote is { } shared)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.StateAid)}</h2><table class=\"figures\">");
            Row(html, t.BaseRate, $"{Text.Percent(shared.BaseRate.Rate, culture)} ({shared.Country}, {t.From} {shared.BaseRate.From.ToString("d", culture)})", wrap: true);
            Row(html, t.Margin, t.MarginLine(shared), wrap: true);
            Row(html, t.ReferenceRate, Text.Percent(shared.ReferenceRate, culture));
            Row(html, t.DiscountRate, Text.Percent(shared.DiscountRate, culture));
            if (proposal.Alternatives.FirstOrDefault(a => a.Aid is not null) is { Aid: { } firstAid, DeMinimis: { } firstCheck })
            {
                Row(html, t.Method, $"{firstAid.Method.DisplayName()}; {t.Describe(firstAid.Convention)}", wrap: true);
                Row(html, t.DeMinimis, $"{firstCheck.Ceiling.ToString(null, culture)} ({t.Regulation(firstCheck.Regime)})", wrap: true);
            }

            html.Append("</table>");
        }

        if (proposal.Sizing is { } sizing)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Sizing)}</h2><ul class=\"bullets\">");
            foreach (var line in sizing.Explain(culture))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(line.Trim())}</li>");
            }

            html.Append("</ul>");
        }

        if (proposal.Aid is { } aid && proposal.DeMinimis is { } check)
        {
            var q = aid.Quote;
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.StateAid)}</h2><table class=\"figures\">");
            Row(html, t.BaseRate, $"{Text.Percent(q.BaseRate.Rate, culture)} ({q.Country}, {t.From} {q.BaseRate.From.ToString("d", culture)})", wrap: true);
            Row(html, t.Margin, t.MarginLine(q), wrap: true);
            Row(html, t.ReferenceRate, Text.Percent(q.ReferenceRate, culture));
            Row(html, t.DiscountRate, Text.Percent(q.DiscountRate, culture));
            Row(html, t.Method, $"{aid.Method.DisplayName()}; {t.Describe(aid.Convention)}", wrap: true);
            Row(html, t.Gge, $"{aid.Amount.ToString(null, culture)} ({aid.Intensity.Percent.ToString("0.00", culture)} %)", bold: true);
            Row(html, t.DeMinimis, $"{check.Used.ToString(null, culture)} / {check.Ceiling.ToString(null, culture)} ({t.Regulation(check.Regime)})", wrap: true);
            Row(html, t.HeadroomAfter, check.HeadroomAfter.ToString(null, culture));
            if (check.Regime.Publication is { } publication)
            {
                var journal = culture.TwoLetterISOLanguageName == "fr" ? publication.FrenchOfficialJournal : publication.OfficialJournal;
                Row(html, t.Notice, RepayableAdvance.StateAid.DeMinimisNotice.IsRequiredFor(check.Grant) ? $"{t.NoticeRequired} ({journal})" : t.NoticeNotRequired, wrap: true);
            }

            html.Append("</table>");
        }
        else if (proposal.StateAidRefusal is { } refusal)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.StateAid)}</h2><p>{E(ReasonFormatter.Default.Format(refusal.Reason, culture))}</p>");
        }

        if (proposal.FundBefore is { } before)
        {
            // With term options the fund after each is in the comparison: only the position before is shown here.
            var options = proposal.Alternatives.Count > 0;
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Fund)}</h2><table class=\"figures\"><tr><th></th><th class=\"n\">{E(t.Before)} ({before.Endowment.Currency.Code})</th>{(options ? string.Empty : $"<th class=\"n\">{E(t.After)} ({before.Endowment.Currency.Code})</th>")}</tr>");
            var after = proposal.FundAfter;
            FundRow(html, t.Endowment, N(before.Endowment, culture), after is null ? null : N(after.Endowment, culture), options);
            FundRow(html, t.Committed, N(before.Committed, culture), after is null ? null : N(after.Committed, culture), options);
            FundRow(html, t.Available, N(before.Available, culture), after is null ? null : N(after.Available, culture), options);
            FundRow(html, t.Utilisation, Text.Percent(before.Utilisation, culture), after is null ? null : Text.Percent(after.Utilisation, culture), options);
            html.Append("</table>");
        }

        html.Append("</div></div>");
        if (proposal.Alternatives.Count > 0)
        {
            // The options side by side, then what each has the firm pay per year: the alternatives in one table each.
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.TermOptions)}</h2>");
            OptionsTable(html, proposal, string.Empty, OptionsView.Comparison(proposal, culture), "options");
            html.Append("<ul class=\"small\">");
            foreach (var alternative in proposal.Alternatives)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><b>{E(alternative.Option!.Name)}</b>: {E(f.Format(alternative.Decision(), culture))}{(alternative.StateAidRefusal is { } refused ? " " + E(f.Format(refused.Reason, culture)) : string.Empty)}</li>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</ul><h2>{E(t.PaidPerYear)}</h2>");
            OptionsTable(html, proposal, proposal.Version.Fund.Currency.Code, OptionsView.PaidPerYear(proposal, culture), "schedule");
        }

        if (proposal.Schedule is { } schedule)
        {
            var c = schedule.Currency.Code;
            html.Append(CultureInfo.InvariantCulture, $"<table class=\"schedule\"><tr><th>#</th><th>{E(t.Due)}</th><th>{E(t.Phase)}</th><th class=\"n\">{E(t.Rate)}</th><th class=\"n\">{E(t.Principal)} ({c})</th><th class=\"n\">{E(t.Interest)} ({c})</th><th class=\"n\">{E(t.Total)} ({c})</th><th class=\"n\">{E(t.Outstanding)} ({c})</th></tr>");
            foreach (var i in schedule.Installments)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i.Number}</td><td>{i.DueDate.ToString("d", culture)}</td><td>{E(ProposalView.PhaseLabel(i.Phase, t))}</td><td class=\"n\">{i.Rate.Percent.ToString("0.00", culture)} %</td><td class=\"n\">{N(i.Principal, culture)}</td><td class=\"n\">{N(i.Interest, culture)}</td><td class=\"n\">{N(i.TotalDue, culture)}</td><td class=\"n\">{N(i.OutstandingAfter, culture)}</td></tr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<tr><th></th><th>{E(t.TotalRow)}</th><th></th><th></th><th class=\"n\">{N(schedule.TotalPrincipal, culture)}</th><th class=\"n\">{N(schedule.TotalInterest, culture)}</th><th class=\"n\">{N(schedule.TotalPaid, culture)}</th><th></th></tr></table>");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <p class="small">{E(t.ReportFooter)}</p>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void OptionsTable(StringBuilder html, Proposal proposal, string corner, List<OptionsView.Row> rows, string css)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"{css}\"><tr><th>{E(corner)}</th>");
        foreach (var alternative in proposal.Alternatives)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"n\">{E(alternative.Option!.Name)}</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Label)}</td>");
            foreach (var cell in row.Cells)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n w\">{(row.Bold ? "<b>" : string.Empty)}{E(cell)}{(row.Bold ? "</b>" : string.Empty)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void Row(StringBuilder html, string label, string value, bool bold = false, bool wrap = false) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td class=\"{(wrap ? "n w" : "n")}\">{(bold ? "<b>" : string.Empty)}{E(value)}{(bold ? "</b>" : string.Empty)}</td></tr>");

    private static void FundRow(StringBuilder html, string label, string before, string? after, bool beforeOnly) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td class=\"n\">{E(before)}</td>{(beforeOnly ? string.Empty : $"<td class=\"n\">{E(after ?? "—")}</td>")}</tr>");

    private static void Row(CsvWriter csv, string section, string item, string coFunder, Money value)
    {
        csv.WriteField(section);
        csv.WriteField(item);
        csv.WriteField(coFunder);
        csv.WriteField(value.Amount, default);
        csv.WriteField(value.Currency.Code);
        csv.EndRecord();
    }

    internal static string Csv(Action<CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true))
        {
            write(csv);
        }

        return text.ToString();
    }

    /// <summary>Escapes text for HTML; the page is UTF-8, so accented letters stay as they are.</summary>
    private static string E(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string N(Money money, CultureInfo culture) => money.Amount.ToString("N2", culture);

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

}
