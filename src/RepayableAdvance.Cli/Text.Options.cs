using RepayableAdvance.Schemes;

namespace RepayableAdvance.Cli;

/// <content>The labels of the term options, in English and French.</content>
internal sealed partial record Text
{
    private bool Fr => ReferenceEquals(this, French);

    internal string TermOptions => Fr ? "Options de conditions" : "Term options";

    internal string Terms => Fr ? "Conditions" : "Terms";

    internal string Decision => Fr ? "Décision" : "Decision";

    internal string Installments => Fr ? "Échéances" : "Installments";

    internal string FirstInstallment => Fr ? "Première échéance" : "First installment";

    internal string FirstAfterDeferral => Fr ? "Première échéance après différé" : "First installment after deferral";

    internal string TotalInterest => Fr ? "Total des intérêts" : "Total interest";

    internal string LastInstallment => Fr ? "Dernière échéance" : "Last installment";

    internal string PaidPerYear => Fr ? "Versé par année (capital et intérêts)" : "Paid per year (principal and interest)";

    internal string AvailableAfter => Fr ? "Fonds disponible après" : "Fund available after";

    /// <summary>An outcome in a few words, for a table cell; every outcome is listed, so a new one fails here.</summary>
    internal string Outcome(ProposalOutcome outcome) => (outcome, Fr) switch
    {
        (ProposalOutcome.Proposed, false) => "proposed",
        (ProposalOutcome.Proposed, true) => "proposé",
        (ProposalOutcome.Ineligible, false) => "not eligible",
        (ProposalOutcome.Ineligible, true) => "non éligible",
        (ProposalOutcome.NeedsReview, false) => "needs review",
        (ProposalOutcome.NeedsReview, true) => "à instruire",
        (ProposalOutcome.NotFundable, false) => "below the minimum",
        (ProposalOutcome.NotFundable, true) => "sous le minimum",
        (ProposalOutcome.CannotSize, false) => "cannot be sized",
        (ProposalOutcome.CannotSize, true) => "montant incalculable",
        (ProposalOutcome.StateAidRefused, false) => "refused (State aid)",
        (ProposalOutcome.StateAidRefused, true) => "refusé (aide d'État)",
        (ProposalOutcome.ExceedsDeMinimis, false) => "exceeds de minimis",
        (ProposalOutcome.ExceedsDeMinimis, true) => "dépasse le de minimis",
        (ProposalOutcome.FundInsufficient, false) => "fund insufficient",
        (ProposalOutcome.FundInsufficient, true) => "fonds insuffisant",
        (ProposalOutcome.ChooseTerms, false) => "terms to choose",
        (ProposalOutcome.ChooseTerms, true) => "conditions à choisir",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "This outcome has no words: add it to Text.Outcome."),
    };
}
