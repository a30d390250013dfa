using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>
/// The de minimis regulations a French or Spanish fund meets, each with its ceilings, its cumulation rules, its period of
/// application and the transitional cover of schemes, as the final articles of the texts set them.
/// </summary>
/// <remarks>
/// <para>Sources, all in the Official Journal of the European Union:</para>
/// <list type="bullet">
/// <item>Regulation (EC) No 1998/2006, http://data.europa.eu/eli/reg/2006/1998/oj: EUR 200,000 over three fiscal years
/// (Art. 2(2)), EUR 100,000 in road transport (Art. 2(2)); applies from 1 January 2007 to 31 December 2013 (Art. 6); aid
/// granted until 30 June 2014 under its conditions is covered by Art. 7(3) of Regulation 1407/2013.</item>
/// <item>Regulation (EU) No 1407/2013, http://data.europa.eu/eli/reg/2013/1407/oj: EUR 200,000 over three fiscal years,
/// EUR 100,000 for road freight for hire or reward (Art. 3(2)); loan safe harbour EUR 1,000,000 over five years, EUR 500,000
/// for road freight (Art. 4(3)(b)); cumulation with agriculture and fisheries aid up to its ceiling, with SGEI aid up to
/// EUR 500,000 (Art. 5(1)); applies from 1 January 2014 to 31 December 2023 (Art. 8, as amended by Regulation (EU)
/// 2020/972, http://data.europa.eu/eli/reg/2020/972/oj); schemes covered six more months (Art. 7(4)).</item>
/// <item>Regulation (EU) 2023/2831, http://data.europa.eu/eli/reg/2023/2831/oj: EUR 300,000 over any three years
/// (Art. 3(2)); loan safe harbour EUR 1,500,000 over five years (Art. 4(3)(b)); cumulation with SGEI aid up to the SGEI
/// ceiling and with agriculture and fisheries aid up to its own (Art. 5(1)); applies from 1 January 2024 to
/// 31 December 2030 (Art. 8); schemes covered six more months (Art. 7(3)).</item>
/// <item>Regulation (EU) No 360/2012 (SGEI), http://data.europa.eu/eli/reg/2012/360/oj: EUR 500,000 over three fiscal
/// years, all de minimis aid counted (Art. 2(2) and 2(8)); in force from 27 April 2012, applies until 31 December 2023
/// (Art. 5, as amended by Regulations (EU) 2018/1923 and 2020/1474).</item>
/// <item>Regulation (EU) 2023/2832 (SGEI), http://data.europa.eu/eli/reg/2023/2832/oj: EUR 750,000 over any three
/// years, all de minimis aid counted (Art. 3(2) and 5(1)); applies from 1 January 2024 to 31 December 2030 (Art. 8);
/// schemes covered six more months (Art. 7(3)).</item>
/// <item>Regulation (EU) No 1408/2013 (agriculture), http://data.europa.eu/eli/reg/2013/1408/oj: EUR 15,000 over three
/// fiscal years from 1 January 2014; EUR 20,000 from 14 March 2019 (Regulation (EU) 2019/316,
/// http://data.europa.eu/eli/reg/2019/316/oj); EUR 50,000 over any three years from 16 December 2024 to 31 December 2032
/// (Regulation (EU) 2024/3118, http://data.europa.eu/eli/reg/2024/3118/oj); cumulation with general aid up to the
/// general ceiling (Art. 5(1)); schemes covered six more months (Art. 7(4)).</item>
/// <item>Regulation (EU) No 717/2014 (fisheries and aquaculture), http://data.europa.eu/eli/reg/2014/717/oj: EUR 30,000
/// over three fiscal years from 1 July 2014; EUR 40,000 over any three years from 25 October 2023 to 31 December 2030
/// (Regulation (EU) 2023/2391, http://data.europa.eu/eli/reg/2023/2391/oj); cumulation with general aid up to the
/// general ceiling (Art. 5(1)).</item>
/// </list>
/// <para>Not modelled: the national caps of the agriculture and fisheries regulations, the EUR 25,000 agricultural
/// ceiling of Member States with a central register (Art. 3(3) of 1408/2013 as amended by 2019/316), the SGEI loan safe
/// harbours, and the cumulation of agriculture with fisheries aid. The general ceiling counted from fisheries grants of
/// 25 October to 31 December 2023 is that of Regulation 2023/2831.</para>
/// </remarks>
public static class DeMinimisRegulations
{
    private const string R1998 = "Regulation (EC) No 1998/2006";
    private const string R1407 = "Regulation (EU) No 1407/2013";
    private const string R2831 = "Regulation (EU) 2023/2831";
    private const string R360 = "Regulation (EU) No 360/2012";
    private const string R2832 = "Regulation (EU) 2023/2832";
    private const string R1408 = "Regulation (EU) No 1408/2013";
    private const string R717 = "Regulation (EU) No 717/2014";

