using FsCheck.Fluent;

namespace RepayableAdvance.Tests;

public class MoneyInvariants
{
    private static readonly FsCheck.Gen<(Money Total, decimal[] Weights, RemainderPlacement Placement)> AllocationCase =
        from total in Generators.Money()
        from count in Gen.Choose(1, 12)
        from weights in Gen.ArrayOf(Generators.Weight(), count)
        from placement in Gen.Elements(Enum.GetValues<RemainderPlacement>())
        select (total, weights.Sum() == 0m ? [.. weights.Take(count - 1), 1m] : weights, placement);

    [Fact]
    public void Allocate_PreservesTotal() => Laws.Check(1000, AllocationCase, c =>
    {
        var parts = c.Total.Allocate(c.Weights, c.Placement);
        var sum = parts.Aggregate(Money.Zero(c.Total.Currency), (a, b) => a + b);
        return sum == c.Total && parts.Count == c.Weights.Length;
    });

    [Fact]
    public void Allocate_EachPartWithinOneMinorUnitOfExactShare() => Laws.Check(1000, AllocationCase, c =>
    {
        var parts = c.Total.Allocate(c.Weights, c.Placement);
        var weightSum = c.Weights.Sum();
        var unit = c.Total.Currency.MinorUnit;
        return parts.Select((p, i) => Math.Abs(p.Amount - (c.Total.Amount * (c.Weights[i] / weightSum)))).All(d => d < unit + 0.0000000001m);
    });

    [Fact]
    public void Allocate_IsDeterministic() => Laws.Check(500, AllocationCase, c =>
        c.Total.Allocate(c.Weights, c.Placement).SequenceEqual(c.Total.Allocate(c.Weights, c.Placement)));

    [Fact]
    public void Split_PartsDifferByAtMostOneMinorUnit() => Laws.Check(1000, Generators.Money().Zip(Gen.Choose(1, 50)), c =>
    {
        var parts = c.Item1.Split(c.Item2);
        var min = parts.Min(p => p.Amount);
        var max = parts.Max(p => p.Amount);
        return max - min <= c.Item1.Currency.MinorUnit && parts.Sum(p => p.Amount) == c.Item1.Amount;
    });

    [Fact]
    public void AddThenSubtract_IsIdentity() => Laws.Check(1000, Generators.Euros(int.MaxValue).Zip(Generators.Euros(int.MaxValue)), c =>
        c.Item1 + c.Item2 - c.Item2 == c.Item1 && c.Item1 + c.Item2 == c.Item2 + c.Item1);
}
