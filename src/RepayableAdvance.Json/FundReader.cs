using System.Globalization;
using System.Text.Json;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Json;

/// <summary>The fund object shared by scheme and ledger documents.</summary>
internal static class FundReader
{
    internal static Fund? Read(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "id", "name", "currency", "inception", "revolving", "coFunders", "lossSharing", "firstLossOrder", "notes"))
        {
            return null;
        }

        var id = r.String(e, p, "id", required: true);
        var name = r.String(e, p, "name", required: true);
        var notes = r.Notes(e, p);
        var currencyText = r.String(e, p, "currency", required: true);
        var inception = r.Date(e, p, "inception", required: true);
        var revolving = r.Bool(e, p, "revolving") ?? true;
        var sharing = r.Enum<LossSharing>(e, p, "lossSharing") ?? LossSharing.ProRata;
        var coFunders = r.Array(e, p, "coFunders", (c, cp) => r.Object(c, cp, "id", "name") && r.String(c, cp, "id", required: true) is { } cid && r.String(c, cp, "name", required: true) is { } cname ? new CoFunder(cid, cname) : null);
        var order = r.Array(e, p, "firstLossOrder", r.StringValue);
        Currency currency = default;
        if (currencyText is not null && !Currency.TryFromCode(currencyText, out currency))
        {
            r.Error(p + ".currency", "value", $"'{currencyText}' is not a known ISO 4217 currency code.", $"« {currencyText} » n'est pas un code de devise connu.");
        }
        else if (currencyText is not null)
        {
            _ = r.Currency(currency, p + ".currency");
        }

        if (id is null || name is null || inception is not { } start || r.Errors.Count > 0)
        {
            return null;
        }

        return r.Try(p, () => new Fund(id, name, currency, start, coFunders, revolving, sharing, order.Count == 0 ? null : order, notes));
    }

    internal static void Write(Utf8JsonWriter w, Fund fund)
    {
        w.WriteStartObject("fund");
        w.WriteString("id", fund.Id);
        w.WriteString("name", fund.Name);
        w.WriteString("currency", fund.Currency.Code);
        w.WriteString("inception", fund.Inception.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        w.WriteBoolean("revolving", fund.Revolving);
        w.WriteStartArray("coFunders");
        foreach (var c in fund.CoFunders)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("lossSharing", ReasonCodes.NameOf(fund.LossSharing));
        if (fund.FirstLossOrder.Count > 0)
        {
            w.WriteStartArray("firstLossOrder");
            foreach (var id in fund.FirstLossOrder)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        if (fund.Notes.Count > 0)
        {
            w.WriteStartArray("notes");
            foreach (var note in fund.Notes)
            {
                w.WriteStringValue(note);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    internal static void WriteMoney(Utf8JsonWriter w, string name, Money m)
    {
        w.WriteStartObject(name);
        w.WriteString("amount", m.Amount.ToString(CultureInfo.InvariantCulture));
        w.WriteString("currency", m.Currency.Code);
        w.WriteEndObject();
    }
}
