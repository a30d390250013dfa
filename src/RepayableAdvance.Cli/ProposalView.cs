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
            Section($"{t.Schedule} — {t.Describe(proposal.Version.Terms.Rate)}");
            AnsiConsole.Write(ScheduleTable(schedule, culture));
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
            var table = new Table().AddColumns(string.Empty, t.Before, t.After);
            foreach (var c in table.Columns.Skip(1))
            {
                c.RightAligned();
            }

            var after = proposal.FundAfter;
            table.AddRow(t.Endowment, Amount(before.Endowment, culture), after is null ? "—" : Amount(after.Endowment, culture));
            table.AddRow(t.Committed, Amount(before.Committed, culture), after is null ? "—" : Amount(after.Committed, culture));
            table.AddRow(t.Available, Amount(before.Available, culture), after is null ? "—" : Amount(after.Available, culture));
            table.AddRow(t.Utilisation, before.Utilisation.Percent.ToString("0.00", culture) + " %", after is null ? "—" : after.Utilisation.Percent.ToString("0.00", culture) + " %");
            AnsiConsole.Write(table);
        }
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
