namespace RepayableAdvance;

/// <summary>The legal form of an applicant.</summary>
public enum LegalForm
{
    /// <summary>Société par actions simplifiée (SAS or SASU).</summary>
    Sas = 0,

    /// <summary>Société à responsabilité limitée (SARL or EURL).</summary>
    Sarl = 1,

    /// <summary>Société anonyme.</summary>
    Sa = 2,

    /// <summary>Société en nom collectif (unlimited liability).</summary>
    Snc = 3,

    /// <summary>Sole proprietorship (entreprise individuelle).</summary>
    SoleProprietorship = 4,

    /// <summary>Association (loi 1901).</summary>
    Association = 5,

    /// <summary>Liberal profession (profession libérale).</summary>
    LiberalProfession = 6,

    /// <summary>Société civile immobilière.</summary>
    Sci = 7,

    /// <summary>Cooperative (SCOP, SCIC).</summary>
    Cooperative = 8,

    /// <summary>Any other form.</summary>
    Other = 9,
}
