namespace RepayableAdvance;

/// <summary>Whether the difficulty is passing or structural.</summary>
public enum DifficultyNature
{
    /// <summary>A passing, conjunctural difficulty (lost client, delayed order, supply shock).</summary>
    Conjunctural = 0,

    /// <summary>A structural difficulty (the business model no longer works).</summary>
    Structural = 1,
}
