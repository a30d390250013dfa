using NodaTime;

namespace RepayableAdvance.Tests.Eligibility;

/// <summary>Applications used across tests, starting with the founding story.</summary>
internal static class TestApplications
{
    private static Money E(decimal amount) => Money.Euros(amount);

    /// <summary>
    /// The boilermaker: SAS in the Nord, NAF 25.29Z, RCS since 1985, taken over in 2009, 20 employees, lost its biggest
    /// client (EUR 800k of turnover), asks for two months of loaded payroll (EUR 150k) on 15 July 2025. An autonomous
    /// SME (20 annual work units, EUR 2.4M of balance sheet) with no rescue or restructuring aid.
    /// </summary>
    public static Application Boilermaker(
        decimal bankLoan = 400_000m,
        int? headcount = 20,
        ComplianceStatus? social = ComplianceStatus.UnderAgreedPaymentPlan,
        LocalDate? asOf = null)
    {
        var date = asOf ?? new LocalDate(2025, 7, 15);
        var last = date.Year - 1;
        return new(
            asOf: date,
            identity: new ApplicantIdentity(registrationNumber: "302 512 345", legalForm: LegalForm.Sas, registration: Registration.Rcs, nafCode: "25.29Z", creationDate: new LocalDate(1985, 3, 1), takeover: TakeoverContext.BusinessTakeover, takeoverDate: new LocalDate(2009, 6, 30), headcount: headcount, banqueDeFranceRating: "5+"),
            location: new ApplicantLocation(registeredOfficeRegion: "Hauts-de-France", establishmentRegions: ["Hauts-de-France"]),
            fiscalYears:
            [
                new FiscalYear(new LocalDate(last - 2, 12, 31), Turnover: E(3_000_000m), NetResult: E(45_000m), Equity: E(600_000m), SubscribedCapital: E(200_000m), AccumulatedLosses: E(0m), AnnualLoadedPayroll: E(900_000m), AnnualWorkUnits: 20m, BalanceSheetTotal: E(2_400_000m)),
                new FiscalYear(new LocalDate(last - 1, 12, 31), Turnover: E(3_000_000m), NetResult: E(30_000m), Equity: E(630_000m), SubscribedCapital: E(200_000m), AccumulatedLosses: E(0m), AnnualLoadedPayroll: E(900_000m), AnnualWorkUnits: 20m, BalanceSheetTotal: E(2_400_000m)),
                new FiscalYear(new LocalDate(last, 12, 31), Turnover: E(2_200_000m), NetResult: E(-120_000m), Equity: E(510_000m), SubscribedCapital: E(200_000m), AccumulatedLosses: E(120_000m), AnnualLoadedPayroll: E(900_000m), AnnualWorkUnits: 20m, BalanceSheetTotal: E(2_400_000m)),
            ],
            need: new FinancingNeed(requestedAmount: E(150_000m), monthlyLoadedPayroll: E(75_000m), turnoverLost: E(800_000m), turnoverLossCause: "loss of the biggest client", difficulty: DifficultyNature.Conjunctural, difficultyCause: "loss of the biggest client", orderBookMonths: 6m, hasRecoveryPlan: true),
            compliance: new ComplianceAndProcedure(taxCompliance: ComplianceStatus.UpToDate, socialCompliance: social, procedure: ProcedureStatus.None, insolvencyCriteriaMet: false, rescueOrRestructuringAid: RescueOrRestructuringAid.None),
            coFinancing: [new CoFinancingCommitment(CoFinancingKind.BankDebt, E(bankLoan), 60, date.PlusDays(-14))],
            group: new ApplicantGroup(relatedEnterprises: []));
    }
}
