namespace RepayableAdvance.Studio.Model;

/// <summary>What the editor does to an item of a list.</summary>
public enum ArrayOperation
{
    /// <summary>Removes it.</summary>
    Remove,

    /// <summary>Moves it one place up.</summary>
    Up,

    /// <summary>Moves it one place down.</summary>
    Down,

    /// <summary>Inserts a copy after it.</summary>
    Duplicate,
}
