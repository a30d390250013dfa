using System.Text.Json;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

/// <summary>Reads a stress-test portfolio: the available amount, the live advances and the future demand.</summary>
/// <remarks>
/// <para>Each advance states its <c>terms</c> as a terms document does (without events) and its risk; the loader builds
/// its schedule (with the document's <c>fixings</c> for indexed rates) and precomputes its monthly receipts. The demand
/// states the term of new advances in months and their <c>deferral</c> as a scheme's terms do. See
/// <c>docs/examples/portfolio.json</c>.</para>
/// <para>A document without <c>schemaVersion</c>, or of version 1, states each advance in a flat shape
/// (<c>principal</c>, <c>disbursed</c>, <c>termMonths</c>, <c>frequencyMonths</c>, <c>deferralMonths</c>, <c>rate</c>:
/// linear installments after a principal deferral, at a fixed periodic rate) and the demand's <c>deferralMonths</c>;
/// it is read with a <c>deprecated</c> warning naming the version 2 shape.</para>
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
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StressPortfolio? portfolio, out int months, out IReadOnlyList<DocumentError> errors) =>
        TryReadWithWarnings(json, out portfolio, out months, out errors, out _);

    /// <summary>Tries to load a portfolio, and says what it read in an older shape.</summary>
    /// <param name="json">The document.</param>
    /// <param name="portfolio">The portfolio, when there is no error.</param>
    /// <param name="months">The horizon the receipts were computed for.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <param name="warnings">What was read but should be written otherwise (a version 1 shape), with its path; never a reason to refuse.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryReadWithWarnings(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StressPortfolio? portfolio, out int months, out IReadOnlyList<DocumentError> errors, out IReadOnlyList<DocumentError> warnings)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return TryReadCore(json, out portfolio, out months, out errors, out warnings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            portfolio = default;
            months = default;
            errors = [DocumentReader.Internal(e)];
            warnings = [];
            return false;
        }
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StressPortfolio? portfolio, out int months, out IReadOnlyList<DocumentError> errors, out IReadOnlyList<DocumentError> warnings)
    {
        portfolio = null;
        months = 0;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null
            && r.Object(document.RootElement, "$", "$schema", "schemaVersion", "notes", "asOf", "horizonMonths", "available", "revolving", "fixings", "advances", "demand")
            && r.SchemaVersion(document.RootElement, "$") is { } version)
        {
            var root = document.RootElement;
            var v1 = version == 1;
            _ = r.Notes(root, "$");
            var fixings = DocumentReader.TryGet(root, "fixings", out var fx) ? IndexFixingsDocument.Read(r, fx, "$.fixings") : null;
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

                return asOf is { } d ? (v1 ? AdvanceV1(r, e, p, d, horizon) : Advance(r, e, p, d, horizon, fixings)) : null;
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

            var demand = DocumentReader.TryGet(root, "demand", out var de) ? Demand(r, de, "$.demand", v1) : null;

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
        warnings = r.Warnings;
        return portfolio is not null;
    }

    private static StressDemand? Demand(DocumentReader r, JsonElement de, string p, bool v1)
    {
        if (!r.Object(de, p, "newAdvancesPerMonth", "sizes", "termMonths", v1 ? "deferralMonths" : "deferral"))
        {
            return null;
        }

        var perMonth = r.Decimal(de, p, "newAdvancesPerMonth") ?? 0m;
        if (perMonth < 0m)
        {
            r.Error(p + ".newAdvancesPerMonth", "range", $"newAdvancesPerMonth {perMonth} is negative: it must be zero or more.", $"newAdvancesPerMonth {perMonth} est négatif : il doit être positif ou nul.");
        }

        var sizes = r.Array(de, p, "sizes", (s, sp) => MoneyItem(r, s, sp)).Cast<Money>().ToList();
        var term = r.Int(de, p, "termMonths", 1, DomainBounds.MaxMonths) ?? StressDefaults.TermMonths;
        int deferral;
        if (v1)
        {
            deferral = r.Int(de, p, "deferralMonths", 0, DomainBounds.MaxMonths) ?? 0;
            if (DocumentReader.TryGet(de, "deferralMonths", out _))
            {
                r.Warning(p + ".deferralMonths", "deprecated", "deferralMonths is the schemaVersion 1 shape; version 2 states \"deferral\": [{ \"phase\": \"principalDeferral\", \"months\": N }], as a scheme's terms do.", "deferralMonths est la forme de schemaVersion 1 ; la version 2 écrit \"deferral\": [{ \"phase\": \"principalDeferral\", \"months\": N }], comme les conditions d'un dispositif.");
            }
        }
        else
        {
            deferral = 0;
            var before = r.Errors.Count;
            var phases = TermParts.Deferral(r, de, p, "deferral");
            for (var i = 0; r.Errors.Count == before && i < phases.Count; i++)
            {
                if (phases[i].Kind != SchedulePhase.PrincipalDeferral || phases[i].Unit != DeferralUnit.Months)
                {
                    r.Error($"{p}.deferral[{i}]", "value", "New advances repay linearly after a principal deferral: each deferral phase is a principalDeferral in months.", "Les nouvelles avances s'amortissent linéairement après un différé d'amortissement : chaque phase de différé est un principalDeferral en mois.");
                }
                else
                {
                    deferral += phases[i].Length;
                }
            }
        }

        if (term <= deferral)
        {
            r.Error(p + ".termMonths", "value", $"termMonths ({term}) must exceed the deferral ({deferral} months).", $"termMonths ({term}) doit dépasser le différé ({deferral} mois).");
            return null;
        }

        return r.Try(p, () => new StressDemand(perMonth, sizes, StressDefaults.LinearRepaymentProfile(term, deferral)));
    }

