using T = RepayableAdvance.Json.CatalogueValueType;

namespace RepayableAdvance.Json;

/// <content>The eligibility rules.</content>
public static partial class SchemeCatalogue
{
    private static IEnumerable<CatalogueEntry> RuleEntries()
    {
        yield return Rule("all", "Every child rule holds.", "Toutes les règles filles sont remplies.", Children("All the rules that must hold.", "Toutes les règles à remplir."));
        yield return Rule("any", "At least one child rule holds.", "Au moins une règle fille est remplie.", Children("The rules, one of which must hold.", "Les règles dont une au moins doit être remplie."));
        yield return Rule("not", "The inner rule does not hold.", "La règle interne n'est pas remplie.", Required("of", T.Rule, "The rule that must not hold.", "La règle qui ne doit pas être remplie."));
        yield return Rule(
            "when",
            "When the condition holds, the rule applies; otherwise it is not applicable.",
            "Si la condition est remplie, la règle s'applique ; sinon elle est sans objet.",
            Required("condition", T.Rule, "The condition.", "La condition."),
            Required("then", T.Rule, "The rule that applies when the condition holds.", "La règle qui s'applique si la condition est remplie."));
        yield return Rule(
            "headcountBetween",
            "The headcount lies within the bounds, both inclusive; give at least one bound.",
            "L'effectif est entre les bornes, incluses ; donner au moins une borne.",
            P("minimum", T.WholeNumber, "The smallest headcount admitted, inclusive.", "L'effectif minimal admis, inclus.").In(0, null, "people"),
            P("maximum", T.WholeNumber, "The largest headcount admitted, inclusive; not below the minimum.", "L'effectif maximal admis, inclus ; pas inférieur au minimum.").In(0, null, "people"));
        yield return Rule(
            "locatedIn",
            "The registered office, or an establishment when allowed, is in the region.",
            "Le siège, ou un établissement si c'est admis, est dans la région.",
            Required("region", T.Text, "The region's name as applications state it, such as Hauts-de-France.", "Le nom de la région tel que les demandes l'indiquent, comme Hauts-de-France."),
            P("establishmentCounts", T.Boolean, "Whether an establishment in the region is enough.", "Si un établissement dans la région suffit.").WithDefault("true"));
        yield return Rule("registered", "The firm is registered at the trade or crafts register (RCS or RM).", "L'entreprise est immatriculée au RCS ou au RM.");
        yield return Rule(
            "minimumAge",
            "The firm is at least so many years old and has closed at least so many fiscal years; give one or both.",
            "L'entreprise a au moins tant d'années d'existence et a clos au moins tant d'exercices ; donner l'un ou les deux.",
            P("years", T.WholeNumber, "The minimum age since creation, inclusive: 3 means three full years or more.", "L'ancienneté minimale depuis la création, incluse : 3 signifie trois années pleines ou plus.").In(0, null, "years"),
            P("fiscalYears", T.WholeNumber, "The minimum number of closed fiscal years, inclusive.", "Le nombre minimal d'exercices clos, inclus.").In(0, null, "fiscal years"),
            P("takeoverException", T.Boolean, "Whether a business takeover or a court-ordered asset takeover waives the rule.", "Si une reprise d'entreprise ou une reprise d'actifs à la barre dispense de la règle.").WithDefault("false"));
        yield return Rule(
            "atMostLossYears",
            "At most so many loss-making fiscal years among the last ones.",
            "Au plus tant d'exercices déficitaires parmi les derniers.",
            Required("maxLossYears", T.WholeNumber, "The largest number of loss-making years admitted, inclusive; below lastYears.", "Le nombre maximal d'exercices déficitaires admis, inclus ; inférieur à lastYears.").In(0, 19, "fiscal years"),
            Required("lastYears", T.WholeNumber, "How many of the latest fiscal years are looked at.", "Le nombre de derniers exercices examinés.").In(1, 20, "fiscal years"));
        yield return Rule("positiveEquity", "Equity is positive in the latest fiscal year.", "Les capitaux propres du dernier exercice sont positifs.");
        yield return Rule(
            "notUndertakingInDifficulty",
            "Not an undertaking in difficulty in the EU sense (Regulation (EU) No 651/2014, Article 2(18)).",
            "Pas une entreprise en difficulté au sens de l'UE (règlement (UE) n° 651/2014, article 2, point 18).");
        yield return Rule(
            "sme",
            "An SME in the EU sense (Commission Recommendation 2003/361/EC), or within a smaller class.",
            "Une PME au sens de l'UE (recommandation 2003/361/CE de la Commission), ou d'une catégorie plus petite.",
            P("maximum", T.Choice, "The largest class admitted (Recommendation 2003/361/EC, Annex, Article 2).", "La plus grande catégorie admise (recommandation 2003/361/CE, annexe, article 2).").Of(["micro", "small", "medium"]).WithDefault("\"medium\""));
        yield return Rule(
            "taxAndSocialCompliance",
            "The firm is up to date with its tax and social-security obligations.",
            "L'entreprise est à jour de ses obligations fiscales et sociales.",
            P("paymentPlanCounts", T.Boolean, "Whether an agreed payment plan counts as up to date.", "Si un plan d'apurement accordé vaut mise à jour.").WithDefault("true"));
        yield return Rule(
            "procedureIn",
            "The firm's insolvency or prevention procedure status is one of those accepted.",
            "La situation de l'entreprise au regard des procédures de prévention ou collectives est parmi celles admises.",
            Required("allowed", T.Choices, "The procedure statuses accepted.", "Les situations admises.").Of(Names<ProcedureStatus>()),
            P("plansRequireFinancingGap", T.Boolean, "Whether a safeguard or continuation plan is accepted only when the firm cannot finance its development.", "Si un plan de sauvegarde ou de redressement n'est admis que lorsque l'entreprise ne peut financer son développement.").WithDefault("false"));
        yield return Rule(
            "excludedActivities",
            "The firm's activity (NAF code) is not excluded.",
            "L'activité de l'entreprise (code NAF) n'est pas exclue.",
            Required("excluded", T.Objects, "The excluded activities.", "Les activités exclues.").With(
                Required("prefix", T.Text, "A prefix of the NAF code, 1 to 6 characters, such as 64, 68.2 or 01.11Z.", "Un préfixe du code NAF, de 1 à 6 caractères, comme 64, 68.2 ou 01.11Z."),
                P("turnoverBelow", T.Money, "When given, the activity is excluded only when the latest turnover is below it.", "S'il est donné, l'activité n'est exclue que si le dernier chiffre d'affaires est inférieur.")),
            P("exceptions", T.Texts, "NAF prefixes allowed despite an exclusion; none may also be excluded.", "Préfixes NAF admis malgré une exclusion ; aucun ne peut être aussi exclu.").WithDefault("[]"));
        yield return Rule(
            "excludedLegalForms",
            "The firm's legal form is not excluded.",
            "La forme juridique de l'entreprise n'est pas exclue.",
            Required("excluded", T.Choices, "The legal forms excluded.", "Les formes juridiques exclues.").Of(Names<LegalForm>()));
        yield return Rule(
            "ratingAtBest",
            "The Banque de France credit score is no worse than a threshold; the score 0 (no adverse information) only when accepted.",
            "La cotation Banque de France n'est pas plus mauvaise qu'un seuil ; la cote 0 (aucune information défavorable) seulement si elle est admise.",
            Required("worstAccepted", T.Choice, "The worst score accepted, inclusive, such as 6+.", "La plus mauvaise cote admise, incluse, comme 6+.").Of(BanqueDeFranceRating.Scale.Where(s => s != "0")),
            P("acceptZero", T.Boolean, "Whether the score 0 is accepted.", "Si la cote 0 est admise.").WithDefault("false"));
        yield return Rule("conjuncturalDifficulty", "The difficulty is conjunctural, not structural.", "La difficulté est conjoncturelle, non structurelle.");
        yield return Rule(
            "orderBookAtLeast",
            "The order book covers at least so many months of activity.",
            "Le carnet de commandes couvre au moins tant de mois d'activité.",
            Required("minimumMonths", T.Number, "The minimum, inclusive.", "Le minimum, inclus.").In(0, 120, "months"));
        yield return Rule("recoveryPlan", "A recovery or redeployment plan exists.", "Un plan de redressement ou de redéploiement existe.");
        yield return Rule(
            "coFinancing",
            "The advance is co-financed as one of the alternatives requires.",
            "L'avance est cofinancée comme l'exige l'une des possibilités.",
            Required("alternatives", T.Objects, "The acceptable ways to co-finance; one is enough.", "Les cofinancements admis ; un seul suffit.").With(
                Kinds(),
                Required("multiple", T.Number, "The co-financing needed, as a multiple of the requested amount, inclusive (2: at least twice the advance).", "Le cofinancement exigé, en multiple du montant demandé, inclus (2 : au moins deux fois l'avance).").Above(0, "× the requested amount"),
                P("minimumTenorMonths", T.WholeNumber, "The minimum tenor of a co-financing loan, inclusive.", "La durée minimale d'un prêt de cofinancement, incluse.").In(1, null, "months"),
                P("windowMonths", T.WholeNumber, "How many months around the application date a commitment may be dated; any date when absent.", "Combien de mois autour de la date de la demande un engagement peut être daté ; toute date s'il est absent.").In(1, null, "months")));
        yield return Rule(
            "requestedAmountBetween",
            "The requested amount lies within the bounds, both inclusive.",
            "Le montant demandé est entre les bornes, incluses.",
            Required("minimum", T.Money, "The smallest amount, inclusive; zero or more.", "Le montant minimal, inclus ; positif ou nul."),
            Required("maximum", T.Money, "The largest amount, inclusive; in the minimum's currency and not below it.", "Le montant maximal, inclus ; dans la devise du minimum et pas inférieur."));
        yield return Rule(
            "custom",
            "A rule written in code, found by name in the registry passed to the loader.",
            "Une règle écrite en code, trouvée par son nom dans le registre passé au chargeur.",
            Required("name", T.Text, "The name the rule was registered under.", "Le nom sous lequel la règle a été enregistrée."));
    }

    private static CatalogueParameter Children(string meaning, string french) => Required("rules", T.Rules, meaning, french);
}
