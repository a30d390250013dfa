using System.Globalization;

namespace RepayableAdvance.StateAid;

/// <summary>
/// The written notice a grantor sends the beneficiary of de minimis aid: the aid as a gross grant equivalent, its de
/// minimis character, and the regulation with its title and Official Journal reference.
/// </summary>
/// <remarks>
/// <para>Every de minimis regulation before 2024 requires the notice (Regulation 1998/2006, art. 3(1); 360/2012, art.
/// 3(1); 1407/2013, 1408/2013 and 717/2014, art. 6(1)). Regulations 2023/2831 and 2023/2832 make Member States record
/// de minimis aid in a central register from 1 January 2026 (art. 6); this library reads them as keeping the written
/// notice until that register covers a whole three-year period, that is for grants before 1 January 2029
/// (<see cref="DeMinimisPublication.WrittenNoticeUntil"/>). The fund's State-aid correspondent confirms that reading;
/// a regime may carry another date.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisNotice
{
    private DeMinimisNotice(DeMinimisGrant grant, string grantor, string beneficiaryName, DeMinimisPublication publication)
    {
        Grant = grant;
        Grantor = grantor;
        BeneficiaryName = beneficiaryName;
        Publication = publication;
        IsRequired = IsRequiredFor(grant);
    }

    /// <summary>Gets the grant the notice is about.</summary>
    /// <value>As recorded in the register.</value>
    public DeMinimisGrant Grant { get; }

    /// <summary>Gets the authority that grants the aid.</summary>
    /// <value>Its name.</value>
    public string Grantor { get; }

    /// <summary>Gets the beneficiary's name.</summary>
    /// <value>As it appears on the notice.</value>
    public string BeneficiaryName { get; }

    /// <summary>Gets the regulation's publication.</summary>
    /// <value>Titles and Official Journal references.</value>
    public DeMinimisPublication Publication { get; }

    /// <summary>Gets a value indicating whether the regulation in force at the grant date requires the notice.</summary>
    /// <value>False only once the central register covers the whole period.</value>
    public bool IsRequired { get; }

    /// <summary>Whether the regulation in force at a grant's date requires the written notice.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>True unless the regulation's central register covers the whole period at the grant date; true as well when the regime has no publication, to be safe.</returns>
    public static bool IsRequiredFor(DeMinimisGrant grant)
    {
        Preconditions.CheckNotNull(grant);
        return grant.Regime.Publication?.WrittenNoticeUntil is not { } until || grant.GrantDate < until;
    }

    /// <summary>Prepares the notice of a grant.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="grantor">The granting authority's name.</param>
    /// <param name="beneficiaryName">The beneficiary's name; the grant's beneficiary identifier is printed beside it.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentException">A name is blank, or the grant's regime has no publication (<see cref="DeMinimisRegime.WithPublication"/>).</exception>
    public static DeMinimisNotice For(DeMinimisGrant grant, string grantor, string beneficiaryName)
    {
        Preconditions.CheckNotNull(grant);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(grantor), nameof(grantor), "The notice needs the granting authority's name.", "La notification a besoin du nom de l'autorité qui octroie l'aide.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(beneficiaryName), nameof(beneficiaryName), "The notice needs the beneficiary's name.", "La notification a besoin du nom du bénéficiaire.");
        var publication = grant.Regime.Publication;
        Preconditions.CheckArgument(publication is not null, nameof(grant), Preconditions.Invariant($"Regime {grant.Regime.Code} has no publication: give it its title and Official Journal reference with WithPublication."), Preconditions.Invariant($"Le régime {grant.Regime.Code} n'a pas de publication : donnez-lui son titre et sa référence au Journal officiel avec WithPublication."));
        return new DeMinimisNotice(grant, grantor, beneficiaryName, publication);
    }

    /// <summary>The notice's text, in French for a French culture and in English otherwise.</summary>
    /// <param name="culture">The reader's culture; amounts and dates follow it.</param>
    /// <returns>The text, paragraphs separated by blank lines.</returns>
    public string Text(CultureInfo culture)
    {
        Preconditions.CheckNotNull(culture);
        var amount = Grant.GrossGrantEquivalent.ToString(null, culture);
        var date = Grant.GrantDate.ToString("d", culture);
        return culture.TwoLetterISOLanguageName == "fr"
            ? string.Join("\n\n",
                $"{Grantor} accorde à {BeneficiaryName} ({Grant.Beneficiary}), le {date}, une aide dont l'équivalent-subvention brut est de {amount} (référence {Grant.Id}).",
                $"Cette aide est une aide de minimis au sens du {Publication.FrenchTitle} ({Publication.FrenchOfficialJournal}).",
                "Conservez ce courrier : l'entreprise doit déclarer cette aide avec toute autre aide de minimis qu'elle reçoit sur la période que fixe le règlement, et le présenter à toute demande de l'administration ou de la Commission européenne.")
            : string.Join("\n\n",
                $"{Grantor} grants {BeneficiaryName} ({Grant.Beneficiary}), on {date}, aid whose gross grant equivalent is {amount} (reference {Grant.Id}).",
                $"This aid is de minimis aid under {Publication.Title} ({Publication.OfficialJournal}).",
                "Keep this letter: the undertaking must declare this aid with any other de minimis aid it receives over the period the regulation sets, and show it whenever the authorities or the European Commission ask.");
    }
}
