using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>One co-funder's share of a fund's positions on a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoFunderStatement
{
    internal CoFunderStatement(CoFunder coFunder, LocalDate asOf, Money contributed, Rate share, Money cash, Money outstanding, Money committedUndisbursed, Money available, Money losses)
    {
        CoFunder = coFunder;
        AsOf = asOf;
        Contributed = contributed;
        Share = share;
        Cash = cash;
        Outstanding = outstanding;
        CommittedUndisbursed = committedUndisbursed;
        Available = available;
        Losses = losses;
    }

    /// <summary>Gets the co-funder.</summary>
    /// <value>The co-funder.</value>
    public CoFunder CoFunder { get; }

    /// <summary>Gets the date.</summary>
    /// <value>The date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets what it contributed.</summary>
    /// <value>What it contributed.</value>
    public Money Contributed { get; }

    /// <summary>Gets its share of contributions.</summary>
    /// <value>Its share of contributions.</value>
    public Rate Share { get; }

    /// <summary>Gets its share of cash.</summary>
    /// <value>Its share of cash.</value>
    public Money Cash { get; }

    /// <summary>Gets its share of the outstanding.</summary>
    /// <value>Its share of the outstanding.</value>
    public Money Outstanding { get; }

    /// <summary>Gets its share of commitments not yet disbursed.</summary>
    /// <value>Its share of commitments not yet disbursed.</value>
    public Money CommittedUndisbursed { get; }

    /// <summary>Gets its share of the available amount.</summary>
    /// <value>Its share of the available amount.</value>
    public Money Available { get; }

    /// <summary>Gets its share of net losses (written off − recovered), pro rata or by the first-loss waterfall.</summary>
    /// <value>Its share of net losses (written off − recovered), pro rata or by the first-loss waterfall.</value>
    public Money Losses { get; }
}