    private static readonly DeMinimisPublication P1408 = new(
        "Commission Regulation (EU) No 1408/2013 of 18 December 2013 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid in the agriculture sector",
        "Règlement (UE) no 1408/2013 de la Commission du 18 décembre 2013 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis dans le secteur de l'agriculture",
        "OJ L 352, 24.12.2013, p. 9",
        "JO L 352 du 24.12.2013, p. 9",
        $"Art. 6(1) of {R1408}");

    private static readonly DeMinimisPublication P717 = new(
        "Commission Regulation (EU) No 717/2014 of 27 June 2014 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid in the fishery and aquaculture sector",
        "Règlement (UE) no 717/2014 de la Commission du 27 juin 2014 concernant l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis dans le secteur de la pêche et de l'aquaculture",
        "OJ L 190, 28.6.2014, p. 45",
        "JO L 190 du 28.6.2014, p. 45",
        $"Art. 6(1) of {R717}");

    private static readonly DeMinimisPublication P1998 = new(
        "Commission Regulation (EC) No 1998/2006 of 15 December 2006 on the application of Articles 87 and 88 of the Treaty to de minimis aid",
        "Règlement (CE) no 1998/2006 de la Commission du 15 décembre 2006 concernant l'application des articles 87 et 88 du traité aux aides de minimis",
        "OJ L 379, 28.12.2006, p. 5",
        "JO L 379 du 28.12.2006, p. 5",
        $"Art. 3(1) of {R1998}",
        null);

    private static readonly DeMinimisPublication P1407 = new(
        "Commission Regulation (EU) No 1407/2013 of 18 December 2013 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid",
        "Règlement (UE) no 1407/2013 de la Commission du 18 décembre 2013 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis",
        "OJ L 352, 24.12.2013, p. 1",
        "JO L 352 du 24.12.2013, p. 1",
        $"Art. 6(1) of {R1407}",
        null);

    private static readonly DeMinimisPublication P2831 = new(
        "Commission Regulation (EU) 2023/2831 of 13 December 2023 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid",
        "Règlement (UE) 2023/2831 de la Commission du 13 décembre 2023 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis",
        "OJ L, 2023/2831, 15.12.2023",
        "JO L, 2023/2831 du 15.12.2023",
        $"Art. 6 of {R2831}",
        new LocalDate(2029, 1, 1));

    private static readonly DeMinimisPublication P360 = new(
        "Commission Regulation (EU) No 360/2012 of 25 April 2012 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid granted to undertakings providing services of general economic interest",
        "Règlement (UE) no 360/2012 de la Commission du 25 avril 2012 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis accordées à des entreprises fournissant des services d'intérêt économique général",
        "OJ L 114, 26.4.2012, p. 8",
        "JO L 114 du 26.4.2012, p. 8",
        $"Art. 3(1) of {R360}",
        null);

    private static readonly DeMinimisPublication P2832 = new(
        "Commission Regulation (EU) 2023/2832 of 13 December 2023 on the application of Articles 107 and 108 of the Treaty on the Functioning of the European Union to de minimis aid granted to undertakings providing services of general economic interest",
        "Règlement (UE) 2023/2832 de la Commission du 13 décembre 2023 relatif à l'application des articles 107 et 108 du traité sur le fonctionnement de l'Union européenne aux aides de minimis accordées à des entreprises fournissant des services d'intérêt économique général",
        "OJ L, 2023/2832, 15.12.2023",
        "JO L, 2023/2832 du 15.12.2023",
        $"Art. 6 of {R2832}",
        new LocalDate(2029, 1, 1));

