using FsCheck.Fluent;

namespace RepayableAdvance.Tests;

public class RoundingPolicyInvariants
{
    private static readonly FsCheck.Gen<(decimal Value, RoundingPolicy Policy)> Case =
        from units in Gen.Choose(-2_000_000_000, 2_000_000_000)
        from scale in Gen.Choose(0, 8)
        from mode in Generators.RoundingMode()
        from targetScale in Gen.Choose(0, 2)
        from increment in Gen.Elements<decimal?>(null, 0.05m, 1m, 10m, 0.25m)
        select (units * DecimalMath.PowerOfTenInverse(scale), RoundingPolicy.Create(mode, targetScale, increment));

    [Fact]
    public void Round_IsIdempotent() => Laws.Check(1000, Case, c =>
    {
        var once = c.Policy.Round(c.Value, Currency.EUR);
        return c.Policy.Round(once.Amount, Currency.EUR) == once;
    });

    [Fact]
    public void Round_MovesLessThanOneStep() => Laws.Check(1000, Case, c =>
    {
        var step = c.Policy.CashIncrement ?? (c.Policy.Scale is { } s ? DecimalMath.PowerOfTenInverse(s) : 0.01m);
        return Math.Abs(c.Policy.Round(c.Value, Currency.EUR).Amount - c.Value) < step;
    });

    [Fact]
    public void Round_DirectedModesRespectDirection() => Laws.Check(1000, Case, c =>
    {
        var rounded = c.Policy.Round(c.Value, Currency.EUR).Amount;
        return c.Policy.Mode switch
        {
            RoundingMode.Up => rounded >= c.Value,
            RoundingMode.Down => rounded <= c.Value,
            RoundingMode.TowardZero => Math.Abs(rounded) <= Math.Abs(c.Value),
            _ => true,
        };
    });
}
