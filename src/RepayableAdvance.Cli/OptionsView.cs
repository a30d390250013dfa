using System.Globalization;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Cli;

/// <summary>The term options of a proposal side by side, for the terminal and the committee report: every figure is a
/// property of one alternative's proposal, printed as it is.</summary>
internal static class OptionsView
{
    /// <summary>One row of the comparison: a label and one cell per option, in the version's order.</summary>
    internal sealed record Row(string Label, IReadOnlyList<string> Cells, bool Bold = false);

    /// <summary>The comparison of the options: terms, decision, amount, installments, interest, aid and fund.</summary>
    internal static List<Row> Comparison(Proposal proposal, CultureInfo culture)
    {
        var t = Text.For(culture);
        var options = proposal.Alternatives;
        Row Cells(string label, Func<Proposal, string?> cell, bool bold = false) => new(label, [.. options.Select(a => cell(a) ?? "—")], bold);
        List<Row> rows =
        [
            Cells(t.Terms, a => t.Describe(a.Option!.Terms)),
            Cells(t.Decision, a => t.Outcome(a.Outcome), bold: true),
            Cells(t.Amount, a => a.Sizing?.Amount?.ToString(null, culture), bold: true),
            Cells(t.FirstInstallment, a => a.Schedule?.Installments[0].TotalDue.ToString(null, culture)),
            Cells(t.FirstAfterDeferral, a => a.Schedule?.Installments.Where(i => i.Phase == SchedulePhase.Amortization).Select(i => i.TotalDue.ToString(null, culture)).FirstOrDefault()),
            Cells(t.LastInstallment, a => a.Schedule is { } s ? s.Installments[^1].DueDate.ToString("d", culture) : null),
            Cells(t.TotalInterest, a => a.Schedule?.TotalInterest.ToString(null, culture)),
            Cells(t.Gge, a => a.Aid is { } aid ? $"{aid.Amount.ToString(null, culture)} ({aid.Intensity.Percent.ToString("0.00", culture)} %)" : null, bold: true),
            Cells(t.HeadroomAfter, a => a.DeMinimis?.HeadroomAfter.ToString(null, culture)),
            Cells(t.AvailableAfter, a => a.FundAfter?.Available.ToString(null, culture)),
        ];

        // A figure no option has (no base rates, no ledger) is left out rather than shown as a row of dashes.
        return [.. rows.Where(r => r.Cells.Any(c => c != "—"))];
    }

    /// <summary>What each option has the firm pay in each calendar year, principal and interest, with a total row.</summary>
    internal static List<Row> PaidPerYear(Proposal proposal, CultureInfo culture)
    {
        var t = Text.For(culture);
        var schedules = proposal.Alternatives.Select(a => a.Schedule).ToList();
        var years = schedules.OfType<RepaymentSchedule>().SelectMany(s => s.Installments.Select(i => i.DueDate.Year)).Distinct().Order().ToList();
        var rows = years.Select(year => new Row(
            year.ToString(CultureInfo.InvariantCulture),
            [.. schedules.Select(s => s?.Installments.Where(i => i.DueDate.Year == year).Select(i => i.TotalDue).ToList() is { Count: > 0 } due ? Number(due, s.Currency, culture) : "—")])).ToList();
        rows.Add(new Row(t.TotalRow, [.. schedules.Select(s => s is null ? "—" : Number([s.TotalPaid], s.Currency, culture))], Bold: true));
        return rows;
    }

    private static string Number(IEnumerable<Money> amounts, Currency currency, CultureInfo culture) =>
        amounts.Aggregate(Money.Zero(currency), (sum, m) => sum + m).Amount.ToString("N2", culture);
}
