using NodaTime;
using RepayableAdvance.Accounting.Internal;

namespace RepayableAdvance.Accounting;

/// <summary>A fund's journal: every entry its events post under a set of rules, in date order (<see cref="Posting.Post"/>).</summary>
/// <remarks>Every entry balances, so every trial balance drawn from the journal balances. Amounts are exact decimals
/// summed in memory, never in a database.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Journal
{
    private readonly EntryChunks _entries;

    internal Journal(PostingRules rules, Currency currency, EntryChunks entries)
    {
        Rules = rules;
        Currency = currency;
        _entries = entries;
    }

    /// <summary>Gets the rules the entries were posted with.</summary>
    /// <value>With their chart.</value>
    public PostingRules Rules { get; }

    /// <summary>Gets the currency of every amount.</summary>
    /// <value>The fund's currency.</value>
    public Currency Currency { get; }

    /// <summary>Gets the entries, in date order.</summary>
    /// <value>Numbered from 1 within each journal.</value>
    public IReadOnlyList<JournalEntry> Entries => _entries;

    /// <summary>Gets the entries, walked by reference, for the exports.</summary>
    internal EntryChunks Chunks => _entries;

    /// <summary>The entries of a period.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, inclusive; on or after <paramref name="from"/>.</param>
    /// <returns>The entries dated in the period, in date order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<JournalEntry> Between(LocalDate from, LocalDate to)
    {
        CheckPeriod(from, to);
        return [.. _entries.Where(e => e.Date >= from && e.Date <= to)];
    }

    /// <summary>The balance of an account at the end of a day.</summary>
    /// <param name="account">The account number.</param>
    /// <param name="asOf">The day, inclusive.</param>
    /// <returns>Debits less credits on the account up to the day.</returns>
    public Money BalanceOf(string account, LocalDate asOf)
    {
        Preconditions.CheckNotNull(account);
        var balance = 0m;
        foreach (ref readonly var entry in _entries)
        {
            if (entry.Date > asOf)
            {
                break;
            }

            if (entry.Debit.Account == account)
            {
                balance += entry.Amount.Amount;
            }

            if (entry.Credit.Account == account)
            {
                balance -= entry.Amount.Amount;
            }
        }

        return Money.FromExact(balance, Currency);
    }

    /// <summary>The trial balance from the beginning to the end of a day.</summary>
    /// <param name="asOf">The day, inclusive.</param>
    /// <returns>Every account moved, with its movements and balance.</returns>
    public TrialBalance TrialBalance(LocalDate asOf) => Balance(null, asOf);

    /// <summary>The trial balance of a period: the movements from one day to another.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, inclusive.</param>
    /// <returns>Every account moved in the period, with its movements.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public TrialBalance TrialBalance(LocalDate from, LocalDate to)
    {
        CheckPeriod(from, to);
        return Balance(from, to);
    }

    /// <summary>The general ledger to the end of a day: each account's movements with its running balance.</summary>
    /// <param name="asOf">The day, inclusive.</param>
    /// <returns>The accounts moved, in ordinal order of their numbers.</returns>
    public IReadOnlyList<GeneralLedgerAccount> GeneralLedger(LocalDate asOf)
    {
        var byAccount = new SortedDictionary<string, List<GeneralLedgerLine>>(StringComparer.Ordinal);
        var balances = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (ref readonly var entry in _entries)
        {
            if (entry.Date > asOf)
            {
                break;
            }

            foreach (var line in (ReadOnlySpan<JournalLine>)[entry.Debit, entry.Credit])
            {
                var balance = balances.GetValueOrDefault(line.Account) + line.Debit.Amount - line.Credit.Amount;
                balances[line.Account] = balance;
                if (!byAccount.TryGetValue(line.Account, out var lines))
                {
                    byAccount[line.Account] = lines = [];
                }

                lines.Add(new GeneralLedgerLine(entry.Date, entry.Journal, entry.Number, entry.Label, line.Debit, line.Credit, Money.FromExact(balance, Currency)));
            }
        }

        return [.. byAccount.Select(a => new GeneralLedgerAccount(a.Key, Rules.Chart[a.Key].Label, a.Value, a.Value[^1].Balance))];
    }

    private TrialBalance Balance(LocalDate? from, LocalDate to)
    {
        var debits = new SortedDictionary<string, (decimal Debit, decimal Credit)>(StringComparer.Ordinal);
        decimal debit = 0m, credit = 0m;
        foreach (ref readonly var entry in _entries)
        {
            if (entry.Date > to)
            {
                break;
            }

            if (from is { } f && entry.Date < f)
            {
                continue;
            }

            foreach (var line in (ReadOnlySpan<JournalLine>)[entry.Debit, entry.Credit])
            {
                var (d, c) = debits.GetValueOrDefault(line.Account);
                debits[line.Account] = (d + line.Debit.Amount, c + line.Credit.Amount);
                debit += line.Debit.Amount;
                credit += line.Credit.Amount;
            }
        }

        return new TrialBalance(
            from,
            to,
            [.. debits.Select(a => new TrialBalanceLine(a.Key, Rules.Chart[a.Key].Label, Money.FromExact(a.Value.Debit, Currency), Money.FromExact(a.Value.Credit, Currency)))],
            Money.FromExact(debit, Currency),
            Money.FromExact(credit, Currency));
    }

    private static void CheckPeriod(LocalDate from, LocalDate to) =>
        Preconditions.CheckArgument(to >= from, nameof(to), Preconditions.Invariant($"The period ends on {to:uuuu-MM-dd}, before it starts on {from:uuuu-MM-dd}."), Preconditions.Invariant($"La période se termine le {to:uuuu-MM-dd}, avant de commencer le {from:uuuu-MM-dd}."));
}
