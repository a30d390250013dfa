namespace RepayableAdvance.Funds;

/// <summary>How a fund's losses are shared among its co-funders.</summary>
public enum LossSharing
{
    /// <summary>In proportion to contributions.</summary>
    ProRata = 0,

    /// <summary>In the order of <see cref="Fund.FirstLossOrder"/>: each co-funder absorbs losses up to its contribution before the next one.</summary>
    FirstLoss = 1,
}
