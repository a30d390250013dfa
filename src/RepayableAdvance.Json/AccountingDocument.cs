using System.Text.Json;
using RepayableAdvance.Accounting;

namespace RepayableAdvance.Json;

/// <summary>
/// Reads and writes a fund's accounting: its chart of accounts and posting rules,
/// <c>{ "accounting": { "chart": "pcg", "rules": { "disbursement": { "debit": "2748", "credit": "512", "journal": "BQ" }, … } } }</c>.
/// </summary>
/// <remarks>
/// <para><c>chart</c> is a preset (<c>pcg</c> or <c>m57</c>) or a chart of its own: <c>{ "name", "framework",
/// "accounts": [ { "number", "label", "source", "assumption" } ], "retainedEarnings": { "credit", "debit" } }</c>.
/// <c>rules</c> maps each posting event (the camelCase names of <see cref="PostingEvent"/>) to its debit and credit
/// accounts and journal; it may be left out with a preset chart, whose preset rules then apply, and a rule given with a
/// preset chart replaces the preset's.</para>
/// <para>Every problem of the rules (an event without a rule, an account missing from the chart, a rule that debits and
/// credits one account, a journal code the FEC cannot carry) is reported with its path when the document is read, never
/// at posting time. Never throws on any input.</para>
/// </remarks>
public static class AccountingDocument
{
    /// <summary>Tries to load the rules.</summary>
    /// <param name="json">The document.</param>
    /// <param name="rules">The posting rules with their chart, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PostingRules? rules, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PostingRules? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out rules, out errors);
    }

    /// <summary>Loads the rules or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The posting rules.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static PostingRules Read(string json) => TryRead(json, out var rules, out var errors) ? rules : throw new DocumentException(errors);

    /// <summary>Writes the rules with their whole chart (the inverse of <see cref="Read(string)"/>).</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(PostingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Documents.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            w.WriteStartObject("accounting");
            w.WriteStartObject("chart");
            w.WriteString("name", rules.Chart.Name);
            w.WriteString("framework", ReasonCodes.NameOf(rules.Chart.Framework));
            w.WriteStartArray("accounts");
            foreach (var account in rules.Chart.Accounts)
            {
                w.WriteStartObject();
                w.WriteString("number", account.Number);
                w.WriteString("label", account.Label);
                if (account.Source is { } source)
                {
                    w.WriteString("source", source);
                }

                if (account.IsAssumption)
                {
                    w.WriteBoolean("assumption", true);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("retainedEarnings");
            w.WriteString("credit", rules.Chart.RetainedEarningsCredit);
            w.WriteString("debit", rules.Chart.RetainedEarningsDebit);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("rules");
            foreach (var rule in rules.Rules)
            {
                w.WriteStartObject(ReasonCodes.NameOf(rule.Event));
                w.WriteString("debit", rule.Debit);
                w.WriteString("credit", rule.Credit);
                w.WriteString("journal", rule.Journal);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PostingRules? rules, out IReadOnlyList<DocumentError> errors)
    {
        rules = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "accounting", "$schema", "schemaVersion", "notes") && r.SchemaVersion(document.RootElement, "$") is not null && r.Required(document.RootElement, "$", "accounting", out var accounting))
        {
            rules = Accounting(r, accounting, "$.accounting");
        }

        errors = r.Errors;
        return rules is not null && errors.Count == 0;
    }

    private static PostingRules? Accounting(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "chart", "rules", "notes") || !r.Required(e, p, "chart", out var c))
        {
            return null;
        }

        var preset = c.ValueKind == JsonValueKind.String ? c.GetString() switch
        {
            "pcg" => PostingRules.Pcg,
            "m57" => PostingRules.M57,
            _ => null,
        } : null;
        ChartOfAccounts? chart;
        if (c.ValueKind == JsonValueKind.String)
        {
            chart = preset?.Chart;
            if (chart is null)
            {
                r.Error(p + ".chart", "unknown", $"Chart '{c.GetString()}' is not a preset: use \"pcg\", \"m57\" or a chart object.", $"Le plan « {c.GetString()} » n'est pas un plan prédéfini : utilisez « pcg », « m57 » ou un objet plan.");
            }
        }
        else
        {
            chart = Chart(r, c, p + ".chart");
        }

        var given = new List<PostingRule>();
        if (DocumentReader.TryGet(e, "rules", out var rulesElement))
        {
            if (r.Map(rulesElement, p + ".rules"))
            {
                foreach (var property in rulesElement.EnumerateObject())
                {
                    var rp = p + ".rules." + property.Name;
                    var kind = Enum.GetValues<PostingEvent>().Where(k => ReasonCodes.NameOf(k) == property.Name).Select(k => (PostingEvent?)k).FirstOrDefault();
                    if (kind is not { } k)
                    {
                        r.Error(rp, "unknown", $"'{property.Name}' is not a posting event; the events are {string.Join(", ", Enum.GetValues<PostingEvent>().Select(ReasonCodes.NameOf))}.", $"« {property.Name} » n'est pas un événement comptabilisé ; les événements sont {string.Join(", ", Enum.GetValues<PostingEvent>().Select(ReasonCodes.NameOf))}.");
                        continue;
                    }

                    if (!r.Object(property.Value, rp, "debit", "credit", "journal"))
                    {
                        continue;
                    }

                    var debit = r.String(property.Value, rp, "debit", required: true);
                    var credit = r.String(property.Value, rp, "credit", required: true);
                    var journal = r.String(property.Value, rp, "journal", required: true);
                    if (debit is not null && credit is not null && journal is not null)
                    {
                        given.Add(new PostingRule(k, debit, credit, journal));
                    }
                }
            }
        }
        else if (preset is null)
        {
            r.Error(p + ".rules", "required", "A chart of its own needs its posting rules: one per event.", "Un plan propre exige ses règles de comptabilisation : une par événement.");
        }

        if (chart is null || r.Errors.Count > 0)
        {
            return null;
        }

        // A preset's rules apply to the events the document does not map.
        var rules = preset is null ? given : [.. preset.Rules.Where(pr => given.All(g => g.Event != pr.Event)), .. given];
        var problems = PostingRules.Check(chart, rules);
        foreach (var problem in problems)
        {
            var path = p + ".rules." + ReasonCodes.NameOf(problem.Event) + (problem.Field is { } f ? "." + f : string.Empty);
            r.Error(problem.Field is null && rules.All(x => x.Event != problem.Event) ? p + ".rules" : path, problem.Field is null ? "required" : "range", problem.Message, problem.French);
        }

        return problems.Count == 0 ? r.Try(p, () => new PostingRules(chart, rules)) : null;
    }

    private static ChartOfAccounts? Chart(DocumentReader r, JsonElement c, string p)
    {
        if (!r.Object(c, p, "name", "framework", "accounts", "retainedEarnings"))
        {
            return null;
        }

        var name = r.String(c, p, "name", required: true);
        var framework = r.Enum<AccountingFramework>(c, p, "framework", required: true);
        var accounts = r.Array(c, p, "accounts", (a, ap) =>
        {
            if (!r.Object(a, ap, "number", "label", "source", "assumption"))
            {
                return null;
            }

            var number = r.String(a, ap, "number", required: true);
            var label = r.String(a, ap, "label", required: true);
            var source = r.String(a, ap, "source");
            var assumption = r.Bool(a, ap, "assumption") ?? false;
            if (number is not null && !ChartAccount.IsValidNumber(number))
            {
                r.Error(ap + ".number", "range", $"Account number '{number}' is not three to twenty digits, the first not 0.", $"Le numéro de compte « {number} » n'est pas de trois à vingt chiffres, le premier différent de 0.");
                return null;
            }

            return number is null || label is null ? null : r.Try(ap, () => new ChartAccount(number, label, source, assumption));
        });
        string? credit = null, debit = null;
        if (r.Required(c, p, "retainedEarnings", out var re) && r.Object(re, p + ".retainedEarnings", "credit", "debit"))
        {
            credit = r.String(re, p + ".retainedEarnings", "credit", required: true);
            debit = r.String(re, p + ".retainedEarnings", "debit", required: true);
        }

        foreach (var duplicate in accounts.GroupBy(a => a.Number).Where(g => g.Count() > 1))
        {
            r.Error(p + ".accounts", "duplicate", $"Account {duplicate.Key} appears {duplicate.Count()} times.", $"Le compte {duplicate.Key} apparaît {duplicate.Count()} fois.");
        }

        foreach (var (value, field) in new[] { (credit, "credit"), (debit, "debit") })
        {
            if (value is not null && accounts.All(a => a.Number != value))
            {
                r.Error(p + ".retainedEarnings." + field, "range", $"Retained-earnings account '{value}' is not in the chart's accounts.", $"Le compte de report à nouveau « {value} » n'est pas dans les comptes du plan.");
            }
        }

        return name is null || framework is null || credit is null || debit is null || r.Errors.Count > 0
            ? null
            : r.Try(p, () => new ChartOfAccounts(name, framework.Value, accounts, credit, debit));
    }
}
