using NodaTime;

namespace RepayableAdvance.Eligibility;

/// <summary>
/// The eligibility policies of real schemes, from their published criteria (shared/domain/schemes.md, sections 0
/// and A). When the JSON scheme documents land, each preset will be defined once, as its document.
/// </summary>
public static class EligibilityPresets
{
    /// <summary>Gets Hauts-de-France Prévention: the 2017 rules, the March 2020 crisis variant, and the 2017 rules again afterwards.</summary>
    /// <value>
    /// Versions <c>2017</c> (2017-10-01 – 2020-03-15), <c>2020</c> (2020-03-16 – 2021-06-30: co-financing relaxed to 1× bank debt)
    /// and <c>2021</c> (from 2021-07-01: the 2017 rules). The end of the crisis variant is not published; 30 June 2021 is
    /// this library's assumption, stated in docs/eligibility.md.
    /// </value>
    public static EligibilityPolicy HautsDeFrancePrevention { get; } = new(
        "Hauts-de-France Prévention",
        new PolicyVersion("2017", new LocalDate(2017, 10, 1), new LocalDate(2020, 3, 15), HautsDeFrance(bankMultiple: 2m)),
        new PolicyVersion("2020", new LocalDate(2020, 3, 16), new LocalDate(2021, 6, 30), HautsDeFrance(bankMultiple: 1m)),
        new PolicyVersion("2021", new LocalDate(2021, 7, 1), null, HautsDeFrance(bankMultiple: 2m)));

    /// <summary>Gets CCI Grand Lille Prévention (2012–2017): 20 to 300 employees, healthy balance sheet, conjunctural problem, able to repay.</summary>
    /// <value>Version <c>2012</c> (2012-01-01 – 2017-09-30).</value>
    public static EligibilityPolicy CciGrandLillePrevention { get; } = new(
        "CCI Grand Lille Prévention",
        new PolicyVersion(
            "2012",
            new LocalDate(2012, 1, 1),
            new LocalDate(2017, 9, 30),
            Rules.All(
                Rules.HeadcountBetween(20, 300),
                Rules.LocatedIn("Hauts-de-France"),
                Rules.Registered(),
                Rules.PositiveEquity(),
                Rules.NotUndertakingInDifficulty(),
                Rules.ConjuncturalDifficulty(),
                Rules.AtMostLossYears(2, 3),
                Rules.TaxAndSocialCompliance())));

    /// <summary>Gets Île-de-France Prévention: SMEs of 20 or more employees with their seat in the region, in a preventive procedure or under cash strain, not in difficulty in the EU sense, with 1:1 co-financing.</summary>
    /// <value>Version <c>2021</c> (from 2021-01-01). The sector list (industry and strategic sectors) is not encoded: no NAF list is published.</value>
    public static EligibilityPolicy IleDeFrancePrevention { get; } = new(
        "Île-de-France Prévention",
        new PolicyVersion(
            "2021",
            new LocalDate(2021, 1, 1),
            null,
            Rules.All(
                Rules.HeadcountBetween(20, 249),
                Rules.LocatedIn("Île-de-France", establishmentCounts: false),
                Rules.Registered(),
                Rules.NotUndertakingInDifficulty(),
                Rules.Any(
                    Rules.ProcedureIn([ProcedureStatus.AdHocMandate, ProcedureStatus.ConciliationWithNewMoneyPrivilege, ProcedureStatus.ConciliationWithoutPrivilege]),
                    Rules.ConjuncturalDifficulty()),
                Rules.TaxAndSocialCompliance(),
                Rules.RequestedAmountBetween(Money.Euros(0.01m), Money.Euros(300_000m)),
                Rules.CoFinancing(new CoFinancingAlternative([CoFinancingKind.BankDebt, CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m)))));

    /// <summary>Gets every preset.</summary>
    /// <value>The policies.</value>
    public static IReadOnlyList<EligibilityPolicy> All { get; } = [HautsDeFrancePrevention, CciGrandLillePrevention, IleDeFrancePrevention];

    /// <summary>Finds a preset by name.</summary>
    /// <param name="name">The policy name.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">No preset has that name.</exception>
    public static EligibilityPolicy FromName(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException(Preconditions.Invariant($"Unknown eligibility preset '{name}': it must be one of {string.Join(", ", All.Select(p => p.Name))}."), nameof(name));

    /// <summary>The Hauts-de-France rule tree; the co-financing multiple for bank debt changed in 2020.</summary>
    private static EligibilityRule HautsDeFrance(decimal bankMultiple) => Rules.All(
        Rules.HeadcountBetween(11, null),
        Rules.LocatedIn("Hauts-de-France"),
        Rules.Registered(),
        Rules.MinimumAge(years: null, fiscalYears: 3, takeoverException: true),
        Rules.AtMostLossYears(2, 3),
        Rules.PositiveEquity(),
        Rules.TaxAndSocialCompliance(paymentPlanCounts: true),
        Rules.ProcedureIn(
            [ProcedureStatus.None, ProcedureStatus.AdHocMandate, ProcedureStatus.ConciliationWithNewMoneyPrivilege, ProcedureStatus.SafeguardPlan, ProcedureStatus.ContinuationPlan],
            plansRequireFinancingGap: true),
        Rules.RecoveryPlan(),
        Rules.ExcludedLegalForms(LegalForm.Association, LegalForm.LiberalProfession),
        Rules.ExcludedActivities(
        [
            new ActivityExclusion("01"), // primary agricultural production
            new ActivityExclusion("03"), // fishing and aquaculture
            new ActivityExclusion("64"), // financial services
            new ActivityExclusion("65"), // insurance
            new ActivityExclusion("66"), // auxiliary financial activities
            new ActivityExclusion("68"), // real estate
        ]),
        Rules.RequestedAmountBetween(Money.Euros(50_000m), Money.Euros(300_000m)),
        Rules.CoFinancing(
            new CoFinancingAlternative([CoFinancingKind.BankDebt], bankMultiple),
            new CoFinancingAlternative([CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m)));
}
