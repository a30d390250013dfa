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

    /// <summary>An outcome in a few words, for a table cell, from the library's templates.</summary>
    internal string Outcome(ProposalOutcome outcome) => ReasonFormatter.Default.Format(Proposal.Label(outcome), Culture);
}
