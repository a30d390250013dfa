namespace RepayableAdvance;

/// <summary>What the applicant needs and why: the amount requested, the payroll and working-capital need, the turnover lost, the difficulty and the outlook.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FinancingNeed
{
    /// <summary>Creates and validates the part.</summary>
    /// <param name="requestedAmount">The amount requested.</param>
    /// <param name="monthlyLoadedPayroll">The current monthly payroll including employer contributions.</param>
    /// <param name="workingCapitalNeed">The working-capital need.</param>
    /// <param name="turnoverLost">The turnover lost.</param>
    /// <param name="turnoverLossCause">What caused the loss, in words.</param>
    /// <param name="difficulty">Whether the difficulty is conjunctural or structural.</param>
    /// <param name="difficultyCause">The cause of the difficulty, in words.</param>
    /// <param name="orderBookMonths">The order book, in months of activity.</param>
    /// <param name="hasRecoveryPlan">Whether a recovery or redeployment plan exists.</param>
    /// <param name="termOption">The name of the term option the firm chose, when the scheme version offers several (<see cref="Schemes.SchemeVersion.TermOptions"/>); null when it chose none.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public FinancingNeed(
        Money? requestedAmount = null,
        Money? monthlyLoadedPayroll = null,
        Money? workingCapitalNeed = null,
        Money? turnoverLost = null,
        string? turnoverLossCause = null,
        DifficultyNature? difficulty = null,
        string? difficultyCause = null,
        decimal? orderBookMonths = null,
        bool? hasRecoveryPlan = null,
        string? termOption = null)
    {
        Preconditions.CheckArgument(termOption is null || termOption.Trim().Length > 0, nameof(termOption), "The term option chosen is blank: give the name of one of the options the scheme version offers, or none.", "L'option de conditions choisie est vide : donnez le nom de l'une des options de la version du dispositif, ou aucune.");
        if (orderBookMonths is { } months)
        {
            Preconditions.CheckArgumentRange(nameof(orderBookMonths), months, 0m, DomainBounds.MaxMonths);
        }

        foreach (var (amount, field) in new[] { (requestedAmount, nameof(requestedAmount)), (monthlyLoadedPayroll, nameof(monthlyLoadedPayroll)), (workingCapitalNeed, nameof(workingCapitalNeed)), (turnoverLost, nameof(turnoverLost)) })
        {
            DomainBounds.CheckAmount(amount, field);
            Application.CheckNonNegative(amount, field);
        }
        RequestedAmount = requestedAmount;
        MonthlyLoadedPayroll = monthlyLoadedPayroll;
        WorkingCapitalNeed = workingCapitalNeed;
        TurnoverLost = turnoverLost;
        TurnoverLossCause = turnoverLossCause;
        Difficulty = difficulty;
        DifficultyCause = difficultyCause;
        OrderBookMonths = orderBookMonths;
        HasRecoveryPlan = hasRecoveryPlan;
        TermOption = termOption?.Trim();
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static FinancingNeed Empty { get; } = new();

    /// <summary>Gets the amount requested.</summary>
    /// <value>Null when missing.</value>
    public Money? RequestedAmount { get; }

    /// <summary>Gets the current monthly payroll including employer contributions.</summary>
    /// <value>Null when missing.</value>
    public Money? MonthlyLoadedPayroll { get; }

    /// <summary>Gets the working-capital need.</summary>
    /// <value>Null when missing.</value>
    public Money? WorkingCapitalNeed { get; }

    /// <summary>Gets the turnover lost.</summary>
    /// <value>Null when missing.</value>
    public Money? TurnoverLost { get; }

    /// <summary>Gets what caused the loss, in words.</summary>
    /// <value>Null when missing.</value>
    public string? TurnoverLossCause { get; }

    /// <summary>Gets whether the difficulty is conjunctural or structural.</summary>
    /// <value>Null when missing.</value>
    public DifficultyNature? Difficulty { get; }

    /// <summary>Gets the cause of the difficulty, in words.</summary>
    /// <value>Null when missing.</value>
    public string? DifficultyCause { get; }

    /// <summary>Gets the order book, in months of activity.</summary>
    /// <value>Null when missing.</value>
    public decimal? OrderBookMonths { get; }

    /// <summary>Gets whether a recovery or redeployment plan exists.</summary>
    /// <value>Null when missing.</value>
    public bool? HasRecoveryPlan { get; }

    /// <summary>Gets the name of the term option the firm chose among those the scheme version offers.</summary>
    /// <value>Null when it chose none: a version offering several options then has each computed, without choosing.</value>
    public string? TermOption { get; }

    /// <summary>Returns the part with another value of <see cref="RequestedAmount"/>, validated again.</summary>
    /// <param name="requestedAmount">The amount requested.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithRequestedAmount(Money? requestedAmount) => new(requestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="MonthlyLoadedPayroll"/>, validated again.</summary>
    /// <param name="monthlyLoadedPayroll">The current monthly payroll including employer contributions.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithMonthlyLoadedPayroll(Money? monthlyLoadedPayroll) => new(RequestedAmount, monthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="WorkingCapitalNeed"/>, validated again.</summary>
    /// <param name="workingCapitalNeed">The working-capital need.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithWorkingCapitalNeed(Money? workingCapitalNeed) => new(RequestedAmount, MonthlyLoadedPayroll, workingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="TurnoverLost"/>, validated again.</summary>
    /// <param name="turnoverLost">The turnover lost.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithTurnoverLost(Money? turnoverLost) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, turnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="TurnoverLossCause"/>, validated again.</summary>
    /// <param name="turnoverLossCause">What caused the loss, in words.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithTurnoverLossCause(string? turnoverLossCause) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, turnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="Difficulty"/>, validated again.</summary>
    /// <param name="difficulty">Whether the difficulty is conjunctural or structural.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithDifficulty(DifficultyNature? difficulty) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="DifficultyCause"/>, validated again.</summary>
    /// <param name="difficultyCause">The cause of the difficulty, in words.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithDifficultyCause(string? difficultyCause) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, difficultyCause, OrderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="OrderBookMonths"/>, validated again.</summary>
    /// <param name="orderBookMonths">The order book, in months of activity.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithOrderBookMonths(decimal? orderBookMonths) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, orderBookMonths, HasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="HasRecoveryPlan"/>, validated again.</summary>
    /// <param name="hasRecoveryPlan">Whether a recovery or redeployment plan exists.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithHasRecoveryPlan(bool? hasRecoveryPlan) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, hasRecoveryPlan, TermOption);

    /// <summary>Returns the part with another value of <see cref="TermOption"/>, validated again.</summary>
    /// <param name="termOption">The name of the term option chosen; null for none.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public FinancingNeed WithTermOption(string? termOption) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, termOption);
}
