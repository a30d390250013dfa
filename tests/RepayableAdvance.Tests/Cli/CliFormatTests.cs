using System.Globalization;
using System.Text.Json;

namespace RepayableAdvance.Tests.Cli;

/// <summary>
/// Every command in every format it offers prints the same figures: each figure of the table equals its JSON value,
/// and the CSV rows equal the matching JSON array.
/// </summary>
public sealed class CliFormatTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static JsonElement Json(params string[] args)
    {
        var (exit, output, error) = CliProcessTests.Run([.. args, "--format", "json"]);
        Assert.True(exit is 0 or 1, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static string[][] Csv(params string[] args)
    {
        var (exit, output, error) = CliProcessTests.Run([.. args, "--format", "csv"]);
        Assert.True(exit is 0 or 1, error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))];
    }

    /// <summary>The cells of the table rows whose first cell is the given text.</summary>
    private static string[] TableRow(string table, string first, int column = 0) => TableRows(table).FirstOrDefault(c => c[column] == first)
        ?? throw new Xunit.Sdk.XunitException($"No table row has '{first}' in column {column}.");

    private static IEnumerable<string[]> TableRows(string table) =>
        table.Split('\n').Select(line => line.Split('│').Select(c => c.Trim()).Where((_, i) => i > 0).ToArray()).Where(cells => cells.Length > 1);

    private static decimal Amount(JsonElement money) => decimal.Parse(money.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture);

    private static string N2(JsonElement money) => Amount(money).ToString("N2", English);

    private static string Table(params string[] args)
    {
        var (exit, output, error) = CliProcessTests.Run([.. args, "--culture", "en-GB"]);
        Assert.True(exit is 0 or 1, error);
        return output;
    }

    [Fact]
    public void Schedule_table_csv_and_json_agree()
    {
        string[] command = ["schedule", "docs/examples/terms.json", "--fixings", "docs/examples/euribor-3m.fixings.json"];
        var json = Json(command);
        var installments = json.GetProperty("installments").EnumerateArray().ToArray();
        var csv = Csv(command);
        Assert.Equal(installments.Length, csv.Length - 1);
        var header = csv[0];
        for (var i = 0; i < installments.Length; i++)
        {
            var row = csv[i + 1];
            string Cell(string name) => row[Array.IndexOf(header, name)];
            Assert.Equal(installments[i].GetProperty("number").GetInt32().ToString(CultureInfo.InvariantCulture), Cell("number"));
            Assert.Equal(installments[i].GetProperty("dueDate").GetString(), Cell("dueDate"));
            Assert.Equal(installments[i].GetProperty("phase").GetString(), Cell("phase"));
            Assert.Equal(installments[i].GetProperty("rate").GetString(), Cell("rate"));
            Assert.Equal(Amount(installments[i].GetProperty("principal")), decimal.Parse(Cell("principal"), CultureInfo.InvariantCulture));
            Assert.Equal(Amount(installments[i].GetProperty("interest")), decimal.Parse(Cell("interest"), CultureInfo.InvariantCulture));
            Assert.Equal(Amount(installments[i].GetProperty("totalDue")), decimal.Parse(Cell("total"), CultureInfo.InvariantCulture));
            Assert.Equal(Amount(installments[i].GetProperty("outstandingAfter")), decimal.Parse(Cell("outstanding"), CultureInfo.InvariantCulture));
        }

        var table = Table(command);
        foreach (var installment in installments)
        {
            var cells = TableRow(table, installment.GetProperty("number").GetInt32().ToString(English));
            Assert.Equal([N2(installment.GetProperty("principal")), N2(installment.GetProperty("interest")), N2(installment.GetProperty("totalDue")), N2(installment.GetProperty("outstandingAfter"))], cells[4..8]);
        }

        var prepayments = json.GetProperty("prepayments").EnumerateArray().ToArray();
        Assert.NotEmpty(prepayments);
        Assert.Equal(prepayments.Select(p => N2(p.GetProperty("amount"))), TableRows(table).Where(c => c[0].Length == 0 && c[1] != "Total").Select(c => c[4]));
        var total = TableRow(table, "Total", column: 1);
        Assert.Equal(N2(json.GetProperty("totalPrincipal")), total[4]);
        Assert.Equal(N2(json.GetProperty("totalInterest")), total[5]);
        Assert.Equal(N2(json.GetProperty("totalPaid")), total[6]);
    }

    [Fact]
    public void Fund_report_table_csv_and_json_agree()
    {
        string[] command = ["fund", "report", "docs/examples/ledger.json"];
        var json = Json(command);
        var position = json.GetProperty("position");
        var csv = Csv(command);
        foreach (var row in csv.Skip(1).Where(r => r[0] == "position"))
        {
            Assert.Equal(Amount(position.GetProperty(row[1])), decimal.Parse(row[3], CultureInfo.InvariantCulture));
        }

        var statements = json.GetProperty("statements").EnumerateArray().ToArray();
        foreach (var row in csv.Skip(1).Where(r => r[0] == "coFunder"))
        {
            var statement = statements.Single(s => s.GetProperty("coFunder").GetProperty("id").GetString() == row[2]);
            Assert.Equal(Amount(statement.GetProperty(row[1])), decimal.Parse(row[3], CultureInfo.InvariantCulture));
        }

        var table = Table(command);
        foreach (var (label, name) in new[] { ("Endowment", "endowment"), ("Committed", "committed"), ("Outstanding", "outstanding"), ("Cash", "cash"), ("Available", "available"), ("Written off", "writtenOff") })
        {
            Assert.Equal(Amount(position.GetProperty(name)).ToString("N2", English) + " EUR", TableRow(table, label)[1]);
        }

        foreach (var statement in statements)
        {
            var cells = TableRow(table, statement.GetProperty("coFunder").GetProperty("name").GetString()!);
            Assert.Equal(N2(statement.GetProperty("cash")) + " EUR", cells[2]);
            Assert.Equal(N2(statement.GetProperty("available")) + " EUR", cells[4]);
        }
    }

    [Fact]
    public void Stress_table_csv_and_json_agree_on_every_percentile_and_the_mean()
    {
        string[] command = ["fund", "simulate", "docs/examples/portfolio.json", "--scenarios", "200", "--seed", "11"];
        var json = Json(command);
        var months = json.GetProperty("available").EnumerateArray().ToArray();
        var csv = Csv(command);
        Assert.Equal(["month", "p5", "p25", "p50", "p75", "p95", "mean"], csv[0]);
        Assert.Equal(months.Length, csv.Length - 1);
        for (var i = 0; i < months.Length; i++)
        {
            Assert.Equal(months[i].GetProperty("month").GetInt32().ToString(CultureInfo.InvariantCulture), csv[i + 1][0]);
            for (var c = 1; c < csv[0].Length; c++)
            {
                Assert.Equal(Amount(months[i].GetProperty(csv[0][c])), decimal.Parse(csv[i + 1][c], CultureInfo.InvariantCulture));
            }
        }

        var table = Table(command);
        Assert.Contains("Available capital (EUR) by month", table, StringComparison.Ordinal); // the unit of every cell
        foreach (var month in months.Where(m => m.GetProperty("month").GetInt32() % 12 == 0))
        {
            var cells = TableRow(table, month.GetProperty("month").GetInt32().ToString(English));
            Assert.Equal(new[] { "p5", "p25", "p50", "p75", "p95", "mean" }.Select(p => N2(month.GetProperty(p))), cells[1..7]);
        }

        Assert.Contains((decimal.Parse(json.GetProperty("exhaustionProbability").GetString()!, CultureInfo.InvariantCulture) * 100m).ToString("0.0", English) + " %", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--fixing|1.99%|--base-rates|docs/examples/base-rates.json|--ledger|docs/examples/ledger.json|--register|docs/examples/de-minimis-register.json")]
    public void Proposal_table_csv_and_json_agree(string arguments)
    {
        var command = arguments.Split('|');
        var json = Json(command);
        var table = Table(command);
        Assert.Contains(json.GetProperty("decision").GetProperty("en").GetString()!, table, StringComparison.Ordinal);
        Assert.Contains(Amount(json.GetProperty("aid").GetProperty("amount")).ToString("N2", English) + " EUR", table, StringComparison.Ordinal);
        Assert.Contains("Headroom after this advance  " + N2(json.GetProperty("deMinimis").GetProperty("headroomAfter")) + " EUR", table, StringComparison.Ordinal);
        Assert.Equal(N2(json.GetProperty("fundBefore").GetProperty("available")) + " EUR", TableRow(table, "Available")[1]);
        Assert.Equal(N2(json.GetProperty("fundAfter").GetProperty("available")) + " EUR", TableRow(table, "Available")[2]);
        var installments = json.GetProperty("schedule").GetProperty("installments").EnumerateArray().ToArray();
        var csv = Csv(command);
        Assert.Equal(installments.Length, csv.Length - 1);
        Assert.Equal(installments.Select(i => Amount(i.GetProperty("principal"))), csv.Skip(1).Select(r => decimal.Parse(r[Array.IndexOf(csv[0], "principal")], CultureInfo.InvariantCulture)));
    }
}
