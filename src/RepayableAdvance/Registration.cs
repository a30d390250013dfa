namespace RepayableAdvance;

/// <summary>Trade or crafts registration.</summary>
public enum Registration
{
    /// <summary>Not registered.</summary>
    None = 0,

    /// <summary>Registre du commerce et des sociétés.</summary>
    Rcs = 1,

    /// <summary>Répertoire des métiers.</summary>
    Rm = 2,

    /// <summary>Both RCS and RM.</summary>
    RcsAndRm = 3,
}
