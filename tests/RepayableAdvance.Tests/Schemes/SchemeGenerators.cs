using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests;

/// <summary>Random, valid schemes drawn from the whole document vocabulary: every catalogue rule, every amount rule, every terms and State-aid option.</summary>
internal static class SchemeGenerators
{
    private static readonly LocalDate Start = new(2015, 1, 1);

    /// <summary>Gets base rates covering every generated scheme's dates and countries.</summary>
    public static BaseRateTable BaseRates { get; } = BaseRateTable.ParseCsv("From;To;FR;ES;IT\n1.1.2015;;0,50;0,60;0,70\n1.7.2025;;2,21;2,40;2,50", new LocalDate(2030, 12, 31));

    /// <summary>Gets the Euribor 3M fixings the generated indexed rate rules need.</summary>
    public static IndexFixings Fixings { get; } = new("EURIBOR3M", [new(new LocalDate(2014, 12, 1), Rate.FromPercent(0.08m)), new(new LocalDate(2022, 6, 1), Rate.FromPercent(1.99m))]);

    public static Gen<Scheme> Scheme() =>
        from versions in Gen.Choose(1, 3)
        from parts in Gen.ArrayOf(Version(), versions)
        from fund in Fund()
        from notes in Gen.ArrayOf(Gen.Elements("Source: a regional council decision.", "Assumed: quarterly installments.", "Uncertain: the co-funders' split."), 2)
        from sharing in Gen.Elements(Sharing.None, Sharing.Shared, Sharing.SameNameOnly)
        select Build(parts, fund, notes, sharing);

    /// <summary>How the versions' policies relate: each its own; one policy with a version per scheme version, shared by
    /// all (declared once when written); or one name for policies that differ (written in place).</summary>
    internal enum Sharing
    {
        None,
        Shared,
        SameNameOnly,
    }

