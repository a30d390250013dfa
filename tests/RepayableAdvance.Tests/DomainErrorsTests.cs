using System.Globalization;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests;

/// <summary>The library's exceptions carry their message in English and in French, and the readers pass the French on.</summary>
public sealed class DomainErrorsTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void An_argument_check_carries_its_French_text()
    {
        var e = Assert.Throws<ArgumentException>(() => Money.Euros(1.001m));
        Assert.StartsWith("Amount 1.001 has more decimals than EUR allows (2)", e.Message, StringComparison.Ordinal);
        Assert.True(DomainErrors.HasFrench(e));
        Assert.StartsWith("Le montant 1.001 a plus de décimales que EUR n'en permet (2)", DomainErrors.French(e), StringComparison.Ordinal);
        Assert.Equal(DomainErrors.French(e), DomainErrors.Message(e, French));
        Assert.Equal(DomainErrors.French(e), DomainErrors.Message(e, CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal(e.Message, DomainErrors.Message(e, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void The_generic_checks_are_French_too()
    {
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.EveryMonths(5));
        Assert.Equal("La périodicité de 5 mois est hors limites : elle doit être de 1, 2, 3, 4, 6 ou 12 mois.", DomainErrors.French(range));
        var defined = Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.Create((RoundingMode)42));
        Assert.StartsWith("La valeur 42 n'est pas un RoundingMode défini : valeurs permises", DomainErrors.French(defined), StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentNullException>(() => Money.Euros(1m).Allocate(null!, RemainderPlacement.LargestRemainder));
        Assert.Contains("est obligatoire", DomainErrors.French(missing), StringComparison.Ordinal);
        var currency = Assert.Throws<CurrencyMismatchException>(() => Money.Euros(1m) + Money.FromMinorUnits(100, Currency.USD));
        Assert.StartsWith("Devises différentes : EUR attendu mais USD reçu", DomainErrors.French(currency), StringComparison.Ordinal);
    }

    [Fact]
    public void A_State_aid_refusal_is_French_from_its_reason()
    {
        var table = BaseRateTable.ParseCsv("From;To;FR\n1.1.2021;31.12.2024;-0,45", new LocalDate(2024, 12, 31));
        var e = Assert.Throws<StateAidRuleException>(() => table.RateInForce("FR", new LocalDate(2026, 1, 1)));
        Assert.StartsWith("[baseRateMissing] No base rate for FR on 2026-01-01", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("[baseRateMissing] ", DomainErrors.French(e), StringComparison.Ordinal);
        Assert.NotEqual(e.Message, DomainErrors.French(e));
        Assert.Contains("2026", DomainErrors.French(e), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_the_library_did_not_raise_reads_as_it_is()
    {
        var foreign = new InvalidOperationException("Something else.");
        Assert.False(DomainErrors.HasFrench(foreign));
        Assert.Equal("Something else.", DomainErrors.French(foreign));
        Assert.Equal("Something else.", DomainErrors.Message(foreign, French));
        Assert.Throws<ArgumentNullException>(() => DomainErrors.French(null!));
        Assert.Throws<ArgumentNullException>(() => DomainErrors.HasFrench(null!));
        Assert.Throws<ArgumentNullException>(() => DomainErrors.Message(foreign, null!));
    }

    [Fact]
    public void A_document_refused_by_the_domain_says_why_in_French()
    {
        var terms = """
            { "schemaVersion": 2, "tranches": [ { "date": "2025-01-01", "amount": { "amount": "1000.00", "currency": "EUR" } }, { "date": "2024-12-01", "amount": { "amount": "1000.00", "currency": "EUR" } } ],
              "installments": 12, "frequencyMonths": 1, "amortization": { "kind": "linear" }, "interest": { "kind": "zero" } }
            """;
        Assert.False(TermsDocument.TryRead(terms, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.StartsWith("Tranche 2 on 2024-12-01 is not after tranche 1 on 2025-01-01", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("La tranche 2 du 2024-12-01 n'est pas postérieure à la tranche 1 du 2025-01-01", error.FrenchMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.FrenchMessage, StringComparison.Ordinal);

        var events = File.ReadAllText(Path.Combine(Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "terms.json"))
            .Replace("\"date\": \"2027-03-01\"", "\"date\": \"2045-03-01\"", StringComparison.Ordinal);
        var read = TermsDocument.Read(events);
        Assert.False(TermsDocument.TrySchedule(read, Scheduling.ScheduleGenerators.Euribor, out _, out var refused));
        var eventError = Assert.Single(refused);
        Assert.StartsWith("$.events[", eventError.Path, StringComparison.Ordinal);
        Assert.StartsWith("L'événement du 2045-03-01", eventError.FrenchMessage, StringComparison.Ordinal);
    }
}
