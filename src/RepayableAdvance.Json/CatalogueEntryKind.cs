namespace RepayableAdvance.Json;

/// <summary>Whether a catalogue entry is an eligibility rule or an amount rule.</summary>
public enum CatalogueEntryKind
{
    /// <summary>An eligibility rule: <c>{ "rule": "…" }</c>.</summary>
    Rule = 0,

    /// <summary>An amount rule of sizing: <c>{ "amount": "…" }</c>.</summary>
    Amount = 1,
}
