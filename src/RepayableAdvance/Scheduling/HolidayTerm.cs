namespace RepayableAdvance.Scheduling;

/// <summary>How a payment holiday changes the term.</summary>
public enum HolidayTerm
{
    /// <summary>The remaining installments move back by the holiday's length: the term is extended.</summary>
    ExtendTerm = 0,

    /// <summary>The maturity is kept: the remaining principal is spread over the installments left after the holiday.</summary>
    SpreadOverRemaining = 1,
}
