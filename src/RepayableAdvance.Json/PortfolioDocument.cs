using System.Text.Json;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

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
