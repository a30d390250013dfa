namespace RepayableAdvance.StateAid;

/// <summary>Maps a loss given default to a <see cref="CollateralLevel"/>.</summary>
public static class CollateralLevels
{
    /// <summary>Gets the level for a loss given default: ≤ 30 % high, ≥ 60 % low, normal in between.</summary>
    /// <param name="lossGivenDefault">The LGD, from 0 % to 100 %.</param>
    /// <returns>The collateralisation level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The LGD is outside 0 %–100 %.</exception>
    public static CollateralLevel FromLossGivenDefault(Rate lossGivenDefault)
    {
        Preconditions.CheckArgumentRange(nameof(lossGivenDefault), lossGivenDefault.Value, 0m, 1m);
        return lossGivenDefault.Value <= 0.30m ? CollateralLevel.High
            : lossGivenDefault.Value >= 0.60m ? CollateralLevel.Low
            : CollateralLevel.Normal;
    }
}
