namespace RepayableAdvance;

/// <summary>Whether an undertaking performs road freight transport for hire or reward, and how an aid to it is kept apart from that activity.</summary>
/// <remarks>
/// Regulations 1998/2006 and 1407/2013 cap the de minimis aid of such an undertaking at EUR 100,000 over three fiscal
/// years and forbid the aid to buy road freight transport vehicles. An undertaking that also has other activities keeps
/// the general ceiling when separate accounts or a distinction of costs ensure that its road freight activity receives
/// at most EUR 100,000 (Art. 3(3) of Regulation 1407/2013). Regulation 2023/2831 has no such rule.
/// </remarks>
public enum RoadFreightActivity
{
    /// <summary>The undertaking performs no road freight transport for hire or reward.</summary>
    None = 0,

    /// <summary>The undertaking performs road freight transport for hire or reward, and the aid is not kept apart from it: the road freight ceiling applies to all its aid.</summary>
    RoadFreight = 1,

    /// <summary>The undertaking also performs road freight transport, and the aid goes to another activity kept apart by separate accounts or a distinction of costs: the general ceiling applies and the aid does not count towards the road freight ceiling.</summary>
    OtherActivitySeparated = 2,
}
