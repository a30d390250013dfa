using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>A commitment a scheme attaches to every advance, for a number of months from the first disbursement.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CommitmentTerm
{
    /// <summary>Initializes a new instance of the <see cref="CommitmentTerm"/> class.</summary>
    /// <param name="code">A stable code, such as <c>jobsKept</c>.</param>
    /// <param name="months">How long it binds from the first disbursement: 1 to 600 months.</param>
    /// <param name="basis">How much a breach makes due.</param>
    /// <exception cref="ArgumentException">The code is blank or the months out of range.</exception>
    public CommitmentTerm(string code, int months, ClawbackBasis basis)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "The commitment's code is blank: give a stable code such as jobsKept.", "Le code de l'engagement est vide : donnez un code stable comme jobsKept.");
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 600);
        Preconditions.CheckDefined(basis, nameof(basis));
        Code = code;
        Months = months;
        Basis = basis;
    }

    /// <summary>Gets the commitment's code.</summary>
    /// <value>Such as <c>jobsKept</c>.</value>
    public string Code { get; }

    /// <summary>Gets how many months it binds from the first disbursement.</summary>
    /// <value>1 to 600.</value>
    public int Months { get; }

    /// <summary>Gets how much a breach makes due.</summary>
    /// <value>All, or pro rata of the period left.</value>
    public ClawbackBasis Basis { get; }

    /// <summary>The commitment of an advance first disbursed on a date.</summary>
    /// <param name="disbursement">The first disbursement's date.</param>
    /// <returns>The commitment, from that date to the day before the same date <see cref="Months"/> later.</returns>
    public AdvanceCommitment For(LocalDate disbursement) => new(Code, disbursement, disbursement.PlusMonths(Months).PlusDays(-1), Basis);
}
