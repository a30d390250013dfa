using NodaTime;

namespace RepayableAdvance;

/// <summary>The legal form of an applicant.</summary>
public enum LegalForm
{
    /// <summary>Société par actions simplifiée (SAS or SASU).</summary>
    Sas = 0,

    /// <summary>Société à responsabilité limitée (SARL or EURL).</summary>
    Sarl = 1,

    /// <summary>Société anonyme.</summary>
    Sa = 2,

    /// <summary>Société en nom collectif (unlimited liability).</summary>
    Snc = 3,

    /// <summary>Sole proprietorship (entreprise individuelle).</summary>
    SoleProprietorship = 4,

    /// <summary>Association (loi 1901).</summary>
    Association = 5,

    /// <summary>Liberal profession (profession libérale).</summary>
    LiberalProfession = 6,

    /// <summary>Société civile immobilière.</summary>
    Sci = 7,

    /// <summary>Cooperative (SCOP, SCIC).</summary>
    Cooperative = 8,

    /// <summary>Any other form.</summary>
    Other = 9,
}

/// <summary>Trade or crafts registration.</summary>
public enum Registration
{
    /// <summary>Not registered.</summary>
    None = 0,

    /// <summary>Registre du commerce et des sociétés.</summary>
    Rcs = 1,

    /// <summary>Répertoire des métiers.</summary>
    Rm = 2,

    /// <summary>Both RCS and RM.</summary>
    RcsAndRm = 3,
}

/// <summary>How the current business came to be, for age rules with a takeover exception.</summary>
public enum TakeoverContext
{
    /// <summary>No takeover.</summary>
    None = 0,

    /// <summary>The business (fonds de commerce or shares) was taken over.</summary>
    BusinessTakeover = 1,

    /// <summary>Assets were taken over through the commercial court (plan de cession).</summary>
    CourtOrderedAssetTakeover = 2,
}

/// <summary>Tax or social-contribution compliance.</summary>
public enum ComplianceStatus
{
    /// <summary>Up to date.</summary>
    UpToDate = 0,

    /// <summary>Up to date under an agreed payment plan (a moratorium or échéancier granted by the creditor).</summary>
    UnderAgreedPaymentPlan = 1,

    /// <summary>In arrears.</summary>
    InArrears = 2,
}

/// <summary>The applicant's insolvency-procedure status.</summary>
public enum ProcedureStatus
{
    /// <summary>No procedure.</summary>
    None = 0,

    /// <summary>Mandat ad hoc (confidential).</summary>
    AdHocMandate = 1,

    /// <summary>Conciliation whose financing gets the new-money privilege (privilège de conciliation).</summary>
    ConciliationWithNewMoneyPrivilege = 2,

    /// <summary>Conciliation without the new-money privilege.</summary>
    ConciliationWithoutPrivilege = 3,

    /// <summary>Safeguard plan (plan de sauvegarde) adopted.</summary>
    SafeguardPlan = 4,

    /// <summary>Continuation plan (plan de continuation) after receivership.</summary>
    ContinuationPlan = 5,

    /// <summary>Receivership (redressement judiciaire) in progress.</summary>
    Receivership = 6,

    /// <summary>Judicial liquidation.</summary>
    Liquidation = 7,
}

/// <summary>Whether the difficulty is passing or structural.</summary>
public enum DifficultyNature
{
    /// <summary>A passing, conjunctural difficulty (lost client, delayed order, supply shock).</summary>
    Conjunctural = 0,

    /// <summary>A structural difficulty (the business model no longer works).</summary>
    Structural = 1,
}

/// <summary>The kind of a co-financing commitment.</summary>
public enum CoFinancingKind
{
    /// <summary>A bank loan ("bas de bilan").</summary>
    BankDebt = 0,

    /// <summary>New equity or a capital increase.</summary>
    Equity = 1,

    /// <summary>Quasi-equity (shareholder current account blocked, participating loan).</summary>
    QuasiEquity = 2,

    /// <summary>Crowdfunding.</summary>
    Crowdfunding = 3,
}

/// <summary>One closed fiscal year of the applicant. Any figure may be missing (null).</summary>
/// <param name="EndDate">The closing date.</param>
/// <param name="Turnover">The turnover (chiffre d'affaires).</param>
/// <param name="NetResult">The net result (negative for a loss).</param>
/// <param name="Equity">The equity (capitaux propres).</param>
/// <param name="QuasiEquity">The quasi-equity (quasi-fonds propres).</param>
/// <param name="SubscribedCapital">The subscribed share capital.</param>
/// <param name="AccumulatedLosses">The accumulated losses carried forward, as a positive amount.</param>
/// <param name="AnnualLoadedPayroll">The annual payroll including employer contributions.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FiscalYear(
    LocalDate EndDate,
    Money? Turnover = null,
    Money? NetResult = null,
    Money? Equity = null,
    Money? QuasiEquity = null,
    Money? SubscribedCapital = null,
    Money? AccumulatedLosses = null,
    Money? AnnualLoadedPayroll = null);

/// <summary>A co-financing commitment that accompanies the advance.</summary>
/// <param name="Kind">Bank debt, equity, quasi-equity or crowdfunding.</param>
/// <param name="Amount">The amount committed.</param>
/// <param name="TenorMonths">The tenor of a loan, in months, or null.</param>
/// <param name="Date">The date of the commitment.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoFinancingCommitment(CoFinancingKind Kind, Money Amount, int? TenorMonths, LocalDate Date);
