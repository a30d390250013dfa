using System.Text.Json;
using System.Text.Json.Nodes;
using RepayableAdvance.Json;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>
/// Prêt Relance Occitanie (2022) configured as a scheme officer would: <c>schemes new --from pret-rebond-grand-est</c>,
/// then every parameter changed to what the public sources say, each annotated with its source or marked as an
/// assumption. The result is committed as docs/examples/pret-relance-occitanie.scheme.json (with its application beside
/// it); <see cref="PretRelanceOccitanieTests"/> fails when the committed files differ, and <c>RA_UPDATE_GENERATED=1</c>
/// rewrites them.
/// </summary>
internal static class PretRelanceOccitanie
{
    public const string Id = "pret-relance-occitanie";

    public const string SchemeFile = Id + ".scheme.json";

    public const string ApplicationFile = "occitanie-application.json";

    /// <summary>The Region's and Bpifrance's announcement (January 2022): amounts, rate, the two terms, the firms.</summary>
    public const string Announcement = "https://www.occitanie-tribune.com/articles/35633/herault-la-region-occitanie-et-bpifrance-lancent-le-laquo-pret-relance-occitanie-raquo";

    /// <summary>The Occitanie Prêt Rebond terms it follows: 20 quarterly installments in arrears, linear principal, no security.</summary>
    public const string RebondTerms = "https://mesaidespubliques.infogreffe.fr/aides/obtenir-un-pret-avantageux/occitanie-frg-fonds-regional-garantie-occitanie-volet-prets-rebonds";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folder <c>schemes new</c> writes, with the scheme, the application and the ledger configured.</summary>
    public static Dictionary<string, string> Folder()
    {
        var files = SchemeStarter.FromPreset("pret-rebond-grand-est", Id, "Prêt Relance Occitanie").ToDictionary(d => d.FileName, d => d.Content);
        files[SchemeFile] = Scheme(JsonNode.Parse(files[SchemeFile])!.AsObject());
        files[SchemeStarter.ApplicationFile] = Application(JsonNode.Parse(files[SchemeStarter.ApplicationFile])!.AsObject());
        files[SchemeStarter.LedgerFile] = Ledger(JsonNode.Parse(files[SchemeStarter.LedgerFile])!.AsObject(), JsonNode.Parse(files[SchemeFile])!["fund"]!);
        return files;
    }

    private static string Scheme(JsonObject scheme)
    {
        scheme["notes"] = new JsonArray(
            "Prêt Relance Occitanie, launched in January 2022 by the Occitanie Region and Bpifrance with the Order of chartered accountants: a loan at a preferential fixed rate of 0.20 % for the cash needs of TPE and PME of every sector more than 3 years old, from EUR 10,000 to EUR 300,000, over 7 years with 2 years of deferral or 5 years with 1, without security on the firm's assets or the manager's estate; loans below EUR 75,000 are handled fully online. " + Announcement,
            "Assumed from the Occitanie Prêt Rebond terms, which the announcement does not restate: quarterly installments in arrears and linear principal after the deferral. " + RebondTerms,
            "Assumed, not published: interest at a quarter of the annual rate each quarter (periodic basis); due dates on the disbursement's day of each quarter, not moved for holidays; the version open-ended from 1 January 2022, the end date being unpublished.",
            "Not encoded: the conditions of the loan agreement that the announcement does not give (excluded activities, compliance, co-financing).",
            "State aid: the general de minimis regulation in force on each grant date (the committee decision): Regulation (EU) No 1407/2013 until 31 December 2023 (http://data.europa.eu/eli/reg/2013/1407/oj), Regulation (EU) 2023/2831 from 1 January 2024 (http://data.europa.eu/eli/reg/2023/2831/oj).");

        var fund = scheme["fund"]!.AsObject();
        fund["inception"] = "2022-01-01";
        fund["coFunders"]![0]!["name"] = "Région Occitanie";

        var version = scheme["versions"]![0]!.AsObject();
        var rules = new JsonArray(
            Node(new { rule = "sme" }),
            Node(new { rule = "locatedIn", region = "Occitanie", establishmentCounts = true }),
            Node(new { rule = "minimumAge", years = 3 }),
            Node(new { rule = "requestedAmountBetween", minimum = Euros("10000.00"), maximum = Euros("300000.00") }));
        var eligibility = new JsonObject
        {
            ["name"] = "Prêt Relance Occitanie",
            ["versions"] = new JsonArray(new JsonObject { ["version"] = "2022", ["effectiveFrom"] = "2022-01-01", ["effectiveTo"] = null, ["rule"] = new JsonObject { ["rule"] = "all", ["rules"] = rules } }),
        };
        var sizing = new JsonObject
        {
            ["name"] = "Prêt Relance Occitanie",
            ["versions"] = new JsonArray(new JsonObject
            {
                ["version"] = "2022",
                ["effectiveFrom"] = "2022-01-01",
                ["effectiveTo"] = null,
                ["need"] = Node(new { amount = "requestedAmount" }),
                ["caps"] = new JsonArray(Node(new { amount = "schemeMaximum", maximum = Euros("300000.00") }), Node(new { amount = "fundHeadroom" })),
                ["minimum"] = Euros("10000.00"),
                ["raiseToMinimum"] = false,
            }),
        };
        var replaced = new JsonObject
        {
            ["version"] = "2022",
            ["effectiveFrom"] = "2022-01-01",
            ["effectiveTo"] = null,
            ["eligibility"] = eligibility,
            ["sizing"] = sizing,
            ["termOptions"] = new JsonArray(Option("84m-24d", 84, 24), Option("60m-12d", 60, 12)),
            ["stateAid"] = version["stateAid"]!.DeepClone(),
        };
        scheme["versions"] = new JsonArray(replaced);

        // Every parameter says where it comes from; the starter's annotations named the preset's, so they go.
        const string V = "$.versions[0]";
        const string Rule = V + ".eligibility.versions[0].rule.rules";
        const string Size = V + ".sizing.versions[0]";
        scheme["annotations"] = new JsonArray(
            Annotation("$.fund.inception", null, "The announcement's month, January 2022; the fund's own start date is not published.", "Le mois de l'annonce, janvier 2022 ; la date de création du fonds n'est pas publiée."),
            Annotation("$.fund.coFunders", Announcement, null, null),
            Annotation(V + ".effectiveFrom", null, "Launched in January 2022; the first day is not published.", "Lancé en janvier 2022 ; le premier jour n'est pas publié."),
            Annotation(V + ".effectiveTo", null, "No end date is published.", "Aucune date de fin n'est publiée."),
            Annotation(Rule + "[0]", Announcement, null, null),
            Annotation(Rule + "[1]", Announcement, null, null),
            Annotation(Rule + "[2]", Announcement, null, null),
            Annotation(Rule + "[3]", Announcement, null, null),
            Annotation(Size + ".caps[0]", Announcement, null, null),
            Annotation(Size + ".caps[1]", null, "The fund's headroom caps every advance.", "La marge disponible du fonds plafonne chaque avance."),
            Annotation(Size + ".minimum", Announcement, null, null),
            Annotation(V + ".termOptions[*].terms.termMonths", Announcement, null, null),
            Annotation(V + ".termOptions[*].terms.deferral", Announcement, null, null),
            Annotation(V + ".termOptions[*].terms.rateRule.rate", Announcement, null, null),
            Annotation(V + ".termOptions[*].terms.frequencyMonths", RebondTerms, "As the Occitanie Prêt Rebond: quarterly installments in arrears.", "Comme le Prêt Rebond Occitanie : échéances trimestrielles à terme échu."),
            Annotation(V + ".termOptions[*].terms.amortization", RebondTerms, "As the Occitanie Prêt Rebond: linear principal after the deferral.", "Comme le Prêt Rebond Occitanie : amortissement linéaire du capital après le différé."),
            Annotation(V + ".termOptions[*].terms.rateRule.basis", null, "A quarter of the annual rate each quarter.", "Un quart du taux annuel chaque trimestre."),
            Annotation(V + ".termOptions[*].terms.convention", null, "Due dates on the disbursement's day of each quarter, not moved for holidays.", "Échéances au jour du décaissement de chaque trimestre, sans report pour les jours fériés."),
            Annotation(V + ".termOptions[*].terms.disbursementDelayDays", null, "About two and a half weeks from the decision to the funds.", "Environ deux semaines et demie de la décision aux fonds."),
            Annotation(V + ".stateAid.collateral", Announcement, "No security on the firm's assets or the manager's estate: low collateralisation.", "Aucune garantie sur les actifs de l'entreprise ni sur le patrimoine du dirigeant : sûretés faibles."),
            Annotation(V + ".stateAid.regime", "http://data.europa.eu/eli/reg/2023/2831/oj", null, null));
        return Write(scheme);
    }

