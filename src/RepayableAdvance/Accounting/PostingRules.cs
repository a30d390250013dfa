namespace RepayableAdvance.Accounting;

/// <summary>A chart of accounts and one posting rule for each <see cref="PostingEvent"/>: how a fund's events become journal entries.</summary>
/// <remarks>
/// Rules are data: a fund document holds them in its <c>accounting</c> section, and <see cref="Check"/> returns every
/// problem (an event without a rule or with two, an account missing from the chart, a rule that debits and credits one
/// account, a journal code the FEC cannot carry) so that a document reader reports them with their paths before
/// anything is posted.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PostingRules
{
    private readonly PostingRule[] _byEvent;

    /// <summary>Initializes the rules.</summary>
    /// <param name="chart">The chart the rules' accounts belong to.</param>
    /// <param name="rules">One rule per event.</param>
    /// <exception cref="ArgumentException">The rules have a problem (<see cref="Check"/>); the message lists them all.</exception>
    public PostingRules(ChartOfAccounts chart, IReadOnlyList<PostingRule> rules)
    {
        Preconditions.CheckNotNull(chart);
        Preconditions.CheckNotNull(rules);
        var problems = Check(chart, rules);
        Preconditions.CheckArgument(problems.Count == 0, nameof(rules), "The posting rules cannot post: " + string.Join(" ", problems.Select(p => p.Message)), "Les règles de comptabilisation ne peuvent pas comptabiliser : " + string.Join(" ", problems.Select(p => p.French)));
        Chart = chart;
        _byEvent = new PostingRule[Enum.GetValues<PostingEvent>().Length];
        foreach (var rule in rules)
        {
            _byEvent[(int)rule.Event] = rule;
        }
    }

    /// <summary>Gets the chart.</summary>
    /// <value>The accounts the rules post to.</value>
    public ChartOfAccounts Chart { get; }

    /// <summary>Gets the rules, in the order of <see cref="PostingEvent"/>.</summary>
    /// <value>One per event.</value>
    public IReadOnlyList<PostingRule> Rules => _byEvent;

    /// <summary>Gets the PCG rules: bank journal <c>BQ</c> for money, <c>OD</c> for accruals, write-offs and write-downs.</summary>
    /// <value>Over <see cref="ChartOfAccounts.Pcg"/>.</value>
    public static PostingRules Pcg { get; } = new(ChartOfAccounts.Pcg,
    [
        new(PostingEvent.Contribution, "512", "103", "BQ"),
        new(PostingEvent.Disbursement, "2748", "512", "BQ"),
        new(PostingEvent.PrincipalRepaid, "512", "2748", "BQ"),
        new(PostingEvent.InterestReceived, "512", "7624", "BQ"),
        new(PostingEvent.InterestAccrued, "27684", "7624", "OD"),
        new(PostingEvent.WriteOff, "668", "2748", "OD"),
        new(PostingEvent.Recovery, "512", "768", "BQ"),
        new(PostingEvent.Fee, "622", "512", "BQ"),
        new(PostingEvent.WriteDown, "6866", "2974", "OD"),
        new(PostingEvent.WriteDownReversal, "2974", "7866", "OD"),
    ]);

    /// <summary>Gets the M57 rules: the Treasury account 515 for money, <c>OD</c> for accruals, write-offs and write-downs.</summary>
    /// <value>Over <see cref="ChartOfAccounts.M57"/>.</value>
    public static PostingRules M57 { get; } = new(ChartOfAccounts.M57,
    [
        new(PostingEvent.Contribution, "515", "1021", "TR"),
        new(PostingEvent.Disbursement, "2748", "515", "TR"),
        new(PostingEvent.PrincipalRepaid, "515", "2748", "TR"),
        new(PostingEvent.InterestReceived, "515", "762", "TR"),
        new(PostingEvent.InterestAccrued, "2768", "762", "OD"),
        new(PostingEvent.WriteOff, "6541", "2748", "OD"),
        new(PostingEvent.Recovery, "515", "7714", "TR"),
        new(PostingEvent.Fee, "6228", "515", "TR"),
        new(PostingEvent.WriteDown, "6866", "2974", "OD"),
        new(PostingEvent.WriteDownReversal, "2974", "7866", "OD"),
    ]);

    /// <summary>Gets the rule of an event.</summary>
    /// <param name="postingEvent">The event.</param>
    /// <returns>Its rule.</returns>
    public PostingRule this[PostingEvent postingEvent]
    {
        get
        {
            Preconditions.CheckDefined(postingEvent, nameof(postingEvent));
            return _byEvent[(int)postingEvent];
        }
    }

    /// <summary>The rule of an event known to be defined.</summary>
    internal PostingRule Of(PostingEvent postingEvent) => _byEvent[(int)postingEvent];

    /// <summary>Checks rules against a chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>Every problem; empty when the rules can post every event.</returns>
    public static IReadOnlyList<PostingRuleProblem> Check(ChartOfAccounts chart, IReadOnlyList<PostingRule> rules)
    {
        Preconditions.CheckNotNull(chart);
        Preconditions.CheckNotNull(rules);
        var problems = new List<PostingRuleProblem>();
        foreach (var postingEvent in Enum.GetValues<PostingEvent>())
        {
            var matching = rules.Where(r => r is not null && r.Event == postingEvent).ToList();
            if (matching.Count == 0)
            {
                problems.Add(new(postingEvent, null, Preconditions.Invariant($"No rule posts {ReasonCodes.NameOf(postingEvent)}: every event needs a debit and a credit account."), Preconditions.Invariant($"Aucune règle ne comptabilise {ReasonCodes.NameOf(postingEvent)} : chaque événement a besoin d'un compte débité et d'un compte crédité.")));
                continue;
            }

            if (matching.Count > 1)
            {
                problems.Add(new(postingEvent, null, Preconditions.Invariant($"{matching.Count} rules post {ReasonCodes.NameOf(postingEvent)}: give one."), Preconditions.Invariant($"{matching.Count} règles comptabilisent {ReasonCodes.NameOf(postingEvent)} : n'en donnez qu'une.")));
            }

            var rule = matching[0];
            CheckAccount(rule.Debit, "debit");
            CheckAccount(rule.Credit, "credit");
            if (rule.Debit == rule.Credit)
            {
                problems.Add(new(postingEvent, "credit", Preconditions.Invariant($"The rule for {ReasonCodes.NameOf(postingEvent)} debits and credits account {rule.Debit}: an entry moves an amount between two accounts."), Preconditions.Invariant($"La règle de {ReasonCodes.NameOf(postingEvent)} débite et crédite le compte {rule.Debit} : une écriture déplace un montant entre deux comptes.")));
            }

            if (!IsJournalCode(rule.Journal))
            {
                problems.Add(new(postingEvent, "journal", Preconditions.Invariant($"Journal code '{rule.Journal}' of {ReasonCodes.NameOf(postingEvent)} is not 1 to 10 letters or digits."), Preconditions.Invariant($"Le code journal « {rule.Journal} » de {ReasonCodes.NameOf(postingEvent)} n'est pas de 1 à 10 lettres ou chiffres.")));
            }
            else if (rule.Journal == Fec.OpeningJournal)
            {
                problems.Add(new(postingEvent, "journal", Preconditions.Invariant($"Journal code '{Fec.OpeningJournal}' of {ReasonCodes.NameOf(postingEvent)} is kept for the opening balances (à-nouveaux) of an FEC: choose another."), Preconditions.Invariant($"Le code journal « {Fec.OpeningJournal} » de {ReasonCodes.NameOf(postingEvent)} est réservé aux à-nouveaux d'un FEC : choisissez-en un autre.")));
            }

            void CheckAccount(string? number, string field)
            {
                if (chart.Find(number!) is null)
                {
                    problems.Add(new(postingEvent, field, Preconditions.Invariant($"Account '{number}' ({field} of {ReasonCodes.NameOf(postingEvent)}) is not in the chart '{chart.Name}'."), Preconditions.Invariant($"Le compte « {number} » ({(field == "debit" ? "débit" : "crédit")} de {ReasonCodes.NameOf(postingEvent)}) n'est pas dans le plan « {chart.Name} ».")));
                }
            }
        }

        return problems;
    }

    /// <summary>Whether a text can be a journal code: 1 to 10 ASCII letters or digits.</summary>
    /// <param name="code">The text.</param>
    /// <returns>Whether it can.</returns>
    public static bool IsJournalCode(string? code) => code is { Length: >= 1 and <= 10 } && code.All(char.IsAsciiLetterOrDigit);
}
