using NodaTime;

namespace RepayableAdvance.Sizing;

/// <summary>
/// The sizing policies of real schemes (shared/domain/schemes.md, sections 0 and A.3). When the JSON scheme
/// documents land, each preset will be defined once, as its document.
/// </summary>
public static class SizingPresets
{
    private static readonly Money Step = Money.Euros(1_000m);

    /// <summary>Gets Hauts-de-France Prévention: two months of loaded payroll, capped at EUR 300k, at the request, at the co-financing read backwards (bank ÷ 2 or equity ÷ 1; bank ÷ 1 in the 2020 crisis version), and at the fund and de minimis headrooms; EUR 50k minimum; rounded down to EUR 1,000.</summary>
    /// <value>Versions 2017, 2020 and 2021 with the eligibility policy's dates.</value>
    public static SizingPolicy HautsDeFrancePrevention { get; } = new(
        "Hauts-de-France Prévention",
        HautsDeFrance("2017", new LocalDate(2017, 10, 1), new LocalDate(2020, 3, 15), bankDivisor: 2m),
        HautsDeFrance("2020", new LocalDate(2020, 3, 16), new LocalDate(2021, 6, 30), bankDivisor: 1m),
        HautsDeFrance("2021", new LocalDate(2021, 7, 1), null, bankDivisor: 2m));

    /// <summary>Gets CCI Grand Lille Prévention (2012): the request, capped at EUR 300k and the fund headroom. The amounts are not published; the Hauts-de-France bounds it grew into are assumed.</summary>
    /// <value>Version 2012.</value>
    public static SizingPolicy CciGrandLillePrevention { get; } = new(
        "CCI Grand Lille Prévention",
        new SizingVersion("2012", new LocalDate(2012, 1, 1), new LocalDate(2017, 9, 30), Amounts.RequestedAmount(),
            [Amounts.SchemeMaximum(Money.Euros(300_000m)), Amounts.FundHeadroom()], Money.Euros(50_000m), Step));

    /// <summary>Gets Île-de-France Prévention: up to EUR 300k with 1:1 co-financing (debt, capital or quasi-equity).</summary>
    /// <value>Version 2021.</value>
    public static SizingPolicy IleDeFrancePrevention { get; } = new(
        "Île-de-France Prévention",
        new SizingVersion("2021", new LocalDate(2021, 1, 1), null, Amounts.RequestedAmount(),
            [
                Amounts.SchemeMaximum(Money.Euros(300_000m)),
                Amounts.CoFinancingBackwards(new CoFinancingCap([CoFinancingKind.BankDebt, CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m)),
                Amounts.FundHeadroom(),
                Amounts.DeMinimisHeadroom(),
            ],
            Money.Euros(0.01m)));

    /// <summary>Gets Normandie Impulsion Développement, volet Trésorerie: at most 50 % of the cash need, whose reference is capped at 20 % of last year's turnover; at most equity + quasi-equity; EUR 1M maximum; bank 1:1.</summary>
    /// <value>Version 2018.</value>
    public static SizingPolicy NormandieImpulsionTresorerie { get; } = new(
        "Normandie Impulsion Trésorerie",
        new SizingVersion("2018", new LocalDate(2018, 1, 1), null, Amounts.RequestedAmount(),
            [
                Amounts.ShareOf(Rate.FromPercent(50m), Amounts.Min(Amounts.WorkingCapitalNeed(), Amounts.ShareOfTurnover(Rate.FromPercent(20m)))),
                Amounts.EquityPlusQuasiEquity(),
                Amounts.SchemeMaximum(Money.Euros(1_000_000m)),
                Amounts.CoFinancingBackwards(new CoFinancingCap([CoFinancingKind.BankDebt], 1m)),
                Amounts.FundHeadroom(),
            ],
            Money.Euros(0.01m),
            Step));

    /// <summary>Gets Prêt Rebond Grand Est: EUR 10k–300k, at most equity + quasi-equity, 1:1 partnership.</summary>
    /// <value>Version 2020.</value>
    public static SizingPolicy GrandEstPretRebond { get; } = new(
        "Prêt Rebond Grand Est",
        new SizingVersion("2020", new LocalDate(2020, 4, 1), null, Amounts.RequestedAmount(),
            [
                Amounts.SchemeMaximum(Money.Euros(300_000m)),
                Amounts.EquityPlusQuasiEquity(),
                Amounts.CoFinancingBackwards(new CoFinancingCap([CoFinancingKind.BankDebt, CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m)),
                Amounts.FundHeadroom(),
            ],
            Money.Euros(10_000m),
            Step));

    /// <summary>Gets every preset.</summary>
    /// <value>The policies.</value>
    public static IReadOnlyList<SizingPolicy> All { get; } = [HautsDeFrancePrevention, CciGrandLillePrevention, IleDeFrancePrevention, NormandieImpulsionTresorerie, GrandEstPretRebond];

    private static SizingVersion HautsDeFrance(string version, LocalDate from, LocalDate? to, decimal bankDivisor) => new(
        version,
        from,
        to,
        Amounts.PayrollMonths(2m),
        [
            Amounts.RequestedAmount(),
            Amounts.SchemeMaximum(Money.Euros(300_000m)),
            Amounts.CoFinancingBackwards(
                new CoFinancingCap([CoFinancingKind.BankDebt], bankDivisor),
                new CoFinancingCap([CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m)),
            Amounts.FundHeadroom(),
            Amounts.DeMinimisHeadroom(),
        ],
        Money.Euros(50_000m),
        Step);
}
