namespace RepayableAdvance;

/// <summary>The type of a reason argument's value, which decides how it is formatted for a culture.</summary>
public enum ReasonArgumentKind
{
    /// <summary>Plain text, inserted as is.</summary>
    Text = 0,

    /// <summary>A whole number, formatted with group separators.</summary>
    WholeNumber = 1,

    /// <summary>A decimal number, formatted with the culture's separators.</summary>
    Number = 2,

    /// <summary>A <see cref="RepayableAdvance.Money"/> amount, formatted at its currency's scale with its code.</summary>
    Money = 3,

    /// <summary>A <see cref="RepayableAdvance.Rate"/>, formatted as a percentage.</summary>
    Rate = 4,

    /// <summary>A <see cref="NodaTime.LocalDate"/>, formatted with the culture's short date pattern.</summary>
    Date = 5,

    /// <summary>A yes/no value, formatted as a localised word.</summary>
    Boolean = 6,
}
