using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes a fund ledger: the fund's parameters and its events, replayed through every ledger check.</summary>
/// <remarks>
/// <c>{ "fund": { … }, "events": [ { "kind": "contribution", "date": "2025-01-01", "reference": "region", "amount": money }, … ] }</c>;
/// repayments also carry <c>"interest"</c>. Phase two appends every event: an event the ledger refuses becomes an error at
/// its path with the ledger's rule, so a loaded ledger is always valid.
/// </remarks>
public static class FundLedgerDocument
{
    /// <summary>Tries to load a ledger.</summary>
    /// <param name="json">The document.</param>
    /// <param name="ledger">The ledger, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? ledger, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out ledger, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? ledger, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        ledger = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "fund", "events"))
        {
            var root = document.RootElement;
            var fund = r.Required(root, "$", "fund", out var f) ? FundReader.Read(r, f, "$.fund") : null;
            var events = r.Array(root, "$", "events", (e, p) => Event(r, e, p, fund?.Currency ?? Currency.EUR));
            if (fund is not null && r.Errors.Count == 0)
            {
                var current = fund.NewLedger();
                var index = 0;
                foreach (var e in events)
                {
                    if (current.TryAppend(e, out var next, out var rejection))
                    {
                        current = next;
                    }
                    else
                    {
                        r.Error($"$.events[{index}]", rejection.Code, rejection.Message, rejection.Message);
                    }

                    index++;
                }

                ledger = r.Errors.Count == 0 ? current : null;
            }
        }

