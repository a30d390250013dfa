namespace RepayableAdvance.Accounting;

/// <summary>One line of a journal entry: an account debited or credited.</summary>
/// <param name="Account">The account number.</param>
/// <param name="Debit">The amount debited; zero on a credit line.</param>
/// <param name="Credit">The amount credited; zero on a debit line.</param>
/// <param name="Auxiliary">The third party the line concerns (the advance or the co-funder); null when none.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public readonly record struct JournalLine(string Account, Money Debit, Money Credit, string? Auxiliary);
