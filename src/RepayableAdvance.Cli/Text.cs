using System.Globalization;

namespace RepayableAdvance.Cli;

/// <summary>The CLI's own labels in English and French (reasons come from the library's templates).</summary>
internal sealed partial record Text(
    string DemoTitle, string Story, string Eligibility, string Sizing, string Schedule, string Due, string Phase, string Rate, string Principal, string Interest,
    string Total, string Outstanding, string Deferral, string Amortization, string TotalRow, string StateAid, string BaseRate, string From, string Margin, string Rating,
    string Collateral, string ReferenceRate, string DiscountRate, string Method, string Gge, string DeMinimis, string HeadroomAfter, string Fund, string Before,
    string After, string Endowment, string Committed, string Available, string Utilisation, string Amount, string CommittedUndisbursed, string Disbursed,
    string PrincipalRepaid, string InterestReceived, string WrittenOff, string Recovered, string Fees, string Cash, string CoFunder, string Share, string Losses,
    string Stress, string Scenarios, string Month, string Median, string Mean, string Exhaustion, string ExpectedFunded, string ExpectedDefaults,
    string Installment, string ReportTitle, string ApplicationOf, string ReportFooter, string Events, string Holiday, string Prepayment,
    string Arrears, string Advance, string DaysPastDue, string Bucket, string Overdue, string PrincipalUnpaid, string CollectionCase, string Deadlines, string Deadline,
    string Vintages, string Year, string Advances, string RecoveryRate, string LossRate, string NoticeDeadline, string ClaimDeadline, string ReliefDeadline,
    string Journal, string TrialBalance, string Account, string Label, string Debit, string Credit, string Balance, string FecWritten,
    string Notice, string NoticeRequired, string NoticeNotRequired)
{
    private static readonly Text English = new(
        "Hauts-de-France Prévention — the founding story",
        "A 20-person boilermaker in the Nord (NAF 25.29Z, RCS since 1985, taken over in 2009) lost its biggest client and EUR 800k of turnover (3.0M → 2.2M). It asks for two months of loaded payroll, EUR 150,000, on 15 July 2025, with a EUR 400k five-year bank loan as co-financing. Euribor 3M fixed at 1.99 %.",
        "Eligibility", "Sizing", "Repayment schedule", "Due", "Phase", "Rate", "Principal", "Interest", "Total", "Outstanding", "deferral", "amortizing", "Total",
        "State aid (de minimis)", "Base rate", "from", "Margin", "rating", "collateral", "Reference rate", "Discount rate", "Method", "Gross grant equivalent",
        "De minimis used / ceiling", "Headroom after this advance", "Fund", "Before", "After the commitment", "Endowment", "Committed", "Available", "Utilisation",
        "Amount", "Committed, not disbursed", "Disbursed", "Principal repaid", "Interest received", "Written off", "Recovered", "Fees and costs", "Cash", "Co-funder", "Share", "Losses",
        "Stress simulation", "scenarios", "Month", "Median", "Mean", "Probability of exhausting the fund before the horizon", "Expected new advances funded", "Expected defaults among live advances",
        "Installment", "Committee summary", "Application of", "Prepared by repayable-advance from the scheme document in force; every figure is exact to the cent and reproducible. Reference and discount rates follow the 2008 Communication; this is not legal advice.", "Servicing events applied", "payment holiday", "prepayment",
        "Arrears by delinquency bucket", "Advance", "Days past due", "Bucket", "Overdue", "Principal unpaid", "Collection case", "Collection deadlines", "Deadline",
        "Recovery by vintage", "Year", "Advances", "Recovery rate", "Loss rate", "formal notice: last day to pay", "claim: last day to file", "relief: last day to seek it",
        "Journal", "Trial balance", "Account", "Label", "Debit", "Credit", "Balance", "FEC written",
        "Written notice", "required", "not required (central register)");

    private static readonly Text French = new(
        "Hauts-de-France Prévention — l'histoire fondatrice",
        "Une chaudronnerie de 20 salariés dans le Nord (NAF 25.29Z, RCS depuis 1985, reprise en 2009) a perdu son premier client et 800 k€ de chiffre d'affaires (3,0 M€ → 2,2 M€). Elle demande deux mois de masse salariale chargée, 150 000 €, le 15 juillet 2025, avec un prêt bancaire de 400 k€ sur cinq ans en cofinancement. Euribor 3 mois fixé à 1,99 %.",
        "Éligibilité", "Dimensionnement", "Échéancier", "Échéance", "Phase", "Taux", "Capital", "Intérêts", "Total", "Restant dû", "différé", "amortissement", "Total",
        "Aide d'État (de minimis)", "Taux de base", "depuis le", "Marge", "notation", "sûretés", "Taux de référence", "Taux d'actualisation", "Méthode", "Équivalent-subvention brut",
        "De minimis utilisé / plafond", "Marge après cette avance", "Fonds", "Avant", "Après l'engagement", "Dotation", "Engagé", "Disponible", "Taux d'utilisation",
        "Montant", "Engagé non décaissé", "Décaissé", "Capital remboursé", "Intérêts perçus", "Passé en perte", "Récupéré", "Frais et coûts", "Trésorerie", "Cofinanceur", "Part", "Pertes",
        "Simulation de stress", "scénarios", "Mois", "Médiane", "Moyenne", "Probabilité d'épuiser le fonds avant l'horizon", "Nouvelles avances financées (espérance)", "Défauts attendus parmi les avances en cours",
        "Échéance n°", "Fiche de synthèse pour le comité", "Demande du", "Établi par repayable-advance à partir du document du dispositif en vigueur ; chaque montant est exact au centime et reproductible. Taux de référence et d'actualisation selon la communication de 2008 ; ceci n'est pas un avis juridique.", "Événements de gestion appliqués", "report d'échéances", "remboursement anticipé",
        "Impayés par tranche de retard", "Avance", "Jours de retard", "Tranche", "Impayé", "Capital restant dû", "Dossier de recouvrement", "Échéances du recouvrement", "Échéance",
        "Recouvrement par millésime", "Année", "Avances", "Taux de recouvrement", "Taux de perte", "mise en demeure : dernier jour pour payer", "déclaration de créance : dernier jour", "relevé de forclusion : dernier jour pour le demander",
        "Journal comptable", "Balance générale", "Compte", "Libellé", "Débit", "Crédit", "Solde", "FEC écrit",
        "Notification écrite", "requise", "non requise (registre central)");

    private CultureInfo Culture => CultureInfo.GetCultureInfo(ReferenceEquals(this, French) ? "fr-FR" : "en-GB");

    /// <summary>What a collection deadline is, in words.</summary>
    internal string DeadlineKind(RepayableAdvance.Collections.CollectionDeadlineKind kind) => kind switch
    {
        RepayableAdvance.Collections.CollectionDeadlineKind.FormalNotice => NoticeDeadline,
        RepayableAdvance.Collections.CollectionDeadlineKind.ClaimFiling => ClaimDeadline,
        RepayableAdvance.Collections.CollectionDeadlineKind.ReliefRequest => ReliefDeadline,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This deadline has no words: add it to Text.DeadlineKind."),
    };

    /// <summary>A rating category in words, from the library's vocabulary.</summary>
    internal string Category(RepayableAdvance.StateAid.RatingCategory category) => ReasonFormatter.FormatValue(ReasonArgument.Text("category", category.ToString()), Culture);

    /// <summary>A collateral level in words, from the library's vocabulary.</summary>
    internal string CollateralLevel(RepayableAdvance.StateAid.CollateralLevel level) => ReasonFormatter.FormatValue(ReasonArgument.Text("collateral", level.ToString()), Culture);

    /// <summary>The margin of a reference-rate quote with what set it: basis points, rating, category and collateral.</summary>
    internal string MarginLine(RepayableAdvance.StateAid.ReferenceRateQuote q) =>
        $"{q.Margin.BasisPoints:0} {BasisPoints} ({Rating} {q.Risk.Rating ?? "—"} → {Category(q.Risk.Category)}, {Collateral} {CollateralLevel(q.Risk.Collateral)})";

    /// <summary>The scheme's rate rule in words, in this language.</summary>
    internal string Describe(RepayableAdvance.Schemes.RateRule rule)
    {
        var fr = ReferenceEquals(this, French);
        var culture = Culture;
        string Pct(RepayableAdvance.Rate r) => r.Percent.ToString("0.##", culture) + (fr ? " %" : "%");
        return rule.Kind switch
        {
            RepayableAdvance.Schemes.RateKind.Zero => fr ? "taux zéro" : "zero rate",
            RepayableAdvance.Schemes.RateKind.Fixed => (fr ? "taux fixe " : "fixed rate ") + Pct(rule.Rate),
            _ => $"{rule.Index} + {rule.Rate.BasisPoints.ToString("0.##", culture)} {BasisPoints}"
                + (rule.Floor is { } f ? (fr ? $", plancher {Pct(f)} sur {(rule.FloorTarget == RepayableAdvance.Scheduling.FloorTarget.Index ? "l'indice" : "le taux global")}" : $", floored at {Pct(f)} on the {(rule.FloorTarget == RepayableAdvance.Scheduling.FloorTarget.Index ? "index" : "all-in rate")}") : string.Empty)
                + (rule.Cap is { } c ? (fr ? $", plafond {Pct(c)}" : $", capped at {Pct(c)}") : string.Empty)
                + (rule.FixedAtApplication ? (fr ? ", fixé à la date de la demande" : ", fixed at the application date") : (fr ? ", révisé à chaque période" : ", reset each period")),
        };
    }

    /// <summary>A scheme version's terms in words: term, installments, profile, rate rule and deferral phases.</summary>
    internal string Describe(RepayableAdvance.Schemes.AdvanceTermsTemplate terms)
    {
        var fr = ReferenceEquals(this, French);
        var months = terms.Frequency.Months;
        var every = (months, fr) switch
        {
            (1, false) => "monthly",
            (3, false) => "quarterly",
            (6, false) => "half-yearly",
            (12, false) => "yearly",
            (1, true) => "mensuelles",
            (3, true) => "trimestrielles",
            (6, true) => "semestrielles",
            (12, true) => "annuelles",
            (_, false) => $"every {months} months",
            (_, true) => $"tous les {months} mois",
        };
        var profile = terms.Amortization.Kind switch
        {
            RepayableAdvance.Scheduling.AmortizationKind.Linear => fr ? "amortissement linéaire" : "linear amortization",
            RepayableAdvance.Scheduling.AmortizationKind.Annuity => fr ? "échéances constantes" : "equal installments",
            RepayableAdvance.Scheduling.AmortizationKind.Bullet => fr ? "remboursement in fine" : "bullet repayment",
            _ => fr ? "amortissement sur mesure" : "custom amortization",
        };
        var deferral = terms.Deferral.Count == 0
            ? (fr ? "sans différé" : "no deferral")
            : string.Join(fr ? " puis " : " then ", terms.Deferral.Select(Describe));
        return fr
            ? $"{terms.TermMonths} mois, {terms.Installments} échéances {every}, {profile}, {Describe(terms.Rate)}, {deferral}"
            : $"{terms.TermMonths} months, {terms.Installments} {every} installments, {profile}, {Describe(terms.Rate)}, {deferral}";
    }

    /// <summary>A deferral phase in words, such as "12 months of principal deferral"; every phase is listed, so a new one fails here.</summary>
    internal string Describe(RepayableAdvance.Scheduling.DeferralPhase phase)
    {
        var fr = ReferenceEquals(this, French);
        var kind = phase.Kind switch
        {
            RepayableAdvance.Scheduling.SchedulePhase.PrincipalDeferral => fr ? "différé d'amortissement du capital" : "principal deferral",
            RepayableAdvance.Scheduling.SchedulePhase.InterestDeferred => fr ? "intérêts reportés" : "interest deferred",
            RepayableAdvance.Scheduling.SchedulePhase.InterestWaived => fr ? "intérêts non facturés" : "interest waived",
            RepayableAdvance.Scheduling.SchedulePhase.InterestCapitalized => fr ? "intérêts capitalisés" : "interest capitalized",
            RepayableAdvance.Scheduling.SchedulePhase.PaymentHoliday => fr ? "report d'échéances" : "payment holiday",
            RepayableAdvance.Scheduling.SchedulePhase.InterestGrace => fr ? "franchise d'intérêts (capital remboursé)" : "interest grace (principal repaid)",
            _ => throw new ArgumentOutOfRangeException(nameof(phase), phase.Kind, "This phase has no words: add it to Text.Describe."),
        };
        var unit = (phase.Unit == RepayableAdvance.Scheduling.DeferralUnit.Months, fr) switch
        {
            (true, false) => phase.Length == 1 ? "month" : "months",
            (true, true) => "mois",
            (false, false) => phase.Length == 1 ? "installment" : "installments",
            (false, true) => phase.Length == 1 ? "échéance" : "échéances",
        };
        return fr ? $"{phase.Length} {unit} de {kind}" : $"{phase.Length} {unit} of {kind}";
    }

    /// <summary>Gets the abbreviation of basis points: bp, or pb in French.</summary>
    internal string BasisPoints => ReferenceEquals(this, French) ? "pb" : "bp";

    /// <summary>The GGE's discounting convention in words, in this language.</summary>
    internal string Describe(RepayableAdvance.StateAid.GrantEquivalentConvention convention)
    {
        var fr = ReferenceEquals(this, French);
        var wholePeriods = convention.TimeMeasure == RepayableAdvance.StateAid.GrantEquivalentTimeMeasure.WholePeriods;
        var time = wholePeriods
            ? (fr ? $"périodes entières ({convention.TimeStepsPerYear} par an)" : $"whole periods ({convention.TimeStepsPerYear} a year)")
            : convention.DayCount.Name;
        var compounding = (convention.Compounding, wholePeriods, fr) switch
        {
            (RepayableAdvance.Scheduling.Compounding.Annual, true, false) => "annual compounding",
            (RepayableAdvance.Scheduling.Compounding.Annual, true, true) => "capitalisation annuelle",
            (RepayableAdvance.Scheduling.Compounding.Annual, false, false) => "annual compounding with fractional exponents",
            (RepayableAdvance.Scheduling.Compounding.Annual, false, true) => "capitalisation annuelle, exposants fractionnaires",
            (_, _, false) => $"compounded {convention.PeriodsPerYear} times a year",
            (_, _, true) => $"capitalisation {convention.PeriodsPerYear} fois par an",
        };
        var rounding = convention.LineRounding is { } unit
            ? (fr ? $", chaque ligne arrondie à {unit.ToString(CultureInfo.GetCultureInfo("fr-FR"))}" : $", each line rounded to {unit.ToString(CultureInfo.InvariantCulture)}")
            : string.Empty;
        return $"{time}, {compounding}{rounding}";
    }

    /// <summary>A regulation's name in this language ("Règlement (UE) 2023/2831" in French), as the library's explanations write it.</summary>
    internal string Regulation(RepayableAdvance.StateAid.DeMinimisRegime regime) => ReasonFormatter.FormatValue(ReasonArgument.Text("regime", regime.Name), Culture);

    /// <summary>A rate as people write it in the culture: 2,21 % in French, 2.21% in English.</summary>
    internal static string Percent(RepayableAdvance.Rate rate, CultureInfo culture) =>
        ReasonFormatter.FormatValue(ReasonArgument.Rate("rate", rate), culture);

    internal static Text For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr" ? French : English;
}
