using System.Globalization;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using Spectre.Console;

namespace RepayableAdvance.Cli;

/// <summary>The terminal view of library results: every figure is a property of a library type, printed as it is.</summary>
internal static class ProposalView
{
    internal static void Render(Proposal proposal, CultureInfo culture)
    {
        var t = Text.For(culture);
        var f = ReasonFormatter.Default;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(f.Format(proposal.Decision(), culture))}[/]");
        if (proposal.Option is { } chosen && proposal.Version.OffersChoice)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(f.Format(Proposal.Describe(chosen), culture))}[/]");
        }

        foreach (var caveat in proposal.Caveats)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(f.Format(caveat, culture))}[/]");
        }

        AnsiConsole.WriteLine();

        Section(t.Eligibility);
        foreach (var line in proposal.Eligibility.Explain(culture))
        {
            AnsiConsole.WriteLine(line);
        }

        if (proposal.Sizing is { } sizing)
        {
            Section(t.Sizing);
            foreach (var line in sizing.Explain(culture))
            {
                AnsiConsole.WriteLine(line);
            }
        }

        if (proposal.Schedule is { } schedule)
        {
            Section($"{t.Schedule} — {t.Describe((proposal.Option?.Terms ?? proposal.Version.Terms).Rate)}");
            AnsiConsole.Write(ScheduleTable(schedule, culture));
        }

        if (proposal.Alternatives.Count > 0)
        {
            Options(proposal, culture);
        }

        if (proposal.StateAidRefusal is { } refusal)
        {
            Section(t.StateAid);
            foreach (var basis in proposal.Basis)
            {
                AnsiConsole.WriteLine(f.Format(basis, culture));
            }

            AnsiConsole.WriteLine(ReasonFormatter.Default.Format(refusal.Reason, culture));
        }

        if (proposal.Aid is { } aid && proposal.DeMinimis is { } check)
        {
            Section(t.StateAid);
            var q = aid.Quote;
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(t.BaseRate, $"{Text.Percent(q.BaseRate.Rate, culture)} ({q.Country}, {t.From} {q.BaseRate.From.ToString("d", culture)})");
            grid.AddRow(t.Margin, Markup.Escape(t.MarginLine(q)));
            grid.AddRow(t.ReferenceRate, Text.Percent(q.ReferenceRate, culture));
            grid.AddRow(t.DiscountRate, Text.Percent(q.DiscountRate, culture));
            grid.AddRow(t.Method, Markup.Escape($"{aid.Method.DisplayName()}; {t.Describe(aid.Convention)}"));
            grid.AddRow($"[bold]{t.Gge}[/]", $"[bold]{Amount(aid.Amount, culture)}[/] ({aid.Intensity.Percent.ToString("0.00", culture)} %)");
            grid.AddRow(t.DeMinimis, $"{Amount(check.Used, culture)} / {Amount(check.Ceiling, culture)} ({Markup.Escape(t.Regulation(check.Regime))})");
            grid.AddRow(t.HeadroomAfter, Amount(check.HeadroomAfter, culture));
            AnsiConsole.Write(grid);
            foreach (var basis in proposal.Basis)
            {
                AnsiConsole.WriteLine(f.Format(basis, culture));
            }

            AnsiConsole.WriteLine(f.Format(check.Explain(), culture));
        }

        if (proposal.FundBefore is { } before)
        {
            Section(t.Fund);
            // With term options the fund after each is in the comparison: only the position before is shown here.
            var after = proposal.FundAfter;
            var table = proposal.Alternatives.Count > 0 ? new Table().AddColumns(string.Empty, t.Before) : new Table().AddColumns(string.Empty, t.Before, t.After);
            foreach (var c in table.Columns.Skip(1))
            {
                c.RightAligned();
            }

            void Line(string label, string value, string? valueAfter)
            {
                if (proposal.Alternatives.Count > 0)
                {
                    table.AddRow(label, value);
                }
                else
                {
                    table.AddRow(label, value, valueAfter ?? "—");
                }
            }

            Line(t.Endowment, Amount(before.Endowment, culture), after is null ? null : Amount(after.Endowment, culture));
            Line(t.Committed, Amount(before.Committed, culture), after is null ? null : Amount(after.Committed, culture));
            Line(t.Available, Amount(before.Available, culture), after is null ? null : Amount(after.Available, culture));
            Line(t.Utilisation, before.Utilisation.Percent.ToString("0.00", culture) + " %", after is null ? null : after.Utilisation.Percent.ToString("0.00", culture) + " %");
            AnsiConsole.Write(table);
        }
    }

    /// <summary>The options side by side, each one's decision, the State-aid basis they share, and what each has the firm pay per year.</summary>
    private static void Options(Proposal proposal, CultureInfo culture)
    {
        var t = Text.For(culture);
        var f = ReasonFormatter.Default;
        Section(t.TermOptions);
        AnsiConsole.Write(Table(string.Empty, proposal, OptionsView.Comparison(proposal, culture)));
        foreach (var alternative in proposal.Alternatives)
        {
            AnsiConsole.WriteLine(f.Format(Proposal.Describe(alternative.Option!), culture));
            AnsiConsole.WriteLine("  " + f.Format(alternative.Decision(), culture));
            if (alternative.StateAidRefusal is { } refusal)
            {
                AnsiConsole.WriteLine("  " + f.Format(refusal.Reason, culture));
            }
        }

        if (proposal.Quote is { } q)
        {
            Section(t.StateAid);
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(t.BaseRate, $"{Text.Percent(q.BaseRate.Rate, culture)} ({q.Country}, {t.From} {q.BaseRate.From.ToString("d", culture)})");
            grid.AddRow(t.Margin, Markup.Escape(t.MarginLine(q)));
            grid.AddRow(t.ReferenceRate, Text.Percent(q.ReferenceRate, culture));
            grid.AddRow(t.DiscountRate, Text.Percent(q.DiscountRate, culture));
            AnsiConsole.Write(grid);
            foreach (var basis in proposal.Basis)
            {
                AnsiConsole.WriteLine(f.Format(basis, culture));
            }
        }

        Section(t.PaidPerYear);
        AnsiConsole.Write(Table(proposal.Alternatives[0].Version.Fund.Currency.Code, proposal, OptionsView.PaidPerYear(proposal, culture)));
    }

    private static Table Table(string corner, Proposal proposal, List<OptionsView.Row> rows)
    {
        var table = new Table().AddColumn(corner);
        foreach (var alternative in proposal.Alternatives)
        {
            table.AddColumn(new TableColumn(Markup.Escape(alternative.Option!.Name)).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow([Markup.Escape(row.Label), .. row.Cells.Select(c => row.Bold ? $"[bold]{Markup.Escape(c)}[/]" : Markup.Escape(c))]);
        }

        return table;
    }

    internal static Table ScheduleTable(RepaymentSchedule schedule, CultureInfo culture)
    {
        var t = Text.For(culture);
        var currency = schedule.Currency.Code;
        var table = new Table().AddColumns("#", t.Due, t.Phase, t.Rate, $"{t.Principal} ({currency})", $"{t.Interest} ({currency})", $"{t.Total} ({currency})", $"{t.Outstanding} ({currency})");
        foreach (var c in table.Columns.Skip(3))
        {
            c.RightAligned();
        }

        // Prepayments are paid outside the installments: they are listed, in date order among the installments, so that
        // the principal column adds up.
        var prepayments = schedule.Prepayments.OrderBy(p => p.Date).ToList();
        var next = 0;
        void PrepaymentsBefore(NodaTime.LocalDate? due)
        {
            for (; next < prepayments.Count && (due is null || prepayments[next].Date < due); next++)
            {
                var p = prepayments[next];
                table.AddRow(string.Empty, p.Date.ToString("dd/MM/yyyy", culture), t.Prepayment, string.Empty, Number(p.Amount, culture), string.Empty, Number(p.Amount, culture), string.Empty);
            }
        }

        foreach (var i in schedule.Installments)
        {
            PrepaymentsBefore(i.DueDate);
            table.AddRow(
                i.Number.ToString(culture),
                i.DueDate.ToString("dd/MM/yyyy", culture),
                PhaseLabel(i.Phase, t),
                i.Rate.Percent.ToString("0.00", culture) + " %",
                Number(i.Principal, culture),
                Number(i.Interest, culture),
                Number(i.TotalDue, culture),
                Number(i.OutstandingAfter, culture));
        }

        PrepaymentsBefore(null);
        table.AddRow(string.Empty, t.TotalRow, string.Empty, string.Empty, Number(schedule.TotalPrincipal, culture), Number(schedule.TotalInterest, culture), Number(schedule.TotalPaid, culture), string.Empty);
        return table;
    }

    /// <summary>The label of a phase in tables; every phase is listed, so a new one fails here rather than printing a wrong label.</summary>
    internal static string PhaseLabel(SchedulePhase phase, Text t) => phase switch
    {
        SchedulePhase.Amortization => t.Amortization,
        SchedulePhase.PaymentHoliday => t.Holiday,
        SchedulePhase.PrincipalDeferral or SchedulePhase.InterestDeferred or SchedulePhase.InterestWaived or SchedulePhase.InterestCapitalized or SchedulePhase.InterestGrace => t.Deferral,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "This phase has no label: add it to PhaseLabel."),
    };

    internal static void Section(string title)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
    }

    internal static string Amount(Money money, CultureInfo culture) => Markup.Escape(money.ToString(null, culture));

    internal static string Number(Money money, CultureInfo culture) => money.Amount.ToString("N2", culture);
}
