using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// The register against a brute-force model of the texts: a grant is accepted if and only if its regulation covers its
/// grant date and, once it is added, every ceiling of every grant's regulation holds in the window that ends on that
/// grant's date.
/// </summary>
public sealed class DeMinimisCumulationLaws
{
    private static readonly string[] Entities = ["A", "B", "C"];

    private static readonly decimal[] Amounts = [1_000m, 10_000m, 20_000m, 30_000m, 50_000m, 100_000m, 150_000m, 200_000m, 300_000m, 450_000m];

    private static Gen<DeMinimisGrant> Proposal() =>
        from who in Gen.Elements(Entities)
        from day in Gen.Choose(0, 8_000)
        let date = new LocalDate(2011, 1, 1).PlusDays(day)
        from sector in Gen.Elements(Enum.GetValues<DeMinimisSector>())
        from pick in Gen.Choose(0, 9)
        from other in Gen.Elements(DeMinimisRegulations.All.ToArray())
        let regime = pick == 0 ? other : DeMinimisRegulations.InForceOn(sector, date) ?? other
        from amount in Gen.Elements(Amounts)
        from cents in Gen.Elements(0m, 0.01m, -0.01m)
        from road in Gen.Frequency((6, Gen.Constant(RoadFreightActivity.None)), (2, Gen.Constant(RoadFreightActivity.RoadFreight)), (1, Gen.Constant(RoadFreightActivity.OtherActivitySeparated)))
        from individual in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new DeMinimisGrant("g", who, date, regime, Money.Euros(amount + cents)).WithRoadFreight(road).WithIndividualAid(individual);

    private static Gen<(DeMinimisGrant[] Grants, int Links)> Histories() =>
        from count in Gen.Choose(1, 14)
        from grants in Gen.ArrayOf(Proposal(), count)
        from links in Gen.Choose(0, 2)
        select (grants.Select((g, i) => Renamed(g, $"g{i}")).ToArray(), links);

    private static DeMinimisGrant Renamed(DeMinimisGrant g, string id) =>
        new DeMinimisGrant(id, g.Beneficiary, g.GrantDate, g.Regime, g.GrossGrantEquivalent).WithRoadFreight(g.RoadFreight).WithIndividualAid(g.IsIndividualAid);

    [Fact]
    public void A_grant_is_accepted_if_and_only_if_every_applicable_ceiling_holds_in_every_window() =>
        Laws.Check(
            400,
            Histories(),
            c =>
            {
                var links = c.Links switch
                {
                    0 => [],
                    1 => new List<(string, string, LocalDate?)> { ("A", "B", null) },
                    _ => [("A", "B", null), ("C", "A", new LocalDate(2020, 1, 1))],
                };
                var register = links.Aggregate(DeMinimisRegister.Empty, (r, l) => l.Item3 is { } merger ? r.WithMerger(l.Item1, l.Item2, merger) : r.WithLink(l.Item1, l.Item2));
                var accepted = new List<DeMinimisGrant>();
                foreach (var grant in c.Grants)
                {
                    var check = register.TryRecord(grant, out var next);
                    var model = Model(accepted, grant, links);
                    Assert.True(model == check.Fits, $"{grant} under {grant.Regime.Code} ({grant.RoadFreight}, individual {grant.IsIndividualAid}): the model says {model}, the register {check.Fits}; accepted before: {string.Join("; ", accepted)}");
                    Assert.True(check.Fits == (next is not null));
                    if (next is not null)
                    {
                        register = next;
                        accepted.Add(grant);
                    }
                }
            });

