namespace RepayableAdvance.Schemes;

/// <summary>Where the committee pipeline ended.</summary>
public enum ProposalOutcome
{
    /// <summary>Every stage said yes: the advance is proposed to the committee.</summary>
    Proposed = 0,

    /// <summary>Not eligible.</summary>
    Ineligible = 1,

    /// <summary>Eligibility cannot be decided: data is missing.</summary>
    NeedsReview = 2,

    /// <summary>Eligible, but the sized amount is below the scheme minimum.</summary>
    NotFundable = 3,

    /// <summary>Eligible, but the amount cannot be sized: data is missing.</summary>
    CannotSize = 4,

    /// <summary>A State-aid rule refuses the advance (loan transparency, no base rate…).</summary>
    StateAidRefused = 5,

    /// <summary>The advance's aid does not fit the de minimis ceiling.</summary>
    ExceedsDeMinimis = 6,

    /// <summary>The fund cannot commit the amount.</summary>
    FundInsufficient = 7,

    /// <summary>Eligible, and the version offers a choice of terms that the application did not make: each option is
    /// computed in <see cref="Proposal.Alternatives"/>, without choosing.</summary>
    ChooseTerms = 8,
}
