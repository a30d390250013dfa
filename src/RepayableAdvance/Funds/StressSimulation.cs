namespace RepayableAdvance.Funds;

/// <summary>Monte Carlo stress simulation of a fund: defaults, recoveries, repayment delays and new demand.</summary>
/// <remarks>
/// <para>Each advance's scheduled receipts are precomputed once. A scenario only draws each advance's default month
/// (from a constant monthly hazard), its recovery and its delay, and subtracts or shifts that advance's receipts; it
/// then walks the months, adding receipts and funding new requests while money is available.</para>
/// <para>Scenario <c>i</c> draws from its own generator seeded by (seed, i), so the result does not depend on how
/// scenarios are spread over threads. Simulation arithmetic uses <see cref="double"/>: these are statistics over
/// random draws, not money owed to anyone, and binary floating point is what makes 10,000 × 120-month scenarios run
/// in well under a second. Results are converted back to <see cref="Money"/>, rounded half-even to the cent.</para>
/// </remarks>
public static class StressSimulation
{
    /// <summary>The most new requests a month the demand may expect.</summary>
    private const decimal MaxArrivalsPerMonth = 10_000m;

    /// <summary>Checks, before any work, that the simulation can run on a portfolio: one currency, amounts within <see cref="DomainBounds"/>, a demand with a rate from 0 to 10,000 requests a month, sizes from zero, and a repayment profile of shares from 0 to 1 summing to at most 1. <see cref="Run"/> calls it; document readers call it too, so that a portfolio that reads also runs.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <exception cref="ArgumentNullException">The portfolio, an advance or a demand list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount, the demand's rate or a share is out of range.</exception>
    /// <exception cref="ArgumentException">Amounts are in different currencies, or the profile repays more than the advance.</exception>
    public static void CheckPortfolio(StressPortfolio portfolio)
    {
        Preconditions.CheckNotNull(portfolio);
        var currency = portfolio.Available.Currency;
        DomainBounds.CheckAmount(portfolio.Available, nameof(portfolio));
        Preconditions.CheckNotNull(portfolio.Advances);
        foreach (var advance in portfolio.Advances)
        {
            Preconditions.CheckArgument(advance is not null, nameof(portfolio), "An advance of the portfolio is null.", "Une avance du portefeuille est null.");
            foreach (var receipt in advance.MonthlyReceipts.Concat(advance.OutstandingAtMonthStart))
            {
                Preconditions.CheckArgument(receipt.Currency == currency, nameof(portfolio), $"Advance {advance.Id} is in {receipt.Currency.Code} but the fund's available amount is in {currency.Code}: a portfolio uses one currency.", $"L'avance {advance.Id} est en {receipt.Currency.Code} mais le disponible du fonds est en {currency.Code} : un portefeuille utilise une seule devise.");
                DomainBounds.CheckAmount(receipt, nameof(portfolio));
            }
        }

        if (portfolio.Demand is { } demand)
        {
            Preconditions.CheckArgumentRange(nameof(demand.NewAdvancesPerMonth), demand.NewAdvancesPerMonth, 0m, MaxArrivalsPerMonth);
            Preconditions.CheckNotNull(demand.Sizes);
            Preconditions.CheckNotNull(demand.RepaymentProfile);
            foreach (var size in demand.Sizes)
            {
                Preconditions.CheckArgument(size.Currency == currency, nameof(portfolio), $"A demand size is in {size.Currency.Code} but the fund's available amount is in {currency.Code}: a portfolio uses one currency.", $"Une taille de demande est en {size.Currency.Code} mais le disponible du fonds est en {currency.Code} : un portefeuille utilise une seule devise.");
                Preconditions.CheckArgumentRange(nameof(demand.Sizes), size.Amount, 0m, DomainBounds.MaxAmount);
            }

            Preconditions.CheckArgument(demand.RepaymentProfile.Count <= DomainBounds.MaxMonths, nameof(demand.RepaymentProfile), $"The repayment profile has {demand.RepaymentProfile.Count} months; the most is {DomainBounds.MaxMonths}.", $"Le profil de remboursement compte {demand.RepaymentProfile.Count} mois ; le maximum est {DomainBounds.MaxMonths}.");
            foreach (var share in demand.RepaymentProfile)
            {
                Preconditions.CheckArgumentRange(nameof(demand.RepaymentProfile), share, 0m, 1m);
            }

            Preconditions.CheckArgument(demand.RepaymentProfile.Sum() <= 1.000001m, nameof(demand.RepaymentProfile), $"The repayment profile sums to {demand.RepaymentProfile.Sum()}: it may repay at most the whole advance (1).", $"Le profil de remboursement totalise {demand.RepaymentProfile.Sum()} : il peut rembourser au plus l'avance entière (1).");
        }
    }

