using NodaTime;

namespace RepayableAdvance.Eligibility;

/// <summary>A named, versioned eligibility policy. An application is judged by the version in force at its date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EligibilityPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="versions">The versions, whose periods must not overlap.</param>
    /// <exception cref="ArgumentException">The name is empty, there is no version, or two versions overlap.</exception>
    public EligibilityPolicy(string name, params IReadOnlyList<EligibilityVersion> versions)
    {
        Versions = Versioning.Ordered(name, versions, "policy");
        Name = name;
    }

    /// <summary>Gets the name.</summary>
    /// <value>For example <c>Hauts-de-France Prévention</c>.</value>
    public string Name { get; }

    /// <summary>Gets the versions, oldest first.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<EligibilityVersion> Versions { get; }

    /// <summary>Finds the version in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException">No version is in force on that date.</exception>
    public EligibilityVersion VersionOn(LocalDate date) => Versioning.InForceOn(Versions, date, Name, "policy", nameof(date));

    /// <summary>Evaluates an application with the version in force at its date.</summary>
    /// <param name="application">The application.</param>
    /// <param name="mode">Complete (default) or short-circuit evaluation.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentException">No version is in force at the application's date.</exception>
    public EligibilityResult Evaluate(Application application, EvaluationMode mode = EvaluationMode.Complete)
    {
        Preconditions.CheckNotNull(application);
        var version = VersionOn(application.AsOf);
        return new EligibilityResult(Name, version.Version, version.Rule.EvaluateCore(application, mode));
    }
}