    private static readonly DeMinimisSector[] AllSectors = [DeMinimisSector.General, DeMinimisSector.Sgei, DeMinimisSector.Agriculture, DeMinimisSector.Fisheries];

    private static readonly DeMinimisSector[] GeneralFamily = [DeMinimisSector.General, DeMinimisSector.Agriculture, DeMinimisSector.Fisheries];

    /// <summary>Gets Regulation (EC) No 1998/2006: EUR 200,000 over three fiscal years, EUR 100,000 in road transport, 2007–2013.</summary>
    /// <value>Code <c>legacy-1998</c>.</value>
    public static DeMinimisRegime Legacy1998 { get; } = new DeMinimisRegime("legacy-1998", R1998, Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears)
        .WithOwnCeilingCounting([], $"Art. 2(2) of {R1998}")
        .WithRoadFreight(Money.Euros(100_000m), $"Art. 2(2) of {R1998}")
        .WithPeriod(new LocalDate(2007, 1, 1), new LocalDate(2013, 12, 31), $"Art. 6 of {R1998}")
        .WithTransitionalCover(6, $"Art. 7(3) of {R1407}")
        .WithPublication(P1998);

    /// <summary>Gets Regulation (EU) No 1407/2013: EUR 200,000 over three fiscal years, EUR 100,000 for road freight, 2014–2023.</summary>
    /// <value>Code <c>legacy-1407</c>.</value>
    public static DeMinimisRegime Legacy1407 { get; } = new DeMinimisRegime("legacy-1407", R1407, Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears, safeHarbourLoan: Money.Euros(1_000_000m))
        .WithOwnCeilingCounting(GeneralFamily, $"Art. 3(2) and 5(1) of {R1407}")
        .WithRoadFreight(Money.Euros(100_000m), $"Art. 3(2) of {R1407}", Money.Euros(500_000m))
        .WithCumulation(new DeMinimisCeiling(Money.Euros(500_000m), DeMinimisWindow.ThreeFiscalYears, AllSectors, $"Art. 5(1) of {R1407} (the ceiling of {R360})"))
        .WithPeriod(new LocalDate(2014, 1, 1), new LocalDate(2023, 12, 31), $"Art. 8 of {R1407}, as amended by Regulation (EU) 2020/972")
        .WithSchemeCover(6, $"Art. 7(4) of {R1407}")
        .WithPublication(P1407);

    /// <summary>Gets Regulation (EU) 2023/2831: EUR 300,000 over any three years, 2024–2030.</summary>
    /// <value>Code <c>general-2023</c>.</value>
    public static DeMinimisRegime General2023 { get; } = new DeMinimisRegime("general-2023", R2831, Money.Euros(300_000m), safeHarbourLoan: Money.Euros(1_500_000m))
        .WithOwnCeilingCounting(GeneralFamily, $"Art. 3(2) and 5(1) of {R2831}")
        .WithCumulation(new DeMinimisCeiling(Money.Euros(750_000m), DeMinimisWindow.RollingThreeYears, AllSectors, $"Art. 5(1) of {R2831} (the ceiling of {R2832})"))
        .WithPeriod(new LocalDate(2024, 1, 1), new LocalDate(2030, 12, 31), $"Art. 8 of {R2831}")
        .WithSchemeCover(6, $"Art. 7(3) of {R2831}")
        .WithPublication(P2831);

    /// <summary>Gets Regulation (EU) No 360/2012 (SGEI): EUR 500,000 over three fiscal years, all de minimis aid counted, 2012–2023.</summary>
    /// <value>Code <c>sgei-2012</c>.</value>
    public static DeMinimisRegime Sgei2012 { get; } = new DeMinimisRegime("sgei-2012", R360 + " (SGEI)", Money.Euros(500_000m), DeMinimisWindow.ThreeFiscalYears, DeMinimisSector.Sgei)
        .WithOwnCeilingCounting(AllSectors, $"Art. 2(2) and 2(8) of {R360}")
        .WithPeriod(new LocalDate(2012, 4, 27), new LocalDate(2023, 12, 31), $"Art. 5 of {R360}, as amended by Regulations (EU) 2018/1923 and 2020/1474")
        .WithPublication(P360);

