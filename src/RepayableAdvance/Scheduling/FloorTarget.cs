namespace RepayableAdvance.Scheduling;

/// <summary>Whether the floor (and cap) of a floating rate apply to the index or to the all-in rate.</summary>
public enum FloorTarget
{
    /// <summary>The floor applies to the index before the margin is added: max(index, floor) + margin.</summary>
    Index = 0,

    /// <summary>The floor applies to the all-in rate: max(index + margin, floor).</summary>
    AllIn = 1,
}
