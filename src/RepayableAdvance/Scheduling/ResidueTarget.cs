namespace RepayableAdvance.Scheduling;

/// <summary>Which installment absorbs the rounding residue.</summary>
public enum ResidueTarget
{
    /// <summary>The last installment (the default, and the convention of Fineract, Mambu and Frappe).</summary>
    Last = 0,

    /// <summary>The first amortizing installment.</summary>
    First = 1,
}