    private static Scheme Build((EligibilityRule Rule, AmountRule Need, AmountRule[] Caps, decimal Minimum, AdvanceTermsTemplate[] Terms, StateAidTerms Aid)[] parts, Fund fund, string[] notes, Sharing sharing)
    {
        var spans = new List<(string Label, LocalDate From, LocalDate? To)>();
        var from = Start;
        for (var i = 0; i < parts.Length; i++)
        {
            spans.Add(((2015 + (i * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture), from, i == parts.Length - 1 ? null : from.PlusMonths(18).PlusDays(-1)));
            from = from.PlusMonths(18);
        }

        EligibilityVersion EligibilityOf(int i) => new(spans[i].Label, spans[i].From, spans[i].To, parts[i].Rule);
        SizingVersion SizingOf(int i) => new(spans[i].Label, spans[i].From, spans[i].To, parts[i].Need, parts[i].Caps, Money.Euros(parts[i].Minimum), parts[i].Minimum >= 1_000m ? Money.Euros(1_000m) : null);
        var sharedEligibility = new EligibilityPolicy("Policy", [.. Enumerable.Range(0, parts.Length).Select(EligibilityOf)]);
        var sharedSizing = new SizingPolicy("Sizing", [.. Enumerable.Range(0, parts.Length).Select(SizingOf)]);
        var versions = new List<SchemeVersion>();
        for (var i = 0; i < parts.Length; i++)
        {
            var (eligibility, sizing) = sharing switch
            {
                Sharing.Shared => (sharedEligibility, sharedSizing),
                Sharing.SameNameOnly => (new EligibilityPolicy("Policy", EligibilityOf(i)), new SizingPolicy("Sizing", SizingOf(i))),
                _ => (new EligibilityPolicy("Policy " + spans[i].Label, EligibilityOf(i)), new SizingPolicy("Sizing " + spans[i].Label, SizingOf(i))),
            };
            // One set of terms, or a choice of terms for the firm (options named as an officer would).
            versions.Add(parts[i].Terms is [var only]
                ? new SchemeVersion(spans[i].Label, spans[i].From, spans[i].To, eligibility, sizing, only, parts[i].Aid, fund)
                : SchemeVersion.OfferingChoice(spans[i].Label, spans[i].From, spans[i].To, eligibility, sizing, [.. parts[i].Terms.Select((t, k) => new TermOption($"{t.TermMonths}m-{k + 1}", t))], parts[i].Aid, fund));
        }

        return new Scheme("generated-scheme", "Generated scheme", versions, notes.Distinct().ToArray());
    }

    private static Gen<(EligibilityRule, AmountRule, AmountRule[], decimal, AdvanceTermsTemplate[], StateAidTerms)> Version() =>
        from rule in Rule(3)
        from need in Amount(2)
        from capCount in Gen.Choose(0, 4)
        from caps in Gen.ArrayOf(Amount(1), capCount)
        from minimum in Gen.Elements(0.01m, 10_000m, 50_000m)
        from optionCount in Gen.Elements(1, 1, 2, 3)
        from terms in Gen.ArrayOf(Terms(), optionCount)
        from aid in Aid()
        select (rule, need, caps, minimum, terms, aid);

    private static Gen<Money> Euros(int maxThousands) => Gen.Choose(1, maxThousands).Select(k => Money.Euros(k * 1_000m));

    private static Gen<Rate> Percent() => Gen.Choose(1, 10_000).Select(bp => Rate.FromBasisPoints(bp / 10m));

    private static Gen<EligibilityRule> Leaf() => Gen.OneOf(
        Gen.Zip(Gen.Choose(0, 50), Gen.Choose(50, 500)).Select(h => EligibilityRules.HeadcountBetween(h.Item1 % 3 == 0 ? null : h.Item1, h.Item1 % 3 != 0 && h.Item2 % 3 == 0 ? null : h.Item2)),
        Gen.Zip(Gen.Elements("Hauts-de-France", "Grand Est", "Normandie", "España"), Gen.Elements(true, false)).Select(l => EligibilityRules.LocatedIn(l.Item1, l.Item2)),
        Gen.Constant(EligibilityRules.Registered()),
        Gen.Zip(Gen.Choose(0, 5), Gen.Elements(true, false)).Select(a => EligibilityRules.MinimumAge(a.Item1, a.Item1 > 2 ? a.Item1 - 2 : null, a.Item2)),
        Gen.Choose(1, 4).Select(n => EligibilityRules.AtMostLossYears(n - 1, n)),
        Gen.Constant(EligibilityRules.PositiveEquity()),
        Gen.Constant(EligibilityRules.NotUndertakingInDifficulty()),
        Gen.Elements(true, false).Select(EligibilityRules.TaxAndSocialCompliance),
        Gen.SubListOf(Enum.GetValues<ProcedureStatus>()).Where(l => l.Count > 0).Select(l => EligibilityRules.ProcedureIn([.. l], l.Count % 2 == 0)),
        Gen.Elements("64", "68.1", "01").Select(p => EligibilityRules.ExcludedActivities([new ActivityExclusion(p, p == "01" ? Money.Euros(750_000m) : null)], p == "64" ? ["64.2"] : null)),
        Gen.SubListOf(Enum.GetValues<LegalForm>()).Where(l => l.Count > 0).Select(l => EligibilityRules.ExcludedLegalForms([.. l])),
        Gen.Elements("3", "5+", "6+").Select(r => EligibilityRules.RatingAtBest(r, r == "6+")),
        Gen.Constant(EligibilityRules.ConjuncturalDifficulty()),
        Gen.Choose(1, 24).Select(m => EligibilityRules.OrderBookAtLeast(m / 2m)),
        Gen.Constant(EligibilityRules.RecoveryPlan()),
        Gen.Zip(Gen.SubListOf(Enum.GetValues<CoFinancingKind>()).Where(l => l.Count > 0), Gen.Choose(1, 4)).Select(c => EligibilityRules.CoFinancing(new CoFinancingAlternative([.. c.Item1], c.Item2 / 2m, c.Item2 == 4 ? 48 : null, c.Item2 == 3 ? 6 : null))),
        Gen.Zip(Euros(100), Euros(1_000)).Select(r => EligibilityRules.RequestedAmountBetween(r.Item1, r.Item1 + r.Item2)));

    private static Gen<EligibilityRule> Rule(int depth) => depth == 0
        ? Leaf()
        : Gen.Frequency(
            (4, Leaf()),
            (2, Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Rule(depth - 1), n)).Select(children => EligibilityRules.All(children))),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Rule(depth - 1), n)).Select(children => EligibilityRules.Any(children))),
            (1, Rule(depth - 1).Select(EligibilityRules.Not)),
            (1, Gen.Zip(Rule(depth - 1), Rule(depth - 1)).Select(w => EligibilityRules.When(w.Item1, w.Item2))));

    private static Gen<AmountRule> AmountLeaf() => Gen.OneOf(
        Gen.Choose(1, 12).Select(m => AmountRules.PayrollMonths(m / 2m)),
        Gen.Constant(AmountRules.WorkingCapitalNeed()),
        Percent().Select(AmountRules.ShareOfLostTurnover),
        Percent().Select(AmountRules.ShareOfTurnover),
        Gen.Zip(Gen.Choose(1, 12), Euros(50)).Select(e => AmountRules.ExpenseBase(e.Item1, e.Item2)),
        Gen.Constant(AmountRules.TurnoverBands(new TurnoverBand(Money.Euros(50_000m), Money.Euros(3_500m)), new TurnoverBand(Money.Euros(100_000m), Money.Euros(6_500m)), new TurnoverBand(null, Money.Euros(10_000m)))),
        Gen.Constant(AmountRules.RequestedAmount()),
        Gen.Choose(50, 1_000).Select(k => AmountRules.SchemeMaximum(Money.Euros(k * 1_000m))), // at least the largest generated minimum, which a scheme maximum may not undercut
        Gen.Constant(AmountRules.EquityPlusQuasiEquity()),
        Gen.Choose(1, 4).Select(d => AmountRules.CoFinancing(new CoFinancingCap([CoFinancingKind.BankDebt], d), new CoFinancingCap([CoFinancingKind.Equity, CoFinancingKind.QuasiEquity], 1m))),
        Gen.Constant(AmountRules.FundHeadroom()),
        Gen.Constant(AmountRules.DeMinimisHeadroom()));

    private static Gen<AmountRule> Amount(int depth) => depth == 0
        ? AmountLeaf()
        : Gen.Frequency(
            (4, AmountLeaf()),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Amount(depth - 1), n)).Select(r => AmountRules.Min(r))),
            (1, Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Amount(depth - 1), n)).Select(r => AmountRules.Max(r))),
            (1, Gen.Zip(Percent(), Amount(depth - 1)).Select(s => AmountRules.ShareOfNeed(s.Item1, s.Item2))),
            (1, Gen.Zip(Amount(depth - 1), Euros(10)).Select(f => AmountRules.FlooredAt(f.Item1, f.Item2))),
            (1, Gen.Zip(Amount(depth - 1), Gen.Elements(1_000m, 5_000m)).Select(r => AmountRules.RoundedDown(r.Item1, Money.Euros(r.Item2)))),
            (1, from condition in Leaf() from then in Amount(depth - 1) from otherwise in Amount(depth - 1) select AmountRules.When(condition, then, otherwise)));

    private static Gen<AdvanceTermsTemplate> Terms() =>
        from frequency in Gen.Elements(1, 3, 6, 12)
        from periods in Gen.Choose(2, 40)
        from deferralPeriods in Gen.Choose(0, 8)
        from phase in Gen.Elements(SchedulePhase.PrincipalDeferral, SchedulePhase.InterestDeferred, SchedulePhase.InterestWaived, SchedulePhase.InterestCapitalized, SchedulePhase.PaymentHoliday)
        from amortization in Gen.Elements(AmortizationProfile.Linear, AmortizationProfile.Annuity, AmortizationProfile.Bullet)
        from rate in Gen.OneOf(
            Gen.Constant(RateRule.Zero),
            Percent().Select(RateRule.Fixed),
            from index in Gen.Elements("EURIBOR3M", "EURIBOR12M")
            from margin in Percent()
            from variant in Gen.Elements(0, 1, 2)
            select RateRule.Indexed(index, margin, variant == 0 ? null : Rate.Zero, variant == 2 ? FloorTarget.AllIn : FloorTarget.Index, variant == 1 ? Rate.FromPercent(8m) : null, variant != 2))
        from basis in Gen.Elements(AccrualBasis.Of(DayCountConventions.Actual360), AccrualBasis.Of(DayCountConventions.Actual365Fixed), AccrualBasis.Of(DayCountConventions.Thirty360BondBasis), AccrualBasis.Periodic)
        from calendar in Gen.Elements(HolidayCalendars.All.ToArray())
        from convention in Gen.Elements(Enum.GetValues<BusinessDayConvention>())
        from delay in Gen.Choose(0, 60)
        let deferral = Math.Min(deferralPeriods, periods - 1)
        select new AdvanceTermsTemplate(
            periods * frequency,
            Frequency.EveryMonths(frequency),
            amortization,
            rate,
            deferral == 0 ? [] : [DeferralPhase.ForMonths(phase, deferral * frequency)],
            basis,
            calendar,
            convention,
            delay);

    private static Gen<StateAidTerms> Aid() =>
        from chosen in Gen.Elements(DeMinimisRegime.General2023, DeMinimisRegime.Legacy1407, DeMinimisRegime.Sgei2023, DeMinimisRegulations.Agriculture2024, CustomRegime)
        from follows in Gen.Elements(true, false)
        from grantEvent in Gen.Elements(Enum.GetValues<GrantDateEvent>())
        let regime = follows ? DeMinimisRegulations.All.Last(r => r.Sector == chosen.Sector) : chosen
        from country in Gen.Elements("FR", "ES", "IT")
        from method in Gen.Elements(Enum.GetValues<GrantEquivalentMethod>())
        from collateral in Gen.Elements(Enum.GetValues<CollateralLevel>())
        from custom in Gen.Elements(0, 1, 2)
        from plans in Gen.Elements(true, false)
        from commission in Gen.Elements(false, false, true)
        select new StateAidTerms(
            regime,
            country,
            method,
            commission ? GrantEquivalentConvention.WholePeriods(Frequency.Quarterly).WithLineRounding(1m)
                : custom == 2 ? new GrantEquivalentConvention(DayCountConventions.Actual365Fixed, Compounding.Periodic, 4) : null,
            custom >= 1 ? new RatingMapping("internal", new Dictionary<string, RatingCategory> { ["A"] = RatingCategory.Strong, ["B"] = RatingCategory.Weak }, ["N"]) : null,
            collateral,
            custom == 1 ? new MarginGrid([[50m, 70m, 90m], [70m, 90m, 200m], [90m, 200m, 380m], [200m, 380m, 600m], [380m, 600m, 950m]], 350m) : null,
            plans,
            follows,
            grantEvent);

    /// <summary>A regime no preset uses, written as an object: its own ceiling, a cumulation ceiling, a period and scheme cover.</summary>
    internal static DeMinimisRegime CustomRegime { get; } = new DeMinimisRegime("regional-agriculture", "A regional agriculture regulation", Money.Euros(25_000m), DeMinimisWindow.ThreeFiscalYears, DeMinimisSector.Agriculture, fiscalYearStart: 7)
        .WithCumulation(new DeMinimisCeiling(Money.Euros(300_000m), DeMinimisWindow.RollingThreeYears, [DeMinimisSector.General, DeMinimisSector.Agriculture], "Art. 5(1)"))
        .WithPeriod(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31), "Art. 8")
        .WithSchemeCover(6, "Art. 7(3)");

    private static Gen<Fund> Fund() =>
        from coFunders in Gen.Choose(1, 3)
        from revolving in Gen.Elements(true, false)
        from firstLoss in Gen.Elements(true, false)
        let ids = Enumerable.Range(1, coFunders).Select(i => $"funder-{i}").ToArray()
        select new Fund(
            "generated-fund",
            "Generated fund",
            Currency.EUR,
            Start,
            [.. ids.Select(id => new CoFunder(id, "Co-funder " + id))],
            revolving,
            firstLoss ? LossSharing.FirstLoss : LossSharing.ProRata,
            firstLoss ? [.. ids.Reverse()] : null);
}
