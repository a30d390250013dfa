using System.Numerics;

namespace RepayableAdvance;

/// <summary>Exact allocation of money by weights, in integer arithmetic on minor units.</summary>
internal static class MoneyAllocator
{
    internal static IReadOnlyList<Money> Allocate(Money total, IReadOnlyList<decimal> weights, RemainderPlacement placement)
    {
        Preconditions.CheckNotNull(weights);
        Preconditions.CheckDefined(placement, nameof(placement));
        Preconditions.CheckArgument(weights.Count > 0, nameof(weights), "Weights are empty: give at least one weight.", "Les poids sont vides : donnez au moins un poids.");

        var scale = 0;
        var sum = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            if (w < 0m)
            {
                throw Preconditions.Argument(
                    Preconditions.Invariant($"Weight {w} at index {i} is negative: weights must be zero or positive."), Preconditions.Invariant($"Le poids {w} à l'indice {i} est négatif : les poids doivent être positifs ou nuls."),
                    nameof(weights));
            }

            scale = Math.Max(scale, DecimalMath.SignificantScale(w));
            sum += w;
        }

        Preconditions.CheckArgument(sum > 0m, nameof(weights), "All weights are zero: at least one weight must be positive.", "Tous les poids sont nuls : au moins un poids doit être positif.");

        // Scale the weights to integers so that every share is an exact rational number.
        var factor = BigInteger.Pow(10, scale);
        var intWeights = new BigInteger[weights.Count];
        var weightSum = BigInteger.Zero;
        for (var i = 0; i < weights.Count; i++)
        {
            intWeights[i] = ToBigInteger(weights[i], factor);
            weightSum += intWeights[i];
        }

        var currency = total.Currency;
        var units = ToBigInteger(Math.Abs(total.Amount), BigInteger.Pow(10, currency.MinorUnits));
        var floors = new BigInteger[weights.Count];
        var remainders = new BigInteger[weights.Count];
        var allocated = BigInteger.Zero;
        for (var i = 0; i < weights.Count; i++)
        {
            floors[i] = BigInteger.DivRem(units * intWeights[i], weightSum, out remainders[i]);
            allocated += floors[i];
        }

        var leftOver = (int)(units - allocated);
        foreach (var index in Order(remainders, placement))
        {
            if (leftOver == 0)
            {
                break;
            }

            floors[index] += 1;
            leftOver--;
        }

        var negative = total.Amount < 0m;
        var minor = currency.MinorUnit;
        var result = new Money[weights.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var amount = (decimal)floors[i] * minor;
            result[i] = Money.FromExact(negative ? -amount : amount, currency);
        }

        return result;
    }

    private static IEnumerable<int> Order(BigInteger[] remainders, RemainderPlacement placement)
    {
        var withFraction = Enumerable.Range(0, remainders.Length).Where(i => !remainders[i].IsZero);
        return placement switch
        {
            RemainderPlacement.First => withFraction,
            RemainderPlacement.Last => withFraction.Reverse(),
            _ => withFraction.OrderByDescending(i => remainders[i]).ThenBy(i => i),
        };
    }

    private static BigInteger ToBigInteger(decimal value, BigInteger factor)
    {
        // value * factor is integral by construction; do it in BigInteger to avoid decimal overflow.
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var scaled = mantissa * factor / BigInteger.Pow(10, scale);
        return value < 0m ? -scaled : scaled;
    }
}
