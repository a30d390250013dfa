namespace RepayableAdvance.StateAid;

/// <summary>The State-aid rule that refuses an input. Its code (<see cref="StateAidRefusal.Code"/>) is the camelCase name.</summary>
public enum StateAidRule
{
    /// <summary>A refusal thrown without naming a rule (the exception's parameterless or message-only constructors).</summary>
    Unspecified = 0,

    /// <summary>No base rate of the table covers the country and the date.</summary>
    BaseRateMissing = 1,

    /// <summary>De minimis aid that would exceed the ceiling is refused whole, never clipped.</summary>
    AllOrNothing = 2,

    /// <summary>The rating is not in the rating mapping.</summary>
    UnknownRating = 3,

    /// <summary>The grant date is after the first disbursement.</summary>
    GrantAfterDisbursement = 4,

    /// <summary>The reference or discount rate is out of the range the GGE's discounting holds.</summary>
    DiscountRateOutOfRange = 5,

    /// <summary>The de minimis regulation has no safe harbour for loans.</summary>
    SafeHarbourRegime = 6,

    /// <summary>The collateral covers less than the safe harbour requires.</summary>
    SafeHarbourCollateral = 7,

    /// <summary>The term exceeds what the safe harbour covers.</summary>
    SafeHarbourTerm = 8,

    /// <summary>The principal exceeds what the safe harbour covers.</summary>
    SafeHarbourAmount = 9,

    /// <summary>The borrower's procedure status is unknown, so the loan's transparency cannot be established.</summary>
    LoanTransparencyUnknown = 10,

    /// <summary>The borrower is in collective insolvency proceedings: the loan is not transparent de minimis aid.</summary>
    LoanTransparency = 11,

    /// <summary>The de minimis regulation does not cover the grant date: before its period of application, or after it and any scheme cover.</summary>
    RegulationNotApplicable = 12,

    /// <summary>The borrower fulfils the criteria of national law for collective insolvency proceedings at its creditors' request: the loan is not transparent de minimis aid.</summary>
    LoanTransparencyInsolvencyCriteria = 13,

    /// <summary>The borrower is a large undertaking rated below B-: the loan is not transparent de minimis aid.</summary>
    LoanTransparencyRating = 14,
}