    /// <summary>Runs the simulation.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="progress">Receives the number of scenarios completed, now and then.</param>
    /// <returns>The distributions and probabilities.</returns>
    /// <exception cref="ArgumentNullException">An argument, an advance or a demand list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The settings are out of range (scenarios 1 to <see cref="DomainBounds.MaxScenarios"/>, months 1 to <see cref="DomainBounds.MaxMonths"/>), an amount is beyond <see cref="DomainBounds.MaxAmount"/>, or the demand's rate or profile is out of range.</exception>
    /// <exception cref="ArgumentException">Amounts are in different currencies, or scenarios × months exceed 100 million points.</exception>
    public static StressResult Run(StressPortfolio portfolio, StressSettings settings, IProgress<int>? progress = null)
    {
        Preconditions.CheckNotNull(portfolio);
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckArgumentRange(nameof(settings.Scenarios), settings.Scenarios, 1, DomainBounds.MaxScenarios, "The number of scenarios", "Le nombre de scénarios");
        Preconditions.CheckArgumentRange(nameof(settings.Months), settings.Months, 1, DomainBounds.MaxMonths, "The horizon in months", "L'horizon en mois");
        CheckPortfolio(portfolio);
        Preconditions.CheckArgumentRange(nameof(settings.MaxDegreeOfParallelism), settings.MaxDegreeOfParallelism, 0, 1024);
        Preconditions.CheckArgument((long)settings.Scenarios * settings.Months <= 100_000_000L, nameof(settings), $"{settings.Scenarios} scenarios × {settings.Months} months is more than 100 million points; run fewer scenarios or a shorter horizon.", $"{settings.Scenarios} scénarios × {settings.Months} mois dépassent 100 millions de points ; lancez moins de scénarios ou un horizon plus court.");
        var currency = portfolio.Available.Currency;
        var months = settings.Months;
        var model = new Model(portfolio, months);
        // Month-major, with scenarios run in contiguous chunks: each thread writes its own stretch of every month's
        // row (no false sharing but at chunk edges), and each month's row is contiguous for the percentiles.
        var scenarios = settings.Scenarios;
        // double: simulated statistics over random draws, not money owed (see remarks); results return as Money.
        var paths = new double[(long)scenarios * months]; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        var funded = new int[scenarios];
        var defaults = new int[scenarios];
        var exhausted = new bool[scenarios];
        var done = 0;
        const int ChunkSize = 256;
        var chunks = (scenarios + ChunkSize - 1) / ChunkSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism == 0 ? -1 : settings.MaxDegreeOfParallelism };
        Parallel.For(
            0,
            chunks,
            options,
            () => new double[months + 1], // per-thread scenario inflows, simulated in double (see remarks) // double: Monte Carlo model input, not money owed; results return as Money
            (chunk, _, inflow) =>
            {
                var end = Math.Min(scenarios, (chunk + 1) * ChunkSize);
                for (var scenario = chunk * ChunkSize; scenario < end; scenario++)
                {
                    var rng = new SplitMix64(unchecked(settings.Seed ^ (0xD1B54A32D192ED03UL * (ulong)(scenario + 1))));
                    (funded[scenario], defaults[scenario], exhausted[scenario]) = model.RunScenario(ref rng, inflow, paths, scenario, scenarios);
                }

                var completed = Interlocked.Add(ref done, end - (chunk * ChunkSize));
                progress?.Report(completed);
                return inflow;
            },
            _ => { });

        progress?.Report(scenarios);
        var percentiles = new StressPercentiles[months];
        Parallel.For(0, months, options, m =>
        {
            var start = (int)((long)m * scenarios);
            var sum = 0d;
            for (var i = start; i < start + scenarios; i++)
            {
                sum += paths[i];
            }

            // The five order statistics by selection, in increasing rank: each one partitions the row so that the next
            // search starts after it. Linear time per row instead of a full sort, and the same values a sort gives.
            var column = paths.AsSpan(start, scenarios); // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
            var p05 = At(column, 0.05, 0);
            var p25 = At(column, 0.25, Rank(0.05) + 1);
            var p50 = At(column, 0.50, Rank(0.25) + 1);
            var p75 = At(column, 0.75, Rank(0.50) + 1);
            var p95 = At(column, 0.95, Rank(0.75) + 1);
            percentiles[m] = new StressPercentiles(m + 1, p05, p25, p50, p75, p95, ToMoney(sum / scenarios));
        });

        return new StressResult(
            settings,
            percentiles,
            (decimal)exhausted.Count(e => e) / settings.Scenarios,
            (decimal)funded.Sum(f => (long)f) / settings.Scenarios,
            (decimal)defaults.Sum(d => (long)d) / settings.Scenarios);

