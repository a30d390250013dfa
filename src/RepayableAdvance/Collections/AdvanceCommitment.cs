using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>
/// A commitment a scheme attaches to an advance (jobs kept, activity kept in the region, no change of control) for a
/// period; breaking it makes all or part of the outstanding due, as the scheme says.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AdvanceCommitment
{
    /// <summary>Initializes a new instance of the <see cref="AdvanceCommitment"/> class.</summary>
    /// <param name="code">A stable code, such as <c>jobsKept</c>.</param>
    /// <param name="from">The first day the commitment binds.</param>
    /// <param name="until">The last day it binds; after <paramref name="from"/>.</param>
    /// <param name="basis">How much a breach makes due.</param>
    /// <exception cref="ArgumentException">The code is blank, or the period is empty.</exception>
    public AdvanceCommitment(string code, LocalDate from, LocalDate until, ClawbackBasis basis)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "The commitment's code is blank: give a stable code such as jobsKept.", "Le code de l'engagement est vide : donnez un code stable comme jobsKept.");
        Preconditions.CheckArgument(until > from, nameof(until), Preconditions.Invariant($"The commitment '{code}' ends on {until:uuuu-MM-dd}, not after it starts on {from:uuuu-MM-dd}."), Preconditions.Invariant($"L'engagement « {code} » se termine le {until:uuuu-MM-dd}, pas après son début le {from:uuuu-MM-dd}."));
        Preconditions.CheckDefined(basis, nameof(basis));
        Code = code;
        From = from;
        Until = until;
        Basis = basis;
    }

    /// <summary>Gets the commitment's code.</summary>
    /// <value>Such as <c>jobsKept</c>.</value>
    public string Code { get; }

    /// <summary>Gets the first day it binds.</summary>
    /// <value>The start.</value>
    public LocalDate From { get; }

    /// <summary>Gets the last day it binds.</summary>
    /// <value>The end, inclusive.</value>
    public LocalDate Until { get; }

    /// <summary>Gets how much a breach makes due.</summary>
    /// <value>All, or pro rata of the period left.</value>
    public ClawbackBasis Basis { get; }

    /// <summary>Gets the share of the outstanding a breach on a date makes due.</summary>
    /// <param name="breach">The breach's date, within the period.</param>
    /// <returns>1 for <see cref="ClawbackBasis.All"/>; otherwise the days from the breach to the end over the days of the period.</returns>
    public decimal ShareDue(LocalDate breach) => Basis == ClawbackBasis.All
        ? 1m
        : (decimal)(Period.DaysBetween(breach, Until) + 1) / (Period.DaysBetween(From, Until) + 1);
}
