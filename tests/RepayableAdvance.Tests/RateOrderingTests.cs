using FsCheck.Fluent;

namespace RepayableAdvance.Tests;

/// <summary>Rate ordering and arithmetic agree with the underlying fractions (killed the surviving mutants of the first Stryker run).</summary>
public sealed class RateOrderingTests
{
    [Fact]
    public void Operators_agree_with_the_fractions() =>
        Laws.Check(
            2_000,
            Gen.Zip(Gen.Choose(-5_000, 5_000), Gen.Choose(-5_000, 5_000)),
            c =>
            {
                var (a, b) = (Rate.FromBasisPoints(c.Item1), Rate.FromBasisPoints(c.Item2));
                return (a < b) == (c.Item1 < c.Item2)
                    && (a <= b) == (c.Item1 <= c.Item2)
                    && (a > b) == (c.Item1 > c.Item2)
                    && (a >= b) == (c.Item1 >= c.Item2)
                    && (a == b) == (c.Item1 == c.Item2)
                    && (a != b) == (c.Item1 != c.Item2)
                    && Rate.Max(a, b).BasisPoints == Math.Max(c.Item1, c.Item2)
                    && Rate.Min(a, b).BasisPoints == Math.Min(c.Item1, c.Item2)
                    && (-a).BasisPoints == -c.Item1
                    && Math.Sign(a.CompareTo(b)) == Math.Sign(c.Item1.CompareTo(c.Item2))
                    && (a - b).BasisPoints == c.Item1 - c.Item2;
            });

    [Fact]
    public void Parse_accepts_units_and_rejects_the_rest()
    {
        Assert.Equal(Rate.FromBasisPoints(25m), Rate.Parse("25 bps"));
        Assert.Equal(Rate.FromBasisPoints(25m), Rate.Parse("25BP"));
        Assert.False(Rate.TryParse(null, out _));
        Assert.False(Rate.TryParse("%", out _));
        Assert.False(Rate.TryParse("1e3%", out _));
        Assert.Equal(1, ((IComparable)Rate.FromPercent(1m)).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)Rate.FromPercent(1m)).CompareTo("1%"));
    }
}