        // Percentiles and means of simulated paths: statistics, computed in double, rounded half-even back to Money. // double: Monte Carlo model input, not money owed; results return as Money
        // The p-th percentile is the order statistic of rank ceil(p × n) (nearest rank), found by selection from `from`.
        int Rank(double p) => Math.Clamp((int)Math.Ceiling(p * scenarios) - 1, 0, scenarios - 1); // double: a percentile level (0.05…0.95), not an amount
        Money At(Span<double> row, double p, int from) => ToMoney(Selection.Select(row, Math.Min(from, Rank(p)), Rank(p))); // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        Money ToMoney(double value) => Money.FromDecimal((decimal)value, currency, RoundingPolicy.Default); // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
    }

    /// <summary>The precomputed, read-only model shared by every scenario.</summary>
    /// <remarks>
    /// Amounts and probabilities are converted once from <see cref="Money"/> and <see cref="Rate"/> to <see cref="double"/>:
    /// every figure here feeds a Monte Carlo statistic (a distribution of simulated paths), never a balance anyone owes,
    /// and binary floating point is what makes millions of path steps affordable. No ledger or schedule is computed here.
    /// </remarks>
    private sealed class Model
    {
        private readonly int _months;
        private readonly double _start; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly bool _revolving;
        private readonly double[] _base; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double[][] _receipts; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double[][] _outstanding; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double[] _monthlySurvivalLog; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double[] _recovery; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly int[] _recoveryDelay;
        private readonly double[] _delayProbability; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly int[] _delay;
        private readonly double _lambdaExp; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double[] _sizes; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double[] _profile; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        private readonly double _minimumSize; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.

        public Model(StressPortfolio portfolio, int months)
        {
            var currency = portfolio.Available.Currency;
            _months = months;
            _start = (double)portfolio.Available.Amount; // double: Monte Carlo model input, not money owed; results return as Money
            _revolving = portfolio.Revolving;
            var n = portfolio.Advances.Count;
            _base = new double[months]; // double: Monte Carlo model input, not money owed; results return as Money
            _receipts = new double[n][]; // double: Monte Carlo model input, not money owed; results return as Money
            _outstanding = new double[n][]; // double: Monte Carlo model input, not money owed; results return as Money
            _monthlySurvivalLog = new double[n]; // double: Monte Carlo model input, not money owed; results return as Money
            _recovery = new double[n]; // double: Monte Carlo model input, not money owed; results return as Money
            _recoveryDelay = new int[n];
            _delayProbability = new double[n]; // double: Monte Carlo model input, not money owed; results return as Money
            _delay = new int[n];
            for (var a = 0; a < n; a++)
            {
                var advance = portfolio.Advances[a];
                // An advance can only default while it still owes something: its life ends with its last receipt.
                var length = Math.Min(months, advance.MonthlyReceipts.Count);
                while (length > 0 && advance.MonthlyReceipts[length - 1].IsZero)
                {
                    length--;
                }

                _receipts[a] = new double[length]; // double: Monte Carlo model input, not money owed; results return as Money
                _outstanding[a] = new double[length]; // double: Monte Carlo model input, not money owed; results return as Money
                for (var m = 0; m < length; m++)
                {
                    CurrencyMismatchException.ThrowIfDifferent(currency, advance.MonthlyReceipts[m].Currency);
                    _receipts[a][m] = (double)advance.MonthlyReceipts[m].Amount; // double: Monte Carlo model input, not money owed; results return as Money
                    _outstanding[a][m] = (double)advance.OutstandingAtMonthStart[m].Amount; // double: Monte Carlo model input, not money owed; results return as Money
                    _base[m] += _receipts[a][m];
                }

                var pd = (double)advance.AnnualDefaultProbability.Value; // double: Monte Carlo model input, not money owed; results return as Money
                _monthlySurvivalLog[a] = pd >= 1d ? double.NegativeInfinity : Math.Log(1d - pd) / 12d; // double: Monte Carlo model input, not money owed; results return as Money
                _recovery[a] = (double)advance.RecoveryRate.Value; // double: Monte Carlo model input, not money owed; results return as Money
                _recoveryDelay[a] = advance.RecoveryDelayMonths;
                _delayProbability[a] = (double)advance.DelayProbability.Value; // double: Monte Carlo model input, not money owed; results return as Money
                _delay[a] = advance.DelayMonths;
            }

            var demand = portfolio.Demand;
            _sizes = demand is null ? [] : [.. demand.Sizes.Select(s => (double)s.Amount)]; // double: Monte Carlo model input, not money owed; results return as Money
            _profile = demand is null ? [] : [.. demand.RepaymentProfile.Select(p => (double)p)]; // double: Monte Carlo model input, not money owed; results return as Money
            _lambdaExp = demand is null ? 1d : Math.Exp(-(double)demand.NewAdvancesPerMonth); // double: Monte Carlo model input, not money owed; results return as Money
            _minimumSize = _sizes.Length == 0 ? 0d : _sizes.Min();
        }

        public (int Funded, int Defaults, bool Exhausted) RunScenario(ref SplitMix64 rng, double[] inflow, double[] paths, int scenario, int scenarios) // double: Monte Carlo model input, not money owed; results return as Money
        {
            Array.Copy(_base, inflow, _months);
            inflow[_months] = 0d;
            var defaults = 0;
            for (var a = 0; a < _receipts.Length; a++)
            {
                var receipts = _receipts[a];
                var length = receipts.Length;
                var u = rng.NextDouble();

                // Constant monthly hazard: the default month is geometric, drawn by inversion.
                var defaultMonth = _monthlySurvivalLog[a] == 0d ? int.MaxValue
                    : double.IsNegativeInfinity(_monthlySurvivalLog[a]) ? 0 // double: Monte Carlo model input, not money owed; results return as Money
                    : (int)Math.Min(int.MaxValue, Math.Floor(Math.Log(1d - u) / _monthlySurvivalLog[a]));
                var delayed = _delay[a] > 0 && rng.NextDouble() < _delayProbability[a];
                if (defaultMonth < length)
                {
                    defaults++;
                    for (var m = defaultMonth; m < length; m++)
                    {
                        inflow[m] -= receipts[m];
                    }

                    var recoveryMonth = defaultMonth + _recoveryDelay[a];
                    if (recoveryMonth < _months)
                    {
                        inflow[recoveryMonth] += _recovery[a] * _outstanding[a][defaultMonth];
                    }
                }
                else if (delayed)
                {
                    for (var m = length - 1; m >= 0; m--)
                    {
                        inflow[m] -= receipts[m];
                        if (m + _delay[a] < _months)
                        {
                            inflow[m + _delay[a]] += receipts[m];
                        }
                    }
                }
            }

            var available = _start;
            var funded = 0;
            var exhausted = false;
            for (var m = 0; m < _months; m++)
            {
                if (_revolving)
                {
                    available += inflow[m];
                }

                if (_sizes.Length > 0)
                {
                    // Poisson arrivals by Knuth's product of uniforms (the mean is small).
                    var product = rng.NextDouble();
                    while (product > _lambdaExp)
                    {
                        var size = _sizes[(int)(rng.NextDouble() * _sizes.Length)];
                        if (available >= size)
                        {
                            available -= size;
                            funded++;
                            for (var k = 0; k < _profile.Length && m + 1 + k < _months; k++)
                            {
                                inflow[m + 1 + k] += size * _profile[k];
                            }
                        }

                        product *= rng.NextDouble();
                    }
                }

                exhausted |= _sizes.Length > 0 ? available < _minimumSize : available <= 0d;
                paths[((long)m * scenarios) + scenario] = available;
            }

            return (funded, defaults, exhausted);
        }
    }

    /// <summary>Order statistics by selection (Hoare's quickselect with a three-way partition, so that runs of equal values stay linear).</summary>
    internal static class Selection
    {
        /// <summary>
        /// Rearranges <paramref name="values"/> from index <paramref name="from"/> on so that the element of rank
        /// <paramref name="rank"/> (0-based, over the whole span) is in place, smaller ones before and larger ones after,
        /// and returns it. Elements before <paramref name="from"/> must already be no larger than any after it.
        /// </summary>
        internal static double Select(Span<double> values, int from, int rank) // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
        {
            var low = from;
            var high = values.Length - 1;
            while (low < high)
            {
                // Median of three as the pivot: deterministic, and robust on sorted or constant rows.
                var middle = low + ((high - low) / 2);
                var pivot = Median(values[low], values[middle], values[high]); // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.

                // Three-way partition: [low, lt) < pivot, [lt, i) == pivot, (gt, high] > pivot.
                int lt = low, i = low, gt = high;
                while (i <= gt)
                {
                    var v = values[i]; // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
                    if (v < pivot)
                    {
                        (values[lt], values[i]) = (values[i], values[lt]);
                        lt++;
                        i++;
                    }
                    else if (v > pivot)
                    {
                        (values[gt], values[i]) = (values[i], values[gt]);
                        gt--;
                    }
                    else
                    {
                        i++;
                    }
                }

                if (rank < lt)
                {
                    high = lt - 1;
                }
                else if (rank > gt)
                {
                    low = gt + 1;
                }
                else
                {
                    return pivot;
                }
            }

            return values[rank];
        }

        private static double Median(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c)); // double: a Monte Carlo statistic over simulated paths, not money owed; results return as Money.
    }

    /// <summary>SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform.</summary>
    private struct SplitMix64(ulong state)
    {
        private ulong _state = state;

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53)); // double: Monte Carlo model input, not money owed; results return as Money

        private ulong Next()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
