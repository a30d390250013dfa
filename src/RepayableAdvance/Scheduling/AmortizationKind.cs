namespace RepayableAdvance.Scheduling;

/// <summary>The shape of principal repayment after deferral.</summary>
public enum AmortizationKind
{
    /// <summary>Equal principal portions (linear, "amortissement constant").</summary>
    Linear = 0,

    /// <summary>Equal installments of principal plus interest (annuity, EMI, "échéances constantes").</summary>
    Annuity = 1,

    /// <summary>All principal with the last installment.</summary>
    Bullet = 2,

    /// <summary>Principal percentages per amortizing installment, summing to 100 %.</summary>
    Custom = 3,
}