    /// <summary>Gets Regulation (EU) 2023/2832 (SGEI): EUR 750,000 over any three years, all de minimis aid counted, 2024–2030.</summary>
    /// <value>Code <c>sgei-2023</c>.</value>
    public static DeMinimisRegime Sgei2023 { get; } = new DeMinimisRegime("sgei-2023", R2832 + " (SGEI)", Money.Euros(750_000m), sector: DeMinimisSector.Sgei)
        .WithOwnCeilingCounting(AllSectors, $"Art. 3(2) and 5(1) of {R2832}")
        .WithPeriod(new LocalDate(2024, 1, 1), new LocalDate(2030, 12, 31), $"Art. 8 of {R2832}")
        .WithSchemeCover(6, $"Art. 7(3) of {R2832}")
        .WithPublication(P2832);

    /// <summary>Gets Regulation (EU) No 1408/2013 (agriculture) as first adopted: EUR 15,000 over three fiscal years, 1 January 2014 to 13 March 2019.</summary>
    /// <value>Code <c>agriculture-2013</c>.</value>
    public static DeMinimisRegime Agriculture2013 { get; } = new DeMinimisRegime("agriculture-2013", R1408 + " (agriculture)", Money.Euros(15_000m), DeMinimisWindow.ThreeFiscalYears, DeMinimisSector.Agriculture)
        .WithOwnCeilingCounting([], $"Art. 3(2) of {R1408}")
        .WithCumulation(new DeMinimisCeiling(Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears, GeneralFamily, $"Art. 5(1) of {R1408} (the ceiling of {R1407})"))
        .WithPeriod(new LocalDate(2014, 1, 1), new LocalDate(2019, 3, 13), $"Art. 8 of {R1408}, until Regulation (EU) 2019/316 applied")
        .WithPublication(P1408);

    /// <summary>Gets Regulation (EU) No 1408/2013 as amended by Regulation (EU) 2019/316: EUR 20,000 over three fiscal years, 14 March 2019 to 15 December 2024.</summary>
    /// <value>Code <c>agriculture-2019</c>.</value>
    public static DeMinimisRegime Agriculture2019 { get; } = new DeMinimisRegime("agriculture-2019", R1408 + " as amended by Regulation (EU) 2019/316 (agriculture)", Money.Euros(20_000m), DeMinimisWindow.ThreeFiscalYears, DeMinimisSector.Agriculture)
        .WithOwnCeilingCounting([], $"Art. 3(2) of {R1408}, as amended by Regulation (EU) 2019/316")
        .WithCumulation(new DeMinimisCeiling(Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears, GeneralFamily, $"Art. 5(1) of {R1408} (the ceiling of {R1407})"))
        .WithPeriod(new LocalDate(2019, 3, 14), new LocalDate(2024, 12, 15), $"Regulation (EU) 2019/316, until Regulation (EU) 2024/3118 applied")
        .WithPublication(P1408);

    /// <summary>Gets Regulation (EU) No 1408/2013 as amended by Regulation (EU) 2024/3118: EUR 50,000 over any three years, 16 December 2024 to 31 December 2032.</summary>
    /// <value>Code <c>agriculture-2024</c>.</value>
    public static DeMinimisRegime Agriculture2024 { get; } = new DeMinimisRegime("agriculture-2024", R1408 + " as amended by Regulation (EU) 2024/3118 (agriculture)", Money.Euros(50_000m), sector: DeMinimisSector.Agriculture)
        .WithOwnCeilingCounting([], $"Art. 3(2) of {R1408}, as amended by Regulation (EU) 2024/3118")
        .WithCumulation(new DeMinimisCeiling(Money.Euros(300_000m), DeMinimisWindow.RollingThreeYears, GeneralFamily, $"Art. 5(1) of {R1408} (the ceiling of {R2831})"))
        .WithPeriod(new LocalDate(2024, 12, 16), new LocalDate(2032, 12, 31), $"Art. 8 of {R1408}, as amended by Regulation (EU) 2024/3118")
        .WithSchemeCover(6, $"Art. 7(4) of {R1408}")
        .WithPublication(P1408);

