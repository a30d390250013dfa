using System.Globalization;

namespace RepayableAdvance;

/// <summary>
/// The French text of the library's exceptions. Every exception the library throws for a bad argument, a refused
/// operation or missing reference data carries its message in English (<see cref="Exception.Message"/>) and in French;
/// document readers and the command-line tool show the one the reader asked for.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class DomainErrors
{
    /// <summary>The key of the French text in <see cref="Exception.Data"/>.</summary>
    private const string FrenchKey = "RepayableAdvance.French";

    /// <summary>Gets an exception's message in French.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The French text the library gave it; for an exception the library did not raise, its message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string French(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[FrenchKey] as string ?? exception.Message;
    }

    /// <summary>Gets an exception's message in a culture's language: French for any French culture, English otherwise.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Message(Exception exception, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "fr" ? French(exception) : exception.Message;
    }

    /// <summary>Gets whether the library gave an exception a French text.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>Whether <see cref="French"/> returns a text of its own.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static bool HasFrench(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[FrenchKey] is string;
    }

    /// <summary>Attaches the French text to an exception the library is about to throw.</summary>
    internal static T WithFrench<T>(T exception, string french)
        where T : Exception
    {
        exception.Data[FrenchKey] = french;
        return exception;
    }
}
