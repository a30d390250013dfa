namespace RepayableAdvance.Schemes;

/// <summary>One set of terms a scheme version offers the firm, under a name the application uses to choose it, such as
/// "7 years with 2 of deferral" or "5 years with 1".</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TermOption
{
    /// <summary>The name of the only option of a version that offers one set of terms.</summary>
    public const string StandardName = "standard";

    /// <summary>Initializes a new instance of the <see cref="TermOption"/> class.</summary>
    /// <param name="name">The name the application chooses it by: letters, digits, '-', '_' or '.', at most 40 characters.</param>
    /// <param name="terms">The terms.</param>
    /// <exception cref="ArgumentNullException">The terms are null.</exception>
    /// <exception cref="ArgumentException">The name is empty, longer than 40 characters or holds another character.</exception>
    public TermOption(string name, AdvanceTermsTemplate terms)
    {
        Preconditions.CheckArgument(
            !string.IsNullOrEmpty(name) && name.Length <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'),
            nameof(name),
            $"Term option name '{name}' is not allowed: use 1 to 40 letters, digits, '-', '_' or '.', such as 84m-24d.", $"Le nom d'option de conditions « {name} » n'est pas admis : utilisez 1 à 40 lettres, chiffres, « - », « _ » ou « . », comme 84m-24d.");
        Name = name;
        Terms = Preconditions.CheckNotNull(terms);
    }

    /// <summary>Gets the name the application chooses the option by.</summary>
    /// <value>Such as <c>84m-24d</c>; <see cref="StandardName"/> for a version that offers one set of terms.</value>
    public string Name { get; }

    /// <summary>Gets the terms.</summary>
    /// <value>Term, deferral, frequency, amortization, rate rule, calendar.</value>
    public AdvanceTermsTemplate Terms { get; }
}
