namespace RepayableAdvance.Schemes;

/// <summary>The event that confers the legal right to the aid under national law, and so fixes the grant date that picks the de minimis regulation and its windows.</summary>
public enum GrantDateEvent
{
    /// <summary>The committee's decision, once notified to the firm.</summary>
    CommitteeDecision = 0,

    /// <summary>The signature of the advance agreement.</summary>
    SignedAgreement = 1,
}
