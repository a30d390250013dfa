using System.Text.Json;
using RepayableAdvance.Accounting;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <content>The books: journal entries, trial balances, the de minimis register export and its yearly report.</content>
public static partial class ResultDocuments
{
    /// <summary>Writes journal entries (<see cref="Journal.Between"/>), each with its lines and its source.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>Indented JSON, kind <c>journal</c>.</returns>
    public static string Write(IReadOnlyList<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Document("journal", w =>
        {
            w.WriteStartArray("entries");
            foreach (var e in entries)
            {
                w.WriteStartObject();
                w.WriteString("journal", e.Journal);
                w.WriteNumber("number", e.Number);
                Date(w, "date", e.Date);
                w.WriteString("event", ReasonCodes.NameOf(e.Event));
                w.WriteBoolean("isReversal", e.IsReversal);
                w.WriteString("reference", e.Reference);
                w.WriteString("label", e.Label);
                Money(w, "amount", e.Amount);
                w.WriteStartArray("lines");
                foreach (var line in e.Lines)
                {
                    w.WriteStartObject();
                    w.WriteString("account", line.Account);
                    Money(w, "debit", line.Debit);
                    Money(w, "credit", line.Credit);
                    w.WriteString("auxiliary", line.Auxiliary);

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("source");
                if (e.Source.LedgerEvent is { } index)
                {
                    w.WriteNumber("ledgerEvent", index);
                }
                else
                {
                    w.WriteNull("ledgerEvent");
                }

                if (e.Source.PeriodEnd is { } end)
                {
                    Date(w, "periodEnd", end);
                }
                else
                {
                    w.WriteNull("periodEnd");
                }

                w.WriteString("voucher", e.Source.Voucher);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes a trial balance.</summary>
    /// <param name="balance">The trial balance.</param>
    /// <returns>Indented JSON, kind <c>trialBalance</c>.</returns>
    public static string Write(TrialBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return Document("trialBalance", w =>
        {
            if (balance.From is { } from)
            {
                Date(w, "from", from);
            }

            Date(w, "to", balance.To);
            w.WriteStartArray("lines");
            foreach (var l in balance.Lines)
            {
                w.WriteStartObject();
                w.WriteString("account", l.Account);
                w.WriteString("label", l.Label);
                Money(w, "debit", l.Debit);
                Money(w, "credit", l.Credit);
                Money(w, "balance", l.Balance);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Money(w, "debit", balance.Debit);
            Money(w, "credit", balance.Credit);
            w.WriteBoolean("balances", balance.Balances);
        });
    }

    /// <summary>Writes the de minimis register export (<see cref="DeMinimisRegisterExport.Lines"/>).</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>Indented JSON, kind <c>deMinimisRegisterExport</c>.</returns>
    public static string Write(IReadOnlyList<DeMinimisRegisterLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Document("deMinimisRegisterExport", w =>
        {
            w.WriteStartArray("grants");
            foreach (var l in lines)
            {
                w.WriteStartObject();
                w.WriteString("aidId", l.AidId);
                w.WriteString("beneficiary", l.Beneficiary);
                Date(w, "grantDate", l.GrantDate);
                Money(w, "grossGrantEquivalent", l.GrossGrantEquivalent);
                w.WriteString("regulationCode", l.RegulationCode);
                w.WriteString("regulation", l.Regulation);
                w.WriteString("grantingAuthority", l.GrantingAuthority);
                Optional(w, "fundingBody", l.FundingBody);
                w.WriteString("instrument", l.Instrument);
                Optional(w, "sector", l.Sector);
                Optional(w, "description", l.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes the yearly de minimis report (<see cref="DeMinimisRegisterExport.Yearly"/>).</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>Indented JSON, kind <c>deMinimisYearly</c>.</returns>
    public static string Write(IReadOnlyList<DeMinimisYearlyLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Document("deMinimisYearly", w =>
        {
            w.WriteStartArray("lines");
            foreach (var l in lines)
            {
                w.WriteStartObject();
                w.WriteNumber("year", l.Year);
                w.WriteString("regulationCode", l.RegulationCode);
                w.WriteString("beneficiary", l.Beneficiary);
                w.WriteNumber("grants", l.Grants);
                Money(w, "grossGrantEquivalent", l.GrossGrantEquivalent);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
