using System.Globalization;
using System.Text;
using CsvHelper;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Cli;

/// <summary>Machine and print outputs: CSV through CsvHelper, charts through ScottPlot, the committee's HTML page.</summary>
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

    /// <summary>The schedule chart: principal and interest per installment (stacked bars) and the outstanding principal (line).</summary>
    internal static ScottPlot.Plot ScheduleChart(RepaymentSchedule schedule, Text t)
    {
        var plot = new ScottPlot.Plot();
        var principal = new ScottPlot.Color(31, 78, 121);
        var interest = new ScottPlot.Color(232, 152, 58);
        var bars = new List<ScottPlot.Bar>();
        foreach (var i in schedule.Installments)
        {
            var p = (double)i.Principal.Amount;
            var total = (double)(i.Principal.Amount + i.Interest.Amount);
            bars.Add(new ScottPlot.Bar { Position = i.Number, ValueBase = 0, Value = p, FillColor = principal, LineWidth = 0 });
            bars.Add(new ScottPlot.Bar { Position = i.Number, ValueBase = p, Value = total, FillColor = interest, LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        var outstanding = plot.Add.Scatter(
            schedule.Installments.Select(i => (double)i.Number).Prepend(0).ToArray(),
            schedule.Installments.Select(i => (double)i.OutstandingAfter.Amount).Prepend((double)schedule.TotalPrincipal.Amount).ToArray());
        outstanding.Axes.YAxis = plot.Axes.Right;
        outstanding.Color = new ScottPlot.Color(120, 120, 120);
        outstanding.LineWidth = 2;
        outstanding.MarkerSize = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.Right.Label.Text = t.Outstanding + " (" + schedule.Currency.Code + ")";
        plot.Axes.Left.Label.Text = t.Total + " (" + schedule.Currency.Code + ")";
        plot.Axes.Bottom.Label.Text = t.Installment;
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = t.Principal, FillColor = principal });
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = t.Interest, FillColor = interest });
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = t.Outstanding, LineColor = outstanding.Color, LineWidth = 2 });
        plot.Legend.Alignment = ScottPlot.Alignment.UpperRight;
        plot.ShowLegend();
        return plot;
    }

    /// <summary>The stress fan chart: the available amount's 5–95 % and 25–75 % bands and its median, by month.</summary>
    internal static ScottPlot.Plot StressChart(StressResult result, Text t)
    {
        var plot = new ScottPlot.Plot();
        var months = result.Available.Select(m => (double)m.Month).ToArray();
        var outer = plot.Add.FillY(months, result.Available.Select(m => (double)m.P5.Amount).ToArray(), result.Available.Select(m => (double)m.P95.Amount).ToArray());
        outer.FillColor = new ScottPlot.Color(31, 78, 121, 50);
        outer.LegendText = "P5–P95";
        var inner = plot.Add.FillY(months, result.Available.Select(m => (double)m.P25.Amount).ToArray(), result.Available.Select(m => (double)m.P75.Amount).ToArray());
        inner.FillColor = new ScottPlot.Color(31, 78, 121, 110);
        inner.LegendText = "P25–P75";
        var median = plot.Add.Scatter(months, result.Available.Select(m => (double)m.P50.Amount).ToArray());
        median.Color = new ScottPlot.Color(31, 78, 121);
        median.MarkerSize = 0;
        median.LineWidth = 2;
        median.LegendText = t.Median;
        plot.Title(t.Stress);
        plot.Axes.Bottom.Label.Text = t.Month;
        plot.Axes.Left.Label.Text = t.Available + " (" + result.Available[0].P50.Currency.Code + ")";
        plot.ShowLegend();
        return plot;
    }

    /// <summary>Saves a chart as PNG or SVG, by the file's extension.</summary>
    internal static void SaveChart(ScottPlot.Plot plot, FileInfo file, int width = 900, int height = 420)
    {
        switch (file.Extension.ToLowerInvariant())
        {
            case ".png":
                plot.SavePng(file.FullName, width, height);
                break;
            case ".svg":
                plot.SaveSvg(file.FullName, width, height);
                break;
            default:
                throw new CliException($"Chart file '{file.Name}' has no known extension: use .png or .svg.");
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
            @page { size: A4; margin: 12mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #1b1b1b; max-width: 190mm; margin: 0 auto; }
            h1 { font-size: 15pt; margin: 0 0 2mm; }
            h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-bottom: 1px solid #1f4e79; color: #1f4e79; }
            .decision { font-size: 11pt; font-weight: bold; padding: 2mm 3mm; border-left: 4px solid {{(proposal.Outcome == ProposalOutcome.Proposed ? "#2e7d32" : "#c62828")}}; background: #f4f6f8; }
            .cols { display: flex; gap: 6mm; }
            .cols > div { flex: 1; }
            table { border-collapse: collapse; width: 100%; }
            td, th { padding: 0.6mm 1.5mm; border-bottom: 1px solid #e0e0e0; text-align: left; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            ul { margin: 0; padding-left: 4mm; }
            li { margin: 0.3mm 0; }
            .small { font-size: 8pt; color: #555; }
            .caveats { border-left: 4px solid #ef6c00; background: #fff3e0; padding: 1mm 3mm 1mm 7mm; }
            </style>
            </head>
            <body>
            <h1>{{E(t.ReportTitle)}} — {{E(proposal.Scheme.Name)}} ({{E(proposal.Version.Version)}})</h1>
            <p class="small">{{E(t.ApplicationOf)}} {{proposal.Application.AsOf.ToString("d", culture)}} · {{E(proposal.Application.Identity.RegistrationNumber ?? "—")}} · NAF {{E(proposal.Application.Identity.NafCode ?? "—")}}</p>
            <p class="decision">{{E(f.Format(proposal.Decision(), culture))}}</p>
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

        html.Append("</ul></div><div>");
        if (proposal.Sizing is { } sizing)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Sizing)}</h2><ul>");
            foreach (var line in sizing.Explain(culture))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(line.Trim())}</li>");
            }

            html.Append("</ul>");
        }

        if (proposal.Aid is { } aid && proposal.DeMinimis is { } check)
        {
            var q = aid.Quote;
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.StateAid)}</h2><table>");
            Row(html, t.BaseRate, $"{Text.Percent(q.BaseRate.Rate, culture)} ({q.Country}, {t.From} {q.BaseRate.From.ToString("d", culture)})");
            Row(html, t.Margin, t.MarginLine(q));
            Row(html, t.ReferenceRate, Text.Percent(q.ReferenceRate, culture));
            Row(html, t.DiscountRate, Text.Percent(q.DiscountRate, culture));
            Row(html, t.Gge, $"{aid.Amount.ToString(null, culture)} ({aid.Intensity.Percent.ToString("0.00", culture)} %)", bold: true);
            Row(html, t.DeMinimis, $"{check.Used.ToString(null, culture)} / {check.Ceiling.ToString(null, culture)}");
            Row(html, t.HeadroomAfter, check.HeadroomAfter.ToString(null, culture));
            html.Append("</table>");
        }
        else if (proposal.StateAidRefusal is { } refusal)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.StateAid)}</h2><p>{E(ReasonFormatter.Default.Format(refusal.Reason, culture))}</p>");
        }

        if (proposal.FundBefore is { } before)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Fund)}</h2><table><tr><th></th><th class=\"n\">{E(t.Before)}</th><th class=\"n\">{E(t.After)}</th></tr>");
            var after = proposal.FundAfter;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(t.Committed)}</td><td class=\"n\">{E(before.Committed.ToString(null, culture))}</td><td class=\"n\">{E(after?.Committed.ToString(null, culture) ?? "—")}</td></tr>");
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(t.Available)}</td><td class=\"n\">{E(before.Available.ToString(null, culture))}</td><td class=\"n\">{E(after?.Available.ToString(null, culture) ?? "—")}</td></tr>");
            html.Append("</table>");
        }

        html.Append("</div></div>");
        if (proposal.Schedule is { } schedule)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(t.Schedule)} — {E(t.Describe(proposal.Version.Terms.Rate))}</h2>");
            html.Append(ScheduleChart(schedule, t).GetPngHtml(1000, 330, "chart", "width:100%;height:auto"));
            var c = schedule.Currency.Code;
            html.Append(CultureInfo.InvariantCulture, $"<table><tr><th>#</th><th>{E(t.Due)}</th><th>{E(t.Phase)}</th><th class=\"n\">{E(t.Rate)}</th><th class=\"n\">{E(t.Principal)} ({c})</th><th class=\"n\">{E(t.Interest)} ({c})</th><th class=\"n\">{E(t.Total)} ({c})</th><th class=\"n\">{E(t.Outstanding)} ({c})</th></tr>");
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

    private static void Row(StringBuilder html, string label, string value, bool bold = false) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td class=\"n\">{(bold ? "<b>" : string.Empty)}{E(value)}{(bold ? "</b>" : string.Empty)}</td></tr>");

    private static void Row(CsvWriter csv, string section, string item, string coFunder, Money value)
    {
        csv.WriteField(section);
        csv.WriteField(item);
        csv.WriteField(coFunder);
        csv.WriteField(value.Amount, default);
        csv.WriteField(value.Currency.Code);
        csv.EndRecord();
    }

    private static string Csv(Action<CsvWriter> write)
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

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

}
