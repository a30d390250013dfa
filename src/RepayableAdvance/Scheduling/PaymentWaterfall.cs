namespace RepayableAdvance.Scheduling;

/// <summary>The order in which a payment settles the components of each installment, oldest installment first.</summary>
/// <remarks>The default is fees, late interest, interest, principal. Equality compares the order.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PaymentWaterfall : IEquatable<PaymentWaterfall>
{
    private readonly PaymentComponent[] _order;

    private PaymentWaterfall(PaymentComponent[] order) => _order = order;

    /// <summary>Gets the default waterfall: fees, late interest, interest, principal.</summary>
    /// <value>The default order.</value>
    public static PaymentWaterfall Default { get; } = new([PaymentComponent.Fees, PaymentComponent.LateInterest, PaymentComponent.Interest, PaymentComponent.Principal]);

    /// <summary>Gets the order.</summary>
    /// <value>Each component exactly once.</value>
    public IReadOnlyList<PaymentComponent> Order => _order;

    /// <summary>Creates a waterfall.</summary>
    /// <param name="order">Every component exactly once, in settlement order.</param>
    /// <returns>The waterfall.</returns>
    /// <exception cref="ArgumentException">A component is missing, repeated or undefined.</exception>
    public static PaymentWaterfall Create(params IReadOnlyList<PaymentComponent> order)
    {
        Preconditions.CheckNotNull(order);
        Preconditions.CheckArgument(
            order.Count == 4 && order.Distinct().Count() == 4 && order.All(Enum.IsDefined),
            nameof(order),
            "A waterfall must list each of Fees, LateInterest, Interest and Principal exactly once.", "Un ordre d'imputation doit lister une seule fois chacun de Fees, LateInterest, Interest et Principal.");
        return new PaymentWaterfall([.. order]);
    }

    /// <inheritdoc/>
    public bool Equals(PaymentWaterfall? other) => other is not null && _order.AsSpan().SequenceEqual(other._order);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PaymentWaterfall);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_order[0], _order[1], _order[2], _order[3]);

    /// <summary>Lists the order.</summary>
    /// <returns>For example <c>Fees &gt; LateInterest &gt; Interest &gt; Principal</c>.</returns>
    public override string ToString() => string.Join(" > ", _order);
}
