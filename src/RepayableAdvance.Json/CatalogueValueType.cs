namespace RepayableAdvance.Json;

/// <summary>What a parameter of a rule or amount in a scheme document holds.</summary>
public enum CatalogueValueType
{
    /// <summary>A whole number, written as a JSON number.</summary>
    WholeNumber = 0,

    /// <summary>A decimal number, written as a JSON number or as a string of digits.</summary>
    Number = 1,

    /// <summary>True or false.</summary>
    Boolean = 2,

    /// <summary>A non-empty string.</summary>
    Text = 3,

    /// <summary>An amount of money: <c>{ "amount": "250000.00", "currency": "EUR" }</c>.</summary>
    Money = 4,

    /// <summary>A rate with its unit: <c>"10%"</c> or <c>"150bp"</c>.</summary>
    Rate = 5,

    /// <summary>One of the names listed in <see cref="CatalogueParameter.AllowedValues"/>.</summary>
    Choice = 6,

    /// <summary>A non-empty list of names from <see cref="CatalogueParameter.AllowedValues"/>.</summary>
    Choices = 7,

    /// <summary>An eligibility rule.</summary>
    Rule = 8,

    /// <summary>A non-empty list of eligibility rules.</summary>
    Rules = 9,

    /// <summary>An amount rule.</summary>
    Amount = 10,

    /// <summary>A non-empty list of amount rules.</summary>
    Amounts = 11,

    /// <summary>A non-empty list of objects whose fields are <see cref="CatalogueParameter.Fields"/>.</summary>
    Objects = 12,

    /// <summary>A list of strings, possibly empty.</summary>
    Texts = 13,
}
