namespace RepayableAdvance.Scheduling;

/// <summary>What a partial prepayment reduces.</summary>
public enum PrepaymentEffect
{
    /// <summary>Keep the installment (annuity) or principal portion (linear) and finish earlier.</summary>
    ReduceTerm = 0,

    /// <summary>Keep the maturity and lower the remaining installments.</summary>
    ReduceInstallment = 1,
}
