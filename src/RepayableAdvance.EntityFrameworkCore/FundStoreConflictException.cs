namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>Another writer appended to the fund since it was read: reload it, decide again, and retry.</summary>
public sealed class FundStoreConflictException : Exception
{
    /// <summary>Initializes the exception.</summary>
    public FundStoreConflictException()
        : this("The fund changed since it was read.")
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">The message.</param>
    public FundStoreConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The database's error.</param>
    public FundStoreConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
