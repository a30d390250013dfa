using RepayableAdvance.Schemes;

namespace RepayableAdvance.Studio.Model;

/// <summary>The studio's own labels in English and French; every figure and reason comes from the library.</summary>
public sealed record Ui(
    string Title, string Editor, string Try, string Compare, string Fund, string Language, string StartFrom, string Start, string Upload,
    string Download, string Difference, string NoDifference, string Valid, string ErrorsFound, string Remove, string Up, string Down, string Duplicate,
    string AddRule, string Evaluate, string Boilermaker, string UploadApplication, string Decision, string Eligibility, string Sizing, string Schedule,
    string StateAid, string FundBefore, string FundAfter, string Due, string Principal, string Interest, string Total, string Outstanding, string Print,
    string Batch, string Application, string Before, string After, string Change, string Cause, string Flipped, string Moved, string Unchanged,
    string FixTheDraft, string TooLarge, string AsOf, string Available, string Committed, string Endowment, string CoFunder, string Contributed,
    string Share, string Gge, string Headroom, string Amount, string Outcome, string Rows, string Ledger, string DraftIsStart)
{
    /// <summary>Gets the English labels.</summary>
    public static Ui English { get; } = new(
        "Scheme studio", "Scheme editor", "Try an application", "What a change does", "Fund", "Language", "Start from a preset", "Start",
        "Upload a scheme document", "Download the draft", "Difference from where you started", "The draft is where you started.",
        "The draft reads without error.", "errors: each is shown at its field", "Remove", "Up", "Down", "Duplicate", "Add a rule", "Evaluate",
        "The boilermaker", "Upload an application", "Decision", "Eligibility", "Sizing", "Schedule", "State aid", "Fund before", "Fund after",
        "Due", "Principal", "Interest", "Total", "Outstanding", "Print", "Applications compared", "Application", "Start", "Draft", "Change",
        "Cause", "decision flips", "amount moves", "unchanged", "Fix the draft's errors in the editor first.",
        "The document is larger than the studio reads; nothing was read.", "As of", "Available", "Committed", "Endowment", "Co-funder",
        "Contributed", "Share", "Gross grant equivalent", "De minimis headroom after", "Amount", "Outcome", "rows", "Fund ledger",
        "The draft is still the start: change a value in the editor to compare.");

    /// <summary>Gets the French labels.</summary>
    public static Ui French { get; } = new(
        "Atelier des dispositifs", "Éditeur du dispositif", "Essayer une demande", "Effet d'un changement", "Fonds", "Langue", "Partir d'un modèle",
        "Démarrer", "Téléverser un document de dispositif", "Télécharger le brouillon", "Différence avec le point de départ",
        "Le brouillon est le point de départ.", "Le brouillon se lit sans erreur.", "erreurs : chacune est affichée à son champ", "Retirer",
        "Monter", "Descendre", "Dupliquer", "Ajouter une règle", "Évaluer", "La chaudronnerie", "Téléverser une demande", "Décision",
        "Éligibilité", "Dimensionnement", "Échéancier", "Aide d'État", "Fonds avant", "Fonds après", "Échéance", "Capital", "Intérêts", "Total",
        "Restant dû", "Imprimer", "Demandes comparées", "Demande", "Départ", "Brouillon", "Changement", "Cause", "la décision change",
        "le montant change", "inchangé", "Corrigez d'abord les erreurs du brouillon dans l'éditeur.",
        "Le document dépasse la taille que l'atelier lit ; rien n'a été lu.", "Au", "Disponible", "Engagé", "Dotation", "Cofinanceur", "Apporté",
        "Part", "Équivalent-subvention brut", "Marge de minimis après", "Montant", "Issue", "lignes", "Grand livre du fonds",
        "Le brouillon est encore le point de départ : changez une valeur dans l'éditeur pour comparer.");

    /// <summary>A label of one page in this language.</summary>
    /// <param name="english">The English label.</param>
    /// <param name="french">The French label.</param>
    /// <returns>One of the two.</returns>
    public string Say(string english, string french) => ReferenceEquals(this, French) ? french : english;

    /// <summary>An outcome in a few words, from the library's templates.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The words in this language.</returns>
    public string OutcomeWords(ProposalOutcome outcome) =>
        ReasonFormatter.Default.Format(Proposal.Label(outcome), System.Globalization.CultureInfo.GetCultureInfo(ReferenceEquals(this, French) ? "fr-FR" : "en-GB"));

    /// <summary>The labels in a language.</summary>
    /// <param name="french">Whether the language is French.</param>
    /// <returns>The labels.</returns>
    public static Ui For(bool french) => french ? French : English;
}
