namespace RepayableAdvance.Scheduling;

/// <summary>The phase an installment belongs to: a deferral kind, or amortization.</summary>
public enum SchedulePhase
{
    /// <summary>Principal is repaid according to the amortization profile; interest is paid.</summary>
    Amortization = 0,

    /// <summary>Principal deferral: no principal, interest paid each period (Hauts-de-France's first year).</summary>
    PrincipalDeferral = 1,

    /// <summary>No principal and no interest paid; interest accrues and is paid with the first following installment that pays interest (the first amortizing one, or a later principal-deferral one).</summary>
    InterestDeferred = 2,

    /// <summary>No principal; interest is not charged (waived).</summary>
    InterestWaived = 3,

    /// <summary>No payment; interest is capitalized into the principal and re-amortized with it.</summary>
    InterestCapitalized = 4,

    /// <summary>Full payment holiday: nothing due; the interest accrued is spread evenly over the amortizing installments, without compounding.</summary>
    PaymentHoliday = 5,
}

/// <summary>Whether a deferral length counts installments or months.</summary>
public enum DeferralUnit
{
    /// <summary>The length is a number of installments.</summary>
    Installments = 0,

    /// <summary>The length is a number of months, which must be a whole number of periods.</summary>
    Months = 1,
}

/// <summary>The shape of principal repayment after deferral.</summary>
public enum AmortizationKind
{
    /// <summary>Equal principal portions (linear, "amortissement constant").</summary>
    Linear = 0,

    /// <summary>Equal installments of principal plus interest (annuity, EMI, "échéances constantes").</summary>
    Annuity = 1,

    /// <summary>All principal with the last installment.</summary>
    Bullet = 2,

    /// <summary>Principal percentages per amortizing installment, summing to 100 %.</summary>
    Custom = 3,
}

/// <summary>Where a nominal date that falls on a short month's end goes.</summary>
public enum EndOfMonthRule
{
    /// <summary>Keep the anchor's day of month, clamped in shorter months (31 Jan → 28/29 Feb → 31 Mar).</summary>
    KeepDay = 0,

    /// <summary>If the anchor is the last day of its month, every due date is the last day of its month (30 Apr → 31 May).</summary>
    MonthEnd = 1,
}

/// <summary>Which dates interest accrues between.</summary>
public enum AccrualDates
{
    /// <summary>Between adjusted (business-day) due dates: interest follows when money really moves.</summary>
    Adjusted = 0,

    /// <summary>Between unadjusted (nominal) due dates: every regular period has the same interest basis.</summary>
    Unadjusted = 1,
}

/// <summary>How interest is computed for a first period that is shorter or longer than a regular one.</summary>
public enum BrokenPeriodInterest
{
    /// <summary>On the actual days from disbursement to the first due date.</summary>
    ActualDays = 0,

    /// <summary>As if the first period were a regular period, whatever its length.</summary>
    RegularPeriod = 1,
}

/// <summary>Which installment absorbs the rounding residue.</summary>
public enum ResidueTarget
{
    /// <summary>The last installment (the default, and the convention of Fineract, Mambu and Frappe).</summary>
    Last = 0,

    /// <summary>The first amortizing installment.</summary>
    First = 1,
}

/// <summary>Whether the floor (and cap) of a floating rate apply to the index or to the all-in rate.</summary>
public enum FloorTarget
{
    /// <summary>The floor applies to the index before the margin is added: max(index, floor) + margin.</summary>
    Index = 0,

    /// <summary>The floor applies to the all-in rate: max(index + margin, floor).</summary>
    AllIn = 1,
}

/// <summary>When a fee is charged.</summary>
public enum FeeTiming
{
    /// <summary>Once, at each disbursement (a percentage fee applies to the tranche).</summary>
    AtDisbursement = 0,

    /// <summary>With every installment (a percentage fee applies to the principal).</summary>
    EachInstallment = 1,
}
