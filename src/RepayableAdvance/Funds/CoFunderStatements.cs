using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>Splits a fund's positions among its co-funders; each split sums exactly to the total (largest remainder).</summary>
public static class CoFunderStatements
{
    /// <summary>Computes every co-funder's statement on a date.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One statement per co-funder, in the fund's order.</returns>
    public static IReadOnlyList<CoFunderStatement> For(FundLedger ledger, LocalDate asOf)
    {
        Preconditions.CheckNotNull(ledger);
        var fund = ledger.Fund;
        var position = ledger.PositionAt(asOf);
        var contributions = ledger.ContributionsAt(asOf);
        var weights = fund.CoFunders.Select(c => contributions[c.Id].Amount).ToArray();
        var total = weights.Sum();
        var n = weights.Length;
        var zero = Money.Zero(fund.Currency);
        IReadOnlyList<Money> Split(Money amount) =>
            total == 0m ? [.. Enumerable.Repeat(zero, n)] : SplitSigned(amount, weights);

        var cash = Split(position.Cash);
        var outstanding = Split(position.Outstanding);
        var undisbursed = Split(position.CommittedUndisbursed);
        var available = Split(position.Available);
        var netLoss = Money.Max(position.WrittenOff - position.Recovered, zero);
        var losses = fund.LossSharing == LossSharing.ProRata ? Split(netLoss) : Waterfall(fund, contributions, netLoss);
        return [.. fund.CoFunders.Select((c, i) => new CoFunderStatement(
            c, asOf, contributions[c.Id], total == 0m ? Rate.Zero : Rate.FromDecimal(weights[i] / total), cash[i], outstanding[i], undisbursed[i], available[i], losses[i]))];
    }

    private static IReadOnlyList<Money> SplitSigned(Money amount, decimal[] weights) =>
        amount.IsNegative ? [.. (-amount).Allocate(weights).Select(m => -m)] : amount.Allocate(weights);

    private static Money[] Waterfall(Fund fund, IReadOnlyDictionary<string, Money> contributions, Money loss)
    {
        var shares = fund.CoFunders.ToDictionary(c => c.Id, _ => Money.Zero(fund.Currency), StringComparer.Ordinal);
        var remaining = loss;
        for (var i = 0; i < fund.FirstLossOrder.Count && remaining.IsPositive; i++)
        {
            var id = fund.FirstLossOrder[i];
            var take = i == fund.FirstLossOrder.Count - 1 ? remaining : Money.Min(remaining, contributions[id]);
            shares[id] = take;
            remaining -= take;
        }

        return [.. fund.CoFunders.Select(c => shares[c.Id])];
    }
}
