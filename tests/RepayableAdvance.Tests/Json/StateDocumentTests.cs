using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Scheduling;

namespace RepayableAdvance.Tests.Json;

public sealed class TermsDocumentTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    [Fact]
    public void The_shipped_terms_give_the_boilermaker_schedule_with_its_events()
    {
        var document = TermsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "terms.json")));
        var fixings = IndexFixingsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "euribor-3m.fixings.json")));
        Assert.Equal(Money.Euros(150_000m), document.Terms.Principal);
        Assert.Equal(2, document.Events.Count);

        var original = RepaymentSchedule.Generate(document.Terms, fixings);
        Assert.Equal(20, original.Installments.Count);
        Assert.Equal(Rate.FromPercent(3.49m), original.Installments[0].Rate);  // fixed once at application: 1.99 % + 150 bp
        var current = document.Schedule(fixings);
        Assert.Equal(22, current.Installments.Count);                          // two installments of holiday, term extended
        Assert.Equal(Money.Euros(150_000m), current.TotalPrincipal);           // conserved through the events
        Assert.Equal(TermsDocument.Write(document.Terms, document.Events), File.ReadAllText(Path.Combine(Root, "docs", "examples", "terms.json")));
    }

    [Fact]
    public void Errors_name_their_paths_and_the_domain_rules()
    {
        Assert.False(TermsDocument.TryRead(
            """
            { "tranches": [ { "date": "2025-08-01", "amount": { "amount": "150000.00", "currency": "EUR" } } ],
              "installments": 20, "frequencyMonths": 3, "amortization": { "kind": "linear" },
              "interest": { "kind": "fixed", "rate": 3.49 }, "colour": "red",
              "events": [ { "event": "teleport", "date": "2026-01-01" }, { "event": "prepayment", "date": "2026-13-01" } ] }
            """,
            out _,
            out var errors));
        var paths = errors.Select(e => (e.Path, e.Code)).ToList();
        Assert.Contains(("$.colour", "unknownProperty"), paths);
        Assert.Contains(("$.interest.rate", "type"), paths);
        Assert.Contains(("$.events[0].event", "value"), paths);
        Assert.Contains(("$.events[1].date", "format"), paths);

        // Phase two: the terms' own validation, at the document's root.
        Assert.False(TermsDocument.TryRead(
            """
            { "tranches": [ { "date": "2025-08-01", "amount": { "amount": "150000.00", "currency": "EUR" } } ],
              "installments": 4, "frequencyMonths": 3, "amortization": { "kind": "linear" }, "interest": { "kind": "zero" },
              "deferral": [ { "phase": "principalDeferral", "months": 12 } ] }
            """,
            out _,
            out errors));
        Assert.Contains("at least one installment must amortize", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity_for_generated_terms_and_events() =>
        Laws.Check(
            150,
            from terms in ScheduleGenerators.Terms()
            from events in ScheduleGenerators.Events(RepaymentSchedule.Generate(terms, ScheduleGenerators.Euribor))
            select (terms, events),
            c =>
            {
                var json = TermsDocument.Write(c.terms, c.events);
                var read = TermsDocument.Read(json);
                Assert.Equal(new TermsAndEvents(c.terms, c.events), read);
                Assert.Equal(json, TermsDocument.Write(read.Terms, read.Events));
            });
}

public sealed class IndexFixingsDocumentTests
{
    [Fact]
    public void Duplicates_and_bare_numbers_are_errors_at_their_paths()
    {
        Assert.False(IndexFixingsDocument.TryRead(
            """{ "index": "EURIBOR3M", "fixings": [ { "date": "2025-07-15", "rate": "1.99%" }, { "date": "2025-07-15", "rate": "2%" }, { "date": "2025-08-15", "rate": 1.99 } ] }""",
            out _,
            out var errors));
        Assert.Contains(errors, e => e.Path == "$.fixings[1].date" && e.Code == "duplicate");
        Assert.Contains(errors, e => e.Path == "$.fixings[2].rate" && e.Code == "type");
        Assert.False(IndexFixingsDocument.TryRead("""{ "index": "EURIBOR3M" }""", out _, out errors));
        Assert.Equal("$.fixings", Assert.Single(errors).Path);
    }

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity() =>
        Laws.Check(
            200,
            from count in Gen.Choose(0, 30)
            from days in Gen.ArrayOf(Gen.Choose(0, 20_000), count)
            from bps in Gen.ArrayOf(Gen.Choose(-100_000, 100_000), count)
            select new IndexFixings("EURIBOR3M", days.Distinct().Select((d, i) => new KeyValuePair<LocalDate, Rate>(new LocalDate(2000, 1, 1).PlusDays(d), Rate.FromBasisPoints(bps[i] / 100m)))),
            fixings =>
            {
                var json = IndexFixingsDocument.Write(fixings);
                var read = IndexFixingsDocument.Read(json);
                Assert.Equal(fixings.Dates, read.Dates);
                Assert.All(fixings.Dates, d => Assert.Equal(fixings.RateOn(d), read.RateOn(d)));
                Assert.Equal(json, IndexFixingsDocument.Write(read));
            });
}

public sealed class DeMinimisRegisterDocumentTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    [Fact]
    public void The_shipped_register_counts_the_linked_and_absorbed_companies()
    {
        var register = DeMinimisRegisterDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "de-minimis-register.json")));
        Assert.Equal(3, register.Grants.Count);
        Assert.Equal(["302 512 345", "302 512 999", "411 222 333"], register.SingleUndertaking("302 512 345", new LocalDate(2025, 7, 15)));

        // The subsidiary's 12,500, the absorbed company's 30,000 and the agricultural 4,000 (agriculture aid counts
        // against the general ceiling too) all count for the boilermaker.
        Assert.Equal(Money.Euros(46_500m), register.Used("302 512 345", DeMinimisRegime.General2023, new LocalDate(2025, 7, 15)));
        var json = DeMinimisRegisterDocument.Write(register);
        Assert.Equal(json, DeMinimisRegisterDocument.Write(DeMinimisRegisterDocument.Read(json)));
    }

    [Fact]
    public void A_grant_outside_its_regulations_period_is_an_error_at_its_grant_date()
    {
        const string Json = """
            { "grants": [
                { "id": "a", "beneficiary": "x", "grantDate": "2023-05-10", "regime": "general-2023", "grossGrantEquivalent": { "amount": "1000.00", "currency": "EUR" } },
                { "id": "b", "beneficiary": "x", "grantDate": "2022-03-01", "regime": "legacy-1407", "roadFreight": "roadFreight", "individualAid": true, "grossGrantEquivalent": { "amount": "100000.01", "currency": "EUR" } } ] }
            """;
        Assert.False(DeMinimisRegisterDocument.TryRead(Json, out var register, out var errors));
        Assert.Null(register);
        var period = Assert.Single(errors, e => e.Path == "$.grants[0].grantDate");
        Assert.Equal("regulationNotApplicable", period.Code);
        Assert.Contains("Art. 8 of Regulation (EU) 2023/2831", period.Message, StringComparison.Ordinal);
        var ceiling = Assert.Single(errors, e => e.Path == "$.grants[1]");
        Assert.Equal("ceilingExceeded", ceiling.Code);
        Assert.Contains("Art. 3(2) of Regulation (EU) No 1407/2013", ceiling.Message, StringComparison.Ordinal);
        var fixedJson = Json.Replace("general-2023", "legacy-1407", StringComparison.Ordinal).Replace("100000.01", "99000.00", StringComparison.Ordinal);
        var read = DeMinimisRegisterDocument.Read(fixedJson);
        var b = Assert.Single(read.Grants, g => g.Id == "b");
        Assert.Equal((RoadFreightActivity.RoadFreight, true), (b.RoadFreight, b.IsIndividualAid));
    }

    [Fact]
    public void A_grant_over_the_ceiling_is_an_error_at_its_path_and_nothing_is_built()
    {
        const string Money300k = """{ "amount": "300000.00", "currency": "EUR" }""";
        var json = $$"""
            { "grants": [
                { "id": "a", "beneficiary": "x", "grantDate": "2024-01-10", "regime": "general-2023", "grossGrantEquivalent": {{Money300k}} },
                { "id": "b", "beneficiary": "x", "grantDate": "2024-06-10", "regime": "general-2023", "grossGrantEquivalent": { "amount": "0.01", "currency": "EUR" } },
                { "id": "c", "beneficiary": "x", "grantDate": "2024-06-10", "regime": "gneral-2023", "grossGrantEquivalent": {{Money300k}} } ] }
            """;
        Assert.False(DeMinimisRegisterDocument.TryRead(json, out var register, out var errors));
        Assert.Null(register);
        Assert.Equal(("$.grants[2].regime", "value"), (errors[0].Path, errors[0].Code));
        Assert.False(DeMinimisRegisterDocument.TryRead(json.Replace("gneral", "general", StringComparison.Ordinal), out _, out errors));
        Assert.Equal(("$.grants[1]", "ceilingExceeded"), (errors[0].Path, errors[0].Code));
        Assert.Contains("against the ceiling of 300000.00 EUR (Art. 3(2) and 5(1) of Regulation (EU) 2023/2831)", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity() =>
        Laws.Check(
            200,
            from count in Gen.Choose(0, 12)
            from grants in Gen.ArrayOf(
                from beneficiary in Gen.Elements("a", "b", "c")
                from day in Gen.Choose(0, 3_000)
                from cents in Gen.Choose(1, 5_000_000)
                from sector in Gen.Elements(DeMinimisSector.General, DeMinimisSector.Sgei, DeMinimisSector.Agriculture)
                from road in Gen.Elements(Enum.GetValues<RoadFreightActivity>())
                select (beneficiary, day, cents, sector, road),
                count)
            from link in Gen.Elements(0, 1, 2)
            select (grants, link),
            c =>
            {
                var register = c.link switch
                {
                    0 => DeMinimisRegister.Empty,
                    1 => DeMinimisRegister.Empty.WithLink("a", "b"),
                    _ => DeMinimisRegister.Empty.WithMerger("c", "a", new LocalDate(2022, 1, 1)),
                };
                var i = 0;
                foreach (var (beneficiary, day, cents, sector, road) in c.grants)
                {
                    // The regulation of the sector in force on the grant date, so that most grants are covered.
                    var date = new LocalDate(2020, 1, 1).PlusDays(day);
                    var regime = DeMinimisRegulations.InForceOn(sector, date) ?? DeMinimisRegime.General2023;
                    var grant = new DeMinimisGrant($"g{i++}", beneficiary, date, regime, Money.FromMinorUnits(cents, Currency.EUR)).WithRoadFreight(road);
                    register = register.TryRecord(grant, out var next) is { Fits: true } ? next! : register;
                }

                var json = DeMinimisRegisterDocument.Write(register);
                var read = DeMinimisRegisterDocument.Read(json);
                // Loading records the grants in grant-date order (stable), the order Write gives them in.
                Assert.Equal(register.Grants.OrderBy(g => g.GrantDate).Select(g => (g.Id, g.Beneficiary, g.GrantDate, g.Regime, g.GrossGrantEquivalent, g.RoadFreight)), read.Grants.Select(g => (g.Id, g.Beneficiary, g.GrantDate, g.Regime, g.GrossGrantEquivalent, g.RoadFreight)));
                Assert.Equal(register.Links, read.Links);
                Assert.Equal(json, DeMinimisRegisterDocument.Write(read));
            });
}

public sealed class LedgerAndBaseRateRoundTripTests
{
    [Fact]
    public void Domain_to_json_to_domain_is_an_identity_for_generated_ledgers() =>
        Laws.Check(
            200,
            from coFunders in FsCheck.Fluent.Gen.Choose(1, 3)
            from revolving in FsCheck.Fluent.Gen.Elements(true, false)
            from steps in FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(0, 7), FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(0, 40), FsCheck.Fluent.Gen.Choose(1, 50_000_000))), 30)
            select (coFunders, revolving, steps),
            c =>
            {
                var ids = Enumerable.Range(1, c.coFunders).Select(i => $"c{i}").ToArray();
                var fund = new RepayableAdvance.Funds.Fund("f", "Fund", Currency.EUR, new LocalDate(2020, 1, 1), [.. ids.Select(i => new RepayableAdvance.Funds.CoFunder(i, i.ToUpperInvariant()))], c.revolving);
                var ledger = fund.NewLedger();
                var date = fund.Inception;
                var advance = 0;
                foreach (var (kind, (days, cents)) in c.steps)
                {
                    date = date.PlusDays(days);
                    var amount = Money.FromMinorUnits(cents, Currency.EUR);
                    var reference = $"A{advance % 4}";
                    var e = kind switch
                    {
                        0 => RepayableAdvance.Funds.FundEvent.Contribution(date, ids[cents % ids.Length], amount),
                        1 => RepayableAdvance.Funds.FundEvent.Commitment(date, $"A{++advance % 4}", amount),
                        2 => RepayableAdvance.Funds.FundEvent.Disbursement(date, reference, amount),
                        3 => RepayableAdvance.Funds.FundEvent.Repayment(date, reference, amount, Money.FromMinorUnits(cents % 100_000, Currency.EUR)),
                        4 => RepayableAdvance.Funds.FundEvent.WriteOff(date, reference, amount),
                        5 => RepayableAdvance.Funds.FundEvent.Recovery(date, reference, amount),
                        6 => RepayableAdvance.Funds.FundEvent.Cancellation(date, reference, amount),
                        _ => RepayableAdvance.Funds.FundEvent.Fee(date, "management", amount),
                    };
                    if (ledger.TryAppend(e, out var next, out _))
                    {
                        ledger = next;
                    }
                }

                var json = FundLedgerDocument.Write(ledger);
                var read = FundLedgerDocument.Read(json);
                Assert.Equal(ledger.Events.Select(e => (e.Kind, e.Date, e.Reference, e.Amount, e.Interest)), read.Events.Select(e => (e.Kind, e.Date, e.Reference, e.Amount, e.Interest)));
                Assert.Equal(ledger.Current, read.Current);
                Assert.Equal(json, FundLedgerDocument.Write(read));
            });

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity_for_generated_base_rate_tables() =>
        Laws.Check(
            200,
            from countries in FsCheck.Fluent.Gen.SubListOf(new[] { "FR", "ES", "IT", "DE", "BE" }).Where(l => l.Count > 0)
            from periods in FsCheck.Fluent.Gen.Choose(1, 8)
            from bps in FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Choose(-100, 600), periods * 5)
            select (countries, periods, bps),
            c =>
            {
                var entries = new List<BaseRateEntry>();
                for (var p = 0; p < c.periods; p++)
                {
                    var from = new LocalDate(2015, 1, 1).PlusMonths(6 * p);
                    LocalDate? to = p == c.periods - 1 ? null : from.PlusMonths(6).PlusDays(-1);
                    for (var i = 0; i < c.countries.Count; i++)
                    {
                        entries.Add(new BaseRateEntry(c.countries[i], from, to, Rate.FromBasisPoints(c.bps[(p * 5) + i])));
                    }
                }

                var table = new BaseRateTable(entries, new LocalDate(2030, 12, 31));
                var json = BaseRateDocument.Write(table);
                var read = BaseRateDocument.Read(json);
                Assert.Equal(table.Entries, read.Entries);
                Assert.Equal(json, BaseRateDocument.Write(read));
            });
}
