using RepayableAdvance.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Benchmarks.Eligibility;

/// <summary>
/// The Hauts-de-France policy evaluated with its complete explanation tree over 100,000 generated applications,
/// against a hand-written <c>if</c> chain over the same criteria that only computes the boolean.
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private const int Count = 100_000;
    private static readonly LocalDate AsOf = new(2025, 7, 15);
    private Application[] _applications = null!;
    private EligibilityPolicy _policy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = SchemePresets.HautsDeFrancePrevention.VersionOn(AsOf).Eligibility;
        var random = new Random(20251127);
        _applications = new Application[Count];
        for (var i = 0; i < Count; i++)
        {
            var years = random.Next(0, 4);
            var equity = random.Next(-100, 900) * 1000m;
            _applications[i] = new Application(
                AsOf,
                identity: new ApplicantIdentity(legalForm: random.Next(10) == 0 ? LegalForm.Association : LegalForm.Sas, registration: random.Next(20) == 0 ? Registration.None : Registration.Rcs, nafCode: random.Next(10) == 0 ? "68.20B" : "25.29Z", creationDate: new LocalDate(2025 - (years * 3), 1, 1), takeover: random.Next(5) == 0 ? TakeoverContext.BusinessTakeover : TakeoverContext.None, headcount: random.Next(0, 300)),
                location: new ApplicantLocation(registeredOfficeRegion: random.Next(8) == 0 ? "Bretagne" : "Hauts-de-France"),
                fiscalYears: [.. Enumerable.Range(0, years).Select(k => new FiscalYear(new LocalDate(2024 - years + 1 + k, 12, 31), NetResult: Money.Euros(random.Next(-200, 200) * 1000m), Equity: Money.Euros(equity)))],
                need: new FinancingNeed(requestedAmount: Money.Euros(random.Next(10, 400) * 1000m), hasRecoveryPlan: random.Next(6) != 0),
                compliance: new ComplianceAndProcedure(taxCompliance: random.Next(10) == 0 ? ComplianceStatus.InArrears : ComplianceStatus.UpToDate, socialCompliance: random.Next(4) == 0 ? ComplianceStatus.UnderAgreedPaymentPlan : ComplianceStatus.UpToDate, procedure: random.Next(10) == 0 ? ProcedureStatus.Receivership : ProcedureStatus.None),
                coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(random.Next(0, 800) * 1000m), 60, AsOf.PlusDays(-10))]);
        }
    }

    [Benchmark(Description = "Policy with complete explanation tree", OperationsPerInvoke = Count)]
    public int Policy()
    {
        var eligible = 0;
        foreach (var application in _applications)
        {
            if (_policy.Evaluate(application).IsEligible)
            {
                eligible++;
            }
        }

        return eligible;
    }

    [Benchmark(Baseline = true, Description = "Hand-written if chain (boolean only)", OperationsPerInvoke = Count)]
    public int IfChain()
    {
        var eligible = 0;
        var minimum = Money.Euros(50_000m);
        var maximum = Money.Euros(300_000m);
        foreach (var a in _applications)
        {
            if (a.Identity.Headcount is not > 10 || a.Location.RegisteredOfficeRegion != "Hauts-de-France" || a.Identity.Registration is not (Registration.Rcs or Registration.Rm or Registration.RcsAndRm))
            {
                continue;
            }

            if (a.Identity.Takeover is not TakeoverContext.BusinessTakeover && a.FiscalYears.Count < 3)
            {
                continue;
            }

            var losses = 0;
            for (var k = Math.Max(0, a.FiscalYears.Count - 3); k < a.FiscalYears.Count; k++)
            {
                if (a.FiscalYears[k].NetResult is { IsNegative: true })
                {
                    losses++;
                }
            }

            if (losses > 2 || a.LatestFiscalYear?.Equity is not { IsPositive: true })
            {
                continue;
            }

            if (a.Compliance.TaxCompliance is ComplianceStatus.InArrears or null || a.Compliance.SocialCompliance is ComplianceStatus.InArrears or null)
            {
                continue;
            }

            if (a.Compliance.Procedure is not (ProcedureStatus.None or ProcedureStatus.AdHocMandate or ProcedureStatus.ConciliationWithNewMoneyPrivilege) || a.Need.HasRecoveryPlan != true)
            {
                continue;
            }

            if (a.Identity.LegalForm is LegalForm.Association or LegalForm.LiberalProfession || a.Identity.NafCode is null || a.Identity.NafCode.StartsWith("64", StringComparison.Ordinal) || a.Identity.NafCode.StartsWith("68", StringComparison.Ordinal))
            {
                continue;
            }

            if (a.Need.RequestedAmount is not { } requested || requested < minimum || requested > maximum)
            {
                continue;
            }

            var bank = a.CoFinancing.Where(c => c.Kind == CoFinancingKind.BankDebt).Sum(c => c.Amount.Amount);
            if (bank < requested.Amount * 2m)
            {
                continue;
            }

            eligible++;
        }

        return eligible;
    }
}
