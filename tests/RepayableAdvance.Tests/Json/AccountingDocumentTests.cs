using RepayableAdvance.Accounting;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

public sealed class AccountingDocumentTests
{
    private static string Example() => File.ReadAllText(Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "accounting.json"));

    [Fact]
    public void A_chart_and_its_rules_read_write_and_read_back()
    {
        var rules = AccountingDocument.Read(Example());
        Assert.Equal("6226", rules[PostingEvent.Fee].Debit);
        Assert.True(rules.Chart["103"].IsAssumption);
        var again = AccountingDocument.Read(AccountingDocument.Write(rules));
        Assert.Equal(rules.Rules, again.Rules);
        Assert.Equal(rules.Chart.Accounts, again.Chart.Accounts);

        // A preset on its own, and a preset with one rule replaced.
        Assert.Equal(PostingRules.M57.Rules, AccountingDocument.Read("""{ "accounting": { "chart": "m57" } }""").Rules);
        var journal = AccountingDocument.Read("""{ "accounting": { "chart": "pcg", "rules": { "fee": { "debit": "668", "credit": "512", "journal": "BQ" } } } }""");
        Assert.Equal("668", journal[PostingEvent.Fee].Debit);
        Assert.Equal(PostingRules.Pcg[PostingEvent.Disbursement], journal[PostingEvent.Disbursement]);
    }

    [Theory]
    [InlineData("""{ "accounting": { "chart": "pcg", "rules": { "fee": { "debit": "6226", "credit": "512", "journal": "BQ" } } } }""", "$.accounting.rules.fee.debit", "'6226'")]
    [InlineData("""{ "accounting": { "chart": "pcg", "rules": { "fee": { "debit": "512", "credit": "512", "journal": "BQ" } } } }""", "$.accounting.rules.fee.credit", "debits and credits account 512")]
    [InlineData("""{ "accounting": { "chart": "pcg", "rules": { "fee": { "debit": "622", "credit": "512", "journal": "AN" } } } }""", "$.accounting.rules.fee.journal", "opening balances")]
    [InlineData("""{ "accounting": { "chart": "pcg", "rules": { "bonus": { "debit": "622", "credit": "512", "journal": "BQ" } } } }""", "$.accounting.rules.bonus", "not a posting event")]
    [InlineData("""{ "accounting": { "chart": "ifrs" } }""", "$.accounting.chart", "not a preset")]
    [InlineData("""{ "accounting": { "chart": { "name": "Mine", "framework": "pcg", "accounts": [ { "number": "512", "label": "Banques" }, { "number": "110", "label": "RAN" } ], "retainedEarnings": { "credit": "110", "debit": "119" } } } }""", "$.accounting.chart.retainedEarnings.debit", "'119'")]
    [InlineData("""{ "accounting": { "chart": { "name": "Mine", "framework": "pcg", "accounts": [ { "number": "512", "label": "Banques" }, { "number": "110", "label": "RAN" }, { "number": "119", "label": "RAN" } ], "retainedEarnings": { "credit": "110", "debit": "119" } } } }""", "$.accounting.rules", "posting rules")]
    [InlineData("""{ "accounting": { "chart": { "name": "Mine", "framework": "pcg", "accounts": [ { "number": "0512", "label": "Banques" } ], "retainedEarnings": { "credit": "110", "debit": "119" } } } }""", "$.accounting.chart.accounts[0].number", "'0512'")]
    public void Every_problem_of_the_rules_is_reported_with_its_path_when_read(string json, string path, string says)
    {
        Assert.False(AccountingDocument.TryRead(json, out _, out var errors));
        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(says, StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_without_a_rule_in_a_chart_of_its_own_is_reported_at_the_rules()
    {
        var json = Example().Replace("""      "fee": { "debit": "6226", "credit": "512", "journal": "BQ" },""", string.Empty, StringComparison.Ordinal);
        Assert.False(AccountingDocument.TryRead(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("$.accounting.rules", error.Path);
        Assert.Contains("No rule posts fee", error.Message, StringComparison.Ordinal);
    }
}