    /// <summary>Gets Regulation (EU) No 717/2014 (fisheries and aquaculture) before Regulation (EU) 2023/2391: EUR 30,000 over three fiscal years, 1 July 2014 to 24 October 2023.</summary>
    /// <value>Code <c>fisheries-2014</c>.</value>
    public static DeMinimisRegime Fisheries2014 { get; } = new DeMinimisRegime("fisheries-2014", R717 + " (fisheries and aquaculture)", Money.Euros(30_000m), DeMinimisWindow.ThreeFiscalYears, DeMinimisSector.Fisheries)
        .WithOwnCeilingCounting([], $"Art. 3(2) of {R717}")
        .WithCumulation(new DeMinimisCeiling(Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears, GeneralFamily, $"Art. 5(1) of {R717} (the ceiling of {R1407})"))
        .WithPeriod(new LocalDate(2014, 7, 1), new LocalDate(2023, 10, 24), $"Art. 8 of {R717}, as extended, until Regulation (EU) 2023/2391 applied")
        .WithPublication(P717);

    /// <summary>Gets Regulation (EU) No 717/2014 as amended by Regulation (EU) 2023/2391: EUR 40,000 over any three years, 25 October 2023 to 31 December 2030.</summary>
    /// <value>Code <c>fisheries-2023</c>.</value>
    public static DeMinimisRegime Fisheries2023 { get; } = new DeMinimisRegime("fisheries-2023", R717 + " as amended by Regulation (EU) 2023/2391 (fisheries and aquaculture)", Money.Euros(40_000m), sector: DeMinimisSector.Fisheries)
        .WithOwnCeilingCounting([], $"Art. 3(2) of {R717}, as amended by Regulation (EU) 2023/2391")
        .WithCumulation(new DeMinimisCeiling(Money.Euros(300_000m), DeMinimisWindow.RollingThreeYears, GeneralFamily, $"Art. 5(1) of {R717} (the general ceiling)"))
        .WithPeriod(new LocalDate(2023, 10, 25), new LocalDate(2030, 12, 31), $"Art. 8 of {R717}, as amended by Regulation (EU) 2023/2391")
        .WithPublication(P717);

    /// <summary>Gets every built-in regulation, oldest first within each sector.</summary>
    /// <value>Ten regimes.</value>
    public static IReadOnlyList<DeMinimisRegime> All { get; } =
        [Legacy1998, Legacy1407, General2023, Sgei2012, Sgei2023, Agriculture2013, Agriculture2019, Agriculture2024, Fisheries2014, Fisheries2023];

    /// <summary>Finds a built-in regulation by its code.</summary>
    /// <param name="code">The code, such as <c>general-2023</c>.</param>
    /// <returns>The regime, or null when no built-in regime has that code.</returns>
    public static DeMinimisRegime? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));

    /// <summary>Gets the built-in regulation of a sector that covers a grant date.</summary>
    /// <param name="sector">The sector.</param>
    /// <param name="grantDate">The grant date.</param>
    /// <param name="underScheme">Whether the aid is granted under a scheme (which the expiring regulation still covers for six months).</param>
    /// <returns>The regulation in force on the date; failing one, the expired regulation whose scheme cover includes the date; null when none covers it.</returns>
    public static DeMinimisRegime? InForceOn(DeMinimisSector sector, LocalDate grantDate, bool underScheme = true)
    {
        Preconditions.CheckDefined(sector, nameof(sector));
        var ofSector = All.Where(r => r.Sector == sector).ToList();
        return ofSector.FirstOrDefault(r => r.ApplicabilityOn(grantDate, underScheme).Basis == DeMinimisPeriodBasis.InForce)
            ?? ofSector.FirstOrDefault(r => r.ApplicabilityOn(grantDate, underScheme).Basis == DeMinimisPeriodBasis.SchemeCover);
    }
}
