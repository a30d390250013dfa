using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>The gross grant equivalent (GGE, équivalent-subvention brut) of an advance, with every input kept for audit.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GrantEquivalent
{
    private readonly Func<GrantEquivalentLine[]>? _linesFactory;
    private GrantEquivalentLine[]? _lines;

    internal GrantEquivalent(
        Money amount,
        decimal computed,
        GrantEquivalentLimit limit,
        GrantEquivalentMethod method,
        GrantEquivalentConvention convention,
        ReferenceRateQuote quote,
        LocalDate grantDate,
        Money principal,
        decimal principalPresentValue,
        decimal feesPresentValue,
        GrantEquivalentLine[]? lines,
        Func<GrantEquivalentLine[]>? linesFactory = null)
    {
        _linesFactory = linesFactory;
        Amount = amount;
        Computed = computed;
        Limit = limit;
        Method = method;
        Convention = convention;
        Quote = quote;
        GrantDate = grantDate;
        Principal = principal;
        PrincipalPresentValue = principalPresentValue;
        FeesPresentValue = feesPresentValue;
        _lines = lines;
    }

    /// <summary>Gets the GGE, rounded to the currency's minor unit, between zero and the principal's present value.</summary>
    /// <value>The aid as a cash grant at the grant date.</value>
    public Money Amount { get; }

    /// <summary>Gets the unrounded, unclamped computed value (the sum of the lines' present values).</summary>
    /// <value>May be negative when the terms are dearer than the market proxy.</value>
    public decimal Computed { get; }

    /// <summary>Gets why <see cref="Amount"/> differs from <see cref="Computed"/>, if it does beyond rounding.</summary>
    /// <value>None, no aid at or above the reference rate, floored at zero, or capped at the principal.</value>
    public GrantEquivalentLimit Limit { get; }

    /// <summary>Gets the method.</summary>
    /// <value>A, B or the cash-flow form.</value>
    public GrantEquivalentMethod Method { get; }

    /// <summary>Gets the discounting convention.</summary>
    /// <value>Day count and compounding.</value>
    public GrantEquivalentConvention Convention { get; }

    /// <summary>Gets the rates used, with the base rate, margin, rating category and collateral level.</summary>
    /// <value>The quote at the grant date.</value>
    public ReferenceRateQuote Quote { get; }

    /// <summary>Gets the grant date (or the rescheduling date, for additional aid).</summary>
    /// <value>The valuation date.</value>
    public LocalDate GrantDate { get; }

    /// <summary>Gets the rate the interest differential is measured at.</summary>
    /// <value>The reference rate.</value>
    public Rate DifferentialRate => Quote.ReferenceRate;

    /// <summary>Gets the rate flows are discounted at.</summary>
    /// <value>The discount rate for method A, the reference rate otherwise.</value>
    public Rate DiscountingRate => Method == GrantEquivalentMethod.DifferentialAtDiscountRate ? Quote.DiscountRate : Quote.ReferenceRate;

    /// <summary>Gets the principal disbursed (or the outstanding at the rescheduling date).</summary>
    /// <value>The sum of the tranches.</value>
    public Money Principal { get; }

    /// <summary>Gets the present value of the disbursements at the discounting rate: the ceiling of the GGE.</summary>
    /// <value>Equal to the principal when it is all disbursed on the grant date.</value>
    public decimal PrincipalPresentValue { get; }

    /// <summary>Gets the present value of the fees the borrower pays; they reduce the aid.</summary>
    /// <value>Zero when the terms have no fee.</value>
    public decimal FeesPresentValue { get; }

    /// <summary>Gets the aid intensity: GGE ÷ principal.</summary>
    /// <value>A fraction between 0 and 1.</value>
    public Rate Intensity => Principal.IsZero ? Rate.Zero : Rate.FromDecimal(Amount.Amount / Principal.Amount);

    /// <summary>Gets the dated lines of the computation.</summary>
    /// <value>One line per date where something changes or is paid.</value>
    /// <remarks>The computation itself keeps no lines: the same walk builds them on first access, once (thread-safe).</remarks>
    public IReadOnlyList<GrantEquivalentLine> Lines => _lines ?? LazyInitializer.EnsureInitialized(ref _lines, () => _linesFactory!());

    /// <summary>Explains the result as a reason with typed arguments (code <c>stateAid.gge</c>).</summary>
    /// <returns>The reason.</returns>
    public Reason Explain() => new(
        Limit == GrantEquivalentLimit.AtOrAboveReferenceRate ? ReasonCodes.StateAid.NoAid : ReasonCodes.StateAid.Gge,
        ReasonArgument.Money("gge", Amount),
        ReasonArgument.Money("principal", Principal),
        ReasonArgument.Text("method", MethodName(Method)),
        ReasonArgument.Rate("baseRate", Quote.BaseRate.Rate),
        ReasonArgument.Rate("margin", Quote.Margin),
        ReasonArgument.Rate("referenceRate", Quote.ReferenceRate),
        ReasonArgument.Rate("discountRate", DiscountingRate),
        ReasonArgument.Text("category", EnumText.Of(Quote.Risk.Category)),
        ReasonArgument.Text("collateral", EnumText.Of(Quote.Risk.Collateral)),
        ReasonArgument.Date("grantDate", GrantDate));

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"GGE {Amount} ({MethodName(Method)}, reference {Quote.ReferenceRate}, discounting {DiscountingRate}, {Convention})");

    internal static string MethodName(GrantEquivalentMethod method) => method switch
    {
        GrantEquivalentMethod.DifferentialAtDiscountRate => "A",
        GrantEquivalentMethod.DifferentialAtReferenceRate => "B",
        _ => "cash-flow",
    };
}
