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

    /// <summary>Société en nom collectif: every partner is liable without limit for the company's debts (Annex II of Directive 2013/34/EU).</summary>
    Snc = 3,

    /// <summary>Sole proprietorship (entreprise individuelle).</summary>
    SoleProprietorship = 4,

    /// <summary>Association (loi 1901).</summary>
    Association = 5,

    /// <summary>Liberal profession (profession libérale).</summary>
    LiberalProfession = 6,

    /// <summary>Société civile immobilière: its partners are liable without limit for its debts, in proportion to their shares (Code civil, art. 1857).</summary>
    Sci = 7,

    /// <summary>Cooperative (SCOP, SCIC).</summary>
    Cooperative = 8,

    /// <summary>Any other form.</summary>
    Other = 9,

    /// <summary>Société en commandite simple: its general partners (commandités) are liable without limit for its debts (Annex II of Directive 2013/34/EU).</summary>
    Scs = 10,

    /// <summary>Société en commandite par actions: a limited-liability company in the sense of Annex I of Directive 2013/34/EU.</summary>
    Sca = 11,
}
