using System.Collections.Frozen;

namespace RepayableAdvance.Accounting;

/// <summary>A chart of accounts: the accounts a fund's books may use, under a framework.</summary>
/// <remarks>
/// <para>Two presets ship: <see cref="Pcg"/>, the accounts of the French general chart a CCI or an association keeping a
/// loan fund uses, and <see cref="M57"/>, those of the M57 framework of local authorities. Each account carries its
/// source, and the accounts whose use here is a choice the chart leaves open are marked as assumptions for the fund's
/// accountant to confirm. A fund document may give its own chart.</para>
/// <para>Opening balances of a fiscal year carry the result of earlier years to <see cref="RetainedEarningsCredit"/>
/// or <see cref="RetainedEarningsDebit"/> (report à nouveau).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ChartOfAccounts
{
    private const string PcgSource = "https://www.anc.gouv.fr/ (ANC Regulation 2014-03, Book III, list of accounts)";
    private const string AssociationsSource = "https://www.anc.gouv.fr/ (ANC Regulation 2018-06, associations and foundations)";
    private const string M57Source = "https://www.collectivites-locales.gouv.fr/gerer-les-finances-publiques-locales/budget/instructions-budgetaires-et-comptables/le-referentiel-m57/le-referentiel-budgetaire-et-comptable-m57 (M57 instruction, plans de comptes by nature)";

    private readonly FrozenDictionary<string, ChartAccount> _byNumber;

    /// <summary>Initializes a chart.</summary>
    /// <param name="name">The chart's name.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="accounts">The accounts; numbers unique.</param>
    /// <param name="retainedEarningsCredit">The account that carries a profit of earlier years (110 in both presets).</param>
    /// <param name="retainedEarningsDebit">The account that carries a loss of earlier years (119 in both presets).</param>
    /// <exception cref="ArgumentException">The name is blank, a number repeats, or a retained-earnings account is not in the chart.</exception>
    public ChartOfAccounts(string name, AccountingFramework framework, IReadOnlyList<ChartAccount> accounts, string retainedEarningsCredit, string retainedEarningsDebit)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The chart needs a name.", "Le plan comptable doit avoir un nom.");
        Preconditions.CheckDefined(framework, nameof(framework));
        Preconditions.CheckNotNull(accounts);
        var byNumber = new Dictionary<string, ChartAccount>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            Preconditions.CheckNotNull(account);
            Preconditions.CheckArgument(byNumber.TryAdd(account.Number, account), nameof(accounts), Preconditions.Invariant($"Account {account.Number} appears twice in the chart '{name}'."), Preconditions.Invariant($"Le compte {account.Number} figure deux fois dans le plan « {name} »."));
        }

        Preconditions.CheckArgument(byNumber.ContainsKey(retainedEarningsCredit ?? string.Empty), nameof(retainedEarningsCredit), Preconditions.Invariant($"Retained-earnings account '{retainedEarningsCredit}' is not in the chart '{name}'."), Preconditions.Invariant($"Le compte de report à nouveau « {retainedEarningsCredit} » n'est pas dans le plan « {name} »."));
        Preconditions.CheckArgument(byNumber.ContainsKey(retainedEarningsDebit ?? string.Empty), nameof(retainedEarningsDebit), Preconditions.Invariant($"Retained-earnings account '{retainedEarningsDebit}' is not in the chart '{name}'."), Preconditions.Invariant($"Le compte de report à nouveau « {retainedEarningsDebit} » n'est pas dans le plan « {name} »."));
        Name = name;
        Framework = framework;
        Accounts = [.. accounts.OrderBy(a => a.Number, StringComparer.Ordinal)];
        RetainedEarningsCredit = retainedEarningsCredit!;
        RetainedEarningsDebit = retainedEarningsDebit!;
        _byNumber = byNumber.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the chart's name.</summary>
    /// <value>Non-blank.</value>
    public string Name { get; }

    /// <summary>Gets the framework.</summary>
    /// <value>PCG or M57.</value>
    public AccountingFramework Framework { get; }

    /// <summary>Gets the accounts, by number.</summary>
    /// <value>In ordinal order of their numbers.</value>
    public IReadOnlyList<ChartAccount> Accounts { get; }

    /// <summary>Gets the account that carries a profit of earlier years in opening balances.</summary>
    /// <value>An account number of the chart.</value>
    public string RetainedEarningsCredit { get; }

    /// <summary>Gets the account that carries a loss of earlier years in opening balances.</summary>
    /// <value>An account number of the chart.</value>
    public string RetainedEarningsDebit { get; }

    /// <summary>Gets the accounts of the French general chart (PCG) that a CCI or an association keeping a loan fund uses.</summary>
    /// <value>Advances 2748, accrued interest 27684, write-downs 2974, bank 512, interest 7624; the endowment in 103 and
    /// the write-off and recovery accounts are marked as assumptions.</value>
    public static ChartOfAccounts Pcg { get; } = new(
        "PCG (loan fund of a CCI or an association)",
        AccountingFramework.Pcg,
        [
            new("103", "Fonds propres avec droit de reprise", AssociationsSource, isAssumption: true),
            new("110", "Report à nouveau (solde créditeur)", PcgSource),
            new("119", "Report à nouveau (solde débiteur)", PcgSource),
            new("2748", "Autres prêts", PcgSource),
            new("27684", "Intérêts courus sur prêts", PcgSource),
            new("2974", "Dépréciations des prêts", PcgSource),
            new("512", "Banques", PcgSource),
            new("622", "Rémunérations d'intermédiaires et honoraires", PcgSource, isAssumption: true),
            new("668", "Autres charges financières", PcgSource, isAssumption: true),
            new("6866", "Dotations aux dépréciations des éléments financiers", PcgSource),
            new("7624", "Revenus des prêts", PcgSource),
            new("768", "Autres produits financiers", PcgSource, isAssumption: true),
            new("7866", "Reprises sur dépréciations des éléments financiers", PcgSource),
        ],
        "110",
        "119");

    /// <summary>Gets the accounts of the M57 framework that a region or a local authority keeping a loan fund uses.</summary>
    /// <value>Advances 2748, accrued interest 2768, write-downs 2974, Treasury account 515, write-off 6541 (admitted as
    /// irrecoverable), recovery 7714. Only 6541 has been checked against a published text of the M57 instruction; every
    /// other number is marked as an assumption, for the fund's accountant to confirm against the plan de comptes in
    /// force.</value>
    public static ChartOfAccounts M57 { get; } = new(
        "M57 (loan fund of a local authority)",
        AccountingFramework.M57,
        [
            new("1021", "Dotation", M57Source, isAssumption: true),
            new("110", "Report à nouveau (solde créditeur)", M57Source, isAssumption: true),
            new("119", "Report à nouveau (solde débiteur)", M57Source, isAssumption: true),
            new("2748", "Autres prêts", M57Source, isAssumption: true),
            new("2768", "Intérêts courus", M57Source, isAssumption: true),
            new("2974", "Dépréciations des prêts", M57Source, isAssumption: true),
            new("515", "Compte au Trésor", M57Source, isAssumption: true),
            new("6228", "Divers (rémunérations d'intermédiaires et honoraires)", M57Source, isAssumption: true),
            new("6541", "Créances admises en non-valeur", M57Source),
            new("6866", "Dotations aux provisions pour dépréciation des éléments financiers", M57Source, isAssumption: true),
            new("762", "Produits des autres immobilisations financières", M57Source, isAssumption: true),
            new("7714", "Recouvrement sur créances admises en non-valeur", M57Source, isAssumption: true),
            new("7866", "Reprises sur provisions pour dépréciation des éléments financiers", M57Source, isAssumption: true),
        ],
        "110",
        "119");

    /// <summary>Finds an account by number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The account, or null when the chart has none of that number.</returns>
    public ChartAccount? Find(string number) => number is not null && _byNumber.TryGetValue(number, out var account) ? account : null;

    /// <summary>Gets an account by number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException">The chart has no account of that number.</exception>
    public ChartAccount this[string number] => Find(number) ?? throw Preconditions.Argument(Preconditions.Invariant($"Account '{number}' is not in the chart '{Name}' (its accounts: {string.Join(", ", Accounts.Select(a => a.Number))})."), Preconditions.Invariant($"Le compte « {number} » n'est pas dans le plan « {Name} » (ses comptes : {string.Join(", ", Accounts.Select(a => a.Number))})."), nameof(number));
}