        errors = r.Errors;
        return ledger is not null;
    }

    /// <summary>Loads a ledger or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="DocumentException">The document is invalid or an event is refused; the exception lists every error.</exception>
    public static FundLedger Read(string json) => TryRead(json, out var ledger, out var errors) ? ledger : throw new DocumentException(errors);

    /// <summary>Writes a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(FundLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            FundReader.Write(w, ledger.Fund);
            w.WriteStartArray("events");
            foreach (var e in ledger.Events)
            {
                WriteEvent(w, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static void WriteEvent(Utf8JsonWriter w, FundEvent e)
    {
        w.WriteStartObject();
        w.WriteString("kind", JsonNames.Of(e.Kind));
        w.WriteString("date", e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("reference", e.Reference);
        FundReader.WriteMoney(w, "amount", e.Amount);
        if (e.Kind == FundEventKind.Repayment)
        {
            FundReader.WriteMoney(w, "interest", e.Interest);
        }

        w.WriteEndObject();
    }

    internal static FundEvent? Event(DocumentReader r, JsonElement e, string p, Currency currency)
    {
        if (!r.Object(e, p, "kind", "date", "reference", "amount", "interest"))
        {
            return null;
        }

        var kind = r.Enum<FundEventKind>(e, p, "kind", required: true);
        r.Repeated(e, p, "kind");
        var date = r.Date(e, p, "date", required: true);
        var reference = r.String(e, p, "reference", required: true);
        var amount = r.Money(e, p, "amount", required: true);
        var interest = r.Money(e, p, "interest") ?? Money.Zero(amount?.Currency ?? currency);
        if (kind is not { } k || date is not { } d || reference is null || amount is not { } a)
        {
            return null;
        }

        try
        {
            return k switch
            {
                FundEventKind.Contribution => FundEvent.Contribution(d, reference, a),
                FundEventKind.Commitment => FundEvent.Commitment(d, reference, a),
                FundEventKind.Cancellation => FundEvent.Cancellation(d, reference, a),
                FundEventKind.Disbursement => FundEvent.Disbursement(d, reference, a),
                FundEventKind.Repayment => FundEvent.Repayment(d, reference, a, interest),
                FundEventKind.WriteOff => FundEvent.WriteOff(d, reference, a),
                FundEventKind.Recovery => FundEvent.Recovery(d, reference, a),
                _ => FundEvent.Fee(d, reference, a),
            };
        }
        catch (ArgumentException ex)
        {
            r.Refused(p, ex);
            return null;
        }
        catch (CurrencyMismatchException ex)
        {
            r.Error(p, "currency", ex.Message, ex.Message);
            return null;
        }
    }
}

/// <summary>Reads a stress-test portfolio: the available amount, the live advances and the future demand.</summary>
/// <remarks>
/// Each advance is described by its terms (principal, disbursement, term, deferral, rate) and its risk; the loader builds
/// its schedule and precomputes its monthly receipts. See <c>docs/examples/portfolio.json</c>.
/// </remarks>
public static class PortfolioDocument
{
    /// <summary>The most advance-months a portfolio document holds (advances × horizon): loading builds each advance's receipts month by month.</summary>
    internal const long MaxAdvanceMonths = 200_000;

    /// <summary>Tries to load a portfolio.</summary>
    /// <param name="json">The document.</param>
    /// <param name="portfolio">The portfolio, when there is no error.</param>
    /// <param name="months">The horizon the receipts were computed for.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StressPortfolio? portfolio, out int months, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return TryReadCore(json, out portfolio, out months, out errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            portfolio = default;
            months = default;
            errors = [DocumentReader.Internal(e)];
            return false;
        }
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StressPortfolio? portfolio, out int months, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        portfolio = null;
        months = 0;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "asOf", "horizonMonths", "available", "revolving", "advances", "demand"))
        {
            var root = document.RootElement;
            var asOf = r.Date(root, "$", "asOf", required: true);
            var horizon = r.Int(root, "$", "horizonMonths", 1, DomainBounds.MaxMonths) ?? StressDefaults.HorizonMonths;
            var available = r.Money(root, "$", "available", required: true);
            var revolving = r.Bool(root, "$", "revolving") ?? StressDefaults.Revolving;
            var before = r.Errors.Count;
            var points = 0L;
            var advances = r.Array(root, "$", "advances", (e, p) =>
            {
                // Each advance's schedule and receipts are built over the horizon: the total is bounded before the work.
                points += horizon;
                if (points > MaxAdvanceMonths)
                {
                    if (points - horizon <= MaxAdvanceMonths)
                    {
                        r.Error("$.advances", "range", $"The portfolio has more advance-months than {MaxAdvanceMonths:N0} (advances × horizonMonths); simulate fewer advances or a shorter horizon.", $"Le portefeuille dépasse {MaxAdvanceMonths:N0} mois-avances (avances × horizonMonths) ; simulez moins d'avances ou un horizon plus court.");
                    }

                    return null;
                }

                return asOf is { } d ? Advance(r, e, p, d, horizon) : null;
            });
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var everyAdvanceRead = r.Errors.Count == before; // then advances[i] is $.advances[i]
            for (var i = 0; everyAdvanceRead && i < advances.Count; i++)
            {
                if (!ids.TryAdd(advances[i].Id, i))
                {
                    r.Error($"$.advances[{i}].id", "duplicate", $"Advance identifier '{advances[i].Id}' is already used by $.advances[{ids[advances[i].Id]}]: each advance needs its own identifier.", $"L'identifiant d'avance « {advances[i].Id} » est déjà employé par $.advances[{ids[advances[i].Id]}] : chaque avance a son propre identifiant.");
                }
            }

            StressDemand? demand = null;
            if (DocumentReader.TryGet(root, "demand", out var de) && r.Object(de, "$.demand", "newAdvancesPerMonth", "sizes", "deferralMonths", "termMonths"))
            {
                var perMonth = r.Decimal(de, "$.demand", "newAdvancesPerMonth") ?? 0m;
                if (perMonth < 0m)
                {
                    r.Error("$.demand.newAdvancesPerMonth", "range", $"newAdvancesPerMonth {perMonth} is negative: it must be zero or more.", $"newAdvancesPerMonth {perMonth} est négatif : il doit être positif ou nul.");
                }
                var sizes = r.Array(de, "$.demand", "sizes", (s, sp) => MoneyItem(r, s, sp)).Cast<Money>().ToList();
                var deferral = r.Int(de, "$.demand", "deferralMonths", 0, DomainBounds.MaxMonths) ?? 0;
                var term = r.Int(de, "$.demand", "termMonths", 1, DomainBounds.MaxMonths) ?? StressDefaults.TermMonths;
                if (term <= deferral || deferral < 0)
                {
                    r.Error("$.demand.termMonths", "value", $"termMonths ({term}) must exceed deferralMonths ({deferral}).", $"termMonths ({term}) doit dépasser deferralMonths ({deferral}).");
                }
                else
                {
                    demand = r.Try("$.demand", () => new StressDemand(perMonth, sizes, StressDefaults.LinearRepaymentProfile(term, deferral)));
                }
            }

            if (r.Errors.Count == 0 && available is { } a)
            {
                var built = r.Try("$", () => new StressPortfolio(a, advances, demand, revolving));
                portfolio = built is null ? null : r.Try("$.demand", () =>
                {
                    StressSimulation.CheckPortfolio(built);
                    return built;
                });
                months = horizon;
            }
        }

        errors = r.Errors;
        return portfolio is not null;
    }

