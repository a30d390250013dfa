using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.Tests;

/// <summary>Shortcuts to the parts of the built-in scheme documents that tests exercise on their own.</summary>
internal static class Presets
{
    public static Fund HautsDeFranceFund => SchemePresets.HautsDeFrancePrevention.Versions[^1].Fund;

    public static EligibilityPolicy Eligibility(string id) => SchemePresets.FromName(id).Versions[^1].Eligibility;

    public static SizingPolicy Sizing(string id) => SchemePresets.FromName(id).Versions[^1].Sizing;
}
