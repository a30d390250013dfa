using System.Globalization;
using NodaTime;

namespace RepayableAdvance;

/// <summary>A dated version of a policy: a label and its effective dates.</summary>
internal interface IDatedVersion
{
    string Version { get; }

    LocalDate EffectiveFrom { get; }

    LocalDate? EffectiveTo { get; }
}

/// <summary>Validation and lookup shared by every versioned policy (eligibility, sizing, schemes).</summary>
internal static class Versioning
{
    /// <summary>Checks the name and the versions (at least one, none overlapping) and returns them oldest first.</summary>
    internal static T[] Ordered<T>(string name, IReadOnlyList<T> versions, string kind)
        where T : IDatedVersion
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(name.Length > 0, nameof(name), "The policy name is empty.", "Le nom de la politique est vide.");
        Preconditions.CheckNotNull(versions);
        Preconditions.CheckArgument(versions.Count > 0, nameof(versions), "A policy needs at least one version.", "Une politique exige au moins une version.");
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            Preconditions.CheckArgument(
                ordered[i - 1].EffectiveTo is { } end && end < ordered[i].EffectiveFrom,
                nameof(versions),
                $"Versions {ordered[i - 1].Version} and {ordered[i].Version} of {kind} {name} overlap: each version must end before the next starts.", $"Les versions {ordered[i - 1].Version} et {ordered[i].Version} de {kind} {name} se chevauchent : chaque version doit se terminer avant le début de la suivante.");
        }

        return ordered;
    }

    /// <summary>Tells whether a version is in force on a date (both ends included).</summary>
    internal static bool IsInForceOn(this IDatedVersion version, LocalDate date) =>
        date >= version.EffectiveFrom && (version.EffectiveTo is null || date <= version.EffectiveTo);

    /// <summary>Finds the version in force on a date, or throws naming the periods the versions cover.</summary>
    internal static T InForceOn<T>(IReadOnlyList<T> versions, LocalDate date, string name, string kind, string paramName)
        where T : IDatedVersion
    {
        // Newest first: most applications fall in the current version, and versions do not overlap.
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            if (versions[i].IsInForceOn(date))
            {
                return versions[i];
            }
        }

        throw DomainErrors.WithFrench(new MissingReferenceDataException(
            MissingReferenceData.VersionInForce,
            Preconditions.Invariant($"No version of {kind} {name} is in force on {date:uuuu-MM-dd}: versions cover {string.Join(", ", versions.Select(v => $"{v.Version} ({v.EffectiveFrom:uuuu-MM-dd}–{(v.EffectiveTo is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "open")})"))}."),
            paramName), Preconditions.Invariant($"Aucune version de {kind} {name} n'est en vigueur le {date:uuuu-MM-dd} : les versions couvrent {string.Join(", ", versions.Select(v => $"{v.Version} ({v.EffectiveFrom:uuuu-MM-dd}–{(v.EffectiveTo is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "ouverte")})"))}."));
    }
}
