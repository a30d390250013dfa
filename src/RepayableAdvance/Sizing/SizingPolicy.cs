namespace RepayableAdvance.Sizing;

/// <summary>A named, versioned sizing policy: the version in force at the application's date sizes it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SizingPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="name">The name.</param>
    /// <param name="versions">Non-overlapping versions.</param>
    /// <exception cref="ArgumentException">The name is empty, there is no version, or two overlap.</exception>
    public SizingPolicy(string name, params IReadOnlyList<SizingVersion> versions)
    {
        Versions = Versioning.Ordered(name, versions, "sizing policy");
        Name = name;
    }

    /// <summary>Gets the name.</summary>
    /// <value>The policy name.</value>
    public string Name { get; }

    /// <summary>Gets the versions, oldest first.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<SizingVersion> Versions { get; }

    /// <summary>Sizes an application with the version in force at its date.</summary>
    /// <param name="application">The application.</param>
    /// <param name="context">The headrooms passed in, or null for none.</param>
    /// <returns>The sized amount (or not fundable, or cannot size) with the binding constraint and the trace.</returns>
    /// <exception cref="ArgumentException">No version is in force at the application's date.</exception>
    public SizingResult Evaluate(Application application, SizingContext? context = null)
    {
        Preconditions.CheckNotNull(application);
        var version = Versioning.InForceOn(Versions, application.AsOf, Name, "sizing policy", nameof(application));
        return version.Evaluate(Name, application, context ?? SizingContext.None);
    }
}