#pragma warning disable CA1859 // Array items are reference-typed (boxed) by DocumentReader.Array.
    private static object? MoneyItem(DocumentReader r, JsonElement e, string p) => r.MoneyElement(e, p);

#pragma warning restore CA1859

    private static StressAdvance? Advance(DocumentReader r, JsonElement e, string p, LocalDate asOf, int horizon)
    {
        if (!r.Object(e, p, "id", "principal", "disbursed", "termMonths", "frequencyMonths", "deferralMonths", "rate", "annualDefaultProbability", "recoveryRate", "recoveryDelayMonths"))
        {
            return null;
        }

        var id = r.String(e, p, "id", required: true);
        var principal = r.Money(e, p, "principal", required: true);
        var disbursed = r.Date(e, p, "disbursed", required: true);
        var term = r.Int(e, p, "termMonths", 1, DomainBounds.MaxMonths) ?? StressDefaults.TermMonths;
        var frequency = r.Int(e, p, "frequencyMonths", 1, 12) ?? StressDefaults.FrequencyMonths;
        var deferral = r.Int(e, p, "deferralMonths", 0, DomainBounds.MaxMonths) ?? 0;
        var rate = RateOf(r, e, p, "rate") ?? Rate.Zero;
        var pd = RateOf(r, e, p, "annualDefaultProbability") ?? Rate.Zero;
        var recovery = RateOf(r, e, p, "recoveryRate") ?? Rate.Zero;
        var delay = r.Int(e, p, "recoveryDelayMonths", 0, DomainBounds.MaxMonths) ?? StressDefaults.RecoveryDelayMonths;
        if (id is null || principal is not { } amount || disbursed is not { } date)
        {
            return null;
        }

        try
        {
            return StressAdvance.FromSchedule(id, RepaymentSchedule.Generate(StressDefaults.AdvanceTerms(amount, date, term, frequency, deferral, rate)), asOf, horizon, pd, recovery, delay);
        }
        catch (ArgumentException ex)
        {
            r.Refused(p, ex);
            return null;
        }
        catch (CurrencyMismatchException ex)
        {
            r.Error(p, "currency", ex.Message, ex.Message);
            return null;
        }
    }

    private static Rate? RateOf(DocumentReader r, JsonElement e, string p, string name)
    {
        return r.Rate(e, p, name);
    }
}

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
        _ = r.String(e, p, "notes");
        var currencyText = r.String(e, p, "currency", required: true);
        var inception = r.Date(e, p, "inception", required: true);
        var revolving = r.Bool(e, p, "revolving") ?? true;
        var sharing = r.Enum<LossSharing>(e, p, "lossSharing") ?? LossSharing.ProRata;
        var coFunders = r.Array(e, p, "coFunders", (c, cp) => r.Object(c, cp, "id", "name") && r.String(c, cp, "id", required: true) is { } cid && r.String(c, cp, "name", required: true) is { } cname ? new CoFunder(cid, cname) : null);
        var order = r.Array(e, p, "firstLossOrder", (c, _) => c.ValueKind == JsonValueKind.String ? c.GetString() : null);
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

        return r.Try(p, () => new Fund(id, name, currency, start, coFunders, revolving, sharing, order.Count == 0 ? null : order));
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
        w.WriteString("lossSharing", JsonNames.Of(fund.LossSharing));
        if (fund.FirstLossOrder.Count > 0)
        {
            w.WriteStartArray("firstLossOrder");
            foreach (var id in fund.FirstLossOrder)
            {
                w.WriteStringValue(id);
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
