using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>What a journal entry posts: a fund-ledger event, or a period end's accrual or write-down.</summary>
/// <param name="LedgerEvent">The index of the fund-ledger event the entry posts (<see cref="Funds.FundLedger.Events"/>); null for period-end entries.</param>
/// <param name="PeriodEnd">The period end whose accrual or write-down the entry posts or reverses; null for a ledger event's entries.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public readonly record struct EntrySource(int? LedgerEvent, LocalDate? PeriodEnd)
{
    /// <summary>Gets the reference of the voucher (pièce) the entry rests on.</summary>
    /// <value><c>L</c> and the ledger event's index on six digits, or <c>P</c> and the period end as <c>yyyyMMdd</c>.</value>
    public string Voucher => LedgerEvent is { } index
        ? "L" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)
        : "P" + PeriodEnd!.Value.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
}
