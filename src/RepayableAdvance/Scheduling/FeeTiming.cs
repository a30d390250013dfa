namespace RepayableAdvance.Scheduling;

/// <summary>When a fee is charged.</summary>
public enum FeeTiming
{
    /// <summary>Once, at each disbursement (a percentage fee applies to the tranche).</summary>
    AtDisbursement = 0,

    /// <summary>With every installment (a percentage fee applies to the principal).</summary>
    EachInstallment = 1,
}
