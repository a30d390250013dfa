namespace RepayableAdvance.StateAid;

/// <summary>The display names of <see cref="GrantEquivalentMethod"/>, defined once for every output.</summary>
public static class GrantEquivalentMethods
{
    /// <summary>Gets the short name of a method, as tables, reports and the CLI print it.</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>A</c>, <c>B</c> or <c>cash flow</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The method is not defined.</exception>
    public static string DisplayName(this GrantEquivalentMethod method) => method switch
    {
        GrantEquivalentMethod.DifferentialAtDiscountRate => "A",
        GrantEquivalentMethod.DifferentialAtReferenceRate => "B",
        GrantEquivalentMethod.CashFlow => "cash flow",
        _ => throw Preconditions.OutOfRange(nameof(method), method, Preconditions.Invariant($"Grant-equivalent method {(int)method} is not defined: use DifferentialAtDiscountRate, DifferentialAtReferenceRate or CashFlow."), Preconditions.Invariant($"La méthode d'équivalent-subvention {(int)method} n'est pas définie : utilisez DifferentialAtDiscountRate, DifferentialAtReferenceRate ou CashFlow.")),
    };
}