    [Fact]
    public void The_register_export_and_the_yearly_report_conserve_every_grant_and_every_cent() =>
        Laws.Check(
            300,
            Histories(),
            c =>
            {
                var register = c.Grants.Aggregate(DeMinimisRegister.Empty, (r, g) => r.TryRecord(g, out var next).Fits ? next! : r);
                var grants = register.Grants;
                var total = grants.Aggregate(Money.Zero(Currency.EUR), (sum, g) => sum + g.GrossGrantEquivalent);

                // One line per grant, in date order, each with its grant's figures.
                var lines = DeMinimisRegisterExport.Lines(register, "Région Hauts-de-France");
                Assert.Equal(grants.Count, lines.Count);
                Assert.Equal(grants.Select(g => g.Id).Order(StringComparer.Ordinal), lines.Select(l => l.AidId).Order(StringComparer.Ordinal));
                Assert.True(lines.Zip(lines.Skip(1)).All(p => p.First.GrantDate <= p.Second.GrantDate));
                Assert.Equal(total, lines.Aggregate(Money.Zero(Currency.EUR), (sum, l) => sum + l.GrossGrantEquivalent));

                // The CSV states each amount to the cent: its column sums to the same total.
                var csv = DeMinimisRegisterExport.Csv(lines).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
                Assert.Equal(lines.Count, csv.Count);
                Assert.Equal(total.Amount, csv.Sum(row => decimal.Parse(row.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)));

                // The yearly report: every grant counted once, every cent in its year, regulation and beneficiary.
                var yearly = DeMinimisRegisterExport.Yearly(register);
                Assert.Equal(grants.Count, yearly.Sum(y => y.Grants));
                Assert.Equal(total, yearly.Aggregate(Money.Zero(Currency.EUR), (sum, y) => sum + y.GrossGrantEquivalent));
                Assert.All(yearly, y => Assert.Equal(
                    grants.Where(g => g.GrantDate.Year == y.Year && g.Regime.Code == y.RegulationCode && g.Beneficiary == y.Beneficiary).Aggregate(Money.Zero(Currency.EUR), (sum, g) => sum + g.GrossGrantEquivalent),
                    y.GrossGrantEquivalent));
                Assert.Equal(yearly.Count, yearly.Select(y => (y.Year, y.RegulationCode, y.Beneficiary)).Distinct().Count());
            });

    /// <summary>The texts, read literally, with no code shared with the register.</summary>
    private static bool Model(List<DeMinimisGrant> accepted, DeMinimisGrant proposed, List<(string A, string B, LocalDate? From)> links)
    {
        var regime = proposed.Regime;
        var date = proposed.GrantDate;
        var inPeriod = date >= regime.AppliesFrom!.Value && date <= regime.AppliesUntil!.Value;
        var covered = (!proposed.IsIndividualAid || regime.CoverIncludesIndividualAid) && regime.SchemeCoverMonths > 0 && date > regime.AppliesUntil!.Value && date <= regime.AppliesUntil.Value.PlusMonths(regime.SchemeCoverMonths);
        if (!inPeriod && !covered)
        {
            return false;
        }

        var all = accepted.Append(proposed).ToList();
        foreach (var end in all)
        {
            var members = Undertaking(end.Beneficiary, end.GrantDate, links);
            foreach (var ceiling in end.Regime.Ceilings)
            {
                if (ceiling.RoadFreight && end.RoadFreight != RoadFreightActivity.RoadFreight)
                {
                    continue;
                }

                var total = 0m;
                foreach (var g in all)
                {
                    var inWindow = g.GrantDate <= end.GrantDate && (ceiling.Window == DeMinimisWindow.RollingThreeYears
                        ? g.GrantDate.PlusYears(3) > end.GrantDate
                        : FiscalYear(g.GrantDate, ceiling.FiscalYearStart) >= FiscalYear(end.GrantDate, ceiling.FiscalYearStart) - 2);
                    if (inWindow && members.Contains(g.Beneficiary) && ceiling.CountedSectors.Contains(g.Regime.Sector)
                        && !(ceiling.RoadFreight && g.RoadFreight == RoadFreightActivity.OtherActivitySeparated))
                    {
                        total += g.GrossGrantEquivalent.Amount;
                    }
                }

                if (total > ceiling.Amount.Amount)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int FiscalYear(LocalDate date, int startMonth) => date.Month >= startMonth ? date.Year : date.Year - 1;

    private static HashSet<string> Undertaking(string entity, LocalDate asOf, List<(string A, string B, LocalDate? From)> links)
    {
        var members = new HashSet<string> { entity };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (a, b, from) in links)
            {
                if (from is { } d && d > asOf)
                {
                    continue;
                }

                if (members.Contains(a) && members.Add(b))
                {
                    grew = true;
                }

                if (members.Contains(b) && members.Add(a))
                {
                    grew = true;
                }
            }
        }

        return members;
    }
}
