using System.Runtime.InteropServices;
using NodaTime;
using RepayableAdvance.Accounting.Internal;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Accounting;

/// <summary>Posts a fund's events to a journal: every ledger event that moves money, and at each period end the interest accrued and the write-downs.</summary>
/// <remarks>
/// <para>Ledger events post by their rule: a contribution, a disbursement, a repayment (principal and interest as two
/// entries), a write-off, a recovery, a fee. Commitments and their cancellations move no money and are not posted.</para>
/// <para>At each period end, the interest each advance has earned and that is not yet due (its payoff quote's accrued
/// interest, on the schedule in force then) is accrued, and reversed the next day, so that interest is earned in the
/// period it runs and received against income when paid, as French practice keeps accrued interest (intérêts courus).
/// Interest due and unpaid is income when received. Then each advance's write-down under the policy is compared with
/// the last one posted: an increase posts a write-down, a decrease a reversal. A write-off first releases the
/// advance's write-down.</para>
/// <para>Every entry moves one amount from one account to another and carries its source: the ledger event's index or
/// the period end.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class Posting
{
    /// <summary>Posts a book's events.</summary>
    /// <param name="book">The advance book, whose ledger holds the events.</param>
    /// <param name="rules">The posting rules.</param>
    /// <param name="periodEnds">The period ends at which interest is accrued and write-downs assessed, such as the month ends (<see cref="MonthEnds"/>).</param>
    /// <param name="policy">The write-down policy; null for none.</param>
    /// <param name="cases">The collection cases by advance, for write-down rates by case status; null when none.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="CurrencyMismatchException">The fund's currency differs from the book's amounts.</exception>
    public static Journal Post(AdvanceBook book, PostingRules rules, IEnumerable<LocalDate> periodEnds, WriteDownPolicy? policy = null, IReadOnlyDictionary<string, CollectionCase>? cases = null)
    {
        Preconditions.CheckNotNull(book);
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(periodEnds);
        var closings = periodEnds.Distinct().Order().ToArray();
        var writer = new Writer(book, rules, policy ?? WriteDownPolicy.None, cases, closings);
        var next = 0;
        var events = book.Ledger.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var fundEvent = events[i];
            while (next < closings.Length && closings[next] < fundEvent.Date)
            {
                writer.Close(next++);
            }

            writer.Post(i, fundEvent);
        }

        while (next < closings.Length)
        {
            writer.Close(next++);
        }

        return new Journal(rules, book.Ledger.Fund.Currency, writer.Entries);
    }

    /// <summary>The last day of each month from one date to another.</summary>
    /// <param name="from">A day of the first month.</param>
    /// <param name="to">A day of the last month; on or after <paramref name="from"/>.</param>
    /// <returns>The month ends, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<LocalDate> MonthEnds(LocalDate from, LocalDate to)
    {
        Preconditions.CheckArgument(to >= from, nameof(to), Preconditions.Invariant($"The period ends on {to:uuuu-MM-dd}, before it starts on {from:uuuu-MM-dd}."), Preconditions.Invariant($"La période se termine le {to:uuuu-MM-dd}, avant de commencer le {from:uuuu-MM-dd}."));
        var ends = new List<LocalDate>();
        for (var month = new LocalDate(from.Year, from.Month, 1); month <= to; month = month.PlusMonths(1))
        {
            ends.Add(month.PlusMonths(1).PlusDays(-1));
        }

        return ends;
    }

    /// <summary>Which line of an event's entry names the third party: the advances' and the endowment's lines do, cash and income lines do not.</summary>
    private static (bool Debit, bool Credit) Auxiliary(PostingEvent e) => e switch
    {
        PostingEvent.Contribution or PostingEvent.PrincipalRepaid or PostingEvent.WriteOff or PostingEvent.WriteDown => (false, true),
        PostingEvent.Disbursement or PostingEvent.InterestAccrued or PostingEvent.WriteDownReversal => (true, false),
        PostingEvent.InterestReceived or PostingEvent.Recovery or PostingEvent.Fee => (false, false),
        _ => throw Preconditions.OutOfRange(nameof(e), e, "This posting event has no auxiliary rule: add it to Posting.Auxiliary.", "Cet événement de comptabilisation n'a pas de règle auxiliaire : ajoutez-le à Posting.Auxiliary."),
    };

    internal static string Label(PostingEvent e, bool reversal, string reference) => LabelPrefix(e, reversal) + reference;

    /// <summary>The words of an entry's label before its reference.</summary>
    internal static string LabelPrefix(PostingEvent e, bool reversal) => e switch
    {
        PostingEvent.Contribution => "Apport ",
        PostingEvent.Disbursement => "Décaissement avance ",
        PostingEvent.PrincipalRepaid => "Remboursement capital ",
        PostingEvent.InterestReceived => "Intérêts reçus ",
        PostingEvent.InterestAccrued => reversal ? "Extourne intérêts courus " : "Intérêts courus ",
        PostingEvent.WriteOff => "Passage en perte ",
        PostingEvent.Recovery => "Recouvrement ",
        PostingEvent.Fee => "Frais ",
        PostingEvent.WriteDown => "Dépréciation ",
        PostingEvent.WriteDownReversal => "Reprise de dépréciation ",
        _ => throw Preconditions.OutOfRange(nameof(e), e, "This posting event has no label: add it to Posting.LabelPrefix.", "Cet événement de comptabilisation n'a pas de libellé : ajoutez-le à Posting.LabelPrefix."),
    };

    /// <summary>The journal being written: entries, their numbers per journal, and the write-downs posted so far.</summary>
    private sealed class Writer(AdvanceBook book, PostingRules rules, WriteDownPolicy policy, IReadOnlyDictionary<string, CollectionCase>? cases, LocalDate[] closings)
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Money> _allowances = new(StringComparer.Ordinal);
        private static readonly IComparer<string> Ordinal = StringComparer.Ordinal;
        private readonly KeyValuePair<string, AdvanceAccount>[] _accounts = [.. book.Accounts.OrderBy(a => a.Key, Ordinal)];

        // Each advance's principal outstanding, followed from the ledger's events as they are posted.
        private readonly Dictionary<string, decimal> _outstanding = new(StringComparer.Ordinal);

        // Each advance's accrued interest at each period end, quoted on the schedule in force then, each schedule
        // planned once.
        private Money?[][]? _accrued;

        public EntryChunks Entries { get; } = new();

        public void Post(int index, FundEvent e)
        {
            var source = new EntrySource(index, null);
            switch (e.Kind)
            {
                case FundEventKind.Contribution:
                    Add(PostingEvent.Contribution, false, e.Date, e.Reference, e.Amount, source);
                    break;
                case FundEventKind.Disbursement:
                    Add(PostingEvent.Disbursement, false, e.Date, e.Reference, e.Amount, source);
                    _outstanding[e.Reference] = _outstanding.GetValueOrDefault(e.Reference) + e.Amount.Amount;
                    break;
                case FundEventKind.Repayment:
                    Add(PostingEvent.PrincipalRepaid, false, e.Date, e.Reference, e.Amount, source);
                    Add(PostingEvent.InterestReceived, false, e.Date, e.Reference, e.Interest, source);
                    _outstanding[e.Reference] = _outstanding.GetValueOrDefault(e.Reference) - e.Amount.Amount;
                    break;
                case FundEventKind.WriteOff:
                    Release(e.Reference, e.Date, source);
                    Add(PostingEvent.WriteOff, false, e.Date, e.Reference, e.Amount, source);
                    _outstanding[e.Reference] = _outstanding.GetValueOrDefault(e.Reference) - e.Amount.Amount;
                    break;
                case FundEventKind.Recovery:
                    Add(PostingEvent.Recovery, false, e.Date, e.Reference, e.Amount, source);
                    break;
                case FundEventKind.Fee:
                    Add(PostingEvent.Fee, false, e.Date, e.Reference, e.Amount, source);
                    break;
                case FundEventKind.Commitment:
                case FundEventKind.Cancellation:
                    break;
                default:
                    throw Preconditions.OutOfRange(nameof(e), e.Kind, "This ledger event kind has no posting: add it to Posting.Writer.Post.", "Ce type d'événement du registre n'a pas d'écriture : ajoutez-le à Posting.Writer.Post.");
            }
        }

        public void Close(int closing)
        {
            var periodEnd = closings[closing];
            var source = new EntrySource(null, periodEnd);
            var accrued = new List<(string Id, Money Amount)>();
            _accrued ??= [.. _accounts.Select(a => Accrued(a.Value, closings))];
            var currency = book.Ledger.Fund.Currency;
            for (var a = 0; a < _accounts.Length; a++)
            {
                var (id, account) = _accounts[a];
                var outstanding = Money.FromExact(_outstanding.GetValueOrDefault(id), currency);
                if (outstanding.IsPositive && _accrued[a][closing] is { IsPositive: true } interest)
                {
                    Add(PostingEvent.InterestAccrued, false, periodEnd, id, interest, source);
                    accrued.Add((id, interest));
                }

                if (!policy.IsEmpty)
                {
                    var target = outstanding.IsPositive
                        ? WriteDowns.Of(account, outstanding, periodEnd, policy, cases is not null && cases.TryGetValue(id, out var c) ? c : null).Allowance
                        : Money.Zero(outstanding.Currency);
                    var posted = _allowances.GetValueOrDefault(id, Money.Zero(outstanding.Currency));
                    if (target > posted)
                    {
                        Add(PostingEvent.WriteDown, false, periodEnd, id, target - posted, source);
                    }
                    else if (target < posted)
                    {
                        Add(PostingEvent.WriteDownReversal, false, periodEnd, id, posted - target, source);
                    }

                    _allowances[id] = target;
                }
            }

            var dayAfter = periodEnd.PlusDays(1);
            foreach (var (id, amount) in accrued)
            {
                Add(PostingEvent.InterestAccrued, true, dayAfter, id, amount, source);
            }
        }

        /// <summary>The accrued interest at each period end on or after the advance's start, on the schedule in force then: the last version whose rescheduling is dated on or before it.</summary>
        private static Money?[] Accrued(AdvanceAccount account, LocalDate[] closings)
        {
            var accrued = new Money?[closings.Length];
            var schedules = account.Schedules;
            for (var v = 0; v < schedules.Count; v++)
            {
                var schedule = schedules[v];
                var from = schedule.Events.Count == 0 ? LocalDate.MinIsoValue : schedule.Events[^1].Date;
                var until = v + 1 < schedules.Count && schedules[v + 1].Events.Count > 0 ? schedules[v + 1].Events[^1].Date : LocalDate.MaxIsoValue;
                var indices = Enumerable.Range(0, closings.Length).Where(i => closings[i] >= from && closings[i] < until && closings[i] >= schedule.Terms.StartDate).ToArray();
                var quotes = schedule.PayoffQuotes(indices.Select(i => closings[i]));
                for (var q = 0; q < indices.Length; q++)
                {
                    accrued[indices[q]] = quotes[q].AccruedInterest;
                }
            }

            return accrued;
        }

        private void Release(string id, LocalDate date, EntrySource source)
        {
            if (_allowances.TryGetValue(id, out var allowance) && allowance.IsPositive)
            {
                Add(PostingEvent.WriteDownReversal, false, date, id, allowance, source);
                _allowances[id] = Money.Zero(allowance.Currency);
            }
        }

        private void Add(PostingEvent e, bool reversal, LocalDate date, string reference, Money amount, EntrySource source)
        {
            if (!amount.IsPositive)
            {
                return;
            }

            var rule = rules.Of(e);
            var (debit, credit) = reversal ? (rule.Credit, rule.Debit) : (rule.Debit, rule.Credit);
            var (auxDebit, auxCredit) = Auxiliary(e);
            if (reversal)
            {
                (auxDebit, auxCredit) = (auxCredit, auxDebit);
            }

            var number = ++CollectionsMarshal.GetValueRefOrAddDefault(_numbers, rule.Journal, out _);
            Entries.Add(new JournalEntry(rule.Journal, number, date, e, reversal, reference, amount, debit, auxDebit, credit, auxCredit, source));
        }
    }
}
