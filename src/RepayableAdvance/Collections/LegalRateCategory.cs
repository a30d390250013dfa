namespace RepayableAdvance.Collections;

/// <summary>The two legal interest rates French law sets each half-year, by who the creditor is (art. L313-2 of the Monetary and Financial Code).</summary>
public enum LegalRateCategory
{
    /// <summary>Every other creditor: companies, public bodies, regional funds.</summary>
    OtherCreditors = 0,

    /// <summary>A natural person not acting for professional needs.</summary>
    PrivateIndividuals = 1,
}
