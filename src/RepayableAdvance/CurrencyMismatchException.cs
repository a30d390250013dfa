namespace RepayableAdvance;

/// <summary>Thrown when an operation combines amounts of two different currencies.</summary>
/// <remarks>The data-less constructors are deliberately omitted: this exception always carries both currencies.</remarks>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for two currencies.</summary>
    /// <param name="expected">The currency the operation works in.</param>
    /// <param name="actual">The other currency it was given.</param>
    public CurrencyMismatchException(Currency expected, Currency actual)
        : base(Preconditions.Invariant($"Currency mismatch: expected {expected.Code} but got {actual.Code}; convert the amount to {expected.Code} first, amounts of different currencies cannot be combined."))
    {
        DomainErrors.WithFrench(this, Preconditions.Invariant($"Devises différentes : {expected.Code} attendu mais {actual.Code} reçu ; convertissez d'abord le montant en {expected.Code}, des montants de devises différentes ne se combinent pas."));
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the currency the operation works in.</summary>
    /// <value>The expected currency.</value>
    public Currency Expected { get; }

    /// <summary>Gets the other currency.</summary>
    /// <value>The offending currency.</value>
    public Currency Actual { get; }

    internal static void ThrowIfDifferent(Currency expected, Currency actual)
    {
        if (expected != actual)
        {
            throw new CurrencyMismatchException(expected, actual);
        }
    }
}
