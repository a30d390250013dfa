namespace RepayableAdvance.Scheduling;

/// <summary>An index + margin rate with an optional floor and cap, fixed once or reset every period.</summary>
/// <remarks>
/// <para>The all-in rate is computed by <see cref="AllIn"/>. With <see cref="FloorTarget.Index"/> (the default)
/// the floor and cap bound the index before the margin is added: Euribor −0.33 % + 150 bp floored at 0 % gives
/// 1.50 %. With <see cref="FloorTarget.AllIn"/> they bound the sum: the same inputs give 1.17 %.</para>
/// <para>With <see cref="FixingDate"/> set, the rate is fixed once from the fixing in force on that date (for
/// example at application, as in Hauts-de-France Prévention). Otherwise it resets every period from the fixing
/// <see cref="FixingLagBusinessDays"/> TARGET days before the period starts.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FloatingRate : IEquatable<FloatingRate>
{
    /// <summary>Creates a floating rate.</summary>
    /// <param name="indexName">The index, such as <c>EURIBOR3M</c>.</param>
    /// <param name="margin">The margin added to the index.</param>
    /// <param name="floor">The floor, or null.</param>
    /// <param name="cap">The cap, or null; not below the floor.</param>
    /// <param name="floorTarget">Whether floor and cap apply to the index or to the all-in rate.</param>
    /// <param name="fixingDate">The single fixing date, or null to reset every period.</param>
    /// <param name="fixingLagBusinessDays">For resets: TARGET business days between the fixing and the period start, 0 to 10 (2 for Euribor).</param>
    /// <exception cref="ArgumentException">The name is empty, or the cap is below the floor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lag is outside 0–10 or the target undefined.</exception>
    public FloatingRate(string indexName, Rate margin, Rate? floor = null, Rate? cap = null, FloorTarget floorTarget = FloorTarget.Index, NodaTime.LocalDate? fixingDate = null, int fixingLagBusinessDays = 2)
    {
        Preconditions.CheckNotNull(indexName);
        Preconditions.CheckArgument(indexName.Length > 0, nameof(indexName), "The index name is empty.", "Le nom de l'indice est vide.");
        Preconditions.CheckDefined(floorTarget, nameof(floorTarget));
        Preconditions.CheckArgumentRange(nameof(fixingLagBusinessDays), fixingLagBusinessDays, 0, 10);
        if (floor is { } f && cap is { } c)
        {
            Preconditions.CheckArgument(c >= f, nameof(cap), $"Cap {c} is below floor {f}: the cap must be at least the floor.", $"Le plafond {c} est inférieur au plancher {f} : le plafond doit être au moins le plancher.");
        }

        IndexName = indexName;
        Margin = margin;
        Floor = floor;
        Cap = cap;
        FloorTarget = floorTarget;
        FixingDate = fixingDate;
        FixingLagBusinessDays = fixingLagBusinessDays;
    }

    /// <summary>Gets the index name.</summary>
    /// <value>For example <c>EURIBOR3M</c>.</value>
    public string IndexName { get; }

    /// <summary>Gets the margin.</summary>
    /// <value>For example 150 bp.</value>
    public Rate Margin { get; }

    /// <summary>Gets the floor.</summary>
    /// <value>Null for none.</value>
    public Rate? Floor { get; }

    /// <summary>Gets the cap.</summary>
    /// <value>Null for none.</value>
    public Rate? Cap { get; }

    /// <summary>Gets what the floor and cap apply to.</summary>
    /// <value>Defaults to <see cref="FloorTarget.Index"/>.</value>
    public FloorTarget FloorTarget { get; }

    /// <summary>Gets the single fixing date, or null when the rate resets every period.</summary>
    /// <value>Defaults to null.</value>
    public NodaTime.LocalDate? FixingDate { get; }

    /// <summary>Gets the fixing lag for resets, in TARGET business days.</summary>
    /// <value>Defaults to 2.</value>
    public int FixingLagBusinessDays { get; }

    /// <summary>Computes the all-in rate for an index fixing.</summary>
    /// <param name="index">The index fixing.</param>
    /// <returns>The bounded all-in rate.</returns>
    public Rate AllIn(Rate index) =>
        FloorTarget == FloorTarget.Index ? Bound(index) + Margin : Bound(index + Margin);

    private Rate Bound(Rate value)
    {
        if (Floor is { } floor && value < floor)
        {
            value = floor;
        }

        if (Cap is { } cap && value > cap)
        {
            value = cap;
        }

        return value;
    }

    /// <inheritdoc/>
    public bool Equals(FloatingRate? other) =>
        other is not null && IndexName == other.IndexName && Margin == other.Margin && Floor == other.Floor && Cap == other.Cap
        && FloorTarget == other.FloorTarget && FixingDate == other.FixingDate && FixingLagBusinessDays == other.FixingLagBusinessDays;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FloatingRate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IndexName, Margin, Floor, Cap, FloorTarget, FixingDate);

    /// <summary>Formats as <c>EURIBOR3M + 1.5% floor 0% (Index)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        IndexName + " + " + Margin + (Floor is { } f ? " floor " + f : string.Empty) + (Cap is { } c ? " cap " + c : string.Empty) + " (" + FloorTarget + ")";
}
