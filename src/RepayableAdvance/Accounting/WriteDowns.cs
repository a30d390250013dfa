using NodaTime;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Accounting;

/// <summary>Applies a <see cref="WriteDownPolicy"/> to an advance book as of a date.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class WriteDowns
{
    /// <summary>Writes the book down as of a date.</summary>
    /// <param name="book">The advance book.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="cases">The collection cases by advance, for status rates; null when none.</param>
    /// <returns>Every advance with principal outstanding on the date, with its write-down.</returns>
    public static WrittenDownBook At(AdvanceBook book, LocalDate asOf, WriteDownPolicy policy, IReadOnlyDictionary<string, CollectionCase>? cases = null)
    {
        Preconditions.CheckNotNull(book);
        Preconditions.CheckNotNull(policy);
        var currency = book.Ledger.Fund.Currency;
        var advances = new List<AdvanceWriteDown>();
        var outstanding = Money.Zero(currency);
        var allowance = Money.Zero(currency);
        foreach (var (id, account) in book.Accounts.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var balance = book.Ledger.AdvanceAt(id, asOf).Outstanding;
            if (!balance.IsPositive)
            {
                continue;
            }

            var writeDown = Of(account, balance, asOf, policy, cases is not null && cases.TryGetValue(id, out var c) ? c : null);
            advances.Add(writeDown);
            outstanding += balance;
            allowance += writeDown.Allowance;
        }

        return new WrittenDownBook(asOf, advances, outstanding, allowance);
    }

    /// <summary>One advance's write-down, given its principal outstanding on the date.</summary>
    internal static AdvanceWriteDown Of(AdvanceAccount account, Money outstanding, LocalDate asOf, WriteDownPolicy policy, CollectionCase? collectionCase)
    {
        if (policy.AmountFor(account.Id, asOf) is { } decided)
        {
            return new AdvanceWriteDown(account.Id, outstanding, Money.Min(decided, outstanding), WriteDownBasis.Decided, null, null);
        }

        var (rate, basis, detail) = (Rate.Zero, WriteDownBasis.None, (string?)null);
        if (policy.Buckets is { } buckets && account.Tranches.Count > 0 && account.Tranches[0].Date <= asOf)
        {
            var bucket = ArrearsAgeing.Age(account, asOf, buckets).Bucket;
            for (var i = 0; bucket is not null && i < buckets.Buckets.Count; i++)
            {
                if (buckets.Buckets[i] == bucket && policy.BucketRates[i] > rate)
                {
                    (rate, basis, detail) = (policy.BucketRates[i], WriteDownBasis.Bucket, bucket.Name);
                }
            }
        }

        if (collectionCase is not null && policy.StatusRates.TryGetValue(collectionCase.StatusOn(asOf), out var statusRate) && statusRate > rate)
        {
            (rate, basis, detail) = (statusRate, WriteDownBasis.Status, ReasonCodes.NameOf(collectionCase.StatusOn(asOf)));
        }

        return new AdvanceWriteDown(account.Id, outstanding, outstanding.Multiply(rate, RoundingPolicy.Default), basis, detail, basis == WriteDownBasis.None ? null : rate);
    }
}