    private static JsonObject Option(string name, int months, int deferralMonths) => new()
    {
        ["name"] = name,
        ["terms"] = new JsonObject
        {
            ["termMonths"] = months,
            ["frequencyMonths"] = 3,
            ["amortization"] = Node(new { kind = "linear" }),
            ["rateRule"] = Node(new { kind = "fixed", rate = "0.20%", basis = "periodic" }),
            ["deferral"] = new JsonArray(Node(new { phase = "principalDeferral", months = deferralMonths })),
            ["calendar"] = "FR",
            ["convention"] = "unadjusted",
            ["disbursementDelayDays"] = 17,
        },
    };

    /// <summary>A joinery of Hérault more than 3 years old, asking EUR 200,000 on 15 September 2025, choosing no term.</summary>
    private static string Application(JsonObject application)
    {
        application["notes"] = new JsonArray("Illustrative: the boilermaker of the Hauts-de-France Prévention story, moved to Hérault, asking EUR 200,000 of Prêt Relance Occitanie; it states no choice of terms, so both options are computed.");
        application["asOf"] = "2025-09-15";
        application["location"] = Node(new { registeredOfficeRegion = "Occitanie", establishmentRegions = new[] { "Occitanie" } });
        application["need"]!["requestedAmount"] = Euros("200000.00");
        return Write(application);
    }

    private static string Ledger(JsonObject ledger, JsonNode fund)
    {
        ledger["fund"] = fund.DeepClone();
        foreach (var e in ledger["events"]!.AsArray())
        {
            e!["date"] = "2022-01-01";
        }

        return Write(ledger);
    }

    private static JsonObject Annotation(string path, string? source, string? assumedEnglish, string? assumedFrench)
    {
        var annotation = new JsonObject { ["path"] = path };
        if (source is not null)
        {
            annotation["source"] = source;
        }

        annotation["assumption"] = assumedEnglish is not null;
        if (assumedEnglish is not null)
        {
            annotation["meaning"] = new JsonObject { ["en"] = assumedEnglish, ["fr"] = assumedFrench };
        }

        return annotation;
    }

    private static JsonObject Euros(string amount) => new() { ["amount"] = amount, ["currency"] = "EUR" };

    private static JsonNode Node<T>(T value) => JsonSerializer.SerializeToNode(value)!;

    private static string Write(JsonObject node) => node.ToJsonString(Indented) + "\n";

    /// <summary>The committed example of a file of the folder.</summary>
    public static string ExamplePath(string file) => Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "examples", file);
}
