namespace RepayableAdvance.Sizing;

/// <summary>A rule of the catalogue (<see cref="AmountRules"/>): a need base or a cap whose settings are typed properties of its class.</summary>
/// <remarks>Writers switch on the derived class and read its properties to write the rule back as data (the JSON
/// scheme document does), as they do for eligibility leaves. The vocabulary is closed: the derived classes of this assembly.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public abstract class LeafAmountRule : AmountRule
{
    private readonly Func<Application, SizingContext, LeafAmountRule, AmountResult> _compute;

    private protected LeafAmountRule(string code, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
    {
        Code = code;
        _compute = compute;
    }

    /// <inheritdoc/>
    public override string Code { get; }

    internal override AmountResult EvaluateCore(Application application, SizingContext context) => _compute(application, context, this);

    // One array per result, built in place (no params array copied into another).
    internal AmountResult Result(Money amount) => Value(amount, new ReasonArgument[1]);

    internal AmountResult Result(Money amount, ReasonArgument argument) => Value(amount, [default, argument]);

    internal AmountResult Result(Money amount, ReasonArgument first, ReasonArgument second) => Value(amount, [default, first, second]);

    internal AmountResult MissingField(string field) => Missing(field);
}
