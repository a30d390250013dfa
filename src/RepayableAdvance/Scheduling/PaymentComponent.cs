namespace RepayableAdvance.Scheduling;

/// <summary>A component of an amount due, as ordered by a <see cref="PaymentWaterfall"/>.</summary>
public enum PaymentComponent
{
    /// <summary>Installment fees.</summary>
    Fees = 0,

    /// <summary>Late (penalty) interest on overdue amounts.</summary>
    LateInterest = 1,

    /// <summary>Contractual interest.</summary>
    Interest = 2,

    /// <summary>Principal.</summary>
    Principal = 3,
}
