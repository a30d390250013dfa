using NodaTime;

namespace RepayableAdvance.Sizing;

/// <summary>One dated version of a sizing policy: a need, caps combined with min-of, a minimum and a rounding step.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SizingVersion : IDatedVersion
{
    private readonly AmountRule[] _caps;

    /// <summary>Creates a version.</summary>
    /// <param name="version">The label.</param>
    /// <param name="effectiveFrom">The first day it applies.</param>
    /// <param name="effectiveTo">The last day, or null.</param>
    /// <param name="need">The need base.</param>
    /// <param name="caps">The caps; the amount is the minimum of the need and every applicable cap.</param>
    /// <param name="minimum">The scheme minimum; below it the result is not fundable.</param>
    /// <param name="step">The rounding-down step, or null for none.</param>
    /// <param name="raiseToMinimum">Whether an amount below the minimum is raised to it (only when every cap allows).</param>
    /// <exception cref="ArgumentException">An argument is invalid: reversed dates, negative minimum, a minimum above a scheme-maximum cap, non-positive step, mixed currencies.</exception>
    public SizingVersion(string version, LocalDate effectiveFrom, LocalDate? effectiveTo, AmountRule need, IReadOnlyList<AmountRule> caps, Money minimum, Money? step = null, bool raiseToMinimum = false)
    {
        Preconditions.CheckNotNull(version);
        Preconditions.CheckArgument(version.Length > 0, nameof(version), "The version label is empty.", "Le libellé de version est vide.");
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo >= effectiveFrom, nameof(effectiveTo), $"Version {version} ends on {effectiveTo:uuuu-MM-dd}, before it starts on {effectiveFrom:uuuu-MM-dd}.", $"La version {version} se termine le {effectiveTo:uuuu-MM-dd}, avant de commencer le {effectiveFrom:uuuu-MM-dd}.");
        Preconditions.CheckArgument(!minimum.IsNegative, nameof(minimum), $"Minimum {minimum} is negative: it must be zero or more.", $"Le minimum {minimum} est négatif : il doit être positif ou nul.");
        if (step is { } s)
        {
            Preconditions.CheckArgument(s.IsPositive, nameof(step), $"Step {s} is not positive: give a step such as 1000.00 EUR, or none.", $"Le pas {s} n'est pas positif : donnez un pas comme 1000.00 EUR, ou aucun.");
            CurrencyMismatchException.ThrowIfDifferent(minimum.Currency, s.Currency);
        }

        Preconditions.CheckNotNull(caps);
        Preconditions.CheckArgument(caps.All(c => c is not null), nameof(caps), "A cap is null.", "Un plafond est null.");
        DomainBounds.CheckAmount(minimum, nameof(minimum));
        foreach (var cap in caps)
        {
            // Every cap applies: a scheme maximum below the minimum would make every advance unfundable.
            if (cap is SchemeMaximumRule { Maximum: var maximum })
            {
                Preconditions.CheckArgument(
                    maximum.Currency != minimum.Currency || maximum >= minimum,
                    nameof(minimum),
                    $"Minimum {minimum} is above the scheme maximum {maximum}: no advance could be sized; lower the minimum or raise the maximum.", $"Le minimum {minimum} dépasse le maximum du dispositif {maximum} : aucune avance ne pourrait être dimensionnée ; baissez le minimum ou relevez le maximum.");
            }
        }

        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Need = Preconditions.CheckNotNull(need);
        _caps = [.. caps];
        Minimum = minimum;
        Step = step;
        RaiseToMinimum = raiseToMinimum;
    }

    /// <summary>Gets the label.</summary>
    /// <value>For example <c>2020</c>.</value>
    public string Version { get; }

    /// <summary>Gets the first day the version applies.</summary>
    /// <value>The start date.</value>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day the version applies.</summary>
    /// <value>Null when open-ended.</value>
    public LocalDate? EffectiveTo { get; }

    /// <summary>Gets the need base.</summary>
    /// <value>The rule.</value>
    public AmountRule Need { get; }

    /// <summary>Gets the caps.</summary>
    /// <value>Combined with min-of.</value>
    public IReadOnlyList<AmountRule> Caps => _caps;

    /// <summary>Gets the scheme minimum.</summary>
    /// <value>For example 50,000 EUR.</value>
    public Money Minimum { get; }

    /// <summary>Gets the rounding-down step.</summary>
    /// <value>Null for none.</value>
    public Money? Step { get; }

    /// <summary>Gets whether an amount below the minimum is raised to it.</summary>
    /// <value>False by default: below the minimum is not fundable.</value>
    public bool RaiseToMinimum { get; }

    /// <summary>Tells whether the version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True within the effective dates.</returns>
    public bool IsInForceOn(LocalDate date) => Versioning.IsInForceOn(this, date);

    internal SizingResult Evaluate(string policy, Application application, SizingContext context)
    {
        var need = Need.EvaluateCore(application, context);
        var caps = new AmountResult[_caps.Length];
        var complete = need.Amount is not null;
        for (var i = 0; i < _caps.Length; i++)
        {
            caps[i] = _caps[i].EvaluateCore(application, context);
            complete &= !caps[i].Applies || caps[i].Amount is not null;
        }

        if (need.Amount is not { } needAmount || !complete)
        {
            var fields = need.MissingData.Concat(caps.Where(c => c.Applies && c.Amount is null).SelectMany(c => c.MissingData)).Distinct(StringComparer.Ordinal).ToArray();
            return new SizingResult(policy, Version, SizingOutcome.CannotSize, null, null, null, need, caps,
                [new Reason(ReasonCodes.Sizing.CannotSize, ReasonArgument.Text("fields", string.Join(", ", fields)))], fields);
        }

        var currency = needAmount.Currency;
        CurrencyMismatchException.ThrowIfDifferent(Minimum.Currency, currency);
        var unrounded = needAmount.Amount;
        var bindingIndex = -1;
        for (var i = 0; i < caps.Length; i++)
        {
            if (caps[i].Applies && caps[i].Amount is { } amount)
            {
                CurrencyMismatchException.ThrowIfDifferent(currency, amount.Currency);
                if (amount.Amount < unrounded)
                {
                    unrounded = amount.Amount;
                    bindingIndex = i;
                }
            }
        }

        var binding = bindingIndex < 0 ? new BindingConstraint(Need, null, need) : new BindingConstraint(_caps[bindingIndex], bindingIndex, caps[bindingIndex]);

        // Decision steps with distinct argument names by construction: the trusted constructors skip the checks.
        var unroundedMoney = Money.FromExact(unrounded, currency);
        var bindingReason = new Reason(ReasonCodes.Sizing.Binding, [ReasonArgument.Text("constraint", binding.Code), ReasonArgument.Money("amount", unroundedMoney)], trusted: true);
        var compared = Compared(binding);
        var rounded = Step is { } step ? AmountRules.RoundDown(unroundedMoney, step) : unroundedMoney;
        var roundedReason = rounded.Amount != unrounded
            ? new Reason(ReasonCodes.Sizing.Rounded, [ReasonArgument.Money("amount", rounded), ReasonArgument.Money("step", Step!.Value)], trusted: true)
            : null;
        if (rounded.Amount >= Minimum.Amount)
        {
            return new SizingResult(policy, Version, SizingOutcome.Sized, rounded, unroundedMoney, binding, need, caps, Trace(bindingReason, compared, roundedReason, null), []);
        }

        var capsAllow = caps.All(c => !c.Applies || c.Amount is not { } a || a >= Minimum);
        if (RaiseToMinimum && capsAllow)
        {
            var raised = new Reason(ReasonCodes.Sizing.RaisedToMinimum, [ReasonArgument.Money("amount", rounded), ReasonArgument.Money("minimum", Minimum)], trusted: true);
            return new SizingResult(policy, Version, SizingOutcome.Sized, Minimum, unroundedMoney, binding, need, caps, Trace(bindingReason, compared, roundedReason, raised), []);
        }

        var below = new Reason(ReasonCodes.Sizing.BelowMinimum, [ReasonArgument.Money("amount", rounded), ReasonArgument.Money("minimum", Minimum)], trusted: true);
        return new SizingResult(policy, Version, SizingOutcome.NotFundable, null, unroundedMoney, binding, need, caps, Trace(bindingReason, compared, roundedReason, below), []);
    }

    private static Reason[] Trace(Reason binding, Reason[] compared, Reason? rounded, Reason? minimum) =>
        [binding, .. compared, .. rounded is { } r ? [r] : Array.Empty<Reason>(), .. minimum is { } m ? [m] : Array.Empty<Reason>()];

    /// <summary>When the binding constraint is a smallest or largest of several amounts, each amount it compared, in order.</summary>
    private static Reason[] Compared(BindingConstraint binding) =>
        binding.Rule is ExtremumRule
            ? [.. binding.Result.Children.Where(c => c.Applies && c.Amount is not null)
                .Select(c => new Reason(ReasonCodes.Sizing.Compared, [ReasonArgument.Text("constraint", c.Rule), ReasonArgument.Money("amount", c.Amount!.Value)], trusted: true))]
            : [];
}
