namespace RepayableAdvance.Accounting;

/// <summary>One account of a chart: its number, its label, and where the number comes from.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ChartAccount
{
    /// <summary>Initializes an account.</summary>
    /// <param name="number">The account number: digits, at least three (the class, the account, the sub-account).</param>
    /// <param name="label">The label, as the chart names it.</param>
    /// <param name="source">The public source of the number (the chart's text); null when none.</param>
    /// <param name="isAssumption">Whether the choice of this account for its use is this library's assumption, for the fund's accountant to confirm.</param>
    /// <exception cref="ArgumentException">The number is not three digits or more, or the label is blank.</exception>
    public ChartAccount(string number, string label, string? source = null, bool isAssumption = false)
    {
        Preconditions.CheckArgument(IsValidNumber(number), nameof(number), Preconditions.Invariant($"Account number '{number}' is not three to twenty digits: French charts number accounts by class, account and sub-account."), Preconditions.Invariant($"Le numéro de compte « {number} » n'a pas de trois à vingt chiffres : les plans comptables français numérotent les comptes par classe, compte et sous-compte."));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(label), nameof(label), Preconditions.Invariant($"Account {number} has no label."), Preconditions.Invariant($"Le compte {number} n'a pas de libellé."));
        Number = number;
        Label = label;
        Source = source;
        IsAssumption = isAssumption;
    }

    /// <summary>Gets the account number.</summary>
    /// <value>Three to twenty digits.</value>
    public string Number { get; }

    /// <summary>Gets the label.</summary>
    /// <value>Non-blank.</value>
    public string Label { get; }

    /// <summary>Gets the public source of the number.</summary>
    /// <value>A URL or an official reference; null when none.</value>
    public string? Source { get; }

    /// <summary>Gets a value indicating whether using this account here is an assumption to confirm.</summary>
    /// <value>True where the chart leaves a choice (which equity account holds a co-funder's endowment, for example).</value>
    public bool IsAssumption { get; }

    /// <summary>Gets the account's class: its first digit.</summary>
    /// <value>1 to 9.</value>
    public int Class => Number[0] - '0';

    /// <summary>Whether a text is a valid account number: 3 to 20 ASCII digits.</summary>
    /// <param name="number">The text.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValidNumber(string? number) =>
        number is { Length: >= 3 and <= 20 } && number.All(char.IsAsciiDigit) && number[0] != '0';
}
