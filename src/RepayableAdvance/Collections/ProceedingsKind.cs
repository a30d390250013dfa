namespace RepayableAdvance.Collections;

/// <summary>The collective proceedings of Book VI of the French Commercial Code.</summary>
public enum ProceedingsKind
{
    /// <summary>Safeguard (sauvegarde, art. L620-1): the debt does not fall due (art. L622-29).</summary>
    Safeguard = 0,

    /// <summary>Receivership (redressement judiciaire, art. L631-1): the debt does not fall due (art. L622-29 by L631-14).</summary>
    Receivership = 1,

    /// <summary>Liquidation (liquidation judiciaire, art. L640-1): the debt falls due at the judgment (art. L643-1).</summary>
    Liquidation = 2,
}