#pragma warning disable CA1859 // Array items are reference-typed (boxed) by DocumentReader.Array.
    private static object? MoneyItem(DocumentReader r, JsonElement e, string p) => r.MoneyElement(e, p);

#pragma warning restore CA1859

    private static StressAdvance? Advance(DocumentReader r, JsonElement e, string p, LocalDate asOf, int horizon, IndexFixings? fixings)
    {
        if (!r.Object(e, p, "id", "terms", "annualDefaultProbability", "recoveryRate", "recoveryDelayMonths"))
        {
            return null;
        }

        var id = r.String(e, p, "id", required: true);
        var terms = r.Required(e, p, "terms", out var te) ? TermsDocument.Load(r, te, p + ".terms", withEvents: false)?.Terms : null;
        var (pd, recovery, delay) = Risk(r, e, p);
        if (id is null || terms is null)
        {
            return null;
        }

        try
        {
            return StressAdvance.FromSchedule(id, RepaymentSchedule.Generate(terms, fixings), asOf, horizon, pd, recovery, delay);
        }
        catch (MissingReferenceDataException ex)
        {
            r.Error(p + ".terms.interest", "fixing", DocumentReader.Clean(ex.Message), DocumentReader.Clean(DomainErrors.French(ex)));
            return null;
        }
        catch (ArgumentException ex)
        {
            r.Refused(p + ".terms", ex);
            return null;
        }
    }

    private static (Rate Pd, Rate Recovery, int Delay) Risk(DocumentReader r, JsonElement e, string p) =>
        (r.Rate(e, p, "annualDefaultProbability") ?? Rate.Zero,
         r.Rate(e, p, "recoveryRate") ?? Rate.Zero,
         r.Int(e, p, "recoveryDelayMonths", 0, DomainBounds.MaxMonths) ?? StressDefaults.RecoveryDelayMonths);

    private static StressAdvance? AdvanceV1(DocumentReader r, JsonElement e, string p, LocalDate asOf, int horizon)
    {
        if (!r.Object(e, p, "id", "principal", "disbursed", "termMonths", "frequencyMonths", "deferralMonths", "rate", "annualDefaultProbability", "recoveryRate", "recoveryDelayMonths"))
        {
            return null;
        }

        if (p.EndsWith("[0]", StringComparison.Ordinal))
        {
            r.Warning("$.advances", "deprecated", "Advances in the schemaVersion 1 shape (principal, disbursed, termMonths, frequencyMonths, deferralMonths, rate) are read as linear installments after a principal deferral at a fixed periodic rate; version 2 states each advance's \"terms\" as a terms document does.", "Les avances de la forme schemaVersion 1 (principal, disbursed, termMonths, frequencyMonths, deferralMonths, rate) sont lues comme des échéances linéaires après un différé d'amortissement à taux fixe périodique ; la version 2 donne les \"terms\" de chaque avance comme un document de conditions.");
        }

        var id = r.String(e, p, "id", required: true);
        var principal = r.Money(e, p, "principal", required: true);
        var disbursed = r.Date(e, p, "disbursed", required: true);
        var term = r.Int(e, p, "termMonths", 1, DomainBounds.MaxMonths) ?? StressDefaults.TermMonths;
        var frequency = r.Int(e, p, "frequencyMonths", 1, 12) ?? StressDefaults.FrequencyMonths;
        var deferral = r.Int(e, p, "deferralMonths", 0, DomainBounds.MaxMonths) ?? 0;
        var rate = r.Rate(e, p, "rate") ?? Rate.Zero;
        var (pd, recovery, delay) = Risk(r, e, p);
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
            r.Error(p, "currency", ex.Message, DomainErrors.French(ex));
            return null;
        }
    }
}
