namespace RepayableAdvance.Json;

/// <summary>The kinds of document this package reads.</summary>
public enum DocumentKind
{
    /// <summary>A scheme (<see cref="SchemeDocument"/>), told by <c>schemaVersion</c>.</summary>
    Scheme = 0,

    /// <summary>An advance book (<see cref="AdvanceBookDocument"/>), told by <c>operations</c>.</summary>
    AdvanceBook = 1,

    /// <summary>Terms with servicing events (<see cref="TermsDocument"/>), told by <c>tranches</c>.</summary>
    Terms = 2,

    /// <summary>A fund ledger (<see cref="FundLedgerDocument"/>), told by <c>events</c>.</summary>
    FundLedger = 3,

    /// <summary>Index fixings (<see cref="IndexFixingsDocument"/>), told by <c>fixings</c>.</summary>
    IndexFixings = 4,

    /// <summary>A de minimis register (<see cref="DeMinimisRegisterDocument"/>), told by <c>grants</c>.</summary>
    DeMinimisRegister = 5,

    /// <summary>A base-rate table (<see cref="BaseRateDocument"/>), told by <c>baseRates</c>.</summary>
    BaseRates = 6,

    /// <summary>A stress portfolio (<see cref="PortfolioDocument"/>), told by <c>horizonMonths</c>.</summary>
    StressPortfolio = 7,

    /// <summary>An application (<see cref="ApplicationDocument"/>), told by <c>asOf</c>.</summary>
    Application = 8,

    /// <summary>A collection case (<see cref="CollectionCaseDocument"/>), told by <c>steps</c>.</summary>
    CollectionCase = 9,

    /// <summary>A table of legal interest rates (<see cref="LegalInterestRatesDocument"/>), told by <c>legalInterestRates</c>.</summary>
    LegalInterestRates = 10,

    /// <summary>A fund's chart of accounts and posting rules (<see cref="AccountingDocument"/>), told by <c>accounting</c>.</summary>
    Accounting = 11,
}
