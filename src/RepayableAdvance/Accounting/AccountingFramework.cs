namespace RepayableAdvance.Accounting;

/// <summary>The accounting framework a fund's books follow, which decides the statutory exports.</summary>
public enum AccountingFramework
{
    /// <summary>
    /// The French general chart of accounts (plan comptable général, ANC Regulation 2014-03 as amended), kept by a CCI or
    /// an association; a closed fiscal year exports as an FEC file.
    /// </summary>
    Pcg = 0,

    /// <summary>The M57 budget and accounting framework of French local authorities; no FEC, a journal export instead.</summary>
    M57 = 1,
}
