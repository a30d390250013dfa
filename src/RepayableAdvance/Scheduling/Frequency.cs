using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>How often installments fall due: every N months, where N divides 12.</summary>
/// <remarks>
/// Monthly (1), bi-monthly (2), quarterly (3), four-monthly (4), semi-annual (6) and annual (12). Equality
/// compares the number of months. <c>default(Frequency)</c> is monthly.
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct Frequency : IEquatable<Frequency>
{
    private readonly int _monthsMinusOne;

    private Frequency(int months) => _monthsMinusOne = months - 1;

    /// <summary>Gets a monthly frequency.</summary>
    /// <value>Every month.</value>
    public static Frequency Monthly => new(1);

    /// <summary>Gets a bi-monthly frequency.</summary>
    /// <value>Every two months.</value>
    public static Frequency BiMonthly => new(2);

    /// <summary>Gets a quarterly frequency.</summary>
    /// <value>Every three months.</value>
    public static Frequency Quarterly => new(3);

    /// <summary>Gets a semi-annual frequency.</summary>
    /// <value>Every six months.</value>
    public static Frequency SemiAnnual => new(6);

    /// <summary>Gets an annual frequency.</summary>
    /// <value>Every twelve months.</value>
    public static Frequency Annual => new(12);

    /// <summary>Gets the number of months between installments.</summary>
    /// <value>1, 2, 3, 4, 6 or 12.</value>
    public int Months => _monthsMinusOne + 1;

    /// <summary>Gets the number of installments per year.</summary>
    /// <value>12 divided by <see cref="Months"/>.</value>
    public int PeriodsPerYear => 12 / Months;

    /// <summary>Creates a frequency of every <paramref name="months"/> months.</summary>
    /// <param name="months">1, 2, 3, 4, 6 or 12.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> does not divide 12.</exception>
    public static Frequency EveryMonths(int months)
    {
        if (months is not (1 or 2 or 3 or 4 or 6 or 12))
        {
            throw Preconditions.OutOfRange(nameof(months), months, Preconditions.Invariant($"Frequency of {months} months is out of range: it must be 1, 2, 3, 4, 6 or 12 months."), Preconditions.Invariant($"La périodicité de {months} mois est hors limites : elle doit être de 1, 2, 3, 4, 6 ou 12 mois."));
        }

        return new Frequency(months);
    }

    /// <summary>Counts the installments from a first due date to a maturity date, both on the frequency's grid.</summary>
    /// <param name="firstDueDate">The first (nominal) due date.</param>
    /// <param name="maturity">The last (nominal) due date.</param>
    /// <returns>The number of installments.</returns>
    /// <exception cref="ArgumentException">The maturity is before the first due date or not a whole number of periods after it.</exception>
    public int InstallmentsUntil(LocalDate firstDueDate, LocalDate maturity)
    {
        Preconditions.CheckArgument(maturity >= firstDueDate, nameof(maturity), $"Maturity {maturity:uuuu-MM-dd} is before the first due date {firstDueDate:uuuu-MM-dd}.", $"L'échéance finale {maturity:uuuu-MM-dd} précède la première échéance {firstDueDate:uuuu-MM-dd}.");
        var months = ((maturity.Year - firstDueDate.Year) * 12) + maturity.Month - firstDueDate.Month;
        Preconditions.CheckArgument(
            months % Months == 0 && firstDueDate.PlusMonths(months) == maturity,
            nameof(maturity),
            $"Maturity {maturity:uuuu-MM-dd} is not a whole number of {Months}-month periods after {firstDueDate:uuuu-MM-dd}.", $"L'échéance finale {maturity:uuuu-MM-dd} n'est pas un nombre entier de périodes de {Months} mois après le {firstDueDate:uuuu-MM-dd}.");
        return (months / Months) + 1;
    }

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns>Whether both have the same number of months.</returns>
    public static bool operator ==(Frequency left, Frequency right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns>Whether the numbers of months differ.</returns>
    public static bool operator !=(Frequency left, Frequency right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Frequency other) => Months == other.Months;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Frequency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Months;

    /// <summary>Formats as an ISO period, such as <c>P3M</c>.</summary>
    /// <returns>The ISO 8601 period.</returns>
    public override string ToString() => Preconditions.Invariant($"P{Months}M");
}
